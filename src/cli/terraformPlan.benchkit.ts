/**
 * A large plan for the import bench, shaped like `terraform show -json` of Terraform 1.x: a
 * module called with `count` (one VPC each) whose resources have IDs known only after apply and
 * are joined through the configuration's references, as in a first `terraform apply`.
 * Each module instance holds 16 network resources and `instances` instances.
 */

const PROVIDER = 'registry.terraform.io/hashicorp/aws';

interface Made {
  readonly planned: object;
  readonly change: object;
}

function make(
  module: string,
  type: string,
  name: string,
  index: number | undefined,
  values: Record<string, unknown>,
  unknown: Record<string, unknown>,
): Made {
  const address = `${module}.${type}.${name}${index === undefined ? '' : `[${index}]`}`;
  const base = { address, mode: 'managed', type, name, ...(index === undefined ? {} : { index }) };
  return {
    planned: { ...base, provider_name: PROVIDER, schema_version: 0, values, sensitive_values: {} },
    change: {
      ...base,
      module_address: module,
      provider_name: PROVIDER,
      change: {
        actions: ['create'],
        before: null,
        after: values,
        after_unknown: { id: true, arn: true, ...unknown },
        before_sensitive: false,
        after_sensitive: {},
      },
    },
  };
}

const ref = (...references: string[]) => ({ references });
const constant = (value: unknown) => ({ constant_value: value });

function moduleConfig() {
  const resource = (type: string, name: string, expressions: object, count?: number) => ({
    address: `${type}.${name}`,
    mode: 'managed',
    type,
    name,
    provider_config_key: 'aws',
    expressions,
    schema_version: 0,
    ...(count === undefined ? {} : { count_expression: { references: ['var.count'] } }),
  });
  const vpc = ref('aws_vpc.this.id', 'aws_vpc.this');
  return {
    resources: [
      resource('aws_vpc', 'this', { cidr_block: ref('var.cidr_block') }),
      resource('aws_internet_gateway', 'this', { vpc_id: vpc }),
      resource(
        'aws_subnet',
        'this',
        {
          vpc_id: vpc,
          cidr_block: ref('var.cidr_block', 'count.index'),
          map_public_ip_on_launch: constant(true),
        },
        4,
      ),
      resource('aws_route_table', 'this', { vpc_id: vpc }),
      resource('aws_route', 'internet', {
        route_table_id: ref('aws_route_table.this.id', 'aws_route_table.this'),
        destination_cidr_block: constant('0.0.0.0/0'),
        gateway_id: ref('aws_internet_gateway.this.id', 'aws_internet_gateway.this'),
      }),
      resource(
        'aws_route_table_association',
        'this',
        {
          subnet_id: ref('aws_subnet.this', 'count.index'),
          route_table_id: ref('aws_route_table.this.id', 'aws_route_table.this'),
        },
        4,
      ),
      resource('aws_security_group', 'web', { vpc_id: vpc, name: constant('web') }),
      resource(
        'aws_security_group_rule',
        'ssh',
        {
          type: constant('ingress'),
          security_group_id: ref('aws_security_group.web.id', 'aws_security_group.web'),
          cidr_blocks: ref('aws_vpc.this.cidr_block', 'aws_vpc.this'),
        },
        2,
      ),
      resource('aws_network_acl', 'this', { vpc_id: vpc, subnet_ids: ref('aws_subnet.this') }),
      resource(
        'aws_instance',
        'web',
        {
          subnet_id: ref('aws_subnet.this', 'count.index'),
          vpc_security_group_ids: ref('aws_security_group.web.id', 'aws_security_group.web'),
        },
        1,
      ),
    ],
    variables: { cidr_block: {}, count: {} },
  };
}

/** A plan of `vpcs × (16 + instances)` resources. */
export function largePlan(vpcs: number, instances: number): object {
  const planned: object[][] = [];
  const changes: object[] = [];
  for (let v = 0; v < vpcs; v++) {
    const m = `module.vpc[${v}]`;
    const cidr = `10.${v}.0.0/16`;
    const made: Made[] = [
      make(
        m,
        'aws_vpc',
        'this',
        undefined,
        { cidr_block: cidr, tags: { Name: `vpc-${v}` } },
        {
          default_security_group_id: true,
          default_network_acl_id: true,
          default_route_table_id: true,
          main_route_table_id: true,
          ipv6_cidr_block: true,
        },
      ),
      make(m, 'aws_internet_gateway', 'this', undefined, { tags: null }, { vpc_id: true }),
      make(m, 'aws_route_table', 'this', undefined, { tags: null }, { vpc_id: true, route: true }),
      make(
        m,
        'aws_route',
        'internet',
        undefined,
        { destination_cidr_block: '0.0.0.0/0' },
        {
          route_table_id: true,
          gateway_id: true,
        },
      ),
      make(
        m,
        'aws_security_group',
        'web',
        undefined,
        {
          name: 'web',
          description: 'Managed by Terraform',
          ingress: [
            {
              cidr_blocks: ['0.0.0.0/0'],
              description: '',
              from_port: 443,
              ipv6_cidr_blocks: [],
              prefix_list_ids: [],
              protocol: 'tcp',
              security_groups: [],
              self: false,
              to_port: 443,
            },
          ],
          egress: [
            {
              cidr_blocks: ['0.0.0.0/0'],
              description: '',
              from_port: 0,
              ipv6_cidr_blocks: [],
              prefix_list_ids: [],
              protocol: '-1',
              security_groups: [],
              self: false,
              to_port: 0,
            },
          ],
        },
        { vpc_id: true },
      ),
      make(
        m,
        'aws_network_acl',
        'this',
        undefined,
        {
          ingress: [
            {
              action: 'allow',
              cidr_block: '0.0.0.0/0',
              from_port: 0,
              icmp_code: 0,
              icmp_type: 0,
              ipv6_cidr_block: '',
              protocol: '-1',
              rule_no: 100,
              to_port: 0,
            },
          ],
          egress: [
            {
              action: 'allow',
              cidr_block: '0.0.0.0/0',
              from_port: 0,
              icmp_code: 0,
              icmp_type: 0,
              ipv6_cidr_block: '',
              protocol: '-1',
              rule_no: 100,
              to_port: 0,
            },
          ],
        },
        { vpc_id: true, subnet_ids: true },
      ),
    ];
    for (let s = 0; s < 4; s++) {
      made.push(
        make(
          m,
          'aws_subnet',
          'this',
          s,
          {
            cidr_block: `10.${v}.${s}.0/24`,
            availability_zone: `eu-west-1${'abc'[s % 3]}`,
            map_public_ip_on_launch: true,
          },
          { vpc_id: true },
        ),
        make(
          m,
          'aws_route_table_association',
          'this',
          s,
          { gateway_id: null },
          { subnet_id: true, route_table_id: true },
        ),
      );
    }
    for (let r = 0; r < 2; r++) {
      made.push(
        make(
          m,
          'aws_security_group_rule',
          'ssh',
          r,
          {
            type: 'ingress',
            protocol: 'tcp',
            from_port: 22 + r,
            to_port: 22 + r,
            cidr_blocks: [cidr],
            self: false,
          },
          { security_group_id: true },
        ),
      );
    }
    for (let i = 0; i < instances; i++) {
      made.push(
        make(
          m,
          'aws_instance',
          'web',
          i,
          {
            ami: 'ami-0c1c30571d2dae5c9',
            instance_type: 't3.micro',
            tags: { Name: `web-${v}-${i}` },
          },
          {
            subnet_id: true,
            vpc_security_group_ids: true,
            private_ip: true,
            public_ip: true,
            associate_public_ip_address: true,
          },
        ),
      );
    }
    planned.push(made.map((x) => x.planned));
    changes.push(...made.map((x) => x.change));
  }
  return {
    format_version: '1.2',
    terraform_version: '1.7.5',
    planned_values: {
      root_module: {
        child_modules: planned.map((resources, v) => ({ resources, address: `module.vpc[${v}]` })),
      },
    },
    resource_changes: changes,
    configuration: {
      root_module: {
        module_calls: {
          vpc: {
            source: './vpc',
            expressions: { cidr_block: ref('count.index'), count: constant(instances) },
            count_expression: constant(vpcs),
            module: moduleConfig(),
          },
        },
      },
    },
    timestamp: '2024-05-02T09:14:07Z',
  };
}
