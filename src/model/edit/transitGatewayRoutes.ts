import { formatCidr, parseCidr } from '../ip.ts';
import { newId } from '../ids.ts';
import type { Scenario, TransitGatewayRoute, TransitGatewayRouteTable } from '../types.ts';
import { fail, ok, type EditResult } from './result.ts';
import { cidrError } from './syntax.ts';
import { findById, missing, nameError, newIdError, patched, updateById } from './util.ts';

/**
 * Transit gateway route tables: which attachments are associated with each (one table per
 * attachment), which propagate their routes to it, and its static and blackhole routes.
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html
 */

/**
 * @example
 * const r = addTransitGatewayRouteTable(scenario, 'tgw-hub', { name: 'spokes' });
 */
export function addTransitGatewayRouteTable(
  scenario: Scenario,
  transitGatewayId: string,
  spec: { readonly name?: string; readonly id?: string } = {},
): EditResult<{ scenario: Scenario; routeTable: TransitGatewayRouteTable }> {
  if (findById(scenario.transitGateways, transitGatewayId) === undefined)
    return fail(missing('Transit gateway', transitGatewayId));
  const problem =
    (spec.name === undefined ? undefined : nameError(spec.name)) ??
    (spec.id === undefined ? undefined : newIdError(scenario, spec.id, 'tgw-rtb'));
  if (problem !== undefined) return fail(problem);
  const routeTable: TransitGatewayRouteTable = {
    id: spec.id ?? newId('tgw-rtb'),
    name: spec.name ?? 'route table',
    transitGatewayId,
    propagations: [],
    routes: [],
  };
  return ok({
    scenario: {
      ...scenario,
      transitGatewayRouteTables: [...scenario.transitGatewayRouteTables, routeTable],
    },
    routeTable,
  });
}

/**
 * @example
 * renameTransitGatewayRouteTable(scenario, 'tgw-rtb-hub', 'spokes');
 */
export function renameTransitGatewayRouteTable(
  scenario: Scenario,
  id: string,
  name: string,
): EditResult<Scenario> {
  const table = findById(scenario.transitGatewayRouteTables, id);
  if (table === undefined) return fail(missing('Transit gateway route table', id));
  const problem = nameError(name);
  if (problem !== undefined) return fail(problem);
  return table.name === name ? ok(scenario) : ok(withTable(scenario, id, (t) => ({ ...t, name })));
}

/**
 * Associates an attachment with a route table of its transit gateway (replacing its association),
 * or with none (`null`).
 *
 * @example
 * associateTransitGatewayRouteTable(scenario, 'tgw-attach-a', 'tgw-rtb-spokes');
 */
export function associateTransitGatewayRouteTable(
  scenario: Scenario,
  attachmentId: string,
  routeTableId: string | null,
): EditResult<Scenario> {
  const a = findById(scenario.transitGatewayAttachments, attachmentId);
  if (a === undefined) return fail(missing('Transit gateway attachment', attachmentId));
  if (routeTableId !== null) {
    const problem = sameGateway(scenario, routeTableId, a.transitGatewayId);
    if (problem !== undefined) return fail(problem);
  }
  const next = patched(a, { associatedRouteTableId: routeTableId });
  return ok({
    ...scenario,
    transitGatewayAttachments: updateById(
      scenario.transitGatewayAttachments,
      attachmentId,
      () => next,
    ),
  });
}

/**
 * Turns the propagation of an attachment's routes (a VPC's CIDR blocks) to a route table on or off.
 *
 * @example
 * setTransitGatewayPropagation(scenario, 'tgw-rtb-hub', 'tgw-attach-b', true);
 */
export function setTransitGatewayPropagation(
  scenario: Scenario,
  routeTableId: string,
  attachmentId: string,
  on: boolean,
): EditResult<Scenario> {
  const a = findById(scenario.transitGatewayAttachments, attachmentId);
  if (a === undefined) return fail(missing('Transit gateway attachment', attachmentId));
  const problem = sameGateway(scenario, routeTableId, a.transitGatewayId);
  if (problem !== undefined) return fail(problem);
  return ok(
    withTable(scenario, routeTableId, (t) => {
      const has = t.propagations.includes(attachmentId);
      if (has === on) return t;
      return {
        ...t,
        propagations: on
          ? [...t.propagations, attachmentId]
          : t.propagations.filter((id) => id !== attachmentId),
      };
    }),
  );
}

/**
 * Adds a static route to an attachment, or a blackhole route (`attachmentId` null), replacing the
 * static route for the same destination.
 *
 * @example
 * addTransitGatewayRoute(scenario, 'tgw-rtb-hub', '10.2.0.0/16', 'tgw-attach-c');
 */
export function addTransitGatewayRoute(
  scenario: Scenario,
  routeTableId: string,
  destination: string,
  attachmentId: string | null,
): EditResult<Scenario> {
  const table = findById(scenario.transitGatewayRouteTables, routeTableId);
  if (table === undefined) return fail(missing('Transit gateway route table', routeTableId));
  const text = destination.trim();
  const syntax = cidrError(text);
  if (syntax !== undefined) return fail(syntax);
  if (attachmentId !== null) {
    const a = findById(scenario.transitGatewayAttachments, attachmentId);
    if (a === undefined) return fail(missing('Transit gateway attachment', attachmentId));
    if (a.transitGatewayId !== table.transitGatewayId)
      return fail(
        `${attachmentId} is an attachment of ${a.transitGatewayId}, not ${table.transitGatewayId}.`,
      );
  }
  const route: TransitGatewayRoute =
    attachmentId === null
      ? { destination: text, state: 'blackhole', type: 'static' }
      : { destination: text, attachmentId, state: 'active', type: 'static' };
  const key = blockKey(text);
  return ok(
    withTable(scenario, routeTableId, (t) => ({
      ...t,
      routes: [
        ...t.routes.filter((r) => r.type !== 'static' || blockKey(r.destination) !== key),
        route,
      ],
    })),
  );
}

/**
 * @example
 * removeTransitGatewayRoute(scenario, 'tgw-rtb-hub', 0);
 */
export function removeTransitGatewayRoute(
  scenario: Scenario,
  routeTableId: string,
  index: number,
): EditResult<Scenario> {
  const table = findById(scenario.transitGatewayRouteTables, routeTableId);
  if (table === undefined) return fail(missing('Transit gateway route table', routeTableId));
  const route = table.routes[index];
  if (route === undefined) return fail(`${routeTableId} has no route at index ${index}.`);
  if (route.type === 'propagated')
    return fail(`The route ${route.destination} is propagated: turn its propagation off instead.`);
  return ok(
    withTable(scenario, routeTableId, (t) => ({
      ...t,
      routes: t.routes.filter((_, i) => i !== index),
    })),
  );
}

function sameGateway(scenario: Scenario, routeTableId: string, tgwId: string): string | undefined {
  const table = findById(scenario.transitGatewayRouteTables, routeTableId);
  if (table === undefined) return missing('Transit gateway route table', routeTableId);
  return table.transitGatewayId === tgwId
    ? undefined
    : `${routeTableId} is a route table of ${table.transitGatewayId}, not ${tgwId}.`;
}

function withTable(
  scenario: Scenario,
  id: string,
  fn: (t: TransitGatewayRouteTable) => TransitGatewayRouteTable,
): Scenario {
  return {
    ...scenario,
    transitGatewayRouteTables: updateById(scenario.transitGatewayRouteTables, id, fn),
  };
}

function blockKey(text: string): string {
  const r = parseCidr(text);
  return r === null ? text : formatCidr(r);
}
