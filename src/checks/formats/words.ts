import type { BlockedBy } from '../../engine/types.ts';
import type { Counterexample, DecidingHop, FlowResult, InvariantResult } from '../report.ts';

/** The sentences every format shares, so text, JUnit, SARIF and Markdown say the same thing. */

export function blockText(b: BlockedBy | DecidingHop): string {
  const rule = b.ruleNumber === undefined ? '' : ` rule ${b.ruleNumber}`;
  const response = b.direction === 'response' ? ' (response)' : '';
  return `${b.layer} ${b.resourceId}${rule}${response}`;
}

/** "allowed through security-group-ingress i-0abc" / "blocked at nacl-ingress acl-1 rule 100". */
export function verdictText(r: {
  verdict: string;
  decidedBy: DecidingHop | null;
  blockedBy: BlockedBy | null;
}): string {
  if (r.blockedBy) return `${r.verdict} at ${blockText(r.blockedBy)}`;
  if (r.decidedBy && r.verdict === 'allowed') return `allowed through ${blockText(r.decidedBy)}`;
  if (r.decidedBy) return `${r.verdict} at ${blockText(r.decidedBy)}`;
  return r.verdict;
}

export function flowMessage(f: FlowResult): string {
  if (f.verdict === 'error') return `${f.name}: could not be evaluated: ${f.error ?? ''}`;
  const where = f.from === '' ? '' : ` (${f.from} → ${f.to} ${f.service})`;
  if (f.ok) return `${f.name}: ${verdictText(f)}, as expected${where}`;
  return `${f.name}: expected ${f.expected}, got ${verdictText(f)}${where}`;
}

export function counterexampleText(c: Counterexample): string {
  return `${c.source} → ${c.destination} ${c.ports}: ${verdictText(c)}`;
}

export function invariantMessage(i: InvariantResult): string {
  if (i.problem) return `${i.name}: ${i.problem}`;
  if (i.ok) return `${i.name}: holds (every pair ${i.expected})`;
  const first = i.counterexamples[0];
  const head = `${i.name}: ${i.count} pair(s) and port range(s) not ${i.expected}`;
  return first ? `${head}, e.g. ${counterexampleText(first)}` : head;
}
