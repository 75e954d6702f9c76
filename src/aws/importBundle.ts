import { describeValue, formatPath, type ParseIssue, type Result } from '../model/issues.ts';
import { ScenarioSchema } from '../model/schema.ts';
import type { Instance, Scenario } from '../model/types.ts';
import { subnetAssociations } from './associations.ts';
import { BundleSchema, type AwsBundle } from './bundleSchema.ts';
import { bundleIssues } from './bundleIssues.ts';
import { internetGatewayFromAws, natGatewayFromAws, unmodelledNatReason } from './gateways.ts';
import { instanceFromAws } from './instances.ts';
import { networkAclFromAws } from './networkAcls.ts';
import { peeringFromAws } from './peering.ts';
import { routeTableFromAws } from './routeTables.ts';
import { BUNDLE_SECTIONS, isPlainObject, looksLikeAwsBundle } from './sections.ts';
import { securityGroupFromAws } from './securityGroups.ts';
import { subnetFromAws, vpcFromAws } from './vpcs.ts';
import { firstOfEachId, ImportWarnings } from './warnings.ts';

export interface AwsImport {
  readonly scenario: Scenario;
  /** One line per thing the scenario cannot hold, each naming the AWS resource. */
  readonly warnings: string[];
}

export interface AwsImportOptions {
  /** The scenario's name; by default built from the VPCs' names. */
  readonly name?: string;
}

/**
 * Reads an AWS describe bundle (the nine `aws ec2 describe-*` outputs merged into one object)
 * into a scenario. Errors name the bundle path of the bad value in AWS's field names
 * (`SecurityGroups[0].IpPermissions[1].FromPort: expected a number, got "abc"`); what the model
 * cannot hold comes back as warnings, never silently dropped.
 */
export function importAwsBundle(
  input: unknown,
  options: AwsImportOptions = {},
): Result<AwsImport, ParseIssue[]> {
  const sections = BUNDLE_SECTIONS.join(', ');
  if (!isPlainObject(input)) {
    return fail(
      `expected an object holding aws ec2 describe-* output, got ${describeValue(input)}`,
    );
  }
  if (!looksLikeAwsBundle(input)) {
    return fail(`expected at least one of ${sections}, got an object with none of them`);
  }
  const parsed = BundleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: bundleIssues(parsed.error, input) };

  const warnings = new ImportWarnings();
  const scenario = scenarioFromBundle(parsed.data, warnings, options);
  // The bundle schema checks every value the scenario schema does, so a failure here is a bug.
  const checked = ScenarioSchema.safeParse(scenario);
  if (!checked.success) {
    return {
      ok: false,
      errors: checked.error.issues.slice(0, 20).map((issue) => ({
        path: formatPath(['scenario', ...issue.path]),
        message: `internal error: the imported scenario breaks the scenario schema (${issue.message}); please report it`,
      })),
    };
  }
  return { ok: true, value: { scenario: checked.data, warnings: warnings.list() } };
}

function fail(message: string): Result<AwsImport, ParseIssue[]> {
  return { ok: false, errors: [{ path: '', message }] };
}

function scenarioFromBundle(
  bundle: AwsBundle,
  warnings: ImportWarnings,
  options: AwsImportOptions,
): Scenario {
  const unique = <T>(items: readonly T[] | undefined, idOf: (item: T) => string) =>
    firstOfEachId(items ?? [], idOf, warnings);
  const awsVpcs = unique(bundle.Vpcs, (v) => v.VpcId);
  const awsSubnets = unique(bundle.Subnets, (s) => s.SubnetId);
  const awsGroups = unique(bundle.SecurityGroups, (g) => g.GroupId);
  const awsAcls = unique(bundle.NetworkAcls, (a) => a.NetworkAclId);
  const awsTables = unique(bundle.RouteTables, (t) => t.RouteTableId);
  const awsInstances = unique(
    (bundle.Reservations ?? []).flatMap((r) => r.Instances ?? []),
    (i) => i.InstanceId,
  );
  const awsIgws = unique(bundle.InternetGateways, (g) => g.InternetGatewayId);
  const awsNats = unique(bundle.NatGateways, (n) => n.NatGatewayId);
  const awsPeerings = unique(bundle.VpcPeeringConnections, (p) => p.VpcPeeringConnectionId);

  const vpcs = awsVpcs.map((v) => vpcFromAws(v, warnings));
  const associations = subnetAssociations(
    awsAcls,
    awsTables,
    new Set(awsSubnets.map((s) => s.SubnetId)),
    warnings,
  );
  const subnets = awsSubnets.flatMap((s) => {
    const subnet = subnetFromAws(s, warnings);
    if (subnet === null) return [];
    const networkAclId = associations.networkAcls.get(subnet.id);
    const routeTableId = associations.routeTables.get(subnet.id);
    return [
      {
        ...subnet,
        ...(networkAclId === undefined ? {} : { networkAclId }),
        ...(routeTableId === undefined ? {} : { routeTableId }),
      },
    ];
  });
  const groupIds = new Set(awsGroups.map((g) => g.GroupId));
  const unmodelledNats = new Map(
    awsNats.flatMap((n) => {
      const reason = unmodelledNatReason(n);
      return reason === null ? [] : [[n.NatGatewayId, reason] as const];
    }),
  );
  const instances = awsInstances.flatMap((i) => {
    const instance = instanceFromAws(i, warnings);
    return instance ? [instance] : [];
  });

  return {
    name: (options.name ?? defaultName(vpcs.map((v) => v.name))).slice(0, 256),
    description: `Imported from aws ec2 describe-* output: ${count(vpcs.length, 'VPC')}, ${count(subnets.length, 'subnet')}, ${count(instances.length, 'instance')}.`,
    quotas: { securityGroupsPerInterface: groupsPerInterface(instances) },
    vpcs,
    subnets,
    instances,
    securityGroups: awsGroups.map((g) => securityGroupFromAws(g, groupIds, warnings)),
    networkAcls: awsAcls.map((a) => networkAclFromAws(a, warnings)),
    routeTables: awsTables.map((t) => routeTableFromAws(t, unmodelledNats, warnings)),
    internetGateways: awsIgws.map(internetGatewayFromAws),
    natGateways: awsNats.flatMap((n) => {
      const nat = natGatewayFromAws(n, warnings);
      return nat ? [nat] : [];
    }),
    peeringConnections: awsPeerings.map(peeringFromAws),
    internetHosts: [],
    flows: [],
    // Version 2 resources are not imported yet.
    networkInterfaces: [],
    prefixLists: [],
    vpcEndpoints: [],
    egressOnlyInternetGateways: [],
    transitGateways: [],
    transitGatewayAttachments: [],
    transitGatewayRouteTables: [],
  };
}

/**
 * AWS allows 5 groups per interface unless the account raised the quota (up to 16): an instance
 * that carries more shows the quota was raised at least that far.
 */
function groupsPerInterface(instances: readonly Instance[]): number {
  const most = Math.max(5, ...instances.map((i) => i.securityGroupIds.length));
  return Math.min(16, most);
}

function defaultName(vpcNames: readonly string[]): string {
  return vpcNames.length === 0 ? 'AWS import' : `AWS: ${vpcNames.join(', ')}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
