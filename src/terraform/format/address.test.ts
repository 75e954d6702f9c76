import { describe, expect, it } from 'vitest';
import { formatAddress, parseAddress } from './address.ts';

// https://developer.hashicorp.com/terraform/cli/state/resource-addressing
describe('resource addresses', () => {
  it('reads module paths, data sources, count indexes and for_each keys', () => {
    expect(parseAddress('aws_vpc.main')).toEqual({
      module: [],
      mode: 'managed',
      type: 'aws_vpc',
      name: 'main',
    });
    expect(parseAddress('module.app[1].module.db["eu.west"].aws_instance.api["a b"]')).toEqual({
      module: [
        { name: 'app', key: 1 },
        { name: 'db', key: 'eu.west' },
      ],
      mode: 'managed',
      type: 'aws_instance',
      name: 'api',
      key: 'a b',
    });
    expect(parseAddress('data.aws_vpc.default')?.mode).toBe('data');
    expect(parseAddress('aws_network_interface.web-eni')?.name).toBe('web-eni');
  });

  it('refuses what is not an address', () => {
    expect(parseAddress('aws_vpc')).toBeNull();
    expect(parseAddress('aws_vpc.main.id')).toBeNull();
    expect(parseAddress('aws_vpc.main[x]')).toBeNull();
    expect(parseAddress('')).toBeNull();
  });

  it('writes an address back the way Terraform prints it', () => {
    const text = 'module.app["a"].aws_instance.api[2]';
    const parsed = parseAddress(text);
    expect(parsed && formatAddress(parsed)).toBe(text);
  });
});
