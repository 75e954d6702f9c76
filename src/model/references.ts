import { formatPath, type ParseIssue } from './issues.ts';
import type { Scenario } from './types.ts';

/**
 * References by ID that a scenario cannot stand without: what holds a resource (a subnet's VPC,
 * an instance's subnet, a group's VPC) and what it is bound to (a subnet's network ACL and route
 * table, a saved flow's instance). A file or link with one of these dangling used to open with
 * the resource silently missing from the canvas, or evaluated against a default it never named;
 * `parseScenarioFile` refuses it instead, naming the JSON path.
 *
 * Left out on purpose: a group named by an instance or by a rule but not in the scenario. AWS
 * imports keep them (a rule may name another account's group; `describe-instances` without
 * `describe-security-groups` names groups it does not describe); the instance is still drawn and
 * the engine says that such a group adds no rules. Whatever else is wrong in meaning is
 * `validate`'s.
 */

/** As many as zod's issues: enough to fix a file by hand. */
const MAX_ISSUES = 20;

export function danglingReferences(scenario: Scenario): ParseIssue[] {
  const ids = (list: readonly { id: string }[]) => new Set(list.map((r) => r.id));
  const vpcs = ids(scenario.vpcs);
  const subnets = ids(scenario.subnets);
  const instances = ids(scenario.instances);
  const acls = ids(scenario.networkAcls);
  const tables = ids(scenario.routeTables);
  const interfaces = ids(scenario.networkInterfaces);
  const transitGateways = ids(scenario.transitGateways);
  const issues: ParseIssue[] = [];

  const check = (
    known: ReadonlySet<string>,
    ref: string | undefined,
    path: readonly (string | number)[],
    what: string,
  ) => {
    if (ref === undefined || known.has(ref)) return;
    issues.push({
      path: formatPath(['scenario', ...path]),
      message: `${what} ${JSON.stringify(ref)}, which is not in the scenario`,
    });
  };

  scenario.subnets.forEach((s, i) => {
    check(vpcs, s.vpcId, ['subnets', i, 'vpcId'], `subnet ${s.id} is in VPC`);
    check(acls, s.networkAclId, ['subnets', i, 'networkAclId'], `subnet ${s.id} uses network ACL`);
    check(
      tables,
      s.routeTableId,
      ['subnets', i, 'routeTableId'],
      `subnet ${s.id} uses route table`,
    );
  });
  scenario.instances.forEach((inst, i) =>
    check(subnets, inst.subnetId, ['instances', i, 'subnetId'], `instance ${inst.id} is in subnet`),
  );
  scenario.natGateways.forEach((n, i) =>
    check(subnets, n.subnetId, ['natGateways', i, 'subnetId'], `NAT gateway ${n.id} is in subnet`),
  );
  const inVpc = (list: 'securityGroups' | 'networkAcls' | 'routeTables', kind: string) =>
    scenario[list].forEach((r, i) =>
      check(vpcs, r.vpcId, [list, i, 'vpcId'], `${kind} ${r.id} is in VPC`),
    );
  inVpc('securityGroups', 'security group');
  inVpc('networkAcls', 'network ACL');
  inVpc('routeTables', 'route table');
  scenario.internetGateways.forEach((g, i) =>
    check(
      vpcs,
      g.vpcId,
      ['internetGateways', i, 'vpcId'],
      `internet gateway ${g.id} is attached to VPC`,
    ),
  );
  scenario.peeringConnections.forEach((p, i) => {
    const what = `peering connection ${p.id} joins VPC`;
    check(vpcs, p.requesterVpcId, ['peeringConnections', i, 'requesterVpcId'], what);
    check(vpcs, p.accepterVpcId, ['peeringConnections', i, 'accepterVpcId'], what);
  });
  scenario.networkInterfaces.forEach((n, i) => {
    check(
      subnets,
      n.subnetId,
      ['networkInterfaces', i, 'subnetId'],
      `interface ${n.id} is in subnet`,
    );
    const what = `interface ${n.id} is attached to instance`;
    check(
      instances,
      n.attachment?.instanceId,
      ['networkInterfaces', i, 'attachment', 'instanceId'],
      what,
    );
  });
  scenario.vpcEndpoints.forEach((e, i) => {
    check(vpcs, e.vpcId, ['vpcEndpoints', i, 'vpcId'], `VPC endpoint ${e.id} is in VPC`);
    e.subnetIds.forEach((id, k) =>
      check(subnets, id, ['vpcEndpoints', i, 'subnetIds', k], `VPC endpoint ${e.id} is in subnet`),
    );
    e.routeTableIds.forEach((id, k) =>
      check(
        tables,
        id,
        ['vpcEndpoints', i, 'routeTableIds', k],
        `VPC endpoint ${e.id} serves route table`,
      ),
    );
  });
  scenario.egressOnlyInternetGateways.forEach((g, i) =>
    check(
      vpcs,
      g.vpcId,
      ['egressOnlyInternetGateways', i, 'vpcId'],
      `egress-only internet gateway ${g.id} is attached to VPC`,
    ),
  );
  scenario.transitGatewayAttachments.forEach((a, i) => {
    const what = `transit gateway attachment ${a.id}`;
    check(
      transitGateways,
      a.transitGatewayId,
      ['transitGatewayAttachments', i, 'transitGatewayId'],
      `${what} belongs to transit gateway`,
    );
    check(vpcs, a.vpcId, ['transitGatewayAttachments', i, 'vpcId'], `${what} attaches VPC`);
    a.subnetIds.forEach((id, k) =>
      check(subnets, id, ['transitGatewayAttachments', i, 'subnetIds', k], `${what} is in subnet`),
    );
  });
  scenario.transitGatewayRouteTables.forEach((t, i) =>
    check(
      transitGateways,
      t.transitGatewayId,
      ['transitGatewayRouteTables', i, 'transitGatewayId'],
      `transit gateway route table ${t.id} belongs to transit gateway`,
    ),
  );
  scenario.flows.forEach((f, i) => {
    for (const end of ['source', 'destination'] as const) {
      const endpoint = f[end];
      if ('instanceId' in endpoint) {
        const what = `flow ${f.id} ${end === 'source' ? 'starts' : 'ends'} at instance`;
        check(instances, endpoint.instanceId, ['flows', i, end, 'instanceId'], what);
      }
      if ('interfaceId' in endpoint) {
        const what = `flow ${f.id} ${end === 'source' ? 'starts' : 'ends'} at interface`;
        check(interfaces, endpoint.interfaceId, ['flows', i, end, 'interfaceId'], what);
      }
    }
  });

  return issues.slice(0, MAX_ISSUES);
}
