import type { PeeringConnection } from '../model/types.ts';
import type { AwsPeeringConnection } from './bundleSchema.ts';
import { nameFrom } from './tags.ts';

/** A peering connection between the requester's and the accepter's VPC, in its status. */
export function peeringFromAws(peering: AwsPeeringConnection): PeeringConnection {
  return {
    id: peering.VpcPeeringConnectionId,
    name: nameFrom(peering.Tags, peering.VpcPeeringConnectionId),
    requesterVpcId: peering.RequesterVpcInfo.VpcId,
    accepterVpcId: peering.AccepterVpcInfo.VpcId,
    // The scenario schema's default; AWS always prints the status.
    status: peering.Status?.Code ?? 'active',
  };
}
