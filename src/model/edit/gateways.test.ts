import { describe, expect, it } from 'vitest';
import { find } from '../validate/fixtures.ts';
import { frozenScenario, newErrors } from './fixtures.ts';
import {
  addInternetGateway,
  addNatGateway,
  addPeeringConnection,
  attachInternetGateway,
  createVpc,
  detachInternetGateway,
  renameInternetGateway,
  updateNatGateway,
  updatePeeringConnection,
} from './network.ts';
import { unwrap } from './result.ts';

// https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html
describe('internet gateways', () => {
  it('adds one attached to a VPC that has none, named igw-N', () => {
    const s = frozenScenario();
    const { scenario, gateway } = unwrap(addInternetGateway(s, { vpcId: 'vpc-b' }));
    expect(gateway).toMatchObject({ name: 'igw-1', vpcId: 'vpc-b' });
    expect(gateway.id).toMatch(/^igw-[0-9a-f]{17}$/);
    expect(scenario.internetGateways[0]).toBe(s.internetGateways[0]);
    expect(newErrors(s, scenario)).toEqual([]);
  });

  it('adds a detached one when no VPC is given', () => {
    const { gateway } = unwrap(addInternetGateway(frozenScenario(), { id: 'igw-spare' }));
    expect(gateway).toEqual({ id: 'igw-spare', name: 'igw-1' });
  });

  it('refuses a second gateway for a VPC, as AWS allows one per VPC', () => {
    const s = frozenScenario();
    const error = 'VPC vpc-a already has internet gateway igw-a attached; a VPC can have only one.';
    expect(addInternetGateway(s, { vpcId: 'vpc-a' })).toEqual({ ok: false, error });
    const spare = unwrap(addInternetGateway(s, { id: 'igw-spare' })).scenario;
    expect(attachInternetGateway(spare, 'igw-spare', 'vpc-a')).toEqual({ ok: false, error });
  });

  it('attaches a detached gateway and detaches an attached one', () => {
    const s = frozenScenario();
    const spare = unwrap(addInternetGateway(s, { id: 'igw-spare' })).scenario;
    const attached = unwrap(attachInternetGateway(spare, 'igw-spare', 'vpc-b'));
    expect(find(attached.internetGateways, 'igw-spare').vpcId).toBe('vpc-b');
    const detached = unwrap(detachInternetGateway(attached, 'igw-a'));
    expect(find(detached.internetGateways, 'igw-a')).toEqual({ id: 'igw-a', name: 'igw' });
  });

  it('refuses attaching a gateway that is attached, and detaching one that is not', () => {
    const s = frozenScenario();
    expect(attachInternetGateway(s, 'igw-a', 'vpc-b')).toEqual({
      ok: false,
      error: 'Internet gateway igw-a is already attached to vpc-a; detach it first.',
    });
    const detached = unwrap(detachInternetGateway(s, 'igw-a'));
    expect(detachInternetGateway(detached, 'igw-a')).toEqual({
      ok: false,
      error: 'Internet gateway igw-a is not attached to a VPC.',
    });
    expect(attachInternetGateway(s, 'igw-z', 'vpc-b')).toEqual({
      ok: false,
      error: 'Internet gateway igw-z does not exist.',
    });
  });

  it('renames a gateway', () => {
    const next = unwrap(renameInternetGateway(frozenScenario(), 'igw-a', 'edge'));
    expect(find(next.internetGateways, 'igw-a').name).toBe('edge');
  });
});

// https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html
describe('NAT gateways', () => {
  it('takes the next free address of its subnet and a public address', () => {
    const s = frozenScenario();
    const { scenario, natGateway } = unwrap(addNatGateway(s, { subnetId: 'subnet-apublic' }));
    expect(natGateway).toMatchObject({
      name: 'nat-1',
      subnetId: 'subnet-apublic',
      state: 'available',
      privateIp: '10.0.0.4',
      publicIp: '198.51.100.1',
    });
    expect(newErrors(s, scenario)).toEqual([]);
  });

  it('refuses a subnet that does not exist', () => {
    expect(addNatGateway(frozenScenario(), { subnetId: 'subnet-z' })).toEqual({
      ok: false,
      error: 'Subnet subnet-z does not exist.',
    });
  });

  it('changes state and addresses, refusing malformed ones', () => {
    const s = frozenScenario();
    const failed = unwrap(updateNatGateway(s, 'nat-a', { state: 'failed', publicIp: null }));
    expect(find(failed.natGateways, 'nat-a')).toEqual({
      id: 'nat-a',
      name: 'nat',
      subnetId: 'subnet-apublic',
      state: 'failed',
      privateIp: '10.0.0.5',
    });
    expect(updateNatGateway(s, 'nat-a', { privateIp: '10.0.0.256' })).toEqual({
      ok: false,
      error: '10.0.0.256 is not a valid IPv4 address.',
    });
  });
});

// https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations
describe('peering connections', () => {
  it('peers two VPCs whose blocks do not overlap, active', () => {
    const s = frozenScenario();
    const c = unwrap(createVpc(s, { id: 'vpc-c' })).scenario;
    const { scenario, peering } = unwrap(
      addPeeringConnection(c, { requesterVpcId: 'vpc-c', accepterVpcId: 'vpc-a' }),
    );
    expect(peering).toMatchObject({
      name: 'pcx-1',
      requesterVpcId: 'vpc-c',
      accepterVpcId: 'vpc-a',
      status: 'active',
    });
    expect(newErrors(c, scenario)).toEqual([]);
  });

  it('refuses a VPC peered with itself, a second peering, and overlapping blocks', () => {
    const s = frozenScenario();
    expect(addPeeringConnection(s, { requesterVpcId: 'vpc-a', accepterVpcId: 'vpc-a' })).toEqual({
      ok: false,
      error: 'A VPC cannot be peered with itself.',
    });
    expect(addPeeringConnection(s, { requesterVpcId: 'vpc-b', accepterVpcId: 'vpc-a' })).toEqual({
      ok: false,
      error: 'VPCs vpc-b and vpc-a are already peered by pcx-ab.',
    });
    const twin = unwrap(createVpc(s, { id: 'vpc-twin', cidrBlock: '10.0.0.0/16' })).scenario;
    expect(
      addPeeringConnection(twin, { requesterVpcId: 'vpc-a', accepterVpcId: 'vpc-twin' }),
    ).toEqual({
      ok: false,
      error:
        'vpc-a (10.0.0.0/16) and vpc-twin (10.0.0.0/16) have overlapping IPv4 CIDR blocks, so they cannot be peered.',
    });
  });

  it('allows a new peering once the old one is deleted', () => {
    const s = unwrap(updatePeeringConnection(frozenScenario(), 'pcx-ab', { status: 'deleted' }));
    expect(addPeeringConnection(s, { requesterVpcId: 'vpc-a', accepterVpcId: 'vpc-b' }).ok).toBe(
      true,
    );
  });

  it('changes status and name', () => {
    const s = frozenScenario();
    const next = unwrap(
      updatePeeringConnection(s, 'pcx-ab', { status: 'pending-acceptance', name: 'ab' }),
    );
    expect(find(next.peeringConnections, 'pcx-ab')).toMatchObject({
      status: 'pending-acceptance',
      name: 'ab',
    });
    expect(updatePeeringConnection(s, 'pcx-zz', {})).toEqual({
      ok: false,
      error: 'Peering connection pcx-zz does not exist.',
    });
  });
});
