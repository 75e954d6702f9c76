import { describe, expect, it } from 'vitest';
import { addVpc, emptyScenario } from './defaults.ts';
import {
  addInternetHost,
  nextHostAddress,
  removeInternetHost,
  updateInternetHost,
} from './internetHosts.ts';
import { ScenarioSchema } from './schema.ts';
import type { Scenario } from './types.ts';

function withVpc(): Scenario {
  return addVpc(emptyScenario(), {
    cidrBlock: '10.0.0.0/16',
    ipv6CidrBlock: '2600:1f18:1::/56',
    ids: { vpc: 'vpc-a' },
  }).scenario;
}

function added(scenario: Scenario, spec: Parameters<typeof addInternetHost>[1] = {}) {
  const r = addInternetHost(scenario, spec);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('addInternetHost', () => {
  it('gives a new host the first free documentation address and a name', () => {
    const { scenario, host } = added(withVpc());
    expect(host).toMatchObject({ name: 'internet-1', address: '198.51.100.1' });
    expect(host.id).toMatch(/^host-[0-9a-f]+$/);
    expect(scenario.internetHosts).toEqual([host]);
    expect(ScenarioSchema.safeParse(scenario).success).toBe(true);
  });

  it('skips addresses other hosts and public interfaces use', () => {
    let { scenario } = added(withVpc());
    scenario = {
      ...scenario,
      natGateways: [
        {
          id: 'nat-a',
          name: 'nat',
          subnetId: 'subnet-x',
          state: 'available',
          publicIp: '198.51.100.2',
        },
      ],
    };
    expect(added(scenario).host.address).toBe('198.51.100.3');
    expect(added(scenario).host.name).toBe('internet-2');
  });

  it('moves on to 203.0.113.0/24 when a VPC holds the first pool', () => {
    const { scenario } = addVpc(emptyScenario(), { cidrBlock: '198.51.100.0/24' });
    expect(nextHostAddress(scenario)).toBe('203.0.113.1');
  });

  it('does not mutate the scenario it was given', () => {
    const before = withVpc();
    added(before);
    expect(before.internetHosts).toEqual([]);
  });

  it('refuses an address inside a VPC, naming the VPC and its block', () => {
    const r = addInternetHost(withVpc(), { address: '10.0.1.5' });
    expect(r).toEqual({
      ok: false,
      error:
        '10.0.1.5 is inside VPC vpc-a (10.0.0.0/16): a host on the internet must be outside every VPC.',
    });
  });

  it('refuses an address inside a VPC’s IPv6 block', () => {
    const r = addInternetHost(withVpc(), { address: '2600:1f18:1::10' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('2600:1f18:1::/56');
  });

  it('refuses a malformed address and a caller-chosen ID that is taken', () => {
    expect(addInternetHost(withVpc(), { address: '1.2.3.300' })).toEqual({
      ok: false,
      error: '1.2.3.300 is not a valid IPv4 or IPv6 address.',
    });
    const { scenario } = added(withVpc(), { id: 'host-1' });
    expect(addInternetHost(scenario, { id: 'host-1' }).ok).toBe(false);
  });
});

describe('updateInternetHost', () => {
  const start = () => added(withVpc(), { id: 'host-a', name: 'client' }).scenario;

  it('changes the address and the name', () => {
    const r = updateInternetHost(start(), 'host-a', { address: ' 8.8.8.8 ', name: 'dns' });
    expect(r.ok && r.value.internetHosts[0]).toEqual({
      id: 'host-a',
      name: 'dns',
      address: '8.8.8.8',
    });
  });

  it('keeps the same scenario object when nothing changes', () => {
    const scenario = start();
    const r = updateInternetHost(scenario, 'host-a', { name: 'client' });
    expect(r.ok && r.value).toBe(scenario);
  });

  it('refuses a malformed address and keeps the last good one', () => {
    const scenario = start();
    const r = updateInternetHost(scenario, 'host-a', { address: '10.0.0.300' });
    expect(r).toEqual({ ok: false, error: '10.0.0.300 is not a valid IPv4 or IPv6 address.' });
    expect(scenario.internetHosts[0]?.address).toBe('198.51.100.1');
  });

  it('refuses an address inside a VPC CIDR, naming it', () => {
    const r = updateInternetHost(start(), 'host-a', { address: '10.0.200.1' });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('VPC vpc-a (10.0.0.0/16)');
  });

  it('refuses the address of another host but accepts its own', () => {
    const { scenario } = added(start(), { id: 'host-b', address: '203.0.113.9' });
    expect(updateInternetHost(scenario, 'host-a', { address: '203.0.113.9' }).ok).toBe(false);
    expect(updateInternetHost(scenario, 'host-b', { address: '203.0.113.9' }).ok).toBe(true);
  });

  it('names a host that does not exist', () => {
    expect(updateInternetHost(start(), 'host-zz', { name: 'x' })).toEqual({
      ok: false,
      error: 'Internet host host-zz does not exist.',
    });
  });
});

describe('removeInternetHost', () => {
  it('removes the host and refuses one that is not there', () => {
    const { scenario } = added(withVpc(), { id: 'host-a' });
    const r = removeInternetHost(scenario, 'host-a');
    expect(r.ok && r.value.internetHosts).toEqual([]);
    expect(removeInternetHost(withVpc(), 'host-a').ok).toBe(false);
  });
});
