import { describe, expect, it } from 'vitest';
import { parseScenarioFile, toScenarioFile } from '../model/envelope.ts';
import { builtInScenarios } from './index.ts';

describe('built-in scenarios', () => {
  it('have distinct ids', () => {
    const ids = builtInScenarios.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const builtIn of builtInScenarios) {
    describe(builtIn.id, () => {
      it('parses through the scenario file parser unchanged', () => {
        const file = toScenarioFile(builtIn.scenario, builtIn.layout);
        const parsed = parseScenarioFile(JSON.parse(JSON.stringify(file)));
        if (!parsed.ok) expect.fail(JSON.stringify(parsed.errors, null, 2));
        expect(parsed.value).toEqual(file);
      });

      it('places only nodes that exist in the scenario', () => {
        const s = builtIn.scenario;
        const known = new Set<string>(
          [s.vpcs, s.subnets, s.instances, s.internetGateways, s.natGateways].flatMap((list) =>
            list.map((entity) => entity.id),
          ),
        );
        const unknown = Object.keys(builtIn.layout.nodes).filter((id) => !known.has(id));
        expect(unknown).toEqual([]);
      });

      it('states an expected outcome for every saved flow', () => {
        for (const flow of builtIn.scenario.flows) expect(flow.expected, flow.name).toBeDefined();
      });
    });
  }
});
