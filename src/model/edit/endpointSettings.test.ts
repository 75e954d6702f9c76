import { describe, expect, it } from 'vitest';
import { deletionCascade, deleteResources } from './delete.ts';
import {
  setInterfaceEndpointGroups,
  updateEgressOnlyInternetGateway,
  updateVpcEndpoint,
} from './endpointSettings.ts';
import { frozenScenario, newErrors, schemaValid } from './fixtures.ts';
import { updateNetworkInterface, addNetworkInterface } from './networkInterfaces.ts';
import { unwrap } from './result.ts';
import { ensureServicePrefixList, serviceName } from './servicePrefixLists.ts';
import {
  addEgressOnlyInternetGateway,
  addGatewayEndpoint,
  addInterfaceEndpoint,
} from './vpcEndpoints.ts';

// https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html
describe('service prefix lists', () => {
  it('names the service of a zone’s region', () => {
    expect(serviceName('eu-west-3b', 's3')).toBe('com.amazonaws.eu-west-3.s3');
    expect(serviceName('us-east-1a', 'dynamodb')).toBe('com.amazonaws.us-east-1.dynamodb');
  });

  it('adds S3’s AWS-managed list of us-east-1 once, with its blocks', () => {
    const s = frozenScenario();
    const first = unwrap(ensureServicePrefixList(s, 'com.amazonaws.us-east-1.s3'));
    expect(first.prefixList).toMatchObject({ id: 'pl-63a5400a', managedBy: 'aws' });
    expect(first.prefixList.entries?.map((e) => e.cidr)).toContain('52.216.0.0/15');
    const again = unwrap(ensureServicePrefixList(first.scenario, 'com.amazonaws.us-east-1.s3'));
    expect(again.scenario).toBe(first.scenario);
    expect(schemaValid(first.scenario)).toBe(true);
  });

  it('adds another region’s list with entries not known (an import brings them)', () => {
    const r = unwrap(ensureServicePrefixList(frozenScenario(), 'com.amazonaws.eu-west-3.s3'));
    expect(r.prefixList.id).toMatch(/^pl-[0-9a-f]{8}$/);
    expect(r.prefixList.entries).toBeUndefined();
  });
});

describe('endpoint settings', () => {
  const withS3 = () => {
    const listed = unwrap(ensureServicePrefixList(frozenScenario(), 'com.amazonaws.us-east-1.s3'));
    return unwrap(
      addGatewayEndpoint(listed.scenario, {
        vpcId: 'vpc-a',
        serviceName: 'com.amazonaws.us-east-1.s3',
        prefixListId: listed.prefixList.id,
        routeTableIds: ['rtb-apublic'],
      }),
    );
  };

  it('changes an endpoint’s state and policy, and refuses a bad name', () => {
    const { scenario, endpoint } = withS3();
    const next = unwrap(
      updateVpcEndpoint(scenario, endpoint.id, { state: 'pending', policyIsDefault: false }),
    );
    expect(next.vpcEndpoints[0]).toMatchObject({ state: 'pending', policyIsDefault: false });
    expect(updateVpcEndpoint(scenario, endpoint.id, { name: 'x'.repeat(300) }).ok).toBe(false);
    expect(updateVpcEndpoint(scenario, 'vpce-nope', {}).ok).toBe(false);
  });

  it('takes a gateway endpoint’s routes with it when deleted, rather than leaving blackholes', () => {
    const { scenario, endpoint } = withS3();
    const table = () => scenario.routeTables.find((t) => t.id === 'rtb-apublic');
    expect(table()?.routes.some((r) => r.target === endpoint.id)).toBe(true);
    const { scenario: next, removed } = deleteResources(scenario, [endpoint.id]);
    expect(removed).toEqual([endpoint.id]);
    const after = next.routeTables.find((t) => t.id === 'rtb-apublic');
    expect(after?.routes.some((r) => r.target === endpoint.id)).toBe(false);
    expect(newErrors(scenario, next)).toEqual([]);
  });

  it('sets an interface endpoint’s groups on each of its interfaces', () => {
    const s = frozenScenario();
    const group = s.securityGroups.find((g) => g.vpcId === 'vpc-a' && !g.isDefault);
    if (!group) return expect.fail('the fixture has a group in vpc-a');
    const { scenario, endpoint } = unwrap(
      addInterfaceEndpoint(s, {
        vpcId: 'vpc-a',
        serviceName: 'com.amazonaws.us-east-1.sqs',
        subnetIds: ['subnet-aprivate'],
      }),
    );
    const next = unwrap(setInterfaceEndpointGroups(scenario, endpoint.id, [group.id]));
    const eni = next.networkInterfaces.find((n) => n.id === endpoint.networkInterfaceIds[0]);
    expect(eni?.securityGroupIds).toEqual([group.id]);
    expect(setInterfaceEndpointGroups(scenario, endpoint.id, []).ok).toBe(false);
    // Deleting the endpoint takes its interfaces, as AWS does.
    const cascade = deletionCascade(scenario, [endpoint.id]);
    expect(cascade.ids).toEqual([endpoint.networkInterfaceIds[0], endpoint.id]);
    expect(cascade.summary).toContain('1 network interface');
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/egress-only-internet-gateway.html
  it('attaches, detaches and renames an egress-only internet gateway', () => {
    const { scenario, gateway } = unwrap(
      addEgressOnlyInternetGateway(frozenScenario(), { vpcId: 'vpc-a' }),
    );
    const moved = unwrap(updateEgressOnlyInternetGateway(scenario, gateway.id, { vpcId: 'vpc-b' }));
    expect(moved.egressOnlyInternetGateways[0]?.vpcId).toBe('vpc-b');
    const detached = unwrap(updateEgressOnlyInternetGateway(moved, gateway.id, { vpcId: null }));
    expect(detached.egressOnlyInternetGateways[0]?.vpcId).toBeUndefined();
    expect(updateEgressOnlyInternetGateway(scenario, gateway.id, { vpcId: 'vpc-x' })).toEqual({
      ok: false,
      error: expect.stringContaining('vpc-x'),
    });
  });

  it('changes a detached interface’s kind, never an instance’s attached one', () => {
    const s = frozenScenario();
    const { scenario, networkInterface } = unwrap(
      addNetworkInterface(s, { subnetId: 'subnet-aprivate' }),
    );
    const rds = unwrap(updateNetworkInterface(scenario, networkInterface.id, { kind: 'rds' }));
    expect(rds.networkInterfaces[0]?.kind).toBe('rds');
    const attached = unwrap(
      addNetworkInterface(s, { subnetId: 'subnet-apublic', attachment: { instanceId: 'i-web' } }),
    );
    const refused = updateNetworkInterface(attached.scenario, attached.networkInterface.id, {
      kind: 'lambda',
    });
    expect(refused.ok).toBe(false);
  });
});
