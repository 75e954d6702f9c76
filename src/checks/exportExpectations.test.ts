import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { threeTierScenario } from '../scenarios/threeTier.ts';
import { exportExpectations } from './exportExpectations.ts';
import { checkExpectationsText } from './index.ts';
import { resolveEndpoint } from './resolveEndpoint.ts';

describe('expectations in the app', () => {
  it("exports the saved flows so that checking them again gives each one's expected outcome", () => {
    const text = exportExpectations(threeTierScenario);
    const doc = parse(text) as { version: number; flows: { name: string; from: string }[] };
    expect(doc.version).toBe(1);
    expect(doc.flows.map((f) => f.name)).toEqual(
      threeTierScenario.flows
        .filter((f) => f.expected !== undefined && !f.anywhere)
        .map((f) => f.name),
    );
    expect(doc.flows[0]?.from).toBe('internet');
    const answer = checkExpectationsText(threeTierScenario, text, 'three-tier.expect.yaml');
    expect(answer.ok).toBe(true);
    if (answer.ok) expect(answer.report.flows.every((f) => f.ok)).toBe(true);
  });

  it('resolves Names, IDs and addresses, and says when a name is unknown', () => {
    expect(resolveEndpoint(threeTierScenario, 'web-1')).toEqual({
      instanceId: 'i-0a1b2c3d4e5f60001',
    });
    expect(resolveEndpoint(threeTierScenario, 'i-0a1b2c3d4e5f60005')).toEqual({
      instanceId: 'i-0a1b2c3d4e5f60005',
    });
    expect(resolveEndpoint(threeTierScenario, '198.51.100.7')).toEqual({ address: '198.51.100.7' });
    expect(() => resolveEndpoint(threeTierScenario, 'web-9')).toThrow(
      /no instance or network interface is named "web-9"/,
    );
  });

  it('answers a bad file with its one line, never a throw', () => {
    expect(
      checkExpectationsText(threeTierScenario, 'version: 1\nflows: [\n', 'e.yaml'),
    ).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^e\.yaml:3:1: YAML syntax error/),
    });
  });
});
