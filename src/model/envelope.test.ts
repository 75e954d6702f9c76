import { describe, expect, it } from 'vitest';
import { addVpc, emptyScenario } from './defaults.ts';
import { parseScenarioFile, toScenarioFile } from './envelope.ts';

describe('parseScenarioFile', () => {
  it('accepts a scenario file and fills in the defaults', () => {
    const result = parseScenarioFile({ format: 'vpc-flow-lab', version: 1, scenario: {} });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.scenario.quotas.securityGroupsPerInterface).toBe(5);
    expect(result.value.scenario.vpcs).toEqual([]);
    expect(result.value.layout).toEqual({ nodes: {} });
  });

  it('round-trips a scenario built by the factory', () => {
    const { scenario } = addVpc(emptyScenario('demo'), { cidrBlock: '10.0.0.0/16' });
    const file = toScenarioFile(scenario);
    const again = parseScenarioFile(JSON.parse(JSON.stringify(file)));
    expect(again).toEqual({ ok: true, value: file });
  });

  it('names the path and the bad value of a malformed CIDR', () => {
    const result = parseScenarioFile({
      format: 'vpc-flow-lab',
      version: 1,
      scenario: { vpcs: [{ id: 'vpc-1', name: 'a', cidrBlocks: ['10.0.0.0/33'] }] },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.path).toBe('scenario.vpcs[0].cidrBlocks[0]');
    expect(result.errors[0]?.message).toContain('IPv4 CIDR');
    expect(result.errors[0]?.message).toContain('"10.0.0.0/33"');
  });

  it('refuses another format and says which', () => {
    const result = parseScenarioFile({ format: 'excalidraw' });
    expect(result).toEqual({
      ok: false,
      errors: [{ path: 'format', message: 'expected "vpc-flow-lab", got "excalidraw"' }],
    });
  });

  it('refuses a newer version with a message to update', () => {
    const result = parseScenarioFile({ format: 'vpc-flow-lab', version: 7, scenario: {} });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]?.path).toBe('version');
    expect(result.errors[0]?.message).toMatch(/newer/);
  });

  it('refuses what is not an object', () => {
    for (const input of [null, 3, 'x', []]) expect(parseScenarioFile(input).ok).toBe(false);
  });
});
