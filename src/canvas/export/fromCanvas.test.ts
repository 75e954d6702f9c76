import { describe, expect, it } from 'vitest';
import type { Layout } from '../../model/types.ts';
import {
  THREE_TIER_IDS as ID,
  threeTierLayout,
  threeTierScenario,
} from '../../scenarios/threeTier.ts';
import { trackPoints } from '../animation/frame.ts';
import { hop, sceneFor, traceOf } from '../animation/testScene.ts';
import { packetPath, stopStep } from '../animation/waypoints.ts';
import { toFlowEdges, toFlowNodes } from '../toFlow.ts';
import type { DiagramNode } from './diagram.ts';
import { absoluteBoxes, diagramOf } from './fromCanvas.ts';
import { diagramFor } from './diagram.testkit.ts';

const nodeOf = (nodes: readonly DiagramNode[], id: string) => nodes.find((n) => n.id === id);

describe('absoluteBoxes', () => {
  it('adds each parent’s position, as React Flow resolves nesting, and prefers measured sizes', () => {
    const nodes = toFlowNodes(threeTierScenario, threeTierLayout, {
      [ID.web1]: { width: 222, height: 66 },
    });
    const boxes = absoluteBoxes(nodes);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const web = byId.get(ID.web1);
    const subnet = byId.get(ID.publicWeb);
    const vpc = byId.get(ID.vpc);
    expect(boxes.get(ID.web1)).toEqual({
      x: (web?.position.x ?? 0) + (subnet?.position.x ?? 0) + (vpc?.position.x ?? 0),
      y: (web?.position.y ?? 0) + (subnet?.position.y ?? 0) + (vpc?.position.y ?? 0),
      width: 222,
      height: 66,
    });
  });
});

describe('diagramOf', () => {
  it('describes every node the canvas draws, in its order, with what it says', () => {
    const diagram = diagramFor(threeTierScenario, threeTierLayout);
    const drawn = toFlowNodes(threeTierScenario, threeTierLayout, {}).map((n) => n.id);
    expect(diagram.nodes.map((n) => n.id)).toEqual(drawn);
    expect(nodeOf(diagram.nodes, ID.publicWeb)).toMatchObject({ kind: 'subnet', isPublic: true });
    expect(nodeOf(diagram.nodes, ID.privateDb)).toMatchObject({ kind: 'subnet', isPublic: false });
    expect(nodeOf(diagram.nodes, ID.web1)).toMatchObject({
      kind: 'instance',
      name: 'web-1',
      privateIp: '10.0.1.10',
    });
    expect(nodeOf(diagram.nodes, ID.nat)).toMatchObject({ kind: 'natGateway', state: null });
    expect(nodeOf(diagram.nodes, ID.igw)).toMatchObject({ detached: false });
    expect(diagram.title).toBe(threeTierScenario.name);
    expect(diagram.flow).toBeNull();
  });

  it('draws a collapsed VPC as one box that says what it holds, its children hidden', () => {
    const vpc = threeTierLayout.nodes[ID.vpc] ?? { x: 0, y: 0 };
    const layout: Layout = {
      nodes: { ...threeTierLayout.nodes, [ID.vpc]: { ...vpc, collapsed: true } },
    };
    const diagram = diagramFor(threeTierScenario, layout);
    expect(nodeOf(diagram.nodes, ID.vpc)).toMatchObject({
      kind: 'vpc',
      contents: '3 subnets · 6 instances · 1 NAT gateway',
    });
    expect(nodeOf(diagram.nodes, ID.web1)).toBeUndefined();
  });

  it('counts what validate found about each node, for its badge', () => {
    const diagram = diagramOf({
      scenario: threeTierScenario,
      layout: threeTierLayout,
      nodes: toFlowNodes(threeTierScenario, threeTierLayout, {}),
      edges: toFlowEdges(threeTierScenario),
      theme: 'dark',
      findings: [
        { code: 'a', severity: 'error', resourceId: ID.web1, field: 'id', message: 'one' },
        { code: 'b', severity: 'warning', resourceId: ID.web1, field: 'id', message: 'two' },
        { code: 'c', severity: 'warning', resourceId: ID.publicWeb, field: 'id', message: 'three' },
      ],
      flow: null,
    });
    expect(nodeOf(diagram.nodes, ID.web1)?.findings).toEqual({ errors: 1, warnings: 1 });
    expect(nodeOf(diagram.nodes, ID.publicWeb)?.findings).toEqual({ errors: 0, warnings: 1 });
    expect(nodeOf(diagram.nodes, ID.db1)?.findings).toBeUndefined();
    expect(diagram.theme).toBe('dark');
  });

  it('draws the flow along the animation’s own waypoints', () => {
    const trace = traceOf([
      hop('request', 'security-group-egress', ID.web1, { subnetId: ID.publicWeb }),
      hop('request', 'nacl-egress', ID.defaultAcl, { subnetId: ID.publicWeb }),
      hop('request', 'route', ID.publicRtb, { subnetId: ID.publicWeb }),
      hop('request', 'nacl-ingress', ID.aclApp, { subnetId: ID.privateApp }),
      hop('request', 'security-group-ingress', ID.app1, {
        subnetId: ID.privateApp,
        verdict: 'deny',
      }),
    ]);
    const diagram = diagramFor(threeTierScenario, threeTierLayout, { flow: { trace, step: 9 } });
    const path = packetPath(trace, sceneFor(threeTierScenario, threeTierLayout));
    const frame = diagram.flow?.frame;
    expect(frame?.track).toEqual(trackPoints(path, stopStep(trace)));
    // Shown at the deny (the last hop travelled), in red, with its words.
    expect(frame?.packet).toMatchObject({ blocked: true, at: path.waypoints[4]?.at });
    expect(diagram.flow?.label).toBe('SG in · no rule allows');
    expect(diagram.flow?.where).toBe('request · app-1');
    expect(diagram.flow?.markerTitles).toEqual([
      `Router of VPC ${threeTierScenario.vpcs[0]?.name}`,
    ]);
  });
});
