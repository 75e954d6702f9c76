import { beforeEach, describe, expect, it } from 'vitest';
import { emptyScenario } from '../../model/defaults.ts';
import {
  addToSelection,
  dragNodes,
  dropFromPalette,
  loadScenario,
  releaseDrag,
  select,
  undo,
  useStore,
} from '../index.ts';
import { ENDPOINT, GATEWAY_EDGE_Y, NEW_VPC } from '../../layout/geometry.ts';
import { canvasBoxes } from '../../layout/placement.ts';

/*
 * Drawing the resources of version 2: each palette item lands where AWS puts it, through the
 * one door (one undo step), and a place it cannot go is refused with what to do.
 */

const initial = useStore.getState();
const state = () => useStore.getState();
const errors = () =>
  state()
    .messages.filter((m) => m.kind === 'error')
    .map((m) => m.text);
const steps = () => useStore.temporal.getState().pastStates.length;
const box = (id: string) => canvasBoxes(state().scenario, state().layout).get(id)!;
const centre = (id: string) => {
  const b = box(id);
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
};

function drop(kind: Parameters<typeof dropFromPalette>[0], x: number, y: number): string {
  const id = dropFromPalette(kind, { x, y });
  if (id === null) throw new Error(`refused: ${errors().at(-1)}`);
  return id;
}

/** Two VPCs, each with a subnet and an instance, drawn as a person would. */
function twoVpcs() {
  const a = drop('vpc', NEW_VPC.width / 2, NEW_VPC.height / 2);
  const subnetA = drop('subnet', 250, 140);
  const web = drop('instance', centre(subnetA).x - 100, centre(subnetA).y);
  const b = drop('vpc', NEW_VPC.width * 2, NEW_VPC.height / 2);
  const subnetB = drop('subnet', centre(b).x - 150, box(b).y + 140);
  return { a, b, subnetA, subnetB, web };
}

beforeEach(() => {
  useStore.setState(initial, true);
  loadScenario(emptyScenario('lab'));
});

describe('interfaces from the palette', () => {
  it('puts an RDS database, a Lambda function and a load balancer in the subnet, each of its kind', () => {
    const { subnetA } = twoVpcs();
    const at = centre(subnetA);
    const rds = drop('rds', at.x + 100, at.y);
    const lambda = drop('lambda', at.x + 100, at.y);
    const lb = drop('loadBalancer', at.x + 100, at.y);
    const kinds = state().scenario.networkInterfaces.map((e) => [e.id, e.kind, e.subnetId]);
    expect(kinds).toEqual([
      [rds, 'rds', subnetA],
      [lambda, 'lambda', subnetA],
      [lb, 'load-balancer', subnetA],
    ]);
    expect(state().scenario.networkInterfaces.map((e) => e.name)).toEqual(['db-1', 'fn-1', 'lb-1']);
    expect(box(rds).parentId).toBe(subnetA);
    expect(state().selection).toEqual([lb]);
  });

  it('attaches a network interface dropped on an instance, at the next device index', () => {
    const { web } = twoVpcs();
    const eni = drop('networkInterface', centre(web).x, centre(web).y);
    expect(state().scenario.networkInterfaces[0]).toMatchObject({
      id: eni,
      kind: 'instance',
      attachment: { instanceId: web, deviceIndex: 1 },
    });
    // Drawn beside the instance, not over it.
    const [a, b] = [box(web), box(eni)];
    expect(a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y).toBe(true);
    // The keyboard way: the selected instance gets the next one.
    select([web]);
    const second = addToSelection('networkInterface');
    expect(state().scenario.networkInterfaces.find((e) => e.id === second)?.attachment).toEqual({
      instanceId: web,
      deviceIndex: 2,
    });
  });

  it('refuses an interface outside every subnet, saying where it goes', () => {
    twoVpcs();
    expect(dropFromPalette('rds', { x: -2000, y: -2000 })).toBeNull();
    expect(errors().at(-1)).toMatch(/drop it inside a \(private\) subnet/);
    expect(state().scenario.networkInterfaces).toEqual([]);
  });
});

describe('transit gateways from the palette', () => {
  it('attaches the VPC it is dropped on and sits below the VPCs, in one undo step', () => {
    const { a, subnetA } = twoVpcs();
    const before = steps();
    const tgw = drop('transitGateway', centre(a).x, centre(a).y);
    const s = state().scenario;
    expect(s.transitGateways.map((t) => t.id)).toEqual([tgw]);
    expect(s.transitGatewayAttachments).toEqual([
      expect.objectContaining({ transitGatewayId: tgw, vpcId: a, subnetIds: [subnetA] }),
    ]);
    expect(s.transitGatewayRouteTables[0]?.propagations).toEqual([
      s.transitGatewayAttachments[0]?.id,
    ]);
    const hub = box(tgw);
    expect(hub.parentId).toBeUndefined();
    expect(hub.y).toBeGreaterThan(box(a).y + box(a).height);
    expect(steps()).toBe(before + 1);
    undo();
    expect(state().scenario.transitGateways).toEqual([]);
  });

  it('attaches another VPC when dragged onto it, and goes back to where it was', () => {
    const { b, subnetB } = twoVpcs();
    const tgw = drop('transitGateway', -400, 900);
    expect(state().scenario.transitGatewayAttachments).toEqual([]);
    const home = { ...box(tgw) };
    const over = centre(b);
    dragNodes([{ id: tgw, x: over.x - home.width / 2, y: over.y - home.height / 2 }]);
    releaseDrag();
    expect(state().scenario.transitGatewayAttachments).toEqual([
      expect.objectContaining({ vpcId: b, subnetIds: [subnetB] }),
    ]);
    expect(box(tgw)).toMatchObject({ x: home.x, y: home.y });
    expect(state().messages.at(-1)?.text).toMatch(/attaches VPC/);
    // Dragged onto it again, it is refused: a VPC attaches once.
    dragNodes([{ id: tgw, x: over.x - home.width / 2, y: over.y - home.height / 2 }]);
    releaseDrag();
    expect(errors().at(-1)).toMatch(/already attached/);
  });
});

describe('gateways and endpoints on a VPC', () => {
  it('puts an egress-only gateway on the top edge beside the internet gateway', () => {
    const { a } = twoVpcs();
    const igw = drop('internetGateway', centre(a).x, box(a).y);
    const eigw = drop('egressOnlyInternetGateway', centre(a).x, box(a).y);
    expect(box(eigw).rel.y).toBe(GATEWAY_EDGE_Y);
    // Dropped onto the internet gateway, it slides beside it.
    const [g, e] = [box(igw), box(eigw)];
    expect(g.x + g.width <= e.x || e.x + e.width <= g.x).toBe(true);
    expect(box(eigw).parentId).toBe(a);
    expect(state().scenario.egressOnlyInternetGateways[0]?.vpcId).toBe(a);
    expect(box(igw).rel.y).toBe(GATEWAY_EDGE_Y);
    expect(dropFromPalette('egressOnlyInternetGateway', { x: -3000, y: -3000 })).toBeNull();
    expect(errors().at(-1)).toMatch(/drop it on the VPC’s edge/);
  });

  it('puts an S3 gateway endpoint on the bottom edge, for the route table of the subnet dropped on', () => {
    const { a, subnetA } = twoVpcs();
    const endpoint = drop('gatewayEndpoint', centre(subnetA).x, centre(subnetA).y);
    const s = state().scenario;
    const main = s.routeTables.find((t) => t.vpcId === a && t.main);
    expect(s.vpcEndpoints[0]).toMatchObject({
      id: endpoint,
      type: 'gateway',
      serviceName: 'com.amazonaws.us-east-1.s3',
      prefixListId: 'pl-63a5400a',
      routeTableIds: [main?.id],
    });
    expect(main?.routes.at(-1)).toEqual({
      destination: 'pl-63a5400a',
      target: endpoint,
      state: 'active',
    });
    const vpc = box(a);
    const e = box(endpoint);
    expect(e.parentId).toBe(a);
    expect(e.rel.y).toBe(vpc.height - ENDPOINT.height / 2);
    // The VPC leaves room: no subnet under the endpoint.
    expect(box(subnetA).y + box(subnetA).height).toBeLessThan(e.y);
  });

  it('puts an interface endpoint’s interface in the subnet and selects it', () => {
    const { subnetA } = twoVpcs();
    const id = drop('interfaceEndpoint', centre(subnetA).x + 100, centre(subnetA).y);
    const s = state().scenario;
    expect(s.vpcEndpoints[0]).toMatchObject({ type: 'interface', networkInterfaceIds: [id] });
    expect(s.networkInterfaces[0]).toMatchObject({ id, kind: 'interface-endpoint' });
    expect(state().selection).toEqual([id]);
  });
});
