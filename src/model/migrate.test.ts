import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { builtInChallenges, builtInScenarios } from '../scenarios/index.ts';
import { parseScenarioFile, toScenarioFile } from './envelope.ts';
import { migrateScenarioFile } from './migrate.ts';
import { SCENARIO_VERSION } from './schema.ts';

const V1_FILE = new URL('./__fixtures__/v1-one-web-server.json', import.meta.url);

/** A scenario file as version 1 wrote it: the same JSON, without version 2's empty lists. */
function asVersion1(file: ReturnType<typeof toScenarioFile>): unknown {
  const json = JSON.parse(JSON.stringify(file)) as Record<string, unknown>;
  const scenario = json.scenario as Record<string, unknown>;
  for (const key of [
    'networkInterfaces',
    'prefixLists',
    'vpcEndpoints',
    'egressOnlyInternetGateways',
    'transitGateways',
    'transitGatewayAttachments',
    'transitGatewayRouteTables',
  ]) {
    delete scenario[key];
  }
  return { ...json, version: 1 };
}

describe('version 1 files open as version 2 (migrate.ts, in the one parser)', () => {
  it('writes version 2', () => {
    expect(SCENARIO_VERSION).toBe(2);
    expect(toScenarioFile(builtInScenarios[0]?.scenario ?? ({} as never)).version).toBe(2);
  });

  // Built-ins of version 2's resources (a transit gateway, an endpoint) cannot be written as
  // version 1; every other one can.
  const v1Expressible = [...builtInScenarios, ...builtInChallenges].filter(
    (b) =>
      b.scenario.networkInterfaces.length +
        b.scenario.prefixLists.length +
        b.scenario.vpcEndpoints.length +
        b.scenario.transitGateways.length ===
      0,
  );

  it.each(v1Expressible.map((b) => [b.id, b] as const))(
    'reads the built-in scenario %s written as version 1 exactly as it reads it at version 2',
    (_, b) => {
      const file = toScenarioFile(b.scenario, b.layout);
      const v1 = parseScenarioFile(asVersion1(file));
      const v2 = parseScenarioFile(JSON.parse(JSON.stringify(file)));
      expect(v1.ok && v2.ok).toBe(true);
      expect(v1).toEqual(v2);
      if (v1.ok) expect(v1.value.version).toBe(2);
    },
  );

  it('reads the README example, a stored version 1 file, with empty version 2 lists', () => {
    const input = JSON.parse(readFileSync(V1_FILE, 'utf8')) as { version: number };
    expect(input.version).toBe(1);
    const result = parseScenarioFile(input);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.version).toBe(2);
    expect(result.value.scenario.instances[0]?.id).toBe('i-0a1b2c3d4e5f60001');
    expect(result.value.scenario.networkInterfaces).toEqual([]);
    expect(result.value.scenario.transitGateways).toEqual([]);
  });

  it('leaves a current file alone and steps an old one up', () => {
    const current = { format: 'vpc-flow-lab', version: 2, scenario: {} };
    expect(migrateScenarioFile(current)).toBe(current);
    expect(migrateScenarioFile({ format: 'vpc-flow-lab', version: 1 })).toEqual({
      format: 'vpc-flow-lab',
      version: 2,
    });
  });

  it('names the path of a bad value in a version 1 file as it was written', () => {
    const result = parseScenarioFile({
      format: 'vpc-flow-lab',
      version: 1,
      scenario: { instances: [{ id: 'i-1', name: 'a', subnetId: 'subnet-1', privateIp: 'x' }] },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]?.path).toBe('scenario.instances[0].privateIp');
  });
});
