import type { Context } from './context.ts';
import { error, type Finding } from './finding.ts';

/**
 * Every VPC has exactly one main route table: subnets without an association of their own route
 * by it. https://docs.aws.amazon.com/vpc/latest/userguide/RouteTables.html
 */
export function checkMainRouteTables(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const table of ctx.scenario.routeTables) {
    const main = ctx.mainRouteTable(table.vpcId);
    if (!table.main || main === undefined || main === table) continue;
    findings.push(
      error(
        'route-table-main-multiple',
        table.id,
        'main',
        `Route table ${table.id} is a second main route table for VPC ${table.vpcId}, which already has ${main.id}.`,
      ),
    );
  }
  for (const vpc of ctx.scenario.vpcs) {
    if (ctx.mainRouteTable(vpc.id) !== undefined) continue;
    findings.push(
      error(
        'route-table-main-missing',
        vpc.id,
        'id',
        `VPC ${vpc.id} has no main route table, so subnets without their own table cannot route.`,
      ),
    );
  }
  return findings;
}
