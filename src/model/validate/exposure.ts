import type { SecurityGroupRule } from '../types.ts';
import type { Context } from './context.ts';
import { warning, type Finding } from './finding.ts';

/**
 * The exposures people really ship: SSH or RDP, or everything, open to the whole internet
 * (Security Hub's controls EC2.13 and EC2.14 check SSH and RDP the same way).
 * https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html
 * https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html
 */
const SENSITIVE_PORTS: ReadonlyArray<readonly [number, string]> = [
  [22, 'SSH (TCP 22)'],
  [3389, 'RDP (TCP 3389)'],
];

export function checkExposure(ctx: Context): Finding[] {
  const findings: Finding[] = [];
  for (const group of ctx.scenario.securityGroups) {
    group.ingress.forEach((rule, i) => {
      if (rule.peer.kind !== 'cidr') return;
      const range = ctx.cidr(rule.peer.cidr);
      if (range === null || range.prefix !== 0) return;
      const opened = exposed(rule);
      if (opened === undefined) return;
      findings.push(
        warning(
          'security-group-open-to-internet',
          group.id,
          `ingress[${i}]`,
          `Security group ${group.id} allows ${opened} from ${rule.peer.cidr}, the whole internet.`,
        ),
      );
    });
  }
  return findings;
}

/** What the rule opens that matters, in words; `undefined` when nothing on the list. */
function exposed(rule: SecurityGroupRule): string | undefined {
  if (rule.protocol === 'all') return 'all traffic';
  if (rule.protocol !== 'tcp' && rule.protocol !== 6) return undefined;
  // A TCP rule without a range is read as every port.
  const { from, to } = rule.portRange ?? { from: 0, to: 65535 };
  if (from === 0 && to === 65535) return 'all TCP ports';
  const named = SENSITIVE_PORTS.filter(([port]) => from <= port && port <= to).map(([, n]) => n);
  return named.length === 0 ? undefined : named.join(' and ');
}
