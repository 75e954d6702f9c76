import { describe, expect, it } from 'vitest';
import { THREE_TIER_IDS as ID, threeTierScenario } from '../scenarios/threeTier.ts';
import { parseEndpoint } from './endpoints.ts';
import { CliError } from './errors.ts';

const twins = {
  ...threeTierScenario,
  instances: threeTierScenario.instances.map((i) =>
    i.id === ID.web2 ? { ...i, name: 'web-1' } : i,
  ),
};

describe('parseEndpoint', () => {
  it('reads an instance ID, and an instance Name, as that instance', () => {
    expect(parseEndpoint('--from', ID.db1, threeTierScenario)).toEqual({ instanceId: ID.db1 });
    expect(parseEndpoint('--from', 'db-1', threeTierScenario)).toEqual({ instanceId: ID.db1 });
  });

  it('leaves an IP address to the engine, which knows whose it is', () => {
    expect(parseEndpoint('--to', '10.0.1.10', threeTierScenario)).toEqual({ address: '10.0.1.10' });
    expect(parseEndpoint('--to', '2600:1f18::1', threeTierScenario)).toEqual({
      address: '2600:1f18::1',
    });
    expect(parseEndpoint('--to', '203.0.113.9', threeTierScenario)).toEqual({
      address: '203.0.113.9',
    });
  });

  it('prefers an ID over a Name that happens to equal it', () => {
    const odd = {
      ...threeTierScenario,
      instances: threeTierScenario.instances.map((i) =>
        i.id === ID.web2 ? { ...i, name: ID.db1 } : i,
      ),
    };
    expect(parseEndpoint('--to', ID.db1, odd)).toEqual({ instanceId: ID.db1 });
  });

  it('names every instance that shares an ambiguous Name', () => {
    expect(() => parseEndpoint('--from', 'web-1', twins)).toThrow(CliError);
    expect(() => parseEndpoint('--from', 'web-1', twins)).toThrow(
      `--from: 2 instances are named "web-1" (${ID.web1}, ${ID.web2}); give an instance ID`,
    );
    expect(parseEndpoint('--from', ID.web2, twins)).toEqual({ instanceId: ID.web2 });
  });

  it('names an endpoint that is neither an instance nor an address', () => {
    expect(() => parseEndpoint('--to', 'web-9', threeTierScenario)).toThrow(
      '--to: no instance is named "web-9", and it is not an IP address',
    );
    expect(() => parseEndpoint('--to', 'i-0000', threeTierScenario)).toThrow(
      '--to: no instance has the ID "i-0000", and it is not an IP address',
    );
    expect(() => parseEndpoint('--to', '10.0.0.0/24', threeTierScenario)).toThrow(CliError);
  });
});
