import { describe, expect, it } from 'vitest';
import {
  TRANSIT_DATABASE_IDS as DB,
  transitDatabaseScenario,
} from '../../scenarios/challenges/transitDatabase.ts';
import {
  S3_ADDRESS,
  S3_ENDPOINT_IDS as S3,
  s3EndpointScenario,
} from '../../scenarios/s3Endpoint.ts';
import { THREE_TIER_IDS as ID, threeTierScenario } from '../../scenarios/threeTier.ts';
import {
  addressEndpoint,
  endpointFromValue,
  endpointName,
  endpointOptions,
  endpointValue,
} from './endpoints.ts';

const withHost = {
  ...threeTierScenario,
  internetHosts: [{ id: 'host-0abc', name: 'laptop', address: '198.51.100.7' }],
};

describe('flow endpoints in the tester', () => {
  it('lists instances by name and address, the hosts and the internet', () => {
    const options = endpointOptions(withHost);
    expect(options[0]).toEqual({
      value: `i:${ID.web1}`,
      label: 'web-1 · 10.0.1.10',
      group: 'Instances',
    });
    expect(options.map((o) => o.label)).toContain('laptop · 198.51.100.7');
    expect(options.at(-1)?.value).toBe('internet');
  });

  it('lists a resource imported from Terraform by its address first', () => {
    const imported = {
      ...threeTierScenario,
      terraform: {
        source: 'plan' as const,
        addresses: { [ID.web1]: 'module.web.aws_instance.this[0]' },
        placeholderIds: [],
        assumedAddresses: {},
      },
    };
    expect(endpointOptions(imported)[0]?.label).toBe(
      'module.web.aws_instance.this[0] · web-1 · 10.0.1.10',
    );
  });

  it('takes a typed Terraform address for the instance it names', () => {
    const imported = {
      ...threeTierScenario,
      terraform: {
        source: 'plan' as const,
        addresses: {
          [ID.web1]: 'aws_instance.web[0]',
          [ID.web2]: 'aws_instance.web[1]',
          [ID.app1]: 'module.app.aws_instance.api',
        },
        placeholderIds: [],
        assumedAddresses: {},
      },
    };
    expect(addressEndpoint(' aws_instance.web[1] ', imported)).toEqual({
      ok: true,
      end: { instanceId: ID.web2 },
    });
    expect(addressEndpoint('module.app.aws_instance.api', imported)).toEqual({
      ok: true,
      end: { instanceId: ID.app1 },
    });
    expect(addressEndpoint('aws_instance.web', imported)).toEqual({
      ok: false,
      error: 'aws_instance.web has several instances: aws_instance.web[0], aws_instance.web[1]',
    });
    expect(addressEndpoint('aws_instance.nope', imported)).toMatchObject({
      ok: false,
      error: expect.stringMatching(/nor a Terraform address of this network\.$/),
    });
    expect(addressEndpoint('aws_instance.web[1]')).toMatchObject({ ok: false });
  });

  it('maps endpoints to menu values and back', () => {
    expect(endpointValue(withHost, { instanceId: ID.db1 })).toBe(`i:${ID.db1}`);
    expect(endpointValue(withHost, { address: '198.51.100.7' })).toBe('h:host-0abc');
    expect(endpointValue(withHost, { address: '203.0.113.50' })).toBe('internet');
    expect(endpointValue(withHost, { address: '192.0.2.1' })).toBe('any');
    expect(endpointValue(withHost, { instanceId: ID.web1, address: '198.51.100.11' })).toBe('any');
    expect(endpointFromValue(withHost, 'h:host-0abc')).toEqual({ address: '198.51.100.7' });
    expect(endpointFromValue(withHost, `i:${ID.web1}`)).toEqual({ instanceId: ID.web1 });
    expect(endpointFromValue(withHost, 'i:i-gone')).toBeNull();
  });

  it('checks a typed address with the model’s IP helpers', () => {
    expect(addressEndpoint(' 192.0.2.1 ')).toEqual({ ok: true, end: { address: '192.0.2.1' } });
    expect(addressEndpoint('10.0.0.300')).toEqual({
      ok: false,
      error: '10.0.0.300 is not a valid IPv4 or IPv6 address.',
    });
  });

  it('names an end in a few words', () => {
    expect(endpointName(withHost, { instanceId: ID.web1 })).toBe('web-1');
    expect(endpointName(withHost, { address: '198.51.100.7' })).toBe('laptop');
    expect(endpointName(withHost, { address: '192.0.2.1' })).toBe('192.0.2.1');
    expect(endpointName(withHost, null)).toBe('…');
  });
});

// https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
describe('interfaces and AWS services as flow ends', () => {
  it('lists other interfaces by kind, and S3 at an address of its prefix list', () => {
    const options = endpointOptions(s3EndpointScenario);
    expect(options).toContainEqual({
      value: `s:${S3.endpoint}`,
      label: `s3 via s3 · ${S3_ADDRESS}`,
      group: 'AWS services',
    });
    const rds = endpointOptions(transitDatabaseScenario).find((o) => o.group === 'Interfaces');
    expect(rds).toEqual({
      value: `n:${DB.db}`,
      label: 'orders-db (RDS) · 10.81.1.20',
      group: 'Interfaces',
    });
    expect(options.at(-1)?.value).toBe('internet');
  });

  it('maps an interface and a service to menu values and back', () => {
    expect(endpointFromValue(transitDatabaseScenario, `n:${DB.db}`)).toEqual({
      interfaceId: DB.db,
    });
    expect(endpointValue(transitDatabaseScenario, { interfaceId: DB.db })).toBe(`n:${DB.db}`);
    expect(endpointFromValue(s3EndpointScenario, `s:${S3.endpoint}`)).toEqual({
      address: S3_ADDRESS,
    });
    expect(endpointValue(s3EndpointScenario, { address: S3_ADDRESS })).toBe(`s:${S3.endpoint}`);
    expect(endpointName(s3EndpointScenario, { address: S3_ADDRESS })).toBe(`s3 (${S3_ADDRESS})`);
    expect(endpointName(transitDatabaseScenario, { interfaceId: DB.db })).toBe('orders-db');
  });
});
