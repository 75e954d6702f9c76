import { describe, expect, it } from 'vitest';
import { danglingReferences } from '../model/references.ts';
import { ScenarioSchema } from '../model/schema.ts';
import type { Scenario } from '../model/types.ts';
import { validate } from '../model/validate.ts';
import extended from './__fixtures__/acme-extended/bundle.json';
import { importAwsBundle } from './index.ts';

/**
 * The extended sample (src/aws/__fixtures__/acme-extended, README there): acme-prod plus an RDS
 * interface, a load balancer, a Lambda function, an interface and a gateway endpoint, a transit
 * gateway joining three VPCs and a VPN, an Elastic IP on a secondary address, a stopped and a
 * terminated instance. Read here as AWS documents each output.
 */

function importExtended(): { scenario: Scenario; warnings: string[] } {
  const result = importAwsBundle(extended);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

function byId<T extends { id: string }>(items: readonly T[], id: string): T {
  const found = items.find((item) => item.id === id);
  if (!found) throw new Error(`${id} is missing`);
  return found;
}

const PROD = 'vpc-07e44f8146b914a6e';
const TGW = 'tgw-0d4e31dfad0ef6c2f';
const CORE = 'tgw-rtb-0e5f42eabe1fa7d30';
const ANALYTICS_TABLE = 'tgw-rtb-0f6a53fbcf2ab8e41';
const APP_TABLE = 'rtb-01626b2f2c3492475';

describe('the extended acme sample', () => {
  it('imports into a scenario that passes the schema, refers to nothing missing and validates clean', () => {
    const { scenario } = importExtended();
    expect(ScenarioSchema.safeParse(scenario).success).toBe(true);
    expect(danglingReferences(scenario)).toEqual([]);
    expect(validate(scenario)).toEqual([]);
  });

  it('warns about exactly what the engine does not model: the VPN attachment and the load balancer as a hop', () => {
    expect(importExtended().warnings).toEqual([
      `tgw-attach-0dae97dfad6efcc85: vpn attachment (vpn-0ebfa8eabe7fadd96) of ${TGW} is not modelled: routes of the transit gateway to it make a flow unknown`,
      'app/acme-web-alb/4f1e2d3c4b5a6978: load balancer acme-web-alb: a flow to one of its interfaces is evaluated, but what it forwards to its targets is not modelled',
    ]);
  });

  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/requester-managed-eni.html
  it('names requester-managed interfaces after what their description says made them', () => {
    const { scenario } = importExtended();
    const shown = (id: string) => {
      const eni = byId(scenario.networkInterfaces, id);
      return [eni.kind, eni.name];
    };
    expect(shown('eni-0d8ab7fadc4ef06c8')).toEqual(['rds', 'RDS database (us-east-1a)']);
    expect(shown('eni-0e9bc8abed5fa17d9')).toEqual(['load-balancer', 'acme-web-alb (us-east-1a)']);
    expect(shown('eni-0fa0d9bcfe6ab28ea')).toEqual(['load-balancer', 'acme-web-alb (us-east-1b)']);
    expect(shown('eni-01b1eacdaf7bc39fb')).toEqual(['lambda', 'acme-thumbnailer (us-east-1a)']);
    expect(shown('eni-02c2fbdebf8cd4a0d')).toEqual(['interface-endpoint', 'prod-ssm (us-east-1a)']);
    expect(shown('eni-03d3acefca9de5b1f')).toEqual(['nat-gateway', 'acme-prod-nat-a interface']);
    expect(shown('eni-04e4bdfadb0ef6c30')).toEqual([
      'transit-gateway-attachment',
      'hub-prod (us-east-1a)',
    ]);
  });

  it("keeps an RDS interface's own group, subnet, address and description", () => {
    const rds = byId(importExtended().scenario.networkInterfaces, 'eni-0d8ab7fadc4ef06c8');
    expect(rds).toMatchObject({
      description: 'RDSNetworkInterface',
      subnetId: 'subnet-02153afc884e6862b',
      privateIp: '10.50.20.100',
      securityGroupIds: ['sg-0f4cb7fadc4e0a6c7'],
    });
    // Attached by RDS, not to an instance: no instance link.
    expect(rds.attachment).toBeUndefined();
  });

  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/MultipleIP.html
  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html
  it('reads a secondary private address with its Elastic IP (owned by the account), beside the auto-assigned public address', () => {
    const web1 = byId(importExtended().scenario.instances, 'i-0d220fcd8e44ffb0f');
    expect(web1).toMatchObject({
      privateIp: '10.50.0.21',
      publicIp: '54.210.17.21',
      publicIpSource: 'auto',
      secondaryPrivateIps: [{ address: '10.50.0.121', publicIp: '3.222.10.121' }],
      primaryInterfaceId: 'eni-0486516a0b31848fb',
    });
  });

  // https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-instance-lifecycle.html
  it('keeps a stopped instance with its state, and leaves out a terminated one', () => {
    const { scenario } = importExtended();
    expect(byId(scenario.instances, 'i-01b6e5deba2cde4a5').state).toBe('stopped');
    expect(scenario.instances.map((i) => i.id)).not.toContain('i-02c7f6efcb3def5b7');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/working-with-aws-managed-prefix-lists.html
  it('reads the AWS-managed S3 prefix list and a customer-managed one, each with its entries', () => {
    const { scenario } = importExtended();
    expect(byId(scenario.prefixLists, 'pl-63a5400a')).toMatchObject({
      name: 'com.amazonaws.us-east-1.s3',
      addressFamily: 'IPv4',
      managedBy: 'aws',
    });
    expect(byId(scenario.prefixLists, 'pl-63a5400a').entries).toContainEqual({
      cidr: '52.216.0.0/15',
    });
    expect(byId(scenario.prefixLists, 'pl-0a1b2c3d4e5f6a7b8')).toEqual({
      id: 'pl-0a1b2c3d4e5f6a7b8',
      name: 'corp-vpn-ranges',
      addressFamily: 'IPv4',
      managedBy: 'customer',
      maxEntries: 10,
      entries: [
        { cidr: '198.51.100.0/24', description: 'Paris office VPN' },
        { cidr: '192.0.2.0/24', description: 'Lyon office VPN' },
      ],
    });
    const bastion = byId(importExtended().scenario.securityGroups, 'sg-0d080bd7ff531435f');
    expect(bastion.ingress).toContainEqual({
      protocol: 'tcp',
      portRange: { from: 22, to: 22 },
      peer: { kind: 'prefixList', prefixListId: 'pl-0a1b2c3d4e5f6a7b8' },
      description: 'SSH from the corporate VPN',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
  it('reads the S3 gateway endpoint with its route table and prefix list, and the route AWS adds', () => {
    const { scenario } = importExtended();
    expect(byId(scenario.vpcEndpoints, 'vpce-0c3d20cefc9de5b1e')).toMatchObject({
      type: 'gateway',
      serviceName: 'com.amazonaws.us-east-1.s3',
      state: 'available',
      routeTableIds: [APP_TABLE],
      prefixListId: 'pl-63a5400a',
      policyIsDefault: true,
    });
    expect(byId(scenario.routeTables, APP_TABLE).routes).toContainEqual({
      destination: 'pl-63a5400a',
      target: 'vpce-0c3d20cefc9de5b1e',
      state: 'active',
    });
  });

  it('reads the interface endpoint with its subnet, group and interface', () => {
    expect(byId(importExtended().scenario.vpcEndpoints, 'vpce-0b2c1fbdeb8cd4a0c')).toMatchObject({
      type: 'interface',
      subnetIds: ['subnet-0d50062a94db66937'],
      securityGroupIds: ['sg-0b6ed9bcfe6ab28e9'],
      networkInterfaceIds: ['eni-02c2fbdebf8cd4a0d'],
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html
  it('reads the egress-only internet gateway attached to prod, and the route to it', () => {
    const { scenario } = importExtended();
    expect(scenario.egressOnlyInternetGateways).toEqual([
      { id: 'eigw-0fa1b2c3d4e5f6a78', name: 'acme-prod-eigw', vpcId: PROD },
    ]);
    expect(byId(scenario.routeTables, APP_TABLE).routes).toContainEqual({
      destination: '::/0',
      target: 'eigw-0fa1b2c3d4e5f6a78',
      state: 'active',
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/tgw/how-transit-gateways-work.html
  it('reads the transit gateway: referencing off at the gateway (its default), its default tables', () => {
    expect(importExtended().scenario.transitGateways).toEqual([
      {
        id: TGW,
        name: 'acme-hub',
        state: 'available',
        securityGroupReferencingSupport: false,
        associationDefaultRouteTableId: CORE,
        propagationDefaultRouteTableId: CORE,
      },
    ]);
  });

  // https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html
  it('joins each VPC attachment with its subnets, options and association; keeps the VPN attachment as what it is', () => {
    const { scenario } = importExtended();
    expect(byId(scenario.transitGatewayAttachments, 'tgw-attach-0a7b64acda3bc9f52')).toEqual({
      id: 'tgw-attach-0a7b64acda3bc9f52',
      name: 'hub-prod',
      transitGatewayId: TGW,
      resourceType: 'vpc',
      vpcId: PROD,
      resourceId: PROD,
      subnetIds: ['subnet-0c4a8e2f6b1d3e5f7', 'subnet-0d5b9f3a7c2e4f6a8'],
      state: 'available',
      securityGroupReferencingSupport: true,
      associatedRouteTableId: CORE,
    });
    expect(byId(scenario.transitGatewayAttachments, 'tgw-attach-0dae97dfad6efcc85')).toMatchObject({
      resourceType: 'vpn',
      resourceId: 'vpn-0ebfa8eabe7fadd96',
      subnetIds: [],
      associatedRouteTableId: CORE,
    });
  });

  // https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html
  it('reads each table with its propagations (from its propagated routes) and its static and blackhole routes', () => {
    const { scenario } = importExtended();
    const core = byId(scenario.transitGatewayRouteTables, CORE);
    expect(core.propagations).toEqual([
      'tgw-attach-0a7b64acda3bc9f52',
      'tgw-attach-0b8c75bdeb4cdaa63',
      'tgw-attach-0c9d86cefc5debb74',
    ]);
    expect(core.routes).toContainEqual({
      destination: '192.168.0.0/16',
      attachmentId: 'tgw-attach-0dae97dfad6efcc85',
      state: 'active',
      type: 'static',
    });
    expect(core.routes).toContainEqual({
      destination: '10.99.0.0/16',
      state: 'blackhole',
      type: 'static',
    });
    // The deliberate mistake: the analytics table learns shared's routes only, not prod's.
    const analytics = byId(scenario.transitGatewayRouteTables, ANALYTICS_TABLE);
    expect(analytics.propagations).toEqual(['tgw-attach-0b8c75bdeb4cdaa63']);
    expect(analytics.routes.map((r) => r.destination)).toEqual(['10.60.0.0/16']);
  });
});
