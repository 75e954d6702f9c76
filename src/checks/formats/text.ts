import { terminalSafe } from './safe.ts';
import type { CheckReport } from '../report.ts';
import { reportPassed } from '../report.ts';
import { counterexampleText, verdictText } from './words.ts';

/**
 * `PASS  <name>  <verdict>` per flow and invariant, names in one column; a failed invariant lists
 * its counterexamples under it (at most 20, then how many more); a closing count.
 */
export function checkText(r: CheckReport): string {
  const names = [...r.flows.map((f) => f.name), ...r.invariants.map((i) => i.name)].map(
    terminalSafe,
  );
  const width = names.reduce((w, n) => Math.max(w, n.length), 0);
  const lines: string[] = [];
  r.flows.forEach((f, k) => {
    const expected = f.ok ? '' : ` (expected ${f.expected})`;
    const detail = f.verdict === 'error' ? `error: ${f.error ?? ''}` : verdictText(f);
    lines.push(
      `${f.ok ? 'PASS' : 'FAIL'}  ${(names[k] ?? '').padEnd(width)}  ${terminalSafe(detail)}${expected}`,
    );
  });
  r.invariants.forEach((inv, k) => {
    const name = (names[r.flows.length + k] ?? '').padEnd(width);
    const detail = inv.problem
      ? inv.problem
      : inv.ok
        ? `every pair ${inv.expected} (${inv.checked} pairs × port ranges)`
        : `${inv.count} pair(s) × port range(s) not ${inv.expected}`;
    lines.push(`${inv.ok ? 'PASS' : 'FAIL'}  ${name}  ${detail}`);
    for (const c of inv.counterexamples)
      lines.push(`        ${terminalSafe(counterexampleText(c))}`);
    const more = inv.count - inv.counterexamples.length;
    if (more > 0 && inv.counterexamples.length > 0) lines.push(`        … and ${more} more`);
  });
  const failed = r.flows.filter((f) => !f.ok).length + r.invariants.filter((i) => !i.ok).length;
  const total = r.flows.length + r.invariants.length;
  lines.push(reportPassed(r) ? `${total} of ${total} hold` : `${failed} of ${total} failed`);
  return `${lines.join('\n')}\n`;
}
