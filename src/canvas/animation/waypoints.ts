import type { Hop, Trace } from '../../engine/types.ts';
import { borderPoint, floatingSegment } from '../edges/floating.ts';
import { borderCrossing, routerPoint } from './crossings.ts';
import { routerSpot, type RouterWord } from './routerSpot.ts';
import { boxOf, centreOf, inside, vpcOf, type Point, type Rect, type Scene } from './scene.ts';

export { borderCrossing, routerPoint };

/** What decided a hop, ringed on the canvas: a node's box, or a point (router, peering). */
export type Focus =
  | { readonly kind: 'box'; readonly box: Rect; readonly radius: number }
  | { readonly kind: 'point'; readonly at: Point; readonly radius: number };

/** Where the packet pauses for one hop, and the points it passes on the way from the previous. */
export interface Waypoint {
  readonly at: Point;
  readonly via: readonly Point[];
  readonly focus: Focus | null;
}

/** Things the path needs that are not nodes: a VPC's router, the internet. */
export type Marker = (
  | {
      readonly kind: 'router';
      readonly vpcId: string;
      /** Where "router" is written: under the glyph, or beside it where the gutter is low. */
      readonly word?: RouterWord;
    }
  | {
      readonly kind: 'internet';
      readonly address: string;
      /** What lies there when it is not the internet: "AWS service s3" (behind an endpoint). */
      readonly label?: string;
    }
) & {
  readonly at: Point;
  /**
   * The first step at which the marker is on the way: a router from its first route hop; the
   * internet always (-1), as where the flow starts or is bound.
   */
  readonly since: number;
};

/** The packet's way on the canvas: where it starts, then one waypoint per hop of the trace. */
export interface PacketPath {
  readonly origin: Point;
  readonly waypoints: readonly Waypoint[];
  readonly markers: readonly Marker[];
}

/** How far above the internet gateway the internet is drawn when no host node has the address. */
const INTERNET_RISE = 96;
/** How far below a gateway endpoint its AWS service is drawn. */
const SERVICE_DROP = 96;

/**
 * The last hop the packet reaches: the first that denies (it stops there in red; the hops after it
 * are the blocked path, listed in the explanation but not travelled), else the last hop.
 */
export function stopStep(trace: Trace): number {
  const deny = trace.hops.findIndex((h) => h.verdict === 'deny');
  return deny >= 0 ? deny : trace.hops.length - 1;
}

/** How a hop sits on the canvas before its exact point is known. */
type Site =
  | { readonly kind: 'instance'; readonly box: Rect; readonly toward: 'next' | 'prev' }
  | { readonly kind: 'border'; readonly box: Rect; readonly way: 'ingress' | 'egress' }
  | { readonly kind: 'point'; readonly at: Point }
  | { readonly kind: 'none' };

/**
 * The packet's path for a trace: each hop mapped to a point on the canvas.
 * - security group out / in → the instance's box edge (toward where it goes / comes from);
 * - NACL out / in → where the way crosses the subnet's border;
 * - route → the VPC's router (a marker in the VPC's margin);
 * - NAT gateway, internet gateway → its node; peering → the middle of the peering edge;
 * - the internet → an internet host node with that address, else a point above the gateway.
 * The response comes back over the same points, so it retraces the request.
 */
export function packetPath(trace: Trace, scene: Scene): PacketPath {
  const hops = trace.hops;
  const routers = new Map<string, { at: Point; since: number; word: RouterWord }>();
  const internetAddress = addressOnInternet(trace);
  const hostBox = internetAddress ? scene.boxes.get(scene.hosts.get(internetAddress) ?? '') : null;

  const routerOf = (vpcId: string | undefined, k: number): Point | null => {
    if (vpcId === undefined) return null;
    const known = routers.get(vpcId);
    if (known) return known.at;
    const vpc = scene.boxes.get(vpcId);
    if (!vpc) return null;
    const subnets = [...scene.parents]
      .filter(([id, parent]) => parent === vpcId && id.startsWith('subnet-'))
      .flatMap(([id]) => scene.boxes.get(id) ?? []);
    const { at, word } = routerSpot(vpc, subnets, scene.avoid);
    routers.set(vpcId, { at, since: k, word });
    return at;
  };

  const gatewayBox = (h: Hop): Rect | undefined => {
    const own = h.resourceId.startsWith('igw-') ? scene.boxes.get(h.resourceId) : undefined;
    if (own) return own;
    const vpcId = vpcOf(scene, h.subnetId ?? h.resourceId);
    const igw = vpcId === undefined ? undefined : scene.gateways.get(vpcId);
    return igw === undefined ? undefined : scene.boxes.get(igw);
  };
  const gatewayPoint = (h: Hop): Point | null => {
    const box = gatewayBox(h);
    if (box) return centreOf(box);
    const vpc = scene.boxes.get(vpcOf(scene, h.subnetId ?? h.resourceId) ?? '');
    return vpc ? { x: vpc.x + vpc.width / 2, y: vpc.y } : null;
  };
  /** The egress-only gateway the hop names, else its VPC's, else the VPC's top edge. */
  const egressOnlyPoint = (h: Hop): Point | null => {
    const vpcId = vpcOf(scene, h.subnetId ?? h.resourceId);
    const box =
      scene.boxes.get(h.resourceId) ??
      scene.boxes.get((vpcId === undefined ? undefined : scene.egressOnly.get(vpcId)) ?? '');
    if (box) return centreOf(box);
    const vpc = scene.boxes.get(vpcId ?? '');
    return vpc ? { x: vpc.x + vpc.width / 2, y: vpc.y } : null;
  };

  const siteOf = (h: Hop, k: number): Site => {
    switch (h.layer) {
      case 'security-group-egress':
      case 'security-group-ingress': {
        const box = boxOf(scene, h.resourceId);
        const toward = h.layer === 'security-group-egress' ? 'next' : 'prev';
        return box ? { kind: 'instance', box, toward } : { kind: 'none' };
      }
      case 'nacl-egress':
      case 'nacl-ingress': {
        const box = boxOf(scene, h.subnetId);
        const way = h.layer === 'nacl-egress' ? 'egress' : 'ingress';
        return box ? { kind: 'border', box, way } : { kind: 'none' };
      }
      case 'route': {
        const at = routerOf(vpcOf(scene, h.subnetId ?? h.resourceId), k);
        return at ? { kind: 'point', at } : { kind: 'none' };
      }
      case 'nat-gateway': {
        const box = boxOf(scene, h.resourceId);
        return box ? { kind: 'point', at: centreOf(box) } : { kind: 'none' };
      }
      case 'internet-gateway': {
        const at = gatewayPoint(h);
        return at ? { kind: 'point', at } : { kind: 'none' };
      }
      case 'peering': {
        const ends = scene.peerings.get(h.resourceId);
        const a = ends && scene.boxes.get(ends[0]);
        const b = ends && scene.boxes.get(ends[1]);
        return a && b ? { kind: 'point', at: floatingSegment(a, b).mid } : { kind: 'none' };
      }
      case 'egress-only-internet-gateway': {
        const at = egressOnlyPoint(h);
        return at ? { kind: 'point', at } : { kind: 'none' };
      }
      case 'transit-gateway': {
        const box = scene.boxes.get(scene.transit.get(h.resourceId) ?? '');
        return box ? { kind: 'point', at: centreOf(box) } : { kind: 'none' };
      }
      case 'vpc-endpoint': {
        const box = scene.boxes.get(h.resourceId);
        return box ? { kind: 'point', at: centreOf(box) } : { kind: 'none' };
      }
    }
  };

  const sites = hops.map(siteOf);
  // The centre of a site that has one (instances and points), to aim edges and crossings at.
  const centres: (Point | null)[] = sites.map((s) =>
    s.kind === 'instance' ? centreOf(s.box) : s.kind === 'point' ? s.at : null,
  );
  const nextCentre = (k: number): Point | null => {
    for (let j = k + 1; j < sites.length; j++) if (centres[j]) return centres[j] as Point;
    return null;
  };

  // The internet: the host node with the address, else above the first internet gateway. An AWS
  // service reached by a gateway endpoint lies below the endpoint, outside its VPC.
  const firstGateway = hops.findIndex((h) => h.layer === 'internet-gateway');
  const gatewayAt = firstGateway >= 0 ? centres[firstGateway] : null;
  const endpointHop = viaEndpoint(hops);
  const endpointBox = endpointHop ? scene.boxes.get(endpointHop.resourceId) : undefined;
  let internet: Point | null = hostBox ? centreOf(hostBox) : null;
  if (!internet && endpointBox) {
    internet = {
      x: endpointBox.x + endpointBox.width / 2,
      y: endpointBox.y + endpointBox.height + SERVICE_DROP,
    };
  }
  if (!internet && internetAddress) {
    const anyInstance = hops.find((h) => h.layer.startsWith('security-group'));
    const box = boxOf(scene, vpcOf(scene, anyInstance?.resourceId));
    const base = gatewayAt ?? (box ? { x: box.x + box.width / 2, y: box.y } : null);
    if (base) internet = clearOf(scene.avoid, base);
  }

  const first = hops[0];
  const fromInstance = first?.layer === 'security-group-egress';
  const origin: Point = (fromInstance ? centres[0] : internet) ??
    centres.find((c) => c !== null) ??
    internet ?? { x: 0, y: 0 };

  const lastRequest = hops.reduce((at, h, k) => (h.direction === 'request' ? k : at), -1);
  const toInternet = lastRequest >= 0 && hops[lastRequest]?.layer !== 'security-group-ingress';

  const waypoints: Waypoint[] = [];
  let previous = origin;
  hops.forEach((hop, k) => {
    const site = sites[k] as Site;
    const via: Point[] = [];
    // The request reached the internet: it turns there, and the response starts back from it.
    const turns = k === lastRequest + 1 && toInternet && hop.direction === 'response';
    // Between two internet gateways (two VPCs talking over public addresses) lies the internet.
    const across =
      hop.layer === 'internet-gateway' &&
      hops[k - 1]?.layer === 'internet-gateway' &&
      hops[k - 1]?.direction === hop.direction;
    if (internet && (turns || across)) via.push(internet);
    const from = via.at(-1) ?? previous;
    let at: Point;
    switch (site.kind) {
      case 'instance': {
        const aim = site.toward === 'next' ? nextCentre(k) : from;
        at = aim && !inside(aim, site.box) ? borderPoint(site.box, aim) : centreOf(site.box);
        break;
      }
      case 'border': {
        const to = nextCentre(k) ?? from;
        at =
          borderCrossing(from, to, site.box, site.way) ??
          (inside(from, site.box) && inside(to, site.box)
            ? { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 }
            : borderPoint(site.box, from));
        break;
      }
      case 'point':
        at = site.at;
        break;
      case 'none':
        at = from;
        break;
    }
    waypoints.push({ at, via, focus: focusOf(hop, site, at, scene) });
    previous = at;
  });

  // An instance's packet starts at its edge, where its security group is: the track then never
  // crosses the instance's own name and address.
  const start = fromInstance ? (waypoints[0]?.at ?? origin) : origin;
  const markers: Marker[] = [...routers].map(([vpcId, { at, since, word }]) => ({
    kind: 'router',
    vpcId,
    at,
    since,
    ...(word === 'beside' ? { word } : {}),
  }));
  if (internet && internetAddress && !hostBox) {
    const service = endpointHop ? scene.services.get(endpointHop.resourceId) : undefined;
    markers.push({
      kind: 'internet',
      address: internetAddress,
      at: internet,
      since: -1,
      ...(endpointBox ? { label: `AWS service${service ? ` ${service}` : ''}` } : {}),
    });
  }
  return { origin: start, waypoints, markers };
}

/** What decided the hop: the instance, the subnet (its border), the router, the gateway. */
function focusOf(hop: Hop, site: Site, at: Point, scene: Scene): Focus | null {
  if (site.kind === 'none') return null;
  if (site.kind === 'instance' || site.kind === 'border') {
    return { kind: 'box', box: site.box, radius: site.kind === 'border' ? 10 : 8 };
  }
  const own =
    hop.layer === 'transit-gateway'
      ? scene.boxes.get(scene.transit.get(hop.resourceId) ?? '')
      : scene.boxes.get(hop.resourceId);
  if (own && ROUND[hop.layer] !== undefined)
    return { kind: 'box', box: own, radius: ROUND[hop.layer] ?? 8 };
  return { kind: 'point', at, radius: 18 };
}

/** The ring's corner radius around the node that decided a hop, by layer (pills are round). */
const ROUND: Partial<Record<Hop['layer'], number>> = {
  'nat-gateway': 8,
  'internet-gateway': 28,
  'egress-only-internet-gateway': 28,
  'transit-gateway': 12,
  'vpc-endpoint': 8,
};

/** The internet's globe and its two lines of words, around its centre. */
const globe = (p: Point): Rect => ({ x: p.x - 18, y: p.y - 18, width: 40 + 110, height: 36 });

/**
 * Where the internet is drawn above a gateway: INTERNET_RISE above it, else higher, else to the
 * side, wherever its globe and words meet no node or label.
 */
function clearOf(avoid: readonly Rect[], base: Point): Point {
  const meets = (a: Rect, b: Rect) =>
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  for (const rise of [INTERNET_RISE, INTERNET_RISE * 1.5, INTERNET_RISE * 2]) {
    for (const dx of [0, -200, 200]) {
      const p = { x: base.x + dx, y: base.y - rise };
      if (!avoid.some((a) => meets(globe(p), a))) return p;
    }
  }
  return { x: base.x, y: base.y - INTERNET_RISE };
}

/** The gateway endpoint hop of the request, when the flow goes to an AWS service through one. */
function viaEndpoint(hops: readonly Hop[]): Hop | undefined {
  const requests = hops.filter((h) => h.direction === 'request');
  const last = requests.at(-1);
  return last?.layer === 'vpc-endpoint' ? last : undefined;
}

/** The address on the internet the flow talks to, if any (lower case). */
function addressOnInternet(trace: Trace): string | null {
  const hops = trace.hops;
  const first = hops[0];
  if (!first) return null;
  if (first.layer !== 'security-group-egress') return first.packet.source.toLowerCase();
  const requests = hops.filter((h) => h.direction === 'request');
  const last = requests.at(-1);
  if (!last || last.layer === 'security-group-ingress') return null;
  return last.packet.destination.toLowerCase();
}

/** The points of the leg that ends at hop `step`: from the previous waypoint (or the origin). */
export function legTo(path: PacketPath, step: number): Point[] {
  const to = path.waypoints[step];
  if (!to) return [path.origin];
  const from = step === 0 ? path.origin : (path.waypoints[step - 1]?.at ?? path.origin);
  return [from, ...to.via, to.at];
}

/** Where the packet is at a step (-1: at its origin). */
export function pointAt(path: PacketPath, step: number): Point {
  return step < 0 ? path.origin : (path.waypoints[step]?.at ?? path.origin);
}

/** Room for a marker's words (the internet's address is written to its right). */
const MARKER_ROOM = { router: 28, internet: 150 } as const;

/**
 * The box around everything the packet shows up to step `last`: its start, each waypoint and
 * what it passes, what decided each hop, and the markers with their words. The canvas brings it
 * into view when a flow is shown.
 */
export function pathBounds(path: PacketPath, last: number): Rect {
  let x0 = path.origin.x;
  let y0 = path.origin.y;
  let x1 = x0;
  let y1 = y0;
  const add = (x: number, y: number) => {
    x0 = Math.min(x0, x);
    y0 = Math.min(y0, y);
    x1 = Math.max(x1, x);
    y1 = Math.max(y1, y);
  };
  path.waypoints.slice(0, last + 1).forEach((w) => {
    add(w.at.x, w.at.y);
    for (const p of w.via) add(p.x, p.y);
    const f = w.focus;
    if (f?.kind === 'box') {
      add(f.box.x, f.box.y);
      add(f.box.x + f.box.width, f.box.y + f.box.height);
    } else if (f) {
      add(f.at.x - f.radius, f.at.y - f.radius);
      add(f.at.x + f.radius, f.at.y + f.radius);
    }
  });
  for (const m of path.markers) {
    if (m.since > last) continue;
    const r = MARKER_ROOM[m.kind];
    add(m.at.x - 20, m.at.y - 20);
    add(m.at.x + r, m.at.y + r);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
