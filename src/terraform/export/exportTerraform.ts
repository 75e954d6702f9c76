import type { Scenario } from '../../model/types.ts';
import { ExportContext, regionOf } from './context.ts';
import { exportPrefixLists, exportVpcEndpoints } from './endpoints.ts';
import { providerBlock, variablesFile, versionsFile } from './files.ts';
import { exportGateways } from './gateways.ts';
import { renderHcl } from './hcl.ts';
import { exportInstances } from './instances.ts';
import type { Expr, FileItem, Item, TopBlock } from './ir.ts';
import { renderJson } from './json.ts';
import { exportNetwork } from './network.ts';
import { exportNetworkAcls } from './networkAcls.ts';
import { exportRouteTables } from './routeTables.ts';
import { exportSecurityGroups } from './securityGroups.ts';
import { exportTransitGateways } from './transitGateways.ts';

export type TerraformSyntax = 'hcl' | 'json';

export interface TerraformExport {
  /** `main.tf`, `variables.tf`, `versions.tf` (`.tf.json` each, in JSON syntax). */
  readonly files: Readonly<Record<string, string>>;
  /** All three in one file: what `export` prints on stdout. */
  readonly single: string;
  /** Model ID → the Terraform address of the resource that makes it. */
  readonly addresses: ReadonlyMap<string, string>;
  /** What was left out or changed on the way, one sentence each (also in the file's comment). */
  readonly notes: readonly string[];
}

/**
 * The scenario's network as Terraform for the AWS provider (spec/ci-check.md, "`export`"): every
 * resource the model holds that Terraform can create, named from the resources' names, joined by
 * references. Pure: the CLI and the app call the same function.
 */
export function exportTerraform(
  scenario: Scenario,
  syntax: TerraformSyntax = 'hcl',
): TerraformExport {
  const ctx = new ExportContext(scenario, regionOf(scenario));
  // Built in the order references need (a NAT gateway needs its subnet's name); written by
  // section, networks first: `ctx.section` says where each family's blocks go.
  ctx.section = 2;
  exportNetwork(ctx);
  ctx.section = 1;
  exportPrefixLists(ctx);
  ctx.section = 3;
  exportGateways(ctx);
  ctx.section = 6;
  exportSecurityGroups(ctx);
  ctx.section = 5;
  exportNetworkAcls(ctx);
  ctx.section = 8;
  exportInstances(ctx);
  ctx.section = 4;
  exportRouteTables(ctx);
  ctx.section = 7;
  exportVpcEndpoints(ctx);
  exportTransitGateways(ctx);

  const resources = ctx.blocks().map((b) => resolveBlock(ctx, b));
  const header: FileItem = {
    type: 'comment',
    lines: [
      `${scenario.name || 'Network'}: exported by VPC Flow Lab.`,
      'Instances launch from var.ami_id (variables.tf), which has no default.',
      ...ctx.notes,
    ],
  };
  const main: FileItem[] = [header, providerBlock(), ...resources];
  const variables = variablesFile(ctx.region, scenario.instances.length > 0);
  const versions = versionsFile();
  const render = syntax === 'hcl' ? renderHcl : renderJson;
  const ext = syntax === 'hcl' ? '.tf' : '.tf.json';
  return {
    files: {
      [`main${ext}`]: render(main),
      [`variables${ext}`]: render(variables),
      [`versions${ext}`]: render(versions),
    },
    single: render([header, ...versions, providerBlock(), ...variables, ...resources]),
    addresses: ctx.addresses,
    notes: [...ctx.notes],
  };
}

function resolveBlock(ctx: ExportContext, block: TopBlock): TopBlock {
  return { ...block, body: block.body.map((item) => resolveItem(ctx, item)) };
}

function resolveItem(ctx: ExportContext, item: Item): Item {
  if (item.kind === 'attribute') return { ...item, value: resolveExpr(ctx, item.value) };
  if (item.kind === 'block') return { ...item, body: item.body.map((i) => resolveItem(ctx, i)) };
  return item;
}

function resolveExpr(ctx: ExportContext, expr: Expr): Expr {
  switch (expr.kind) {
    case 'id':
      return ctx.resolveId(expr.id);
    case 'list':
      return { ...expr, items: expr.items.map((e) => resolveExpr(ctx, e)) };
    case 'map':
      return { ...expr, entries: expr.entries.map(([k, v]) => [k, resolveExpr(ctx, v)] as const) };
    case 'call':
      return { ...expr, args: expr.args.map((e) => resolveExpr(ctx, e)) };
    case 'template':
      return {
        ...expr,
        parts: expr.parts.map((p) => (typeof p === 'string' ? p : resolveExpr(ctx, p))),
      };
    default:
      return expr;
  }
}
