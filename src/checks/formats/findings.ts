import type { DiffReport } from '../diffReport.ts';
import type { CheckReport } from '../report.ts';
import { blockText, counterexampleText, flowMessage, invariantMessage } from './words.ts';

/**
 * One line of a report as the CI formats see it (JUnit test case, SARIF result, GitHub
 * annotation, Markdown row): whether it holds, its rule kind, where it is, what to say.
 */
export type RuleId = 'flow-mismatch' | 'invariant-violated' | 'newly-allowed' | 'unknown-verdict';

export interface Finding {
  readonly kind: 'flow' | 'invariant' | 'newly-allowed' | 'newly-blocked';
  readonly name: string;
  readonly ok: boolean;
  /** The rule it breaks (or, holding, the unknown verdict it warns of); null when nothing to say. */
  readonly ruleId: RuleId | null;
  readonly message: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  /** Counterexamples or changed flows, one line each. */
  readonly details: readonly string[];
  /** More than the details list. */
  readonly more: number;
}

export function checkFindings(r: CheckReport): Finding[] {
  const flows = r.flows.map((f): Finding => ({
    kind: 'flow',
    name: f.name,
    ok: f.ok,
    ruleId: !f.ok ? 'flow-mismatch' : f.verdict === 'unknown' ? 'unknown-verdict' : null,
    message: flowMessage(f),
    file: r.file,
    line: f.line,
    column: f.column,
    details: [],
    more: 0,
  }));
  const invariants = r.invariants.map((i): Finding => ({
    kind: 'invariant',
    name: i.name,
    ok: i.ok,
    ruleId: !i.ok ? 'invariant-violated' : i.unknown > 0 ? 'unknown-verdict' : null,
    message:
      i.ok && i.unknown > 0
        ? `${i.name}: holds, but ${i.unknown} pair(s) and port range(s) have the verdict unknown`
        : invariantMessage(i),
    file: r.file,
    line: i.line,
    column: i.column,
    details: i.counterexamples.map(counterexampleText),
    more: Math.max(0, i.count - i.counterexamples.length),
  }));
  return [...flows, ...invariants];
}

export function diffFindings(r: DiffReport): Finding[] {
  const groups = (kind: 'newly-allowed' | 'newly-blocked') =>
    (kind === 'newly-allowed' ? r.allowed : r.blocked).map((g): Finding => ({
      kind,
      name: `${g.source} → ${g.destination}`,
      ok: kind === 'newly-blocked',
      ruleId: kind === 'newly-allowed' ? 'newly-allowed' : null,
      message: `${g.source} → ${g.destination}: ${g.count} flow(s) ${kind === 'newly-allowed' ? 'newly allowed' : 'newly blocked'}`,
      file: r.after,
      line: 1,
      column: 1,
      details: g.flows.map(
        (f) =>
          `${f.source} → ${f.destination} ${f.service}${f.hop ? ` (${kind === 'newly-allowed' ? 'was blocked at' : 'now blocked at'} ${blockText(f.hop)})` : ''}`,
      ),
      more: Math.max(0, g.count - g.flows.length),
    }));
  return [...groups('newly-allowed'), ...groups('newly-blocked')];
}
