import { beforeEach, describe, expect, it } from 'vitest';
import { emptyScenario } from '../../model/defaults.ts';
import {
  addToSelection,
  dragNodes,
  dropFromPalette,
  endResize,
  loadScenario,
  nudgeSelection,
  releaseDrag,
  resizeFrame,
  select,
  toggleCollapsed,
  undo,
  useStore,
} from '../index.ts';
import { GATEWAY_EDGE_Y, GRID, NEW_SUBNET, NEW_VPC } from '../../layout/geometry.ts';
import { canvasBoxes } from '../../layout/placement.ts';

const initial = useStore.getState();

const state = () => useStore.getState();
const snapped = (n: number) => Math.round(n / GRID) * GRID;
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

/** A VPC at the origin with two subnets side by side, as a person would draw it. */
function drawn() {
  const vpc = drop('vpc', NEW_VPC.width / 2, NEW_VPC.height / 2);
  const a = drop('subnet', 250, 140);
  const b = drop('subnet', 250, 310);
  return { vpc, a, b };
}

beforeEach(() => {
  useStore.setState(initial, true);
  loadScenario(emptyScenario('lab'));
});

describe('dropping from the palette', () => {
  it('puts a VPC anywhere, with the next free 10.N.0.0/16, selected, as one undo step', () => {
    const first = drop('vpc', 400, 300);
    const second = drop('vpc', 1400, 300);
    expect(state().scenario.vpcs.map((v) => v.cidrBlocks[0])).toEqual([
      '10.0.0.0/16',
      '10.1.0.0/16',
    ]);
    // Snapped to the grid (on by default).
    expect(state().layout.nodes[first]).toEqual({
      x: snapped(400 - NEW_VPC.width / 2),
      y: snapped(300 - NEW_VPC.height / 2),
      ...NEW_VPC,
    });
    expect(state().selection).toEqual([second]);
    expect(steps()).toBe(2);
    undo();
    expect(state().scenario.vpcs).toHaveLength(1);
    expect(state().layout.nodes[second]).toBeUndefined();
  });

  it('gives a subnet dropped into a VPC the next free /24, placed relative to the VPC', () => {
    const { vpc, a, b } = drawn();
    const subnets = state().scenario.subnets;
    expect(subnets.map((s) => [s.id, s.vpcId, s.cidrBlock])).toEqual([
      [a, vpc, '10.0.0.0/24'],
      [b, vpc, '10.0.1.0/24'],
    ]);
    const parent = box(vpc);
    expect(state().layout.nodes[a]).toMatchObject({
      x: snapped(250 - NEW_SUBNET.width / 2 - parent.x),
      y: snapped(140 - NEW_SUBNET.height / 2 - parent.y),
      ...NEW_SUBNET,
    });
  });

  it('refuses a subnet outside every VPC, with a message, and changes nothing', () => {
    drop('vpc', 400, 300);
    const before = state().scenario;
    expect(dropFromPalette('subnet', { x: 2000, y: 2000 })).toBeNull();
    expect(errors()).toEqual(['A subnet belongs to a VPC: drop it inside a VPC.']);
    expect(state().scenario).toBe(before);
    expect(steps()).toBe(1);
  });

  it('gives an instance dropped into a subnet the next usable address', () => {
    const { a } = drawn();
    const one = drop('instance', centre(a).x, centre(a).y);
    const two = drop('instance', centre(a).x + 100, centre(a).y);
    const ips = state().scenario.instances.map((i) => [i.id, i.subnetId, i.privateIp]);
    expect(ips).toEqual([
      [one, a, '10.0.0.4'],
      [two, a, '10.0.0.5'],
    ]);
  });

  it('refuses an instance outside any subnet (even inside a VPC)', () => {
    const { vpc } = drawn();
    const b = box(vpc);
    expect(dropFromPalette('instance', { x: b.x + b.width - 10, y: b.y + b.height - 10 })).toBe(
      null,
    );
    expect(errors()).toEqual(['An instance runs in a subnet: drop it inside a subnet.']);
    expect(state().scenario.instances).toEqual([]);
  });

  it('attaches an internet gateway dropped on or near a VPC, on its top edge', () => {
    const { vpc } = drawn();
    const igw = drop('internetGateway', 300, -30);
    expect(state().scenario.internetGateways).toEqual([
      expect.objectContaining({ id: igw, vpcId: vpc }),
    ]);
    expect(box(igw)).toMatchObject({ parentId: vpc, rel: { y: GATEWAY_EDGE_Y } });
  });

  it('refuses a second internet gateway on a VPC, naming the one it has', () => {
    const { vpc } = drawn();
    const igw = drop('internetGateway', 300, 10);
    expect(dropFromPalette('internetGateway', { x: 400, y: 10 })).toBeNull();
    expect(errors()[0]).toContain(`${vpc} already has internet gateway ${igw}`);
  });

  it('leaves an internet gateway dropped far from every VPC detached', () => {
    drawn();
    const igw = drop('internetGateway', 3000, 3000);
    expect(state().scenario.internetGateways[0]).toEqual(
      expect.not.objectContaining({ vpcId: expect.anything() }),
    );
    expect(box(igw).parentId).toBeUndefined();
  });

  it('puts a NAT gateway into a subnet and an internet host outside every VPC', () => {
    const { a } = drawn();
    const nat = drop('natGateway', centre(a).x, centre(a).y);
    expect(state().scenario.natGateways[0]).toMatchObject({ id: nat, subnetId: a });
    expect(dropFromPalette('internetHost', centre(a))).toBeNull();
    expect(errors()).toEqual([
      'An internet host sits outside every VPC: drop it on the open canvas.',
    ]);
    const host = drop('internetHost', 2000, 100);
    // 198.51.100.1 went to the NAT gateway's public address.
    expect(state().scenario.internetHosts[0]).toMatchObject({ id: host, address: '198.51.100.2' });
  });

  it('grows the container when a dropped child sticks out of it', () => {
    const { a } = drawn();
    const b = box(a);
    drop('instance', b.x + b.width - 20, centre(a).y);
    expect(box(a).width).toBeGreaterThan(b.width);
  });
});

describe('adding without a mouse', () => {
  it('adds a subnet to the selected VPC, clear of the subnets already there', () => {
    const { vpc, a, b } = drawn();
    select([vpc]);
    const c = addToSelection('subnet');
    expect(c).not.toBeNull();
    expect(state().scenario.subnets.find((s) => s.id === c)).toMatchObject({
      vpcId: vpc,
      cidrBlock: '10.0.2.0/24',
    });
    const overlaps = (p: string, q: string) => {
      const [m, n] = [box(p), box(q)];
      return (
        m.x < n.x + n.width && n.x < m.x + m.width && m.y < n.y + n.height && n.y < m.y + m.height
      );
    };
    expect(overlaps(c!, a) || overlaps(c!, b)).toBe(false);
    expect(state().selection).toEqual([c]);
  });

  it('adds an instance to the selected subnet, or to the subnet of the selected instance', () => {
    const { a } = drawn();
    select([a]);
    const one = addToSelection('instance')!;
    const two = addToSelection('instance')!;
    expect(state().scenario.instances.map((i) => i.subnetId)).toEqual([a, a]);
    expect(box(one).rel).toEqual({ x: 20, y: 56 });
    expect(box(two).rel).toEqual({ x: 210, y: 56 });
  });

  it('says what to select when nothing fits', () => {
    drawn();
    select([]);
    expect(addToSelection('instance')).toBeNull();
    expect(errors()).toEqual(['Select a subnet (or something in it) to add an instance to it.']);
  });
});

describe('releasing a drag', () => {
  function withInstance() {
    const ids = drawn();
    const i = drop('instance', centre(ids.a).x, centre(ids.a).y);
    return { ...ids, i };
  }

  it('moves an instance inside its own subnet, as one undo step', () => {
    const { a, i } = withInstance();
    const before = steps();
    const rel = box(i).rel;
    dragNodes([{ id: i, x: rel.x + 40, y: rel.y }]);
    dragNodes([{ id: i, x: rel.x + 80, y: rel.y }]);
    expect(steps()).toBe(before);
    releaseDrag();
    expect(steps()).toBe(before + 1);
    expect(state().layout.nodes[i]).toMatchObject({ x: rel.x + 80, y: rel.y });
    expect(state().scenario.instances[0]?.subnetId).toBe(a);
    expect(state().dragging).toEqual({});
  });

  it('re-parents an instance released over another subnet, with a new address there', () => {
    const { a, b, i } = withInstance();
    const delta = { x: box(b).x - box(a).x, y: box(b).y - box(a).y };
    dragNodes([{ id: i, x: box(i).rel.x + delta.x, y: box(i).rel.y + delta.y }]);
    releaseDrag();
    expect(state().scenario.instances[0]).toMatchObject({ subnetId: b, privateIp: '10.0.1.4' });
    expect(box(i).parentId).toBe(b);
    expect(state().layout.nodes[i]?.y).toBeGreaterThan(0);
    undo();
    expect(state().scenario.instances[0]?.subnetId).toBe(a);
  });

  it('sends an instance released outside every subnet back, with a message', () => {
    const { i } = withInstance();
    const scenario = state().scenario;
    const layout = state().layout;
    dragNodes([{ id: i, x: 5000, y: 5000 }]);
    releaseDrag();
    expect(state().scenario).toBe(scenario);
    expect(state().layout).toEqual(layout);
    expect(errors()).toEqual([
      'An instance runs in a subnet: drop it inside a subnet. It went back.',
    ]);
  });

  it('moves a subnet released over another VPC into it', () => {
    const { a } = drawn();
    const other = drop('vpc', 1500, 300);
    const target = box(other);
    const from = box(a);
    dragNodes([
      { id: a, x: target.x + 60 - (from.x - from.rel.x), y: target.y + 80 - (from.y - from.rel.y) },
    ]);
    releaseDrag();
    expect(state().scenario.subnets.find((s) => s.id === a)).toMatchObject({
      vpcId: other,
      cidrBlock: '10.1.0.0/24',
    });
    expect(state().messages.some((m) => m.kind === 'info')).toBe(true);
  });
});

describe('nudging, resizing, collapsing', () => {
  it('nudges the selection by whole grid steps, one undo step per press', () => {
    const { vpc } = drawn();
    select([vpc]);
    const before = { ...state().layout.nodes[vpc]! };
    const past = steps();
    nudgeSelection(10, 0);
    nudgeSelection(0, -50);
    expect(state().layout.nodes[vpc]).toMatchObject({
      x: before.x + GRID,
      y: before.y - 3 * GRID,
    });
    expect(steps()).toBe(past + 2);
  });

  it('keeps a nudged child inside its container', () => {
    const { a } = drawn();
    select([a]);
    nudgeSelection(-5000, 0);
    expect(box(a).rel.x).toBeGreaterThanOrEqual(0);
  });

  it('records a resize as one undo step, however many frames', () => {
    const { vpc } = drawn();
    const past = steps();
    const start = state().layout.nodes[vpc]!;
    resizeFrame(vpc, { x: start.x, y: start.y, width: 700, height: 420 });
    resizeFrame(vpc, { x: start.x, y: start.y, width: 760, height: 460 });
    endResize();
    expect(state().layout.nodes[vpc]).toMatchObject({ width: 760, height: 460 });
    expect(steps()).toBe(past + 1);
    undo();
    expect(state().layout.nodes[vpc]).toMatchObject({ width: NEW_VPC.width });
  });

  it('collapses a VPC to one box and hides what it holds', () => {
    const { vpc, a } = drawn();
    toggleCollapsed(vpc);
    expect(state().layout.nodes[vpc]?.collapsed).toBe(true);
    expect(canvasBoxes(state().scenario, state().layout).has(a)).toBe(false);
    toggleCollapsed(vpc);
    expect(canvasBoxes(state().scenario, state().layout).has(a)).toBe(true);
  });
});
