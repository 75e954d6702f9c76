import { format } from '@cdktn/hcl-tools';
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInChallenges, builtInScenarios } from '../../scenarios/index.ts';
import { exportTerraform } from './exportTerraform.ts';
import { renderHcl } from './hcl.ts';
import { attr, list, ref, str } from './ir.ts';
import { realNetwork } from './testkit/realNetwork.testkit.ts';

/**
 * The layout `terraform fmt` writes: @cdktn/hcl-tools runs hclwrite's formatter (the one
 * `terraform fmt` uses, as WebAssembly) and must change nothing.
 * https://developer.hashicorp.com/terraform/cli/commands/fmt
 */
const networks = [
  ...[...builtInScenarios, ...builtInChallenges].map((b) => [b.id, b.scenario] as const),
  ['model version 2 network', realNetwork] as const,
];

describe('terraform fmt layout', () => {
  it.each(networks)('%s: every file is already formatted', async (_, scenario) => {
    const exported = exportTerraform(scenario, 'hcl');
    for (const text of [exported.single, ...Object.values(exported.files)]) {
      expect(await format(text)).toBe(text);
    }
  });

  it('aligns the = of consecutive one-line attributes, and not across a multi-line value', async () => {
    const text = renderHcl([
      {
        type: 'resource',
        labels: ['aws_instance', 'web'],
        body: [
          ...attr('ami', ref('var.ami_id')),
          ...attr(
            'vpc_security_group_ids',
            list([
              ref('aws_security_group.a_rather_long_name.id'),
              ref('aws_security_group.another_long_name.id'),
            ]),
          ),
          ...attr('subnet_id', ref('aws_subnet.a.id')),
          ...attr('tags', {
            kind: 'map',
            entries: [
              ['Name', str('web')],
              ['cost-center', str('a "b" ${c}')],
            ],
          }),
        ],
      },
    ]);
    expect(text).toBe(
      [
        'resource "aws_instance" "web" {',
        '  ami = var.ami_id',
        '',
        '  vpc_security_group_ids = [',
        '    aws_security_group.a_rather_long_name.id,',
        '    aws_security_group.another_long_name.id,',
        '  ]',
        '',
        '  subnet_id = aws_subnet.a.id',
        '',
        '  tags = {',
        '    Name        = "web"',
        '    cost-center = "a \\"b\\" $${c}"',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    expect(await format(text)).toBe(text);
  });
});

/**
 * Golden files, reviewed as a Terraform pull request would be: the three-tier scenario and the
 * model version 2 network. `UPDATE_GOLDEN=1 npx vitest run src/terraform/export` rewrites them.
 */
describe('golden files', () => {
  it.each([
    ['three-tier.tf', builtInScenarios.find((b) => b.id === 'three-tier')?.scenario, 'hcl'],
    ['hub-and-spoke.tf', realNetwork, 'hcl'],
    ['hub-and-spoke.tf.json', realNetwork, 'json'],
  ] as const)('%s', (file, scenario, syntax) => {
    if (!scenario) throw new Error('no such scenario');
    const path = new URL(`./__fixtures__/${file}`, import.meta.url);
    const text = exportTerraform(scenario, syntax).single;
    if (process.env.UPDATE_GOLDEN) writeFileSync(path, text);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });
});
