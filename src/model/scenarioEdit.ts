import { addInternetGateway, attachInternetGateway } from './edit/gateways.ts';
import { updateInstance } from './edit/instances.ts';
import { addNaclEntry } from './edit/naclEntries.ts';
import { addPeeringConnection, updatePeeringConnection } from './edit/peering.ts';
import { fail, type EditResult } from './edit/result.ts';
import { addRoute, updateRoute } from './edit/routes.ts';
import { addSgRule } from './edit/sgRules.ts';
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
  | { readonly kind: 'assign-public-ip'; readonly instanceId: string }
  | { readonly kind: 'attach-internet-gateway'; readonly vpcId: string }
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
    case 'assign-public-ip':
      return updateInstance(scenario, edit.instanceId, { publicIp: true });
    case 'attach-internet-gateway': {
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
  }
}

function scenarioOf<T extends { scenario: Scenario }>(result: EditResult<T>): EditResult<Scenario> {
  return result.ok ? { ok: true, value: result.value.scenario } : result;
}
