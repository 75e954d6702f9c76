import type { Trace } from '../../engine/types.ts';
import { isPublicSubnet } from '../../model/edit.ts';
import type { Layout, Scenario } from '../../model/types.ts';
import type { Finding } from '../../model/validate.ts';
import { flowFrame, markerTitle } from '../animation/frame.ts';
import { hopLabel, hopWhere, namesOf } from '../animation/hopText.ts';
import { sceneOf } from '../animation/scene.ts';
import { packetPath } from '../animation/waypoints.ts';
import type { FlowEdge, FlowNode, FlowNodeType } from '../types.ts';
import { routeColour, routeLabel, routeLabelWidth } from '../routes/routeLook.ts';
import { chipColour } from '../security/chipColour.ts';
import { groupEdgeLabel } from '../security/groupLook.ts';
import { vpcContentsText } from '../vpcContents.ts';
import { chipsOf } from './chipsOf.ts';
import {
  attachmentSubnetsText,
  deviceText,
  endpointTablesText,
  interfaceTag,
  serviceShortName,
  transitGatewayText,
} from '../words.ts';
import type {
  Diagram,
  DiagramEdge,
  DiagramFlow,
  DiagramNode,
  FindingsCount,
  Rect,
  Theme,
} from './diagram.ts';

/**
 * The diagram the canvas shows, as plain data: from the React Flow nodes and edges derived from
 * the scenario and the layout (what the canvas draws, so positions, sizes and nesting are the
 * screen's), the scenario for the words, and the flow shown at the hop it is at.
 */
export interface CanvasSnapshot {
  readonly scenario: Scenario;
  /** Which containers are collapsed (the nodes' boxes already come from it). */
  readonly layout: Layout;
  readonly nodes: readonly FlowNode[];
  readonly edges: readonly FlowEdge[];
  readonly theme: Theme;
  readonly findings: readonly Finding[];
  /** The flow shown and the hop the packet is at; null to leave the flow out. */
  readonly flow: {
    readonly trace: Trace;
    readonly step: number;
    /** Where the canvas drew the hop's badge (flow units), to draw it there too. */
    readonly badge?: Rect | null;
  } | null;
}

/**
 * Absolute boxes of the nodes shown (hidden ones left out), as React Flow resolves them: a
 * child's position is relative to its parent, which comes before it; measured sizes win.
 */
export function absoluteBoxes(nodes: readonly FlowNode[]): Map<string, Rect> {
  const boxes = new Map<string, Rect>();
  for (const n of nodes) {
    if (n.hidden) continue;
    const parent = n.parentId === undefined ? undefined : boxes.get(n.parentId);
    if (n.parentId !== undefined && !parent) continue;
    boxes.set(n.id, {
      x: n.position.x + (parent?.x ?? 0),
      y: n.position.y + (parent?.y ?? 0),
      width: n.measured?.width ?? n.width ?? 0,
      height: n.measured?.height ?? n.height ?? 0,
    });
  }
  return boxes;
}

function findingsById(findings: readonly Finding[]): Map<string, FindingsCount> {
  const counts = new Map<string, { errors: number; warnings: number }>();
  for (const f of findings) {
    const c = counts.get(f.resourceId) ?? { errors: 0, warnings: 0 };
    if (f.severity === 'error') c.errors++;
    else c.warnings++;
    counts.set(f.resourceId, c);
  }
  return counts;
}

type Describe = (
  scenario: Scenario,
  id: string,
  collapsed: boolean,
) => Omit<DiagramNode, 'id' | 'box' | 'findings'> | null;

const find = <T extends { id: string }>(list: readonly T[], id: string) =>
  list.find((x) => x.id === id);

/** What each kind of node says, as its component reads it from the scenario. */
const DESCRIBE: { readonly [K in FlowNodeType]: Describe } = {
  region: (_, id) => ({ kind: 'region', name: id.replace(/^region:/, '') }),
  vpc: (s, id, collapsed) => {
    const v = find(s.vpcs, id);
    if (!v) return null;
    const blocks = v.cidrBlocks.join(', ') + (v.ipv6CidrBlock ? `, ${v.ipv6CidrBlock}` : '');
    return {
      kind: 'vpc',
      name: v.name,
      blocks,
      contents: collapsed ? vpcContentsText(s, id) : null,
    };
  },
  subnet: (s, id) => {
    const n = find(s.subnets, id);
    return n
      ? {
          kind: 'subnet',
          name: n.name,
          cidrBlock: n.cidrBlock,
          availabilityZone: n.availabilityZone,
          isPublic: isPublicSubnet(s, id),
        }
      : null;
  },
  instance: (s, id) => {
    const i = find(s.instances, id);
    return i
      ? {
          kind: 'instance',
          name: i.name,
          privateIp: i.privateIp,
          publicIp: i.publicIp ?? null,
          secondaries: i.secondaryPrivateIps?.length ?? 0,
          interfaces: 1 + s.networkInterfaces.filter((e) => e.attachment?.instanceId === id).length,
        }
      : null;
  },
  networkInterface: (s, id) => {
    const e = find(s.networkInterfaces, id);
    if (!e) return null;
    const device = deviceText(s, id);
    return {
      kind: 'networkInterface',
      interfaceKind: e.kind,
      tag: interfaceTag(e.kind),
      name: e.name,
      address: e.privateIp ?? e.ipv6Addresses[0] ?? 'no address',
      secondaries: e.secondaryPrivateIps.length,
      third:
        device !== null
          ? { text: device, public: false }
          : e.publicIp
            ? { text: e.publicIp, public: true }
            : null,
    };
  },
  transitGateway: (s, id) => {
    const t = find(s.transitGateways, id);
    if (!t) return null;
    const available = t.state === 'available';
    return {
      kind: 'transitGateway',
      name: t.name,
      available,
      detail: available ? transitGatewayText(s, id) : t.state,
    };
  },
  egressOnlyInternetGateway: (s, id) => {
    const g = find(s.egressOnlyInternetGateways, id);
    return g
      ? { kind: 'egressOnlyInternetGateway', name: g.name, detached: g.vpcId === undefined }
      : null;
  },
  vpcEndpoint: (s, id) => {
    const e = find(s.vpcEndpoints, id);
    return e
      ? {
          kind: 'vpcEndpoint',
          name: e.name,
          service: serviceShortName(e.serviceName),
          state: e.state === 'available' ? null : e.state,
          tables: endpointTablesText(s, id),
        }
      : null;
  },
  natGateway: (s, id) => {
    const n = find(s.natGateways, id);
    return n
      ? {
          kind: 'natGateway',
          name: n.name,
          publicIp: n.publicIp ?? null,
          state: n.state === 'available' ? null : n.state,
        }
      : null;
  },
  internetGateway: (s, id) => {
    const g = find(s.internetGateways, id);
    return g ? { kind: 'internetGateway', name: g.name, detached: g.vpcId === undefined } : null;
  },
  internetHost: (s, id) => {
    const h = find(s.internetHosts, id);
    return h ? { kind: 'internetHost', name: h.name, address: h.address } : null;
  },
};

function flowOf(snapshot: CanvasSnapshot, boxes: ReadonlyMap<string, Rect>): DiagramFlow | null {
  const { flow, scenario } = snapshot;
  if (!flow || flow.trace.hops.length === 0) return null;
  const names = namesOf(scenario);
  const path = packetPath(flow.trace, sceneOf(scenario, boxes));
  const frame = flowFrame(flow.trace, path, flow.step);
  const hop = frame.badge?.hop;
  return {
    frame,
    label: hop ? hopLabel(hop, names) : '',
    where: hop ? hopWhere(hop, names) : '',
    markerTitles: frame.markers.map((m) => markerTitle(m, names)),
    ...(flow.badge ? { badgeBox: flow.badge } : {}),
  };
}

export function diagramOf(snapshot: CanvasSnapshot): Diagram {
  const { scenario, layout } = snapshot;
  const boxes = absoluteBoxes(snapshot.nodes);
  const findings = findingsById(snapshot.findings);
  const chips = chipsOf(scenario);
  const nodes: DiagramNode[] = [];
  for (const n of snapshot.nodes) {
    const box = boxes.get(n.id);
    if (!box || n.type === undefined) continue;
    const collapsed = layout.nodes[n.id]?.collapsed === true;
    const described = DESCRIBE[n.type](scenario, n.id, collapsed);
    if (!described) continue;
    const f = findings.get(n.id);
    const address = scenario.terraform?.addresses[n.id];
    const c = collapsed ? undefined : chips.get(n.id);
    const bands =
      n.type === 'vpc' && !collapsed && n.data.bands
        ? n.data.bands.map((b) => ({
            zone: b.zone,
            box: { ...b.box, x: b.box.x + box.x, y: b.box.y + box.y },
          }))
        : undefined;
    nodes.push({
      ...described,
      id: n.id,
      box,
      ...(f ? { findings: f } : {}),
      ...(address !== undefined ? { address } : {}),
      ...(c ? { chips: c } : {}),
      ...(bands ? { bands } : {}),
    } as DiagramNode);
  }
  const edges: DiagramEdge[] = [];
  for (const e of snapshot.edges) {
    const from = boxes.get(e.source);
    const to = boxes.get(e.target);
    if (!from || !to) continue;
    if (e.type === 'peering') {
      const p = find(scenario.peeringConnections, e.id);
      if (p) edges.push({ kind: 'peering', id: e.id, from, to, name: p.name, status: p.status });
    } else if (e.type === 'transitAttachment') {
      const a = find(scenario.transitGatewayAttachments, e.id);
      if (a) {
        const subnets = attachmentSubnetsText(scenario, e.id);
        edges.push({ kind: 'transitAttachment', id: e.id, from, to, subnets, state: a.state });
      }
    } else if (e.type === 'interfaceLink') {
      edges.push({ kind: 'interfaceLink', id: e.id, from, to });
    } else if (e.type === 'route' && e.data) {
      const { link, slot, slots } = e.data;
      const sources = link.subnetIds.flatMap((id) => boxes.get(id) ?? []);
      const target = link.targetNodeId === null ? null : (boxes.get(link.targetNodeId) ?? null);
      edges.push({
        kind: 'route',
        id: e.id,
        sources,
        target,
        container: boxes.get(link.vpcId) ?? null,
        avoid: link.borderNodeIds.flatMap((id) => boxes.get(id) ?? []),
        labelWidth: routeLabelWidth(link),
        slot,
        slots,
        label: routeLabel(link),
        colour: routeColour(link),
        blackhole: link.blackhole,
      });
    } else if (e.type === 'group' && e.data) {
      const { link } = e.data;
      const colour = chipColour(link.from);
      edges.push({ kind: 'group', id: e.id, from, to, label: groupEdgeLabel(link), colour });
    }
  }
  return {
    title: scenario.name,
    theme: snapshot.theme,
    nodes,
    edges,
    flow: flowOf(snapshot, boxes),
  };
}
