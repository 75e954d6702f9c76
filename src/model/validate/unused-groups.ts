import type { Context } from './context.ts';
import { warning, type Finding } from './finding.ts';

/**
 * A group attached to nothing is usually a leftover, or a group someone meant to attach and did
 * not (Security Hub's control EC2.22 flags them too). Default groups exist in every VPC and are skipped.
 * https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html
 */
export function checkUnusedGroups(ctx: Context): Finding[] {
  const used = new Set<string>();
  for (const eni of ctx.interfaces) {
    for (const groupId of eni.securityGroupIds) used.add(groupId);
  }
  for (const endpoint of ctx.scenario.vpcEndpoints) {
    for (const groupId of endpoint.securityGroupIds) used.add(groupId);
  }
  const findings: Finding[] = [];
  for (const group of ctx.scenario.securityGroups) {
    if (group.isDefault || used.has(group.id)) continue;
    findings.push(
      warning(
        'security-group-unused',
        group.id,
        'id',
        `Security group ${group.id} (${group.name}) is attached to no network interface.`,
      ),
    );
  }
  return findings;
}
