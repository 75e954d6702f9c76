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
      `--from: 2 instances are named "web-1" (${ID.web1}, ${ID.web2}); give an ID instead`,
    );
    expect(parseEndpoint('--from', ID.web2, twins)).toEqual({ instanceId: ID.web2 });
  });

  it('names an endpoint that is neither an instance nor an address', () => {
    expect(() => parseEndpoint('--to', 'web-9', threeTierScenario)).toThrow(
      '--to: no instance or network interface is named "web-9", and it is not an IP address',
    );
    expect(() => parseEndpoint('--to', 'i-0000', threeTierScenario)).toThrow(
      '--to: no instance has the ID "i-0000", and it is not an IP address',
    );
    expect(() => parseEndpoint('--to', '10.0.0.0/24', threeTierScenario)).toThrow(CliError);
  });

  // spec/cli-analyze.md, "<endpoint>": an interface ID, a Name tag of an interface, `internet`.
  it('reads an interface ID, an interface Name or Name tag, and the word internet', () => {
    const s = {
      ...threeTierScenario,
      networkInterfaces: [
        {
          id: 'eni-0rds',
          name: 'orders-db',
          kind: 'rds' as const,
          subnetId: threeTierScenario.subnets[0]?.id ?? '',
          privateIp: '10.0.1.99',
          secondaryPrivateIps: [],
          ipv6Addresses: [],
          securityGroupIds: [],
          tags: { Name: 'orders' },
        },
      ],
    };
    expect(parseEndpoint('--to', 'eni-0rds', s)).toEqual({ interfaceId: 'eni-0rds' });
    expect(parseEndpoint('--to', 'orders-db', s)).toEqual({ interfaceId: 'eni-0rds' });
    expect(parseEndpoint('--to', 'orders', s)).toEqual({ interfaceId: 'eni-0rds' });
    expect(parseEndpoint('--from', 'internet', s)).toEqual({ address: '203.0.113.50' });
    expect(() => parseEndpoint('--to', 'eni-0gone', s)).toThrow(
      '--to: no network interface has the ID "eni-0gone", and it is not an IP address',
    );
    const clash = {
      ...s,
      networkInterfaces: s.networkInterfaces.map((e) => ({ ...e, name: 'db-1' })),
    };
    expect(() => parseEndpoint('--to', 'db-1', clash)).toThrow(
      `--to: 2 instances and network interfaces are named "db-1" (${ID.db1}, eni-0rds); give an ID instead`,
    );
  });
});
