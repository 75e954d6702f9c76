import { describe, expect, it } from 'vitest';
import { readTerraformDocument, type TerraformDocument } from '../format/document.ts';
import { instanceAttributes } from './attributes.ts';
import type { Resolution } from './resolver.ts';

/**
 * The resolver on a small plan shaped like `terraform show -json` of Terraform 1.x: a module
 * called twice with `count`, a data source, a local value and a route set whose gateway is
 * known only after apply. References as Terraform lists them
 * (https://developer.hashicorp.com/terraform/internals/json-format#expression-representation).
 */

const resource = (address: string, index: number | string | undefined, values: object) => {
  const parts = address.split('.');
  const [type, name] = parts.slice(-2) as [string, string];
  const data = parts.at(-3) === 'data';
  return {
    address: index === undefined ? address : `${address}[${JSON.stringify(index)}]`,
    mode: data ? 'data' : 'managed',
    type,
    name,
    ...(index === undefined ? {} : { index }),
    provider_name: 'registry.terraform.io/hashicorp/aws',
    schema_version: 0,
    values,
    sensitive_values: {},
  };
};

const plan = {
  format_version: '1.2',
  terraform_version: '1.8.2',
  variables: { env: { value: 'prod' } },
  planned_values: {
    root_module: {
      resources: [
        resource('aws_security_group.shared', undefined, { name: 'shared' }),
        resource('aws_internet_gateway.gw', undefined, { tags: null }),
        resource('aws_route_table.edge', undefined, {
          route: [{ cidr_block: '0.0.0.0/0', nat_gateway_id: '' }],
        }),
        resource('aws_vpc.main', undefined, { cidr_block: '10.1.0.0/16' }),
      ],
      child_modules: [0, 1].map((i) => ({
        resources: [
          resource(`module.svc[${i}].aws_subnet.this`, undefined, { cidr_block: `10.1.${i}.0/24` }),
        ],
        address: `module.svc[${i}]`,
      })),
    },
  },
  // Data sources read while planning are in the prior state.
  prior_state: {
    format_version: '1.0',
    terraform_version: '1.8.2',
    values: {
      root_module: {
        resources: [
          resource('data.aws_vpc.shared', undefined, {
            id: 'vpc-0aaaabbbbcccc0001',
            cidr_block: '10.9.0.0/16',
          }),
        ],
      },
    },
  },
  resource_changes: [
    {
      address: 'aws_security_group.shared',
      mode: 'managed',
      type: 'aws_security_group',
      name: 'shared',
      change: {
        actions: ['create'],
        before: null,
        after: { name: 'shared' },
        after_unknown: { id: true, vpc_id: true },
      },
    },
    {
      address: 'aws_route_table.edge',
      mode: 'managed',
      type: 'aws_route_table',
      name: 'edge',
      change: {
        actions: ['create'],
        before: null,
        after: { route: [{ cidr_block: '0.0.0.0/0', nat_gateway_id: '' }] },
        after_unknown: { id: true, vpc_id: true, route: [{ gateway_id: true }] },
      },
    },
    {
      address: 'aws_internet_gateway.gw',
      mode: 'managed',
      type: 'aws_internet_gateway',
      name: 'gw',
      change: {
        actions: ['create'],
        before: null,
        after: {},
        after_unknown: { id: true, vpc_id: true },
      },
    },
    ...[0, 1].map((i) => ({
      address: `module.svc[${i}].aws_subnet.this`,
      module_address: `module.svc[${i}]`,
      mode: 'managed',
      type: 'aws_subnet',
      name: 'this',
      change: {
        actions: ['create'],
        before: null,
        after: { cidr_block: `10.1.${i}.0/24` },
        after_unknown: { id: true, vpc_id: true, tags: true },
      },
    })),
  ],
  configuration: {
    root_module: {
      resources: [
        {
          address: 'aws_security_group.shared',
          mode: 'managed',
          type: 'aws_security_group',
          name: 'shared',
          expressions: {
            vpc_id: { references: ['data.aws_vpc.shared.id', 'data.aws_vpc.shared'] },
          },
        },
        {
          address: 'aws_route_table.edge',
          mode: 'managed',
          type: 'aws_route_table',
          name: 'edge',
          expressions: {
            route: { references: ['aws_internet_gateway.gw.id', 'aws_internet_gateway.gw'] },
            vpc_id: { references: ['local.vpc_id'] },
          },
        },
      ],
      module_calls: {
        svc: {
          source: './svc',
          count_expression: { constant_value: 2 },
          expressions: {
            vpc_id: { references: ['aws_vpc.main.id', 'aws_vpc.main'] },
            shared_vpc_id: { references: ['data.aws_vpc.shared.id', 'data.aws_vpc.shared'] },
            env: { references: ['var.env'] },
          },
          module: {
            resources: [
              {
                address: 'aws_subnet.this',
                mode: 'managed',
                type: 'aws_subnet',
                name: 'this',
                expressions: {
                  vpc_id: { references: ['var.vpc_id'] },
                  tags: { references: ['var.env', 'var.missing'] },
                },
              },
            ],
          },
        },
      },
    },
  },
};

function doc(): TerraformDocument {
  const read = readTerraformDocument(plan);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.value;
}

function attributes(address: string) {
  const d = doc();
  const instance = d.instances.find((i) => i.address === address);
  if (!instance) throw new Error(address);
  return instanceAttributes(d.resolver, instance);
}

const targets = (r: Resolution) =>
  r.kind === 'references' ? r.targets.map((t) => `${t.instance.address}.${t.attribute}`) : r;

describe('Resolver', () => {
  it('follows a variable of a counted module to the resource its caller names', () => {
    expect(targets(attributes('module.svc[1].aws_subnet.this').get('vpc_id'))).toEqual([
      'aws_vpc.main.id',
    ]);
  });

  it('reads a root variable from the plan and reports one the caller does not set', () => {
    const tags = attributes('module.svc[0].aws_subnet.this').get('tags');
    expect(tags).toEqual({
      kind: 'references',
      targets: [],
      values: ['prod'],
      problems: ['var.missing of module.svc is not set by its caller'],
    });
  });

  it('cannot follow a local value, which the plan does not record', () => {
    expect(attributes('aws_route_table.edge').get('vpc_id')).toEqual({
      kind: 'unresolved',
      reason: 'local.vpc_id is a local value, which the plan does not record',
    });
  });

  it('reads a block attribute known only after apply from the references of the whole block list', () => {
    const [route] = attributes('aws_route_table.edge').blocks('route');
    expect(targets(route!.get('gateway_id'))).toEqual(['aws_internet_gateway.gw.id']);
    expect(route!.get('cidr_block')).toEqual({ kind: 'value', value: '0.0.0.0/0' });
  });

  it('reads a data source, read while planning, from the prior state', () => {
    expect(attributes('aws_security_group.shared').get('vpc_id')).toEqual({
      kind: 'value',
      value: 'vpc-0aaaabbbbcccc0001',
    });
  });

  it('tells a value not set from one AWS computes at apply', () => {
    const gw = attributes('aws_internet_gateway.gw');
    expect(gw.get('vpc_id')).toEqual({ kind: 'computed' });
    expect(gw.get('tags')).toEqual({ kind: 'unset' });
  });
});
