import { getExpressionAst, parse } from '@cdktn/hcl2json';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInChallenges, builtInScenarios } from '../../scenarios/index.ts';
import schemaFile from './__fixtures__/aws-provider-schema.json';
import { importTerraform } from '../import/importTerraform.ts';
import { exportTerraform } from './exportTerraform.ts';
import { readConfig, type Ast, type ConfigDocument } from './testkit/config.testkit.ts';
import { realNetwork } from './testkit/realNetwork.testkit.ts';
import { awsSchema, checkBody, checkConfig, checkReferences } from './testkit/schema.testkit.ts';

/**
 * Every argument and block the export writes exists in the AWS provider's published schema
 * (hashicorp/aws 6.66.0, vendored from @cdktn/provider-aws: __fixtures__/README.md), nested
 * as the schema nests it, with every required argument present; every reference names a
 * resource of the configuration and an attribute its type has.
 * https://developer.hashicorp.com/terraform/cli/commands/providers/schema
 */
const schema = awsSchema(schemaFile);

async function read(files: Readonly<Record<string, string>>): Promise<ConfigDocument> {
  const documents: unknown[] = [];
  for (const [name, text] of Object.entries(files)) {
    documents.push(name.endsWith('.json') ? JSON.parse(text) : await parse(name, text));
  }
  return readConfig(
    documents,
    async (text) => (await getExpressionAst('main.tf', text)) as unknown as Ast,
  );
}

/** The hand-written plans and states of the importer, read back as scenarios. */
const imported = readdirSync(new URL('../__fixtures__/', import.meta.url))
  .filter((file) => file.endsWith('.json'))
  .map((file) => {
    const json: unknown = JSON.parse(
      readFileSync(new URL(`../__fixtures__/${file}`, import.meta.url), 'utf8'),
    );
    const result = importTerraform(json);
    if (!result.ok) throw new Error(`${file} does not import`);
    return [file, result.value.scenario] as const;
  });

const networks = [
  ...[...builtInScenarios, ...builtInChallenges].map((b) => [b.id, b.scenario] as const),
  ['model version 2 network', realNetwork] as const,
  ...imported,
];

describe.each(['hcl', 'json'] as const)('the %s export against the provider schema', (syntax) => {
  it.each(networks)('%s', async (_, scenario) => {
    const config = await read(exportTerraform(scenario, syntax).files);
    expect(config.resources.length).toBeGreaterThan(0);
    expect(checkConfig(config, schema)).toEqual([]);
    expect(checkReferences(config, schema)).toEqual([]);
  });
});

describe('the schema check', () => {
  it('vendors exactly the resource types the export writes', async () => {
    const config = await read(exportTerraform(realNetwork, 'hcl').files);
    const written = new Set(
      config.resources.filter((r) => r.mode === 'managed').map((r) => r.type),
    );
    expect([...written].sort()).toEqual(Object.keys(schema.resource_schemas).sort());
    const data = new Set(config.resources.filter((r) => r.mode === 'data').map((r) => r.type));
    expect([...data].sort()).toEqual(Object.keys(schema.data_source_schemas).sort());
  });

  it('names an argument the block does not have, a missing required one, and a block written as an attribute', () => {
    const block = schema.resource_schemas.aws_route?.block;
    if (!block) throw new Error('no aws_route');
    expect(checkBody({ destination: '10.0.0.0/8', timeouts: 'x' }, block, 'aws_route.r')).toEqual([
      'aws_route.r.destination: no such argument or block',
      'aws_route.r.timeouts: a block, written as an attribute',
      'aws_route.r.route_table_id: required, missing',
    ]);
  });
});
