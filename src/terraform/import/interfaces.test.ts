import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../model/schema.ts';
import type { Scenario } from '../../model/types.ts';
import { importTerraform, type TerraformImport } from './importTerraform.ts';

/** Model version 2 resources read from Terraform: interfaces, endpoints, transit gateways. */

const load = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

function imported(input: unknown): TerraformImport {
  const result = importTerraform(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  expect(ScenarioSchema.parse(result.value.scenario)).toEqual(result.value.scenario);
  return result.value;
}

const idsOf = (s: Scenario, address: string) =>
  Object.entries(s.terraform?.addresses ?? {})
    .filter(([, a]) => a === address)
    .map(([id]) => id);
const idOf = (s: Scenario, address: string) => idsOf(s, address)[0] as string;

describe('a transit gateway, an RDS instance in a DB subnet group and an S3 gateway endpoint', () => {
  const result = imported(load('../__fixtures__/tgw-rds-endpoint.plan.json'));
  const s = result.scenario;

  it("places the RDS interface in the group's first subnet by address and keeps the other as a placement", () => {
    const [rds] = s.networkInterfaces.filter((n) => n.kind === 'rds');
    expect(rds).toMatchObject({
      subnetId: idOf(s, 'aws_subnet.db[0]'),
      privateIp: '10.50.11.4',
      securityGroupIds: [idOf(s, 'aws_security_group.db')],
    });
    expect(s.terraform?.alternatives?.[rds!.id]).toEqual([
      { subnetId: idOf(s, 'aws_subnet.db[1]'), privateIp: '10.50.12.4' },
    ]);
    expect(s.terraform?.addresses[rds!.id]).toBe('aws_db_instance.main');
  });

  // https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html: "we add a route
  // to each route table that you select… The destination of the route is the prefix list".
  it("adds the route AWS adds for a gateway endpoint, to the service's prefix list read by a data source", () => {
    const [endpoint] = s.vpcEndpoints;
    expect(endpoint).toMatchObject({
      type: 'gateway',
      prefixListId: 'pl-6da54004',
      routeTableIds: [idOf(s, 'aws_route_table.app')],
    });
    const table = s.routeTables.find((t) => t.id === idOf(s, 'aws_route_table.app'));
    expect(table?.routes).toContainEqual({
      destination: 'pl-6da54004',
      target: endpoint!.id,
      state: 'active',
    });
    expect(s.prefixLists[0]).toMatchObject({
      managedBy: 'aws',
      entries: expect.arrayContaining([{ cidr: '52.218.0.0/17' }]),
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html
  it('reads the transit gateway route table with its associations and propagations', () => {
    const table = s.transitGatewayRouteTables.find(
      (t) => t.id === idOf(s, 'aws_ec2_transit_gateway_route_table.hub'),
    );
    const app = idOf(s, 'aws_ec2_transit_gateway_vpc_attachment.app');
    const shared = idOf(s, 'aws_ec2_transit_gateway_vpc_attachment.shared');
    expect(table?.propagations.sort()).toEqual([app, shared].sort());
    expect(s.transitGatewayAttachments.map((a) => a.associatedRouteTableId)).toEqual([
      table!.id,
      table!.id,
    ]);
    expect(s.transitGatewayAttachments.find((a) => a.id === app)?.subnetIds.sort()).toEqual(
      [idOf(s, 'aws_subnet.app["a"]'), idOf(s, 'aws_subnet.app["b"]')].sort(),
    );
    // Default association and propagation are disabled: AWS makes no default table.
    expect(s.transitGatewayRouteTables).toHaveLength(1);
    const routeToHub = s.routeTables
      .find((t) => t.id === idOf(s, 'aws_route_table.app'))
      ?.routes.find((r) => r.destination === '10.60.0.0/16');
    expect(routeToHub?.target).toBe(idOf(s, 'aws_ec2_transit_gateway.hub'));
  });

  it('warns of nothing it could not read', () => {
    expect(result.warnings).toEqual([]);
  });
});

describe('TerraGoat: resources with groups and subnets become interfaces, with a warning', () => {
  const result = imported(
    load('../../../../shared/samples/terraform-public/checkov-terragoat.tfplan.json'),
  );
  const s = result.scenario;

  it('reads the classic load balancer and the EKS cluster as interfaces in their subnets', () => {
    expect(idsOf(s, 'aws_elb.weblb')).toHaveLength(1);
    expect(idsOf(s, 'aws_eks_cluster.eks_cluster')).toHaveLength(2);
    expect(result.warnings).toContain(
      'aws_elb.weblb: aws_elb is read as a network interface in 123456789123-acme-corp-subnet; what the service itself does is not modelled',
    );
  });

  it('keeps the address the plan knows for a network interface', () => {
    const eni = s.networkInterfaces.find((n) => n.id === idOf(s, 'aws_network_interface.web-eni'));
    expect(eni?.privateIp).toBe('172.16.10.100');
    // No groups written: the VPC's default group.
    expect(eni?.securityGroupIds).toEqual([idOf(s, 'aws_vpc.web_vpc.default_security_group_id')]);
  });
});

const P = 'registry.terraform.io/hashicorp/aws';
const state = (resources: object[]) => ({
  format_version: '1.0',
  terraform_version: '1.8.5',
  values: { root_module: { resources } },
});
const res = (address: string, values: object) => {
  const [type, name] = address.split('.') as [string, string];
  return {
    address,
    mode: 'managed',
    type,
    name,
    provider_name: P,
    schema_version: 0,
    values,
    sensitive_values: {},
  };
};

describe('instances launched on interfaces, extra interfaces, load balancers', () => {
  const s = imported(
    state([
      res('aws_vpc.main', {
        id: 'vpc-0c0000000000000a1',
        cidr_block: '10.70.0.0/16',
        default_security_group_id: 'sg-0c0000000000000d1',
      }),
      res('aws_subnet.a', {
        id: 'subnet-0c000000000000a1',
        vpc_id: 'vpc-0c0000000000000a1',
        cidr_block: '10.70.1.0/24',
        availability_zone: 'us-east-1a',
      }),
      res('aws_subnet.b', {
        id: 'subnet-0c000000000000b1',
        vpc_id: 'vpc-0c0000000000000a1',
        cidr_block: '10.70.2.0/24',
        availability_zone: 'us-east-1b',
      }),
      res('aws_network_interface.primary', {
        id: 'eni-0c00000000000001',
        subnet_id: 'subnet-0c000000000000a1',
        private_ip: '10.70.1.50',
        private_ips: ['10.70.1.50', '10.70.1.51'],
        security_groups: ['sg-0c0000000000000d1'],
      }),
      res('aws_network_interface.second', {
        id: 'eni-0c00000000000002',
        subnet_id: 'subnet-0c000000000000b1',
        private_ip: '10.70.2.50',
        private_ips: ['10.70.2.50'],
        security_groups: [],
        attachment: [
          { attachment_id: 'eni-attach-1', device_index: 1, instance: 'i-0c00000000000001' },
        ],
      }),
      res('aws_instance.app', {
        id: 'i-0c00000000000001',
        instance_state: 'stopped',
        primary_network_interface_id: 'eni-0c00000000000001',
        network_interface: [
          {
            device_index: 0,
            network_interface_id: 'eni-0c00000000000001',
            delete_on_termination: false,
            network_card_index: 0,
          },
        ],
        subnet_id: 'subnet-0c000000000000a1',
        private_ip: '10.70.1.50',
        tags: { Name: 'app' },
      }),
      res('aws_lb.edge', {
        id: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/edge/1',
        name: 'edge',
        internal: false,
        load_balancer_type: 'network',
        security_groups: [],
        subnets: ['subnet-0c000000000000a1', 'subnet-0c000000000000b1'],
        subnet_mapping: [],
      }),
    ]),
  ).scenario;

  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html: the primary interface
  // (device index 0) is the instance's own.
  it('holds the interface an instance was launched on inline, and lists the one attached at index 1', () => {
    expect(s.instances).toEqual([
      expect.objectContaining({
        id: 'i-0c00000000000001',
        subnetId: 'subnet-0c000000000000a1',
        privateIp: '10.70.1.50',
        secondaryPrivateIps: [{ address: '10.70.1.51' }],
        primaryInterfaceId: 'eni-0c00000000000001',
        state: 'stopped',
      }),
    ]);
    expect(s.networkInterfaces.find((n) => n.id === 'eni-0c00000000000002')).toMatchObject({
      kind: 'instance',
      attachment: { instanceId: 'i-0c00000000000001', deviceIndex: 1 },
    });
  });

  it('gives an internet-facing network load balancer an interface per subnet, not filtered by groups', () => {
    const nodes = s.networkInterfaces.filter((n) => n.kind === 'load-balancer');
    expect(nodes.map((n) => n.subnetId)).toEqual([
      'subnet-0c000000000000a1',
      'subnet-0c000000000000b1',
    ]);
    // The state does not record the nodes' addresses (AWS manages those interfaces): assumed.
    expect(nodes.map((n) => [n.privateIp, n.publicIp])).toEqual([
      ['10.70.1.4', '198.18.0.1'],
      ['10.70.2.4', '198.18.0.2'],
    ]);
    const open = s.securityGroups.find((g) => g.id === nodes[0]?.securityGroupIds[0]);
    expect(open?.ingress).toContainEqual({
      protocol: 'all',
      peer: { kind: 'cidr', cidr: '0.0.0.0/0' },
    });
  });
});

// https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html: a group's rules
// decide; a group whose rules are not in the plan cannot be evaluated.
describe('groups whose rules are not in the plan', () => {
  const result = imported(
    state([
      res('aws_vpc.main', {
        id: 'vpc-0d0000000000000a1',
        cidr_block: '10.80.0.0/16',
        default_security_group_id: 'sg-0d0000000000000d1',
      }),
      res('aws_subnet.a', {
        id: 'subnet-0d000000000000a1',
        vpc_id: 'vpc-0d0000000000000a1',
        cidr_block: '10.80.1.0/24',
      }),
      res('aws_security_group.elsewhere', {
        id: 'sg-0d0000000000000e1',
        name: 'elsewhere',
        vpc_id: 'vpc-0dddddddddddddddd',
      }),
      res('aws_instance.app', {
        id: 'i-0d00000000000001',
        subnet_id: 'subnet-0d000000000000a1',
        private_ip: '10.80.1.10',
        vpc_security_group_ids: ['sg-0d0000000000000e1', 'sg-0ffffffffffffffff'],
      }),
    ]),
  );
  const s = result.scenario;

  it('replace a group left out, or one outside the plan, by one whose rules may match anything', () => {
    const groups = s.instances[0]?.securityGroupIds.map((id) =>
      s.securityGroups.find((g) => g.id === id),
    );
    expect(groups).toHaveLength(2);
    for (const g of groups ?? []) {
      expect(g?.ingress).toEqual([
        {
          protocol: 'all',
          peer: {
            kind: 'prefixList',
            prefixListId: expect.stringContaining('known only after apply'),
          },
        },
      ]);
    }
    expect(result.warnings).toContain(
      'aws_instance.app: vpc_security_group_ids names sg-0ffffffffffffffff, which is not in the plan; its security-group hops are unknown unless another group decides',
    );
  });
});
