import { describe, expect, it } from 'vitest';
import { builtInChallenges, builtInScenarios } from '../scenarios/index.ts';
import { exportTerraform } from '../terraform/export/index.ts';
import { roundTrip } from './terraformExport.testkit.ts';

/**
 * The export's round trip (issue 13): every built-in scenario, exported as HCL and as JSON
 * syntax, parsed back by the Go HCL library, planned as `terraform show -json` would print it,
 * imported, and every saved flow gets the verdict it had.
 */
const all = [...builtInScenarios, ...builtInChallenges];

describe.each(['hcl', 'json'] as const)('export → %s → plan → import', (syntax) => {
  it.each(all.map((b) => [b.id, b] as const))('%s keeps every verdict', async (_, builtIn) => {
    const exported = exportTerraform(builtIn.scenario, syntax);
    const result = await roundTrip(builtIn.scenario, exported.files, exported.addresses);
    expect(result.flows.length).toBe(builtIn.scenario.flows.length);
    for (const flow of result.flows)
      expect({ flow: flow.name, verdict: flow.after }).toEqual({
        flow: flow.name,
        verdict: flow.before,
      });
  });
});
