import type { ParseIssue, Result } from '../../model/issues.ts';
import type { TerraformOrigin } from '../../model/terraformOrigin.ts';
import type { Scenario, SecurityGroup } from '../../model/types.ts';
import { readTerraformDocument, type TerraformDocument } from '../format/document.ts';
import { PublicAddresses, SubnetAddresses } from './addresses.ts';
import { ImportContext, ImportError } from './context.ts';
import {
  elasticIpAssociations,
  importElasticIps,
  importInternetGateways,
  importNatGateways,
  importPeerings,
} from './gateways.ts';
import { importInstances } from './instances.ts';
import { importNetworkAcls } from './networkAcls.ts';
import { registerIds } from './register.ts';
import { importRouteTables } from './routeTables.ts';
import { importSecurityGroups } from './securityGroups.ts';
import { reportUnread } from './unread.ts';
import { asSubnet, importSubnets, importVpcs } from './vpcs.ts';

export interface TerraformImportOptions {
  /** Read a plan's `prior_state` (the network as it is now) instead of `planned_values`. */
  readonly before?: boolean;
  /** The scenario's name; by default built from the VPCs' names. */
  readonly name?: string;
}

export interface TerraformImport {
  readonly scenario: Scenario;
  /** `<address>: <message>`: what the scenario cannot hold, or could not resolve. */
  readonly warnings: string[];
  /** `<address>: <message>`: every value assumed because Terraform knows it only after apply. */
  readonly assumed: string[];
  /** `<address> (<type>)`: resources of the document that are not part of the network. */
  readonly skipped: string[];
  /** Addresses of the resources read into the scenario. */
  readonly read: string[];
  /** Facts about the whole document (an empty network, the version read). */
  readonly notes: string[];
  readonly document: Pick<
    TerraformDocument,
    'kind' | 'view' | 'formatVersion' | 'terraformVersion'
  >;
}

/**
 * Reads `terraform show -json` output (a saved plan, or the state) into a scenario, as
 * spec/ci-check.md ("Terraform input") says: every resource of the root module and every child
 * module, what AWS adds that the plan does not show, references joined through the
 * configuration, and assumed values where Terraform knows them only after apply. Pure: no I/O,
 * callable from the CLI, the worker and the app alike. Every value is checked as it is read
 * (the tests check every fixture's result against the scenario schema too).
 */
export function importTerraform(
  input: unknown,
  options: TerraformImportOptions = {},
): Result<TerraformImport, ParseIssue[]> {
  const read = readTerraformDocument(input, options);
  if (!read.ok) return read;
  const ctx = new ImportContext(read.value);
  let scenario: Scenario;
  try {
    scenario = buildScenario(ctx, options);
  } catch (error) {
    if (error instanceof ImportError) return { ok: false, errors: [error.issue] };
    throw error;
  }
  const doc = read.value;
  const notes: string[] = [];
  if (scenario.vpcs.length === 0) {
    notes.push(
      `the ${doc.view === 'prior_state' ? "plan's prior state" : doc.kind} holds no VPC: it opens as an empty network`,
    );
  }
  return {
    ok: true,
    value: {
      scenario,
      warnings: ctx.warnings.list(),
      assumed: ctx.assumed.list(),
      skipped: ctx.skipped.list(),
      read: ctx.read.list(),
      notes,
      document: {
        kind: doc.kind,
        view: doc.view,
        formatVersion: doc.formatVersion,
        terraformVersion: doc.terraformVersion,
      },
    },
  };
}

function buildScenario(ctx: ImportContext, options: TerraformImportOptions): Scenario {
  registerIds(ctx);
  const { vpcs, defaultGroups, defaultAcls, mainTables } = importVpcs(ctx);
  const vpcIds = new Set(vpcs.map((v) => v.id));
  const subnets = importSubnets(ctx, vpcs);
  const subnetById = new Map(subnets.map((s) => [s.id, s]));
  const securityGroups = importSecurityGroups(ctx, vpcIds, defaultGroups);
  const acls = importNetworkAcls(ctx, vpcIds, defaultAcls);
  const tables = importRouteTables(ctx, vpcs, mainTables);
  const publicAddresses = new PublicAddresses();
  const eips = importElasticIps(ctx, publicAddresses);
  const natGateways = importNatGateways(ctx, new Set(subnetById.keys()), eips, publicAddresses);
  const privateAddresses = new SubnetAddresses((id) => subnetById.get(id)?.cidrBlock);
  for (const nat of natGateways) {
    if (nat.privateIp) privateAddresses.take(nat.subnetId, nat.privateIp);
  }
  const unknownGroups: SecurityGroup[] = [];
  const assumedAddresses = new Map<string, string>();
  const instances = importInstances(ctx, {
    subnets: subnetById,
    defaultGroupOf: (vpcId) => defaultGroups.get(vpcId)?.id,
    privateAddresses,
    publicAddresses,
    elasticIps: elasticIpAssociations(ctx, eips),
    unknownGroups,
    assumedAddresses,
  });
  const internetGateways = importInternetGateways(ctx, vpcIds);
  const peeringConnections = importPeerings(ctx, vpcIds);
  reportUnread(ctx);
  const origin: TerraformOrigin = {
    source:
      ctx.document.kind === 'state'
        ? 'state'
        : ctx.document.view === 'prior_state'
          ? 'plan-prior-state'
          : 'plan',
    addresses: Object.fromEntries(ctx.ids.addresses),
    placeholderIds: [...ctx.ids.placeholders],
    assumedAddresses: Object.fromEntries(assumedAddresses),
  };
  return {
    name: (
      options.name ??
      defaultName(
        vpcs.map((v) => v.name),
        ctx,
      )
    ).slice(0, 256),
    description: `Imported from terraform show -json (${describe(ctx)}).`,
    quotas: {
      securityGroupsPerInterface: Math.min(
        16,
        Math.max(5, ...instances.map((i) => i.securityGroupIds.length)),
      ),
    },
    vpcs,
    subnets: subnets.map((subnet) => ({
      ...asSubnet(subnet),
      ...(acls.associations.has(subnet.id)
        ? { networkAclId: acls.associations.get(subnet.id) }
        : {}),
      ...(tables.associations.has(subnet.id)
        ? { routeTableId: tables.associations.get(subnet.id) }
        : {}),
    })),
    instances,
    securityGroups: [...securityGroups, ...unknownGroups],
    networkAcls: acls.networkAcls,
    routeTables: tables.routeTables,
    internetGateways,
    natGateways,
    peeringConnections,
    internetHosts: [],
    flows: [],
    terraform: origin,
  };
}

function describe(ctx: ImportContext): string {
  const { kind, view, formatVersion, terraformVersion } = ctx.document;
  const what =
    kind === 'state'
      ? 'state'
      : view === 'prior_state'
        ? 'plan, as it is now (prior_state)'
        : 'plan, after apply (planned_values)';
  return `${what}; format ${formatVersion}${terraformVersion ? `, Terraform ${terraformVersion}` : ''}`;
}

function defaultName(vpcNames: readonly string[], ctx: ImportContext): string {
  const kind = ctx.document.kind === 'state' ? 'Terraform state' : 'Terraform plan';
  return vpcNames.length === 0 ? kind : `${kind}: ${vpcNames.join(', ')}`;
}
