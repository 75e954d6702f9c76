import type { Context } from './context.ts';
import { error, type Finding } from './finding.ts';

/**
 * An interface carries at most `securityGroupsPerInterface` groups: 5 by default, a quota an
 * account can raise to 16. https://docs.aws.amazon.com/vpc/latest/userguide/amazon-vpc-limits.html
 */
export function checkQuotas(ctx: Context): Finding[] {
  const quota = ctx.scenario.quotas.securityGroupsPerInterface;
  const findings: Finding[] = [];
  for (const eni of ctx.interfaces) {
    const count = eni.securityGroupIds.length;
    if (count <= quota) continue;
    findings.push(
      error(
        'security-group-quota',
        eni.id,
        'securityGroupIds',
        `${eni.primary ? 'Instance' : 'Network interface'} ${eni.id} has ${count} security groups; the quota is ${quota} per network interface.`,
      ),
    );
  }
  return findings;
}
