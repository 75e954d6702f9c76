import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toScenarioFile } from '../model/envelope.ts';
import { ScenarioFileSchema } from '../model/schema.ts';
import { threeTierLayout, threeTierScenario } from '../scenarios/index.ts';
import {
  describeImportProblem,
  fileBaseName,
  PASTED,
  readImport,
  scenarioFileText,
  type PickedText,
} from './file.ts';

const SAMPLE = new URL('../../../shared/samples/acme-prod/', import.meta.url);
const present = existsSync(SAMPLE);
const sample = (name: string): PickedText => ({
  name,
  text: readFileSync(new URL(name, SAMPLE), 'utf8'),
});
const threeTierText = () => scenarioFileText(toScenarioFile(threeTierScenario, threeTierLayout));

const problem = (inputs: PickedText[]) => {
  const r = readImport(inputs);
  if (r.ok) throw new Error('expected a refusal');
  return describeImportProblem(r.errors);
};

describe('importing a native scenario file', () => {
  it('reads an exported file back to the same scenario and layout', () => {
    const r = readImport([{ name: 'three-tier.json', text: threeTierText() }]);
    expect(r.ok && r.value.kind === 'scenario' && r.value.file).toEqual(
      ScenarioFileSchema.parse(toScenarioFile(threeTierScenario, threeTierLayout)),
    );
  });

  it('names the file, the line and the column of a JSON syntax error', () => {
    const text = '{\n  "format": "vpc-flow-lab",\n  "version": 1\n  "scenario": {}\n}';
    expect(problem([{ name: 'broken.json', text }])).toBe(
      'broken.json: this is not valid JSON: line 4, column 3: expected "," or "}" after a property, found "\\""',
    );
  });

  it('names the JSON path of a bad value', () => {
    const file = JSON.parse(threeTierText());
    file.scenario.securityGroups[1].ingress[0].portRange.from = 'https';
    expect(problem([{ name: 'edited.json', text: JSON.stringify(file) }])).toMatch(
      /^edited\.json: scenario\.securityGroups\[1\]\.ingress\[0\]\.portRange\.from: .*got "https"/,
    );
  });

  it('refuses a file of a newer version, and one that is neither format', () => {
    const file = { ...JSON.parse(threeTierText()), version: 99 };
    expect(problem([{ name: 'new.json', text: JSON.stringify(file) }])).toMatch(
      /^new\.json: version: this file is version 99, newer than this app understands/,
    );
    expect(problem([{ name: PASTED, text: '{"hello": 1}' }])).toMatch(
      /^the pasted text: this is neither a VPC Flow Lab scenario file .* nor aws ec2 describe-\* output/,
    );
    expect(problem([{ name: 'empty.json', text: '  ' }])).toBe('empty.json: it is empty');
    expect(problem([])).toMatch(/nothing to import/);
  });

  it('refuses a scenario file picked together with others', () => {
    expect(
      problem([
        { name: 'a.json', text: threeTierText() },
        { name: 'b.json', text: '{"Vpcs": []}' },
      ]),
    ).toMatch(/^a\.json: a VPC Flow Lab scenario file opens on its own/);
  });
});

describe.skipIf(!present)('importing AWS configuration (the acme-prod sample)', () => {
  it('reads the merged bundle', () => {
    const r = readImport([sample('bundle.json')]);
    expect(r.ok && r.value.kind).toBe('aws');
    if (!r.ok || r.value.kind !== 'aws') return;
    expect(r.value.scenario.vpcs).toHaveLength(2);
    expect(r.value.source).toBe('bundle.json');
  });

  it('reads the separate describe-* outputs picked together, like the bundle', () => {
    const names = readdirSync(new URL('describe/', SAMPLE)).filter((n) => n.endsWith('.json'));
    expect(names.length).toBe(9);
    const together = readImport(names.map((n) => sample(`describe/${n}`)));
    const bundle = readImport([sample('bundle.json')]);
    expect(together.ok && bundle.ok).toBe(true);
    if (!together.ok || !bundle.ok || together.value.kind !== 'aws' || bundle.value.kind !== 'aws')
      return;
    expect(together.value.scenario.instances).toEqual(bundle.value.scenario.instances);
    expect(together.value.source).toBe('9 files');
  });

  it('names the one file of several that holds a bad value, with its own path', () => {
    const groups = JSON.parse(sample('describe/describe-security-groups.json').text);
    groups.SecurityGroups[2].IpPermissions[0].FromPort = 'abc';
    const r = problem([
      sample('describe/describe-vpcs.json'),
      { name: 'describe-security-groups.json', text: JSON.stringify(groups) },
    ]);
    expect(r).toMatch(
      /^describe-security-groups\.json: SecurityGroups\[2\]\.IpPermissions\[0\]\.FromPort: /,
    );
    expect(r).toMatch(/"abc"/);
  });
});

describe('file names', () => {
  it('come from the scenario name', () => {
    expect(fileBaseName('AWS: acme-prod, acme-shared')).toBe('aws-acme-prod-acme-shared');
    expect(fileBaseName('Café <script>')).toBe('cafe-script');
    expect(fileBaseName('***')).toBe('scenario');
    expect(fileBaseName('x'.repeat(100))).toHaveLength(60);
  });
});
