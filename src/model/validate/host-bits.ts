import { formatCidr } from '../ip.ts';
import type { Context } from './context.ts';
import { warning, type Finding } from './finding.ts';

/**
 * `10.0.0.5/16` is accepted by most tools but means `10.0.0.0/16`: AWS keeps only the network
 * address, so the written value is misleading (often a typo for `/32` or a wrong prefix).
 * https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html
 */
export function checkHostBits(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  const check = (resourceId: string, field: string, text: string | undefined) => {
    if (text === undefined || !ctx.hostBits(text)) return;
    const range = ctx.cidr(text);
    const meant = range === null ? '' : `; AWS reads it as ${formatCidr(range)}`;
    findings.push(
      warning('cidr-host-bits', resourceId, field, `CIDR ${text} has host bits set${meant}.`),
    );
  };
  const s = ctx.scenario;
  for (const vpc of s.vpcs) {
    vpc.cidrBlocks.forEach((text, i) => check(vpc.id, `cidrBlocks[${i}]`, text));
    check(vpc.id, 'ipv6CidrBlock', vpc.ipv6CidrBlock);
  }
  for (const subnet of s.subnets) {
    check(subnet.id, 'cidrBlock', subnet.cidrBlock);
    check(subnet.id, 'ipv6CidrBlock', subnet.ipv6CidrBlock);
  }
  for (const group of s.securityGroups) {
    for (const direction of ['ingress', 'egress'] as const) {
      group[direction].forEach((rule, i) => {
        if (rule.peer.kind === 'cidr') {
          check(group.id, `${direction}[${i}].peer.cidr`, rule.peer.cidr);
        }
      });
    }
  }
  for (const acl of s.networkAcls) {
    for (const direction of ['ingress', 'egress'] as const) {
      acl[direction].forEach((entry, i) => check(acl.id, `${direction}[${i}].cidr`, entry.cidr));
    }
  }
  for (const table of s.routeTables) {
    table.routes.forEach((route, i) =>
      check(table.id, `routes[${i}].destination`, route.destination),
    );
  }
  return findings;
}
