import { describe, expect, it } from 'vitest';
import { applyScenarioEdit } from '../scenarioEdit.ts';
import type { Scenario } from '../types.ts';
import { planDeletion, applyDeletion } from './cascade.ts';
import { frozenScenario, newErrors, schemaValid } from './fixtures.ts';
import {
  addNetworkInterface,
  attachNetworkInterface,
  detachNetworkInterface,
} from './networkInterfaces.ts';
import { addPrefixList, addPrefixListEntry } from './prefixLists.ts';
import { unwrap } from './result.ts';
import { addRoute, removeRoute } from './routes.ts';
import {
  addSecondaryPrivateIp,
  associateElasticIp,
  disassociateElasticIp,
} from './secondaryAddresses.ts';
import { addTransitGateway, addVpcAttachment } from './transitGateways.ts';
import { addTransitGatewayRoute, removeTransitGatewayRoute } from './transitGatewayRoutes.ts';
import {
  addEgressOnlyInternetGateway,
  addGatewayEndpoint,
  addInterfaceEndpoint,
} from './vpcEndpoints.ts';

/** Every edit keeps the scenario schema-valid and adds no validation error. */
function sound(before: Scenario, after: Scenario): void {
  expect(schemaValid(after)).toBe(true);
  expect(newErrors(before, after)).toEqual([]);
}

function withS3(s: Scenario): Scenario {
  return {
    ...s,
    prefixLists: [
      ...s.prefixLists,
      {
        id: 'pl-s3',
        name: 'com.amazonaws.us-east-1.s3',
        addressFamily: 'IPv4',
        managedBy: 'aws',
        entries: [{ cidr: '52.216.0.0/15' }],
      },
    ],
  };
}

// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-eni.html
describe('network interfaces', () => {
  it('creates an interface with the next free address and attaches it at the next device index', () => {
    const s = frozenScenario();
    const { scenario, networkInterface } = unwrap(
      addNetworkInterface(s, { subnetId: 'subnet-apublic', attachment: { instanceId: 'i-web' } }),
    );
    expect(networkInterface).toMatchObject({
      kind: 'instance',
      privateIp: '10.0.0.4',
      attachment: { instanceId: 'i-web', deviceIndex: 1 },
    });
    sound(s, scenario);
    const detached = unwrap(detachNetworkInterface(scenario, networkInterface.id));
    expect(
      unwrap(attachNetworkInterface(detached, networkInterface.id, 'i-web')).networkInterfaces[0]
        ?.attachment,
    ).toEqual({ instanceId: 'i-web', deviceIndex: 1 });
  });

  it('refuses to attach an interface to an instance of another Availability Zone', () => {
    const s = frozenScenario();
    const other = {
      ...s,
      subnets: s.subnets.map((x) =>
        x.id === 'subnet-b' ? { ...x, availabilityZone: 'us-east-1b' } : x,
      ),
    };
    const r = addNetworkInterface(other, {
      subnetId: 'subnet-apublic',
      attachment: { instanceId: 'i-b' },
    });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/only to an instance of its own Availability Zone/);
  });
});

// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/MultipleIP.html
describe('secondary addresses and Elastic IPs', () => {
  it('adds a free secondary address, puts an Elastic IP on it, and takes it off', () => {
    const s = frozenScenario();
    const { scenario, address } = unwrap(addSecondaryPrivateIp(s, 'i-db'));
    expect(address).toBe('10.0.1.4');
    const { scenario: withEip, elasticIp } = unwrap(associateElasticIp(scenario, 'i-db', address));
    expect(withEip.instances.find((i) => i.id === 'i-db')?.secondaryPrivateIps).toEqual([
      { address, publicIp: elasticIp },
    ]);
    sound(s, withEip);
    const off = unwrap(disassociateElasticIp(withEip, 'i-db', address));
    expect(off.instances.find((i) => i.id === 'i-db')?.secondaryPrivateIps).toEqual([{ address }]);
  });

  it('refuses a secondary address AWS reserves', () => {
    const r = addSecondaryPrivateIp(frozenScenario(), 'i-db', '10.0.1.1');
    expect(r).toEqual({
      ok: false,
      error:
        '10.0.1.1 is the VPC router of subnet subnet-aprivate (10.0.1.0/24), which AWS reserves.',
    });
  });
});

// https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html
describe('prefix lists', () => {
  it('refuses an entry of the other family, one past the maximum, and any change to an AWS-managed list', () => {
    const { scenario } = unwrap(
      addPrefixList(frozenScenario(), { addressFamily: 'IPv4', maxEntries: 1, id: 'pl-office' }),
    );
    expect(addPrefixListEntry(scenario, 'pl-office', '2001:db8::/32')).toMatchObject({ ok: false });
    const one = unwrap(addPrefixListEntry(scenario, 'pl-office', '198.51.100.0/24'));
    expect(addPrefixListEntry(one, 'pl-office', '203.0.113.0/24')).toEqual({
      ok: false,
      error: 'Prefix list pl-office is full: it holds at most 1 entries.',
    });
    expect(addPrefixListEntry(withS3(one), 'pl-s3', '1.2.3.0/24')).toEqual({
      ok: false,
      error: 'Prefix list pl-s3 is AWS-managed: only AWS changes it.',
    });
  });
});

// https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
describe('VPC endpoints and egress-only gateways', () => {
  it("adds a gateway endpoint's route to each table it lists, and refuses to edit that route by hand", () => {
    const s = withS3(frozenScenario());
    const { scenario } = unwrap(
      addGatewayEndpoint(s, {
        vpcId: 'vpc-a',
        serviceName: 'com.amazonaws.us-east-1.s3',
        prefixListId: 'pl-s3',
        routeTableIds: ['rtb-amain'],
        id: 'vpce-s3',
      }),
    );
    const table = scenario.routeTables.find((t) => t.id === 'rtb-amain');
    const index = table?.routes.findIndex((r) => r.target === 'vpce-s3') ?? -1;
    expect(table?.routes[index]).toEqual({
      destination: 'pl-s3',
      target: 'vpce-s3',
      state: 'active',
    });
    sound(s, scenario);
    expect(removeRoute(scenario, 'rtb-amain', index)).toMatchObject({ ok: false });
    const added = addRoute(scenario, 'rtb-apublic', { destination: 'pl-s3', target: 'vpce-s3' });
    expect(added).toMatchObject({ ok: false });
  });

  it('makes an interface endpoint one interface per subnet', () => {
    const s = frozenScenario();
    const { scenario, endpoint } = unwrap(
      addInterfaceEndpoint(s, {
        vpcId: 'vpc-a',
        serviceName: 'com.amazonaws.us-east-1.sqs',
        subnetIds: ['subnet-aprivate'],
        securityGroupIds: ['sg-db'],
      }),
    );
    expect(endpoint.networkInterfaceIds).toHaveLength(1);
    expect(scenario.networkInterfaces[0]).toMatchObject({
      kind: 'interface-endpoint',
      subnetId: 'subnet-aprivate',
    });
    sound(s, scenario);
  });

  it('routes IPv6 to an egress-only gateway of the VPC', () => {
    const s = frozenScenario();
    const { scenario, gateway } = unwrap(addEgressOnlyInternetGateway(s, { vpcId: 'vpc-a' }));
    const routed = unwrap(
      addRoute(scenario, 'rtb-apublic', { destination: '2001:db8::/32', target: gateway.id }),
    );
    sound(s, routed);
    expect(
      addRoute(scenario, 'rtb-bmain', { destination: '2001:db8::/32', target: gateway.id }),
    ).toMatchObject({ ok: false });
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/route-table-options.html#route-tables-appliance-routing
  it('refuses a route more specific than the local route unless it leads to an interface', () => {
    const r = addRoute(frozenScenario(), 'rtb-apublic', {
      destination: '10.0.1.0/24',
      target: 'igw-a',
    });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/more specific than the local route/);
  });
});

// https://docs.aws.amazon.com/vpc/latest/tgw/tgw-vpc-attachments.html
describe('transit gateways', () => {
  function hub() {
    const s = frozenScenario();
    const t = unwrap(
      addTransitGateway(s, { ids: { transitGateway: 'tgw-hub', routeTable: 'tgw-rtb-hub' } }),
    );
    const a = unwrap(
      addVpcAttachment(t.scenario, {
        transitGatewayId: 'tgw-hub',
        vpcId: 'vpc-a',
        subnetIds: ['subnet-aprivate'],
        id: 'tgw-attach-a',
      }),
    );
    const b = unwrap(
      addVpcAttachment(a.scenario, {
        transitGatewayId: 'tgw-hub',
        vpcId: 'vpc-b',
        subnetIds: ['subnet-b'],
        id: 'tgw-attach-b',
      }),
    );
    return { before: s, scenario: b.scenario };
  }

  it('associates and propagates new attachments with the default route table', () => {
    const { before, scenario } = hub();
    expect(scenario.transitGatewayRouteTables[0]?.propagations).toEqual([
      'tgw-attach-a',
      'tgw-attach-b',
    ]);
    expect(scenario.transitGatewayAttachments.map((a) => a.associatedRouteTableId)).toEqual([
      'tgw-rtb-hub',
      'tgw-rtb-hub',
    ]);
    sound(before, scenario);
  });

  it('refuses two subnets of one zone in an attachment', () => {
    const s = frozenScenario();
    const t = unwrap(addTransitGateway(s));
    const r = addVpcAttachment(t.scenario, {
      transitGatewayId: t.transitGateway.id,
      vpcId: 'vpc-a',
      subnetIds: ['subnet-apublic', 'subnet-aprivate'],
    });
    expect(r).toMatchObject({ ok: false });
    if (!r.ok) expect(r.error).toMatch(/one subnet per Availability Zone/);
  });

  it('adds static and blackhole routes, applies the engine’s route fix, and keeps propagated routes out of reach', () => {
    const { scenario } = hub();
    const blackholed = unwrap(addTransitGatewayRoute(scenario, 'tgw-rtb-hub', '10.9.0.0/16', null));
    expect(blackholed.transitGatewayRouteTables[0]?.routes).toEqual([
      { destination: '10.9.0.0/16', state: 'blackhole', type: 'static' },
    ]);
    const fixed = unwrap(
      applyScenarioEdit(blackholed, {
        kind: 'add-transit-gateway-route',
        routeTableId: 'tgw-rtb-hub',
        destination: '10.9.0.0/16',
        attachmentId: 'tgw-attach-b',
      }),
    );
    expect(fixed.transitGatewayRouteTables[0]?.routes).toEqual([
      { destination: '10.9.0.0/16', attachmentId: 'tgw-attach-b', state: 'active', type: 'static' },
    ]);
    const propagated = {
      ...fixed,
      transitGatewayRouteTables: fixed.transitGatewayRouteTables.map((t) => ({
        ...t,
        routes: [
          {
            destination: '10.1.0.0/16',
            attachmentId: 'tgw-attach-b',
            state: 'active' as const,
            type: 'propagated' as const,
          },
        ],
      })),
    };
    expect(removeTransitGatewayRoute(propagated, 'tgw-rtb-hub', 0)).toMatchObject({ ok: false });
  });

  it('deletes a VPC with its attachment and the propagation of it', () => {
    const { scenario } = hub();
    const plan = planDeletion(scenario, ['vpc-b']);
    expect(plan.deleted.has('tgw-attach-b')).toBe(true);
    const { scenario: next } = applyDeletion(scenario, plan.deleted);
    expect(next.transitGatewayAttachments.map((a) => a.id)).toEqual(['tgw-attach-a']);
    expect(next.transitGatewayRouteTables[0]?.propagations).toEqual(['tgw-attach-a']);
    expect(schemaValid(next)).toBe(true);
  });
});
