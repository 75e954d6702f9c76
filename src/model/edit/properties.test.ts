import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../types.ts';
import { validate } from '../validate/index.ts';
import { duplicateResources } from './copy.ts';
import { deleteResources } from './delete.ts';
import { deepFreeze, frozenScenario, schemaValid } from './fixtures.ts';
import {
  addInstance,
  addInternetGateway,
  addNatGateway,
  addPeeringConnection,
  addSubnet,
  createVpc,
  moveInstance,
  moveSubnet,
  nextFreeSubnetCidr,
  updatePeeringConnection,
} from './network.ts';
import {
  addNaclEntry,
  associateNetworkAcl,
  createNetworkAcl,
  deleteNetworkAcl,
  moveNaclEntry,
  nextRuleNumber,
  renumberNaclEntries,
} from './networkAcls.ts';
import type { EditResult } from './result.ts';
import {
  addRoute,
  associateRouteTable,
  createRouteTable,
  deleteRouteTable,
  setMainRouteTable,
} from './routeTables.ts';
import {
  addSgRule,
  attachSecurityGroup,
  createSecurityGroup,
  deleteSecurityGroup,
  detachSecurityGroup,
  removeSgRule,
} from './securityGroups.ts';

/**
 * Random sequences of edits, starting from the clean fixture. Each edit picks its targets by index
 * into what exists at that moment (so deletes and moves hit resources that earlier edits made).
 * Whatever is accepted must leave a scenario that parses, refers to nothing that is gone, and has
 * no validate() error: the edits either refuse or keep the network consistent. Inputs are
 * deep-frozen, so an edit that mutated its input would throw.
 */
const pick = fc.nat({ max: 1000 });
const direction = fc.constantFrom('ingress' as const, 'egress' as const);

const op = fc.oneof(
  fc.record({ kind: fc.constant('createVpc' as const) }),
  fc.record({
    kind: fc.constant('addSubnet' as const),
    vpc: pick,
    prefix: fc.integer({ min: 16, max: 28 }),
  }),
  fc.record({ kind: fc.constant('addInstance' as const), subnet: pick, publicIp: fc.boolean() }),
  fc.record({ kind: fc.constant('addNat' as const), subnet: pick }),
  fc.record({ kind: fc.constant('addIgw' as const), vpc: pick }),
  fc.record({ kind: fc.constant('peer' as const), a: pick, b: pick }),
  fc.record({ kind: fc.constant('unpeer' as const), pcx: pick }),
  fc.record({
    kind: fc.constant('createGroup' as const),
    vpc: pick,
    name: fc.constantFrom('web', 'db', 'app', 'x'),
  }),
  fc.record({
    kind: fc.constant('addRule' as const),
    group: pick,
    peer: pick,
    port: fc.integer({ min: 0, max: 65535 }),
    byGroup: fc.boolean(),
    direction,
  }),
  fc.record({ kind: fc.constant('removeRule' as const), group: pick, index: pick, direction }),
  fc.record({ kind: fc.constant('attach' as const), instance: pick, group: pick }),
  fc.record({ kind: fc.constant('detach' as const), instance: pick, group: pick }),
  fc.record({ kind: fc.constant('deleteGroup' as const), group: pick }),
  fc.record({ kind: fc.constant('createAcl' as const), vpc: pick }),
  fc.record({ kind: fc.constant('deleteAcl' as const), acl: pick }),
  fc.record({
    kind: fc.constant('addEntry' as const),
    acl: pick,
    direction,
    deny: fc.boolean(),
    port: fc.integer({ min: 0, max: 65535 }),
  }),
  fc.record({
    kind: fc.constant('moveEntry' as const),
    acl: pick,
    direction,
    index: pick,
    up: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('renumber' as const), acl: pick, direction }),
  fc.record({ kind: fc.constant('associateAcl' as const), subnet: pick, acl: pick }),
  fc.record({ kind: fc.constant('createTable' as const), vpc: pick }),
  fc.record({ kind: fc.constant('deleteTable' as const), table: pick }),
  fc.record({ kind: fc.constant('setMain' as const), table: pick }),
  fc.record({
    kind: fc.constant('addRoute' as const),
    table: pick,
    target: pick,
    octet: fc.nat({ max: 255 }),
  }),
  fc.record({ kind: fc.constant('associateTable' as const), subnet: pick, table: pick }),
  fc.record({ kind: fc.constant('moveInstance' as const), instance: pick, subnet: pick }),
  fc.record({ kind: fc.constant('moveSubnet' as const), subnet: pick, vpc: pick }),
  fc.record({ kind: fc.constant('delete' as const), collection: pick, item: pick }),
  fc.record({ kind: fc.constant('duplicate' as const), collection: pick, item: pick }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

function at<T>(items: readonly T[], n: number): T | undefined {
  return items.length === 0 ? undefined : items[n % items.length];
}

const id = (x: { id: string } | undefined) => x?.id ?? 'none';

/** Applies one edit; a refusal leaves the scenario as it was. */
function apply(s: Scenario, o: Op): Scenario {
  const keep = (r: EditResult<Scenario>) => (r.ok ? r.value : s);
  const keepScenario = (r: EditResult<{ scenario: Scenario }>) => (r.ok ? r.value.scenario : s);
  switch (o.kind) {
    case 'createVpc':
      return keepScenario(createVpc(s));
    case 'addSubnet': {
      const vpcId = id(at(s.vpcs, o.vpc));
      const cidrBlock = nextFreeSubnetCidr(s, vpcId, o.prefix) ?? undefined;
      return keepScenario(
        addSubnet(s, { vpcId, ...(cidrBlock === undefined ? {} : { cidrBlock }) }),
      );
    }
    case 'addInstance':
      return keepScenario(
        addInstance(s, {
          subnetId: id(at(s.subnets, o.subnet)),
          ...(o.publicIp ? { publicIp: true } : {}),
        }),
      );
    case 'addNat':
      return keepScenario(addNatGateway(s, { subnetId: id(at(s.subnets, o.subnet)) }));
    case 'addIgw':
      return keepScenario(addInternetGateway(s, { vpcId: id(at(s.vpcs, o.vpc)) }));
    case 'peer':
      return keepScenario(
        addPeeringConnection(s, {
          requesterVpcId: id(at(s.vpcs, o.a)),
          accepterVpcId: id(at(s.vpcs, o.b)),
        }),
      );
    case 'unpeer':
      return keep(
        updatePeeringConnection(s, id(at(s.peeringConnections, o.pcx)), { status: 'deleted' }),
      );
    case 'createGroup':
      return keepScenario(createSecurityGroup(s, { vpcId: id(at(s.vpcs, o.vpc)), name: o.name }));
    case 'addRule': {
      const peer = o.byGroup
        ? ({ kind: 'group', groupId: id(at(s.securityGroups, o.peer)) } as const)
        : ({ kind: 'cidr', cidr: `10.${o.peer % 256}.0.0/16` } as const);
      return keep(
        addSgRule(s, id(at(s.securityGroups, o.group)), o.direction, {
          protocol: 'tcp',
          portRange: { from: o.port, to: o.port },
          peer,
        }),
      );
    }
    case 'removeRule':
      return keep(removeSgRule(s, id(at(s.securityGroups, o.group)), o.direction, o.index % 3));
    case 'attach':
      return keep(
        attachSecurityGroup(s, id(at(s.instances, o.instance)), id(at(s.securityGroups, o.group))),
      );
    case 'detach': {
      // Instances with one group always refuse; aim at those that can lose one.
      const instance =
        at(
          s.instances.filter((i) => i.securityGroupIds.length > 1),
          o.instance,
        ) ?? at(s.instances, o.instance);
      const groupId = at(instance?.securityGroupIds ?? [], o.group) ?? 'none';
      return keep(detachSecurityGroup(s, id(instance), groupId));
    }
    case 'deleteGroup': {
      const custom = s.securityGroups.filter((g) => !g.isDefault);
      return keep(deleteSecurityGroup(s, id(at(custom, o.group))));
    }
    case 'createAcl':
      return keepScenario(createNetworkAcl(s, { vpcId: id(at(s.vpcs, o.vpc)), name: 'acl' }));
    case 'deleteAcl':
      return keep(deleteNetworkAcl(s, id(at(s.networkAcls, o.acl))));
    case 'addEntry': {
      const acl = at(s.networkAcls, o.acl);
      if (acl === undefined) return s;
      return keep(
        addNaclEntry(s, acl.id, o.direction, {
          ruleNumber: nextRuleNumber(acl, o.direction),
          action: o.deny ? 'deny' : 'allow',
          protocol: 'tcp',
          portRange: { from: o.port, to: o.port },
          cidr: '0.0.0.0/0',
        }),
      );
    }
    case 'moveEntry': {
      const acl = at(s.networkAcls, o.acl);
      const entry = acl === undefined ? undefined : at(acl[o.direction], o.index);
      if (acl === undefined || entry === undefined) return s;
      return keep(moveNaclEntry(s, acl.id, o.direction, entry.ruleNumber, o.up ? 'up' : 'down'));
    }
    case 'renumber':
      return keep(renumberNaclEntries(s, id(at(s.networkAcls, o.acl)), o.direction));
    case 'associateAcl':
      return keep(
        associateNetworkAcl(
          s,
          id(at(s.subnets, o.subnet)),
          o.acl % 4 === 0 ? null : id(at(s.networkAcls, o.acl)),
        ),
      );
    case 'createTable':
      return keepScenario(createRouteTable(s, { vpcId: id(at(s.vpcs, o.vpc)), name: 'rtb' }));
    case 'deleteTable':
      return keep(deleteRouteTable(s, id(at(s.routeTables, o.table))));
    case 'setMain':
      return keep(setMainRouteTable(s, id(at(s.routeTables, o.table))));
    case 'addRoute': {
      const targets = [...s.internetGateways, ...s.natGateways, ...s.peeringConnections];
      return keep(
        addRoute(s, id(at(s.routeTables, o.table)), {
          destination: `192.168.${o.octet}.0/24`,
          target: id(at(targets, o.target)),
        }),
      );
    }
    case 'associateTable':
      return keep(
        associateRouteTable(
          s,
          id(at(s.subnets, o.subnet)),
          o.table % 4 === 0 ? null : id(at(s.routeTables, o.table)),
        ),
      );
    case 'moveInstance':
      return keepScenario(
        moveInstance(s, id(at(s.instances, o.instance)), id(at(s.subnets, o.subnet))),
      );
    case 'moveSubnet':
      return keepScenario(moveSubnet(s, id(at(s.subnets, o.subnet)), id(at(s.vpcs, o.vpc))));
    case 'delete':
    case 'duplicate': {
      const collections: ReadonlyArray<ReadonlyArray<{ id: string }>> = [
        s.vpcs,
        s.subnets,
        s.instances,
        s.securityGroups,
        s.networkAcls,
        s.routeTables,
        s.internetGateways,
        s.natGateways,
        s.peeringConnections,
        s.flows,
      ];
      const target = id(at(at(collections, o.collection) ?? [], o.item));
      if (o.kind === 'delete') return deleteResources(s, [target]).scenario;
      const r = duplicateResources(s, [target]);
      return r.ok ? r.value.scenario : s;
    }
  }
}

/** Error findings; a dangling reference shows up as one of them. */
function errors(s: Scenario): string[] {
  return validate(s)
    .filter((f) => f.severity === 'error')
    .map((f) => `${f.code}: ${f.message}`);
}

describe('any sequence of edits', () => {
  it('keeps the scenario schema-valid, free of dangling references and of validate errors', () => {
    expect(errors(frozenScenario())).toEqual([]);
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        let s = frozenScenario();
        for (const o of ops) {
          s = deepFreeze(apply(s, o));
          if (!schemaValid(s)) return false;
          const found = errors(s);
          if (found.length > 0) throw new Error(`after ${JSON.stringify(o)}: ${found.join(' | ')}`);
        }
        return true;
      }),
      { numRuns: 200 },
    );
    // About a second alone; the limit leaves room for a loaded machine and for shrinking.
  }, 30_000);
});
