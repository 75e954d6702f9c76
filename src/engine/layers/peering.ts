import type { CPeering, CVpc } from '../compile.ts';
import type { Pkt } from '../packet.ts';
import type { ResolvedFlow } from '../resolve.ts';
import type { Direction, HopVerdict } from '../types.ts';
import type { Emitter, Proposal } from './hop.ts';

/**
 * Peering needs an active connection joining exactly the two VPCs: it is not transitive.
 * https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html
 * Returns the connection the packet crossed, so the response can be held to it.
 */
export function peeringLayer(
  w: Emitter,
  direction: Direction,
  from: CVpc,
  to: CVpc,
  target: string | undefined,
  pkt: Pkt,
): string | undefined {
  if (w.stopped) return undefined;
  const c = w.c;
  const byRoute = target?.startsWith('pcx-') ? c.peerings.get(target) : undefined;
  const pcx = byRoute ?? c.peeringBetween(from.id, to.id);
  const joins =
    pcx !== undefined &&
    ((pcx.vpcA === from.id && pcx.vpcB === to.id) || (pcx.vpcA === to.id && pcx.vpcB === from.id));
  const verdict: HopVerdict = pcx && joins && pcx.active ? 'allow' : 'deny';
  if (w.quick(direction, 'peering', verdict)) return pcx?.id;

  const fix = verdict === 'deny' ? () => peeringFix(w.f, pcx) : undefined;
  if (!pcx) {
    w.add({
      direction,
      layer: 'peering',
      rule: null,
      pkt,
      verdict,
      resourceId: target ?? to.id,
      reason: () =>
        target?.startsWith('pcx-')
          ? `${target} is not a peering connection of this scenario.`
          : `No peering connection joins ${from.id} and ${to.id}, so private addresses of one cannot be reached from the other.`,
      fix,
    });
    return undefined;
  }
  w.add({
    direction,
    layer: 'peering',
    rule: null,
    pkt,
    verdict,
    resourceId: pcx.id,
    reason: () =>
      !joins
        ? `${pcx.id} joins ${pcx.vpcA} and ${pcx.vpcB}, but the packet is for ${to.id}: peering is not transitive, so traffic cannot pass through one VPC to reach another.`
        : !pcx.active
          ? `${pcx.id} is ${pcx.status}, not active, so it carries no traffic.`
          : `${pcx.id} is active and joins ${from.id} and ${to.id}.`,
    fix,
  });
  return pcx.id;
}

/** Accept the connection, or peer the flow's two VPCs directly (in the request's direction). */
function peeringFix(f: ResolvedFlow, pcx: CPeering | undefined): Proposal | null {
  if (pcx && !pcx.active) {
    return {
      summary: `Accept ${pcx.id} so that it becomes active.`,
      edit: { kind: 'activate-peering', peeringConnectionId: pcx.id },
    };
  }
  const from = f.src.kind === 'instance' ? f.src.instance.vpc.id : undefined;
  const to = f.dst.kind === 'instance' ? f.dst.instance.vpc.id : undefined;
  if (!from || !to || from === to) return null;
  return {
    summary: `Peer ${from} directly with ${to} (peering is not transitive), then route each VPC's CIDR to the new connection.`,
    edit: { kind: 'add-peering', requesterVpcId: from, accepterVpcId: to },
  };
}
