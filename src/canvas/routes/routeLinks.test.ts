import { describe, expect, it } from 'vitest';
import { hubAndSpokeScenario, HUB_AND_SPOKE_IDS as HUB } from '../../scenarios/hubAndSpoke.ts';
import { S3_ENDPOINT_IDS as S3, s3EndpointScenario } from '../../scenarios/s3Endpoint.ts';
import { THREE_TIER_IDS as T, threeTierScenario } from '../../scenarios/threeTier.ts';
import type { Scenario } from '../../model/types.ts';
import { routeLinks } from './routeLinks.ts';

// A subnet uses its own route table, else the main one; local routes are the VPC itself.
// https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html#RouteTableDetails
describe('routeLinks', () => {
  it('draws one edge per table and target, bundling the subnets that share the table', () => {
    const links = routeLinks(threeTierScenario);
    expect(links.map((l) => [l.tableId, l.target, l.subnetIds, l.destinations])).toEqual([
      [T.publicRtb, T.igw, [T.publicWeb], ['0.0.0.0/0']],
      [T.privateRtb, T.nat, [T.privateApp, T.privateDb], ['0.0.0.0/0']],
    ]);
    expect(links.every((l) => l.targetNodeId === l.target && !l.blackhole)).toBe(true);
  });

  it('lists every destination a table sends to one target, once', () => {
    const links = routeLinks(hubAndSpokeScenario);
    const hub = links.find((l) => l.tableId === HUB.rtbHub);
    expect(hub?.targetNodeId).toBe(HUB.tgw);
    expect(hub?.kind).toBe('transit-gateway');
    expect(new Set(hub?.destinations).size).toBe(hub?.destinations.length);
  });

  // https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html#gateway-endpoint-routing
  it('draws the route AWS adds for a gateway endpoint to each table it lists, to its prefix list', () => {
    const link = routeLinks(s3EndpointScenario).find((l) => l.target === S3.endpoint);
    expect(link).toMatchObject({ tableId: S3.privateRtb, kind: 'vpc-endpoint' });
    expect(link?.destinations[0]).toMatch(/^pl-/);
  });

  it('sends a peering route to the peer VPC, and keeps a blackhole apart as a stub when its target is gone', () => {
    const s: Scenario = {
      ...threeTierScenario,
      vpcs: [
        ...threeTierScenario.vpcs,
        { id: 'vpc-peer', name: 'peer', cidrBlocks: ['10.60.0.0/16'] },
      ],
      peeringConnections: [
        {
          id: 'pcx-1',
          name: 'to-peer',
          requesterVpcId: T.vpc,
          accepterVpcId: 'vpc-peer',
          status: 'active',
        },
      ],
      routeTables: threeTierScenario.routeTables.map((t) =>
        t.id === T.privateRtb
          ? {
              ...t,
              routes: [
                ...t.routes,
                { destination: '10.60.0.0/16', target: 'pcx-1', state: 'active' as const },
                { destination: '10.70.0.0/16', target: 'nat-gone', state: 'blackhole' as const },
              ],
            }
          : t,
      ),
    };
    const links = routeLinks(s).filter((l) => l.tableId === T.privateRtb);
    expect(links.map((l) => [l.target, l.targetNodeId, l.blackhole, l.destinations])).toEqual([
      [T.nat, T.nat, false, ['0.0.0.0/0']],
      ['pcx-1', 'vpc-peer', false, ['10.60.0.0/16']],
      ['nat-gone', null, true, ['10.70.0.0/16']],
    ]);
  });

  it('uses the main table for a subnet without one, and draws nothing for a table no subnet uses', () => {
    const s: Scenario = {
      ...threeTierScenario,
      subnets: threeTierScenario.subnets.map((n) =>
        n.id === T.publicWeb ? { ...n, routeTableId: undefined } : n,
      ),
    };
    const links = routeLinks(s);
    expect(links.some((l) => l.tableId === T.publicRtb)).toBe(false);
    // The main table has only its local route: no edge, and the web subnet draws none.
    expect(links.flatMap((l) => l.subnetIds)).not.toContain(T.publicWeb);
  });
});
