import { addInternetGateway, attachInternetGateway } from './edit/gateways.ts';
import { updateInstance } from './edit/instances.ts';
import { addNaclEntry } from './edit/naclEntries.ts';
import { addPeeringConnection, updatePeeringConnection } from './edit/peering.ts';
import { andThen, fail, type EditResult } from './edit/result.ts';
import { addRoute, removeRoute, updateRoute } from './edit/routes.ts';
import { addSgRule, replaceSgRule } from './edit/sgRules.ts';
import { parseCidr, formatCidr } from './ip.ts';
import {
  addTransitGatewayRoute,
  setTransitGatewayPropagation,
} from './edit/transitGatewayRoutes.ts';
import type { NaclEntry, Scenario, SecurityGroupRule } from './types.ts';

/**
 * One model change as plain data, so that it can be proposed by the engine (a suggested fix),
 * cross the worker boundary, be shown, and then be applied by the store as one undoable step.
 */
export type ScenarioEdit =
  | {
      readonly kind: 'add-sg-rule';
      readonly groupId: string;
      readonly direction: 'ingress' | 'egress';
      readonly rule: SecurityGroupRule;
    }
  | {
      /** Removes the rule equal to `rule` (found by content: AWS compares rules so). */
      readonly kind: 'remove-sg-rule';
      readonly groupId: string;
      readonly direction: 'ingress' | 'egress';
      readonly rule: SecurityGroupRule;
    }
  | {
      /** Replaces the rule equal to `rule` by narrower ones (`with`) that keep the rest it allowed. */
      readonly kind: 'replace-sg-rule';
      readonly groupId: string;
      readonly direction: 'ingress' | 'egress';
      readonly rule: SecurityGroupRule;
      readonly with: readonly SecurityGroupRule[];
    }
  | {
      readonly kind: 'add-nacl-entry';
      readonly networkAclId: string;
      readonly direction: 'ingress' | 'egress';
      readonly entry: NaclEntry;
    }
  | {
      readonly kind: 'set-route';
      readonly routeTableId: string;
      readonly destination: string;
      readonly target: string;
    }
  | {
      /** Removes the route for `destination` (the local route and endpoints' routes refuse). */
      readonly kind: 'remove-route';
      readonly routeTableId: string;
      readonly destination: string;
    }
  | { readonly kind: 'assign-public-ip'; readonly instanceId: string }
  | {
      /** Attaches `internetGatewayId` (else a detached gateway, else a new one) to the VPC. */
      readonly kind: 'attach-internet-gateway';
      readonly vpcId: string;
      readonly internetGatewayId?: string;
    }
  | { readonly kind: 'activate-peering'; readonly peeringConnectionId: string }
  | {
      readonly kind: 'add-peering';
      readonly requesterVpcId: string;
      readonly accepterVpcId: string;
    }
  | {
      /** A static route in a transit gateway route table toward an attachment. */
      readonly kind: 'add-transit-gateway-route';
      readonly routeTableId: string;
      readonly destination: string;
      readonly attachmentId: string;
    }
  | {
      /** Propagate an attachment's routes (its VPC's CIDR blocks) to a transit gateway route table. */
      readonly kind: 'propagate-transit-gateway-route';
      readonly routeTableId: string;
      readonly attachmentId: string;
    }
  | {
      /** Several edits made as one change (one undo step): all apply, or none. */
      readonly kind: 'batch';
      readonly edits: readonly ScenarioEdit[];
    };

/**
 * Applies an edit through the model's own edit functions, so it is checked like any user edit.
 *
 * @example
 * applyScenarioEdit(s, { kind: 'assign-public-ip', instanceId: 'i-web' });
 */
export function applyScenarioEdit(scenario: Scenario, edit: ScenarioEdit): EditResult<Scenario> {
  switch (edit.kind) {
    case 'add-sg-rule':
      return addSgRule(scenario, edit.groupId, edit.direction, edit.rule);
    case 'remove-sg-rule':
      return replaceSgRule(scenario, edit.groupId, edit.direction, edit.rule, []);
    case 'replace-sg-rule':
      return replaceSgRule(scenario, edit.groupId, edit.direction, edit.rule, edit.with);
    case 'add-nacl-entry':
      return addNaclEntry(scenario, edit.networkAclId, edit.direction, edit.entry);
    case 'set-route': {
      // Replaces the route for that destination (a blackhole, a wrong target) or adds one.
      const table = scenario.routeTables.find((t) => t.id === edit.routeTableId);
      if (!table) return fail(`Route table ${edit.routeTableId} does not exist.`);
      const index = table.routes.findIndex((r) => r.destination === edit.destination);
      const route = { destination: edit.destination, target: edit.target };
      return index < 0
        ? addRoute(scenario, edit.routeTableId, route)
        : updateRoute(scenario, edit.routeTableId, index, route);
    }
    case 'remove-route': {
      const table = scenario.routeTables.find((t) => t.id === edit.routeTableId);
      if (!table) return fail(`Route table ${edit.routeTableId} does not exist.`);
      const key = destinationKey(edit.destination);
      const index = table.routes.findIndex((r) => destinationKey(r.destination) === key);
      if (index < 0) return fail(`Route table ${table.id} has no route for ${edit.destination}.`);
      return removeRoute(scenario, table.id, index);
    }
    case 'assign-public-ip':
      return updateInstance(scenario, edit.instanceId, { publicIp: true });
    case 'attach-internet-gateway': {
      if (edit.internetGatewayId !== undefined)
        return attachInternetGateway(scenario, edit.internetGatewayId, edit.vpcId);
      const detached = scenario.internetGateways.find((g) => g.vpcId === undefined);
      if (detached) return attachInternetGateway(scenario, detached.id, edit.vpcId);
      return scenarioOf(addInternetGateway(scenario, { vpcId: edit.vpcId }));
    }
    case 'activate-peering':
      return updatePeeringConnection(scenario, edit.peeringConnectionId, { status: 'active' });
    case 'add-peering':
      return scenarioOf(
        addPeeringConnection(scenario, {
          requesterVpcId: edit.requesterVpcId,
          accepterVpcId: edit.accepterVpcId,
        }),
      );
    case 'add-transit-gateway-route':
      return addTransitGatewayRoute(
        scenario,
        edit.routeTableId,
        edit.destination,
        edit.attachmentId,
      );
    case 'propagate-transit-gateway-route':
      return setTransitGatewayPropagation(scenario, edit.routeTableId, edit.attachmentId, true);
    case 'batch':
      return edit.edits.reduce<EditResult<Scenario>>(
        (result, next) => andThen(result, (s) => applyScenarioEdit(s, next)),
        { ok: true, value: scenario },
      );
  }
}

/**
 * The IDs of the resources an edit changes, so a panel can show a locked one as locked before
 * the edit is tried (the store's door still checks every write).
 *
 * @example
 * scenarioEditTargets({ kind: 'assign-public-ip', instanceId: 'i-web' }); // ['i-web']
 */
export function scenarioEditTargets(edit: ScenarioEdit): string[] {
  switch (edit.kind) {
    case 'add-sg-rule':
    case 'remove-sg-rule':
    case 'replace-sg-rule':
      return [edit.groupId];
    case 'add-nacl-entry':
      return [edit.networkAclId];
    case 'set-route':
    case 'remove-route':
    case 'add-transit-gateway-route':
    case 'propagate-transit-gateway-route':
      return [edit.routeTableId];
    case 'assign-public-ip':
      return [edit.instanceId];
    case 'attach-internet-gateway':
      return edit.internetGatewayId === undefined ? [] : [edit.internetGatewayId];
    case 'activate-peering':
      return [edit.peeringConnectionId];
    case 'add-peering':
      return [];
    case 'batch':
      return [...new Set(edit.edits.flatMap(scenarioEditTargets))];
  }
}

/** The same for destinations AWS treats as one block (10.0.0.5/16 is 10.0.0.0/16). */
function destinationKey(text: string): string {
  const range = parseCidr(text);
  return range === null ? text : formatCidr(range);
}

function scenarioOf<T extends { scenario: Scenario }>(result: EditResult<T>): EditResult<Scenario> {
  return result.ok ? { ok: true, value: result.value.scenario } : result;
}
