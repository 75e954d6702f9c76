import { describe, expect, it } from 'vitest';
import type { Hop } from '../../engine/types.ts';
import { addVpc, emptyScenario } from '../../model/defaults.ts';
import type { Scenario } from '../../model/types.ts';
import {
  THREE_TIER_IDS as ID,
  threeTierLayout,
  threeTierScenario,
} from '../../scenarios/threeTier.ts';
import { centreOf, inside, type Point, type Rect, type Scene } from './scene.ts';
import { hop, sceneFor, traceOf } from './testScene.ts';
import {
  borderCrossing,
  legTo,
  packetPath,
  pathBounds,
  pointAt,
  routerPoint,
  stopStep,
  type PacketPath,
} from './waypoints.ts';

const NACL_RULE_100 = (aclId: string) =>
  ({ kind: 'nacl-entry', networkAclId: aclId, ruleNumber: 100, action: 'allow' }) as const;

/** True when `p` lies on the border of `box` (within half a unit). */
function onBorder(p: Point, box: Rect): boolean {
  const within =
    p.x >= box.x - 0.5 &&
    p.x <= box.x + box.width + 0.5 &&
    p.y >= box.y - 0.5 &&
    p.y <= box.y + box.height + 0.5;
  const d = Math.min(
    Math.abs(p.x - box.x),
    Math.abs(p.x - box.x - box.width),
    Math.abs(p.y - box.y),
    Math.abs(p.y - box.y - box.height),
  );
  return within && d < 0.5;
}

const box = (scene: Scene, id: string) => scene.boxes.get(id) as Rect;

/** web-1 → db-1 on 5432: the db group admits 5432 only from the app group. */
function webToDb(): Hop[] {
  const sub = { public: ID.publicWeb, db: ID.privateDb };
  return [
    hop('request', 'security-group-egress', ID.web1, { subnetId: sub.public }),
    hop('request', 'nacl-egress', ID.defaultAcl, {
      subnetId: sub.public,
      rule: NACL_RULE_100(ID.defaultAcl),
    }),
    hop('request', 'route', ID.publicRtb, { subnetId: sub.public }),
    hop('request', 'nacl-ingress', ID.aclDb, { subnetId: sub.db, rule: NACL_RULE_100(ID.aclDb) }),
    hop('request', 'security-group-ingress', ID.db1, { subnetId: sub.db, verdict: 'deny' }),
    hop('response', 'security-group-egress', ID.db1, { subnetId: sub.db }),
    hop('response', 'nacl-egress', ID.aclDb, { subnetId: sub.db }),
    hop('response', 'route', ID.privateRtb, { subnetId: sub.db }),
    hop('response', 'nacl-ingress', ID.defaultAcl, { subnetId: sub.public }),
    hop('response', 'security-group-ingress', ID.web1, { subnetId: sub.public }),
  ];
}

/** app-1 → 203.0.113.80 on 443, out through the NAT gateway of the public subnet. */
function appToInternet(): Hop[] {
  const out = { source: '10.0.2.10', destination: '203.0.113.80', protocol: 6 };
  const back = { source: '203.0.113.80', destination: '203.0.113.10', protocol: 6 };
  const req = (layer: Hop['layer'], id: string, subnetId?: string) =>
    hop('request', layer, id, { packet: out, ...(subnetId ? { subnetId } : {}) });
  const res = (layer: Hop['layer'], id: string, subnetId?: string) =>
    hop('response', layer, id, { packet: back, ...(subnetId ? { subnetId } : {}) });
  return [
    req('security-group-egress', ID.app1, ID.privateApp),
    req('nacl-egress', ID.aclApp, ID.privateApp),
    req('route', ID.privateRtb, ID.privateApp),
    req('nacl-ingress', ID.defaultAcl, ID.publicWeb),
    req('nat-gateway', ID.nat, ID.publicWeb),
    req('nacl-egress', ID.defaultAcl, ID.publicWeb),
    req('route', ID.publicRtb, ID.publicWeb),
    req('internet-gateway', ID.igw),
    res('internet-gateway', ID.igw),
    res('nacl-ingress', ID.defaultAcl, ID.publicWeb),
    res('nat-gateway', ID.nat, ID.publicWeb),
    res('nacl-egress', ID.defaultAcl, ID.publicWeb),
    res('route', ID.publicRtb, ID.publicWeb),
    res('nacl-ingress', ID.aclApp, ID.privateApp),
    res('security-group-ingress', ID.app1, ID.privateApp),
  ];
}

describe('stopStep', () => {
  it('stops at the first denying hop: the blocked path after it is not travelled', () => {
    expect(stopStep(traceOf(webToDb()))).toBe(4);
  });

  it('goes to the last hop when nothing denies', () => {
    expect(stopStep(traceOf(appToInternet()))).toBe(14);
  });
});

describe('routerPoint', () => {
  const vpc = { x: 0, y: 0, width: 600, height: 400 };

  it('sits in the margin left of the subnets, halfway down them', () => {
    const subnets = [
      { x: 40, y: 60, width: 500, height: 100 },
      { x: 40, y: 200, width: 500, height: 100 },
    ];
    expect(routerPoint(vpc, subnets)).toEqual({ x: 20, y: 180 });
  });

  it('moves to the right margin when a subnet touches the left edge', () => {
    const subnets = [{ x: 0, y: 60, width: 500, height: 100 }];
    expect(routerPoint(vpc, subnets)).toEqual({ x: 550, y: 110 });
  });

  it('uses the bottom margin, else the VPC centre', () => {
    expect(routerPoint(vpc, [{ x: 0, y: 0, width: 600, height: 100 }])).toEqual({
      x: 300,
      y: 250,
    });
    expect(routerPoint(vpc, [{ x: 0, y: 0, width: 600, height: 400 }])).toEqual({
      x: 300,
      y: 200,
    });
    expect(routerPoint(vpc, [])).toEqual({ x: 300, y: 200 });
  });
});

describe('borderCrossing', () => {
  const b = { x: 0, y: 0, width: 100, height: 100 };

  it('finds where a way out leaves the box and where a way in enters it', () => {
    expect(borderCrossing({ x: 50, y: 50 }, { x: 250, y: 50 }, b, 'egress')).toEqual({
      x: 100,
      y: 50,
    });
    expect(borderCrossing({ x: 50, y: -100 }, { x: 50, y: 50 }, b, 'ingress')).toEqual({
      x: 50,
      y: 0,
    });
  });

  it('takes the entry going in and the exit going out when the way passes through', () => {
    const from = { x: -50, y: 50 };
    const to = { x: 150, y: 50 };
    expect(borderCrossing(from, to, b, 'ingress')).toEqual({ x: 0, y: 50 });
    expect(borderCrossing(from, to, b, 'egress')).toEqual({ x: 100, y: 50 });
  });

  it('is null when the way stays inside or misses the box', () => {
    expect(borderCrossing({ x: 10, y: 10 }, { x: 90, y: 90 }, b, 'egress')).toBeNull();
    expect(borderCrossing({ x: 200, y: 0 }, { x: 200, y: 100 }, b, 'ingress')).toBeNull();
  });
});

describe('packetPath: web-1 → db-1 in the three-tier scenario', () => {
  const scene = sceneFor(threeTierScenario, threeTierLayout);
  const trace = traceOf(webToDb());
  const path = packetPath(trace, scene);
  const at = (k: number) => path.waypoints[k]!.at;

  it('has one waypoint per hop and starts at the source instance, where its group is', () => {
    expect(path.waypoints).toHaveLength(trace.hops.length);
    expect(path.origin).toEqual(at(0));
  });

  it('leaves by the instance edge, then crosses its subnet border (security group, NACL out)', () => {
    expect(onBorder(at(0), box(scene, ID.web1))).toBe(true);
    expect(onBorder(at(1), box(scene, ID.publicWeb))).toBe(true);
  });

  it('goes through the VPC router, drawn in the VPC and outside every subnet', () => {
    const router = at(2);
    expect(inside(router, box(scene, ID.vpc))).toBe(true);
    for (const s of [ID.publicWeb, ID.privateApp, ID.privateDb]) {
      expect(inside(router, box(scene, s))).toBe(false);
    }
    expect(path.markers).toContainEqual({ kind: 'router', vpcId: ID.vpc, at: router, since: 2 });
  });

  it('enters the destination subnet by its border, then the instance (NACL in, security group in)', () => {
    expect(onBorder(at(3), box(scene, ID.privateDb))).toBe(true);
    expect(onBorder(at(4), box(scene, ID.db1))).toBe(true);
  });

  it('rings what decided: the instance for a security group, the subnet for a NACL', () => {
    expect(path.waypoints[4]!.focus).toEqual({ kind: 'box', box: box(scene, ID.db1), radius: 8 });
    expect(path.waypoints[3]!.focus).toMatchObject({ kind: 'box', box: box(scene, ID.privateDb) });
    expect(path.waypoints[2]!.focus).toEqual({ kind: 'point', at: at(2), radius: 18 });
  });

  it('brings the response back over the same points in reverse', () => {
    expect(at(5)).toEqual(at(4));
    expect(at(7)).toEqual(at(2));
    expect(onBorder(at(8), box(scene, ID.publicWeb))).toBe(true);
    expect(onBorder(at(9), box(scene, ID.web1))).toBe(true);
  });

  it('gives each leg from the previous waypoint (the origin first) to the hop', () => {
    expect(legTo(path, 0)).toEqual([path.origin, at(0)]);
    expect(legTo(path, 3)).toEqual([at(2), at(3)]);
    expect(pointAt(path, -1)).toEqual(path.origin);
    expect(pointAt(path, 4)).toEqual(at(4));
  });
});

describe('packetPath: a packet blocked on its way out', () => {
  it('leaves out the router it never reaches', () => {
    const scene = sceneFor(threeTierScenario, threeTierLayout);
    const hops = webToDb().map((h, k) => (k === 0 ? { ...h, verdict: 'deny' as const } : h));
    const trace = traceOf(hops);
    const path = packetPath(trace, scene);
    expect(stopStep(trace)).toBe(0);
    const router = path.markers.find((m) => m.kind === 'router')!;
    expect(router.since).toBe(2);
    expect(pathBounds(path, 0).x).toBeGreaterThan(router.at.x);
  });
});

describe('packetPath: app-1 → the internet through the NAT gateway', () => {
  const scene = sceneFor(threeTierScenario, threeTierLayout);
  const path = packetPath(traceOf(appToInternet()), scene);
  const at = (k: number) => path.waypoints[k]!.at;

  it('crosses into the NAT subnet, stops at the NAT gateway and at the internet gateway', () => {
    expect(onBorder(at(3), box(scene, ID.publicWeb))).toBe(true);
    expect(at(4)).toEqual(centreOf(box(scene, ID.nat)));
    expect(at(7)).toEqual(centreOf(box(scene, ID.igw)));
  });

  it('turns on the internet, drawn above the internet gateway, and comes back', () => {
    const internet = path.markers.find((m) => m.kind === 'internet');
    expect(internet).toMatchObject({ address: '203.0.113.80' });
    expect(internet!.at.y).toBeLessThan(box(scene, ID.igw).y);
    expect(path.waypoints[8]!.via).toEqual([internet!.at]);
    expect(legTo(path, 8)).toEqual([at(7), internet!.at, at(8)]);
  });

  it('bounds all it shows, the internet and its address included', () => {
    const b = pathBounds(path, 14);
    const internet = path.markers.find((m) => m.kind === 'internet')!;
    expect(b.y).toBeLessThanOrEqual(internet.at.y - 16);
    expect(b.x + b.width).toBeGreaterThan(internet.at.x + 100);
    const app1 = box(scene, ID.app1);
    expect(b.y + b.height).toBeGreaterThanOrEqual(app1.y + app1.height);
  });

  it('rings the gateways themselves', () => {
    expect(path.waypoints[4]!.focus).toMatchObject({ kind: 'box', box: box(scene, ID.nat) });
    expect(path.waypoints[7]!.focus).toMatchObject({ kind: 'box', box: box(scene, ID.igw) });
  });
});

describe('packetPath: other endpoints and layouts', () => {
  it('starts at an internet host node that has the source address', () => {
    const scenario: Scenario = {
      ...threeTierScenario,
      internetHosts: [{ id: 'host-1', name: 'client', address: '203.0.113.50' }],
    };
    const scene = sceneFor(scenario, threeTierLayout);
    const from = { source: '203.0.113.50', destination: '198.51.100.11', protocol: 6 };
    const trace = traceOf([
      hop('request', 'internet-gateway', ID.igw, { packet: from }),
      hop('request', 'nacl-ingress', ID.defaultAcl, { subnetId: ID.publicWeb, packet: from }),
      hop('request', 'security-group-ingress', ID.web1, { subnetId: ID.publicWeb, packet: from }),
    ]);
    const path = packetPath(trace, scene);
    expect(path.origin).toEqual(centreOf(box(scene, 'host-1')));
    expect(path.markers.some((m) => m.kind === 'internet')).toBe(false);
  });

  it('passes the middle of the peering edge between two VPCs', () => {
    let scenario = emptyScenario();
    const a = addVpc(scenario, { cidrBlock: '10.0.0.0/16', ids: { vpc: 'vpc-a' } });
    const b = addVpc(a.scenario, { cidrBlock: '10.1.0.0/16', ids: { vpc: 'vpc-b' } });
    scenario = {
      ...b.scenario,
      peeringConnections: [
        {
          id: 'pcx-1',
          name: 'ab',
          requesterVpcId: 'vpc-a',
          accepterVpcId: 'vpc-b',
          status: 'active',
        },
      ],
    };
    const scene = sceneFor(scenario, { nodes: {} });
    const path = packetPath(traceOf([hop('request', 'peering', 'pcx-1')]), scene);
    const va = box(scene, 'vpc-a');
    const vb = box(scene, 'vpc-b');
    const mid = path.waypoints[0]!.at;
    expect(mid.x).toBeGreaterThan(va.x + va.width - 1);
    expect(mid.x).toBeLessThan(vb.x + 1);
  });

  it('shows an instance of a collapsed VPC where the VPC is', () => {
    const layout = {
      nodes: {
        ...threeTierLayout.nodes,
        [ID.vpc]: { ...threeTierLayout.nodes[ID.vpc]!, collapsed: true },
      },
    };
    const scene = sceneFor(threeTierScenario, layout);
    expect(scene.boxes.has(ID.web1)).toBe(false);
    const path: PacketPath = packetPath(traceOf(webToDb()), scene);
    expect(path.origin).toEqual(centreOf(box(scene, ID.vpc)));
  });
});
