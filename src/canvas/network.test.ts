import { describe, expect, it } from 'vitest';
import { ENDPOINT, GATEWAY_EDGE_Y, LEAF } from '../layout/geometry.ts';
import {
  TRANSIT_DATABASE_IDS as DB,
  transitDatabaseLayout,
  transitDatabaseScenario,
} from '../scenarios/challenges/transitDatabase.ts';
import {
  HUB_AND_SPOKE_IDS as HUB,
  hubAndSpokeLayout,
  hubAndSpokeScenario,
} from '../scenarios/hubAndSpoke.ts';
import {
  S3_ADDRESS,
  S3_ENDPOINT_IDS as S3,
  s3EndpointLayout,
  s3EndpointScenario,
} from '../scenarios/s3Endpoint.ts';
import { centreOf } from './animation/scene.ts';
import { hop, sceneFor, traceOf } from './animation/testScene.ts';
import { packetPath } from './animation/waypoints.ts';
import { diagramFor, parseSvg } from './export/diagram.testkit.ts';
import { diagramSvg } from './export/diagramSvg.ts';
import { toFlowEdges, toFlowNodes } from './toFlow.ts';

/*
 * The canvas draws what version 2 models: interfaces in their subnets, transit gateways outside
 * the VPCs with an edge per attachment, gateway endpoints on a VPC's bottom edge, egress-only
 * gateways beside the internet gateway; the animation and the image export go through them.
 */

describe('nodes and edges of version 2', () => {
  it('draws a transit gateway outside the VPCs, with one edge per VPC attachment', () => {
    const nodes = toFlowNodes(hubAndSpokeScenario, hubAndSpokeLayout, {});
    const hub = nodes.find((n) => n.id === HUB.tgw);
    expect(hub).toMatchObject({ type: 'transitGateway' });
    expect(hub?.parentId).toBeUndefined();
    const edges = toFlowEdges(hubAndSpokeScenario).filter((e) => e.type === 'transitAttachment');
    expect(edges.map((e) => [e.id, e.source, e.target])).toEqual([
      [HUB.attachHub, HUB.tgw, HUB.vpcHub],
      [HUB.attachA, HUB.tgw, HUB.vpcA],
      [HUB.attachB, HUB.tgw, HUB.vpcB],
    ]);
    expect(edges[2]?.ariaLabel).toContain(HUB.subnetB);
  });

  it('draws an RDS interface in its subnet and a gateway endpoint on its VPC’s bottom edge', () => {
    const rds = toFlowNodes(transitDatabaseScenario, transitDatabaseLayout, {}).find(
      (n) => n.id === DB.db,
    );
    expect(rds).toMatchObject({ type: 'networkInterface', parentId: DB.subnetData, ...LEAF });
    expect(rds?.ariaLabel).toBe('RDS database orders-db 10.81.1.20');
    const nodes = toFlowNodes(s3EndpointScenario, s3EndpointLayout, {});
    const vpc = nodes.find((n) => n.id === S3.vpc);
    const endpoint = nodes.find((n) => n.id === S3.endpoint);
    expect(endpoint).toMatchObject({ type: 'vpcEndpoint', parentId: S3.vpc });
    expect(endpoint?.position.y).toBe((vpc?.height ?? 0) - ENDPOINT.height / 2);
  });

  it('puts an egress-only gateway on the top edge beside the internet gateway, and links an instance to its second interface', () => {
    const base = s3EndpointScenario;
    const s = {
      ...base,
      internetGateways: [{ id: 'igw-x', name: 'igw', vpcId: S3.vpc }],
      egressOnlyInternetGateways: [{ id: 'eigw-x', name: 'eigw', vpcId: S3.vpc }],
      networkInterfaces: [
        {
          id: 'eni-second',
          name: 'app-1 eth1',
          kind: 'instance' as const,
          subnetId: S3.appSubnet,
          privateIp: '10.40.1.30',
          secondaryPrivateIps: [],
          ipv6Addresses: [],
          securityGroupIds: [],
          attachment: { instanceId: S3.app, deviceIndex: 1 },
        },
      ],
    };
    const nodes = toFlowNodes(s, { nodes: {} }, {});
    const igw = nodes.find((n) => n.id === 'igw-x');
    const eigw = nodes.find((n) => n.id === 'eigw-x');
    expect(eigw).toMatchObject({ type: 'egressOnlyInternetGateway', parentId: S3.vpc });
    expect(eigw?.position.y).toBe(GATEWAY_EDGE_Y);
    expect(igw?.position.y).toBe(GATEWAY_EDGE_Y);
    expect(eigw?.position.x).not.toBe(igw?.position.x);
    expect(toFlowEdges(s).find((e) => e.type === 'interfaceLink')).toMatchObject({
      id: 'link:eni-second',
      source: S3.app,
      target: 'eni-second',
      selectable: false,
    });
  });
});

describe('the packet through a transit gateway and an endpoint', () => {
  it('stops at the transit gateway, whichever of its IDs the hop names', () => {
    const scene = sceneFor(hubAndSpokeScenario, hubAndSpokeLayout);
    const trace = traceOf([
      hop('request', 'security-group-egress', HUB.tools, { subnetId: HUB.subnetHub }),
      hop('request', 'route', HUB.rtbHub, { subnetId: HUB.subnetHub }),
      hop('request', 'transit-gateway', HUB.tgwRtb),
      hop('request', 'security-group-ingress', HUB.appB, { subnetId: HUB.subnetB }),
      hop('response', 'route', HUB.rtbB, { subnetId: HUB.subnetB, verdict: 'deny' }),
    ]);
    const path = packetPath(trace, scene);
    const hubAt = centreOf(scene.boxes.get(HUB.tgw)!);
    expect(path.waypoints[2]?.at).toEqual(hubAt);
    expect(path.waypoints[2]?.focus).toMatchObject({ kind: 'box', radius: 12 });
  });

  it('goes through the gateway endpoint to the AWS service, drawn beyond it, and back', () => {
    const scene = sceneFor(s3EndpointScenario, s3EndpointLayout);
    const out = { source: '10.40.2.10', destination: S3_ADDRESS, protocol: 6 };
    const back = { source: S3_ADDRESS, destination: '10.40.2.10', protocol: 6 };
    const trace = traceOf([
      hop('request', 'security-group-egress', S3.batch, { subnetId: S3.batchSubnet, packet: out }),
      hop('request', 'route', S3.privateRtb, { subnetId: S3.batchSubnet, packet: out }),
      hop('request', 'vpc-endpoint', S3.endpoint, { packet: out }),
      hop('response', 'vpc-endpoint', S3.endpoint, { packet: back }),
      hop('response', 'nacl-ingress', S3.batchAcl, { subnetId: S3.batchSubnet, packet: back }),
    ]);
    const path = packetPath(trace, scene);
    const endpoint = scene.boxes.get(S3.endpoint)!;
    expect(path.waypoints[2]?.at).toEqual(centreOf(endpoint));
    const service = path.markers.find((m) => m.kind === 'internet');
    expect(service).toMatchObject({ address: S3_ADDRESS, label: 'AWS service s3' });
    expect(service?.at.y).toBeGreaterThan(endpoint.y + endpoint.height);
    // The answer comes from the service: the response leg passes it.
    expect(path.waypoints[3]?.via).toEqual([service?.at]);
  });
});

describe('the image export of version 2', () => {
  const texts = (svg: string) =>
    Array.from(parseSvg(svg).getElementsByTagName('text')).map((t) => t.textContent ?? '');

  it('draws the transit gateway, its attachments and their subnets, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const image = diagramSvg(diagramFor(hubAndSpokeScenario, hubAndSpokeLayout, { theme }));
      if (!image) return expect.fail('nothing drawn');
      const doc = parseSvg(image.svg);
      const kinds = Array.from(doc.getElementsByTagName('g')).map((g) =>
        g.getAttribute('data-kind'),
      );
      expect(kinds.filter((k) => k === 'transitAttachment')).toHaveLength(3);
      expect(kinds).toContain('transitGateway');
      const words = texts(image.svg);
      expect(words).toContain('hub-tgw');
      expect(words.some((w) => w.startsWith('3 attachments'))).toBe(true);
      expect(words).toContain('b-app (us-east-1a)');
    }
  });

  it('draws an RDS interface and a gateway endpoint with their own words', () => {
    const rds = diagramSvg(diagramFor(transitDatabaseScenario, transitDatabaseLayout));
    expect(texts(rds?.svg ?? '').join('|')).toContain('RDS orders-db');
    const s3 = diagramSvg(diagramFor(s3EndpointScenario, s3EndpointLayout));
    const words = texts(s3?.svg ?? '');
    expect(words).toContain('Gateway endpoint · s3');
    expect(words).toContain('tables: private');
  });
});
