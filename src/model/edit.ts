/**
 * The pure edits the canvas editor's store actions call: each takes a scenario and returns a new
 * one (never mutating it; untouched resources keep their identity), or refuses with one sentence
 * saying what is wrong. See `edit/` for one file per family.
 */
export { andThen, fail, ok, unwrap, type EditResult } from './edit/result.ts';
export * from './edit/network.ts';
export * from './edit/securityGroups.ts';
export * from './edit/networkAcls.ts';
export * from './edit/routeTables.ts';
export * from './edit/flows.ts';
export * from './edit/delete.ts';
export * from './edit/copy.ts';
export * from './edit/networkInterfaces.ts';
export * from './edit/secondaryAddresses.ts';
export * from './edit/prefixLists.ts';
export * from './edit/vpcEndpoints.ts';
export * from './edit/transitGateways.ts';
export * from './edit/transitGatewayRoutes.ts';
export * from './edit/endpointSettings.ts';
export * from './edit/servicePrefixLists.ts';
