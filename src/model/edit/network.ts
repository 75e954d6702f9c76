/**
 * The network's shape: VPCs, subnets, instances, gateways, peerings, and moving things between
 * them. One file per family; this one gathers them under the name the store's actions import.
 */
export {
  nextFreeAddress,
  nextFreeSubnetCidr,
  nextFreeVpcCidr,
  nextPublicIp,
  PUBLIC_POOLS,
} from './addressing.ts';
export { createVpc, updateVpc, type CreateVpcSpec, type VpcPatch } from './vpcs.ts';
export {
  addSubnet,
  DEFAULT_AVAILABILITY_ZONE,
  updateSubnet,
  type AddSubnetSpec,
  type SubnetPatch,
} from './subnets.ts';
export {
  addInstance,
  updateInstance,
  type AddInstanceSpec,
  type InstancePatch,
} from './instances.ts';
export {
  addInternetGateway,
  addNatGateway,
  attachInternetGateway,
  detachInternetGateway,
  renameInternetGateway,
  updateNatGateway,
  type AddInternetGatewaySpec,
  type AddNatGatewaySpec,
  type NatGatewayPatch,
} from './gateways.ts';
export {
  addPeeringConnection,
  updatePeeringConnection,
  type AddPeeringSpec,
  type PeeringPatch,
} from './peering.ts';
export { moveInstance, moveSubnet, type MoveResult } from './move.ts';
