import { describe, expect, it } from 'vitest';
import { addVpc, emptyScenario } from '../model/defaults.ts';
import type { Scenario } from '../model/types.ts';
import { COLLAPSED_VPC, GATEWAY } from '../layout/geometry.ts';
import { reuseUnchanged, toFlowEdges, toFlowNodes } from './toFlow.ts';

function twoSubnets(): Scenario {
  const { scenario, vpc } = addVpc(emptyScenario(), {
    cidrBlock: '10.0.0.0/16',
    ids: { vpc: 'vpc-1' },
  });
  const subnet = (id: string, cidrBlock: string) => ({
    id,
    name: id,
    vpcId: vpc.id,
    cidrBlock,
    availabilityZone: 'us-east-1a',
  });
  return {
    ...scenario,
    subnets: [subnet('subnet-a', '10.0.1.0/24'), subnet('subnet-b', '10.0.2.0/24')],
    instances: [
      {
        id: 'i-1',
        name: 'one',
        subnetId: 'subnet-a',
        privateIp: '10.0.1.10',
        securityGroupIds: [],
      },
      {
        id: 'i-2',
        name: 'two',
        subnetId: 'subnet-a',
        privateIp: '10.0.1.11',
        securityGroupIds: [],
      },
      {
        id: 'i-9',
        name: 'orphan',
        subnetId: 'subnet-x',
        privateIp: '10.0.9.9',
        securityGroupIds: [],
      },
    ],
    internetGateways: [{ id: 'igw-1', name: 'igw', vpcId: vpc.id }],
  };
}

describe('toFlowNodes', () => {
  it('puts every container before its children', () => {
    const nodes = toFlowNodes(twoSubnets(), { nodes: {} }, {});
    const index = new Map(nodes.map((n, k) => [n.id, k]));
    for (const n of nodes) {
      if (n.parentId !== undefined) expect(index.get(n.parentId)).toBeLessThan(index.get(n.id)!);
    }
    expect(nodes.find((n) => n.id === 'i-1')).toMatchObject({ parentId: 'subnet-a' });
    // No `extent: 'parent'`: a child dragged out is re-parented or sent back on release.
    expect(nodes.find((n) => n.id === 'i-1')?.extent).toBeUndefined();
  });

  it('leaves off a resource whose container is missing', () => {
    const ids = toFlowNodes(twoSubnets(), { nodes: {} }, {}).map((n) => n.id);
    expect(ids).toEqual([
      'region:us-east-1',
      'vpc-1',
      'igw-1',
      'subnet-a',
      'subnet-b',
      'i-1',
      'i-2',
    ]);
  });

  it('lays out subnets in a row and instances in a row when the layout is empty', () => {
    const nodes = toFlowNodes(twoSubnets(), { nodes: {} }, {});
    const at = (id: string) => nodes.find((n) => n.id === id)!;
    expect(at('subnet-a').position.y).toBe(at('subnet-b').position.y);
    expect(at('subnet-a').position.x).toBeLessThan(at('subnet-b').position.x);
    expect(at('i-1').position.y).toBe(at('i-2').position.y);
    expect(at('i-1').position.x).toBeLessThan(at('i-2').position.x);
  });

  it("puts an attached internet gateway on its VPC's top edge, as a child of the VPC", () => {
    const layout = { nodes: { 'igw-1': { x: 100, y: 300 } } };
    const igw = toFlowNodes(twoSubnets(), layout, {}).find((n) => n.id === 'igw-1');
    expect(igw).toMatchObject({ parentId: 'vpc-1', position: { x: 100, y: -GATEWAY.height / 2 } });
  });

  it('leaves off what a collapsed VPC holds and draws the VPC as one small box', () => {
    const layout = { nodes: { 'vpc-1': { x: 0, y: 0, width: 900, height: 500, collapsed: true } } };
    const nodes = toFlowNodes(twoSubnets(), layout, {});
    const at = (id: string) => nodes.find((n) => n.id === id)!;
    expect(at('vpc-1')).toMatchObject(COLLAPSED_VPC);
    const ids = nodes.map((n) => n.id);
    expect(ids).not.toContain('subnet-a');
    expect(ids).not.toContain('i-1');
    expect(at('igw-1').hidden).toBeUndefined();
  });

  it('draws internet hosts and detached gateways outside every VPC', () => {
    const scenario: Scenario = {
      ...twoSubnets(),
      internetGateways: [{ id: 'igw-2', name: 'spare' }],
      internetHosts: [{ id: 'host-1', name: 'client', address: '198.51.100.7' }],
    };
    const nodes = toFlowNodes(scenario, { nodes: {} }, {});
    const vpc = nodes.find((n) => n.id === 'vpc-1')!;
    for (const id of ['igw-2', 'host-1']) {
      const node = nodes.find((n) => n.id === id)!;
      expect(node.parentId).toBeUndefined();
      expect(node.position.x).toBeGreaterThan(vpc.position.x + (vpc.width ?? 0));
    }
    expect(nodes.find((n) => n.id === 'host-1')).toMatchObject({
      type: 'internetHost',
      ariaLabel: 'Internet host client 198.51.100.7',
    });
  });

  it('wraps a long row of instances inside a subnet', () => {
    const base = twoSubnets();
    const instances = Array.from({ length: 6 }, (_, k) => ({
      id: `i-${k + 10}`,
      name: `n${k}`,
      subnetId: 'subnet-b',
      privateIp: `10.0.2.${k + 10}`,
      securityGroupIds: [],
    }));
    const nodes = toFlowNodes({ ...base, instances }, { nodes: {} }, {});
    const ys = new Set(instances.map((i) => nodes.find((n) => n.id === i.id)!.position.y));
    expect(ys.size).toBe(2);
    const subnet = nodes.find((n) => n.id === 'subnet-b')!;
    for (const i of instances) {
      const n = nodes.find((x) => x.id === i.id)!;
      expect(n.position.x + (n.width ?? 0)).toBeLessThanOrEqual(subnet.width ?? 0);
      expect(n.position.y + (n.height ?? 0)).toBeLessThanOrEqual(subnet.height ?? 0);
    }
  });

  it('keeps saved positions and sizes', () => {
    const layout = { nodes: { 'subnet-b': { x: 500, y: 70, width: 400, height: 150 } } };
    const b = toFlowNodes(twoSubnets(), layout, {}).find((n) => n.id === 'subnet-b');
    expect(b).toMatchObject({ position: { x: 500, y: 70 }, width: 400, height: 150 });
  });

  it('carries the measured size so React Flow need not measure again', () => {
    const nodes = toFlowNodes(twoSubnets(), { nodes: {} }, { 'i-1': { width: 170, height: 64 } });
    expect(nodes.find((n) => n.id === 'i-1')?.measured).toEqual({ width: 170, height: 64 });
  });
});

describe('reuseUnchanged', () => {
  it('returns the previous object for a node that did not move', () => {
    const scenario = twoSubnets();
    const before = toFlowNodes(scenario, { nodes: {} }, {});
    const after = reuseUnchanged(
      before,
      toFlowNodes(scenario, { nodes: { 'i-2': { x: 400, y: 56 } } }, {}),
    );
    const same = (id: string) => before.find((n) => n.id === id) === after.find((n) => n.id === id);
    expect(same('i-1')).toBe(true);
    expect(same('i-2')).toBe(false);
  });
});

describe('toFlowEdges', () => {
  it('draws a peering connection between its two VPCs, and leaves off one to a missing VPC', () => {
    const scenario: Scenario = {
      ...twoSubnets(),
      vpcs: [...twoSubnets().vpcs, { id: 'vpc-2', name: 'b', cidrBlocks: ['10.1.0.0/16'] }],
      peeringConnections: [
        {
          id: 'pcx-1',
          name: 'ab',
          requesterVpcId: 'vpc-1',
          accepterVpcId: 'vpc-2',
          status: 'active',
        },
        {
          id: 'pcx-2',
          name: 'gone',
          requesterVpcId: 'vpc-1',
          accepterVpcId: 'vpc-9',
          status: 'active',
        },
      ],
    };
    expect(toFlowEdges(scenario)).toEqual([
      expect.objectContaining({ id: 'pcx-1', type: 'peering', source: 'vpc-1', target: 'vpc-2' }),
    ]);
  });
});
