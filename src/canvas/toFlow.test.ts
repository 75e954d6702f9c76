import { describe, expect, it } from 'vitest';
import { addVpc, emptyScenario } from '../model/defaults.ts';
import type { Scenario } from '../model/types.ts';
import { reuseUnchanged, toFlowNodes } from './toFlow.ts';

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
    expect(nodes.find((n) => n.id === 'i-1')).toMatchObject({
      parentId: 'subnet-a',
      extent: 'parent',
    });
  });

  it('leaves off a resource whose container is missing', () => {
    const ids = toFlowNodes(twoSubnets(), { nodes: {} }, {}).map((n) => n.id);
    expect(ids).toEqual(['vpc-1', 'subnet-a', 'subnet-b', 'i-1', 'i-2', 'igw-1']);
  });

  it('lays out subnets in a row and instances in a row when the layout is empty', () => {
    const nodes = toFlowNodes(twoSubnets(), { nodes: {} }, {});
    const at = (id: string) => nodes.find((n) => n.id === id)!;
    expect(at('subnet-a').position.y).toBe(at('subnet-b').position.y);
    expect(at('subnet-a').position.x).toBeLessThan(at('subnet-b').position.x);
    expect(at('i-1').position.y).toBe(at('i-2').position.y);
    expect(at('i-1').position.x).toBeLessThan(at('i-2').position.x);
    expect(at('igw-1').position.y).toBeLessThan(at('vpc-1').position.y);
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
