import type { Finding } from '../model/validate.ts';

/**
 * Which of validate()'s findings belong beside a field. A finding's `field` is a path inside its
 * resource (`cidrBlock`, `cidrBlocks[1]`, `ingress[2].peer.groupId`); a field shows the findings
 * whose path is its own or lies under it, so `ingress[2]` also shows `ingress[2].cidr`.
 *
 * @example
 * fieldMatches('ingress[2].cidr', 'ingress[2]'); // true
 * fieldMatches('ingress[12]', 'ingress[1]'); // false
 */
export function fieldMatches(findingField: string, field: string): boolean {
  if (findingField === field) return true;
  if (!findingField.startsWith(field)) return false;
  const next = findingField.charAt(field.length);
  return next === '.' || next === '[';
}

/** The findings on one resource, limited to one field (and what lies under it) when given. */
export function findingsFor(
  findings: readonly Finding[],
  resourceId: string,
  field?: string,
): Finding[] {
  return findings.filter(
    (f) => f.resourceId === resourceId && (field === undefined || fieldMatches(f.field, field)),
  );
}

/** The worst severity among findings, for a badge: errors outrank warnings. */
export function worstSeverity(findings: readonly Finding[]): Finding['severity'] | null {
  if (findings.some((f) => f.severity === 'error')) return 'error';
  return findings.length > 0 ? 'warning' : null;
}
