import { describe, expect, it } from 'vitest';
import {
  TRANSIT_DATABASE_IDS as DB,
  transitDatabaseScenario,
} from '../scenarios/challenges/transitDatabase.ts';
import { HUB_AND_SPOKE_IDS as HUB, hubAndSpokeScenario } from '../scenarios/hubAndSpoke.ts';
import { S3_ENDPOINT_IDS as S3, s3EndpointScenario } from '../scenarios/s3Endpoint.ts';
import { autoLayout } from './autoLayout.ts';
import { buildGraph, CANVAS_SIZES, layoutWithElk } from './elk.ts';
import { ENDPOINT, GATEWAY_EDGE_Y, TRANSIT, TRANSIT_DROP } from './geometry.ts';
import { canvasBoxes, roomForEndpoint, spotFor } from './placement.ts';

const EMPTY = { nodes: {} };

describe('auto layout of version 2', () => {
  it('puts interfaces in their subnet, a transit gateway below the VPCs, an endpoint on the bottom edge', () => {
    const boxes = autoLayout(transitDatabaseScenario, EMPTY);
    expect(boxes.get(DB.db)).toMatchObject({ x: 20, y: 56 });
    const hub = boxes.get(DB.tgw);
    const lowest = Math.max(
      ...[DB.vpcApp, DB.vpcData].map((v) => (boxes.get(v)?.y ?? 0) + (boxes.get(v)?.height ?? 0)),
    );
    expect(hub).toMatchObject({ y: lowest + TRANSIT_DROP, ...TRANSIT });
    const s3 = autoLayout(s3EndpointScenario, EMPTY);
    const vpc = s3.get(S3.vpc);
    expect(s3.get(S3.endpoint)).toMatchObject({ y: (vpc?.height ?? 0) - ENDPOINT.height / 2 });
  });

  it('keeps a saved transit gateway where it was put', () => {
    const boxes = autoLayout(hubAndSpokeScenario, { nodes: { [HUB.tgw]: { x: 12, y: 900 } } });
    expect(boxes.get(HUB.tgw)).toMatchObject({ x: 12, y: 900 });
  });
});

describe('placing version 2 nodes', () => {
  it('puts a new transit gateway below the VPCs, and a second one beside the first', () => {
    const boxes = canvasBoxes(hubAndSpokeScenario, EMPTY);
    const at = spotFor(new Map(boxes), 'transitGateway', TRANSIT, null, null, false);
    const bottom = Math.max(
      ...[...boxes.values()].filter((b) => b.kind === 'vpc').map((b) => b.y + b.height),
    );
    expect(at.y).toBeGreaterThanOrEqual(bottom + TRANSIT_DROP - 16);
    const hub = boxes.get(HUB.tgw);
    expect(at.x).toBeGreaterThan((hub?.x ?? 0) + TRANSIT.width);
  });

  it('puts an egress-only gateway on the top edge, a gateway endpoint on the bottom one', () => {
    const boxes = canvasBoxes(s3EndpointScenario, EMPTY);
    const vpc = boxes.get(S3.vpc);
    if (!vpc) return expect.fail('the VPC is drawn');
    const size = { width: 170, height: 56 };
    expect(spotFor(boxes, 'egressOnlyInternetGateway', size, vpc, null, false).y).toBe(
      GATEWAY_EDGE_Y,
    );
    const endpoint = spotFor(
      boxes,
      'vpcEndpoint',
      ENDPOINT,
      vpc,
      { x: vpc.x + 50, y: vpc.y + 60 },
      false,
    );
    expect(endpoint.y).toBe(vpc.height - ENDPOINT.height / 2);
  });

  it('grows a VPC whose subnets would lie under a gateway endpoint on its bottom edge', () => {
    const layout = {
      nodes: {
        [S3.vpc]: { x: 0, y: 0, width: 800, height: 210 },
        [S3.appSubnet]: { x: 40, y: 56, width: 340, height: 140 },
        [S3.batchSubnet]: { x: 400, y: 56, width: 340, height: 140 },
      },
    };
    const boxes = canvasBoxes(s3EndpointScenario, layout);
    expect(roomForEndpoint(boxes, S3.vpc)).toMatchObject({
      id: S3.vpc,
      height: 56 + 140 + 20 + 32,
    });
    expect(roomForEndpoint(canvasBoxes(s3EndpointScenario, EMPTY), S3.vpc)).toBeNull();
  });
});

describe('ELK layout of version 2 (an import)', () => {
  it('packs interfaces with the instances of their subnet', () => {
    const graph = buildGraph(transitDatabaseScenario, CANVAS_SIZES);
    const data = graph.children?.find((v) => v.id === DB.vpcData);
    const subnet = data?.children?.find((s) => s.id === DB.subnetData);
    expect(subnet?.children?.map((c) => c.id)).toEqual([DB.db]);
  });

  it('places the transit gateway outside every VPC and the endpoint on its VPC’s bottom edge', async () => {
    const layout = await layoutWithElk(hubAndSpokeScenario);
    const hub = layout.nodes[HUB.tgw];
    const vpcs = [HUB.vpcHub, HUB.vpcA, HUB.vpcB].map((id) => layout.nodes[id]);
    for (const v of vpcs) {
      const inside =
        hub !== undefined &&
        v !== undefined &&
        hub.x < v.x + (v.width ?? 0) &&
        v.x < hub.x + TRANSIT.width &&
        hub.y < v.y + (v.height ?? 0) &&
        v.y < hub.y + TRANSIT.height;
      expect(inside).toBe(false);
    }
    const s3 = await layoutWithElk(s3EndpointScenario);
    const vpc = s3.nodes[S3.vpc];
    expect(s3.nodes[S3.endpoint]?.y).toBe((vpc?.height ?? 0) - ENDPOINT.height / 2);
  });
});
