import type { CheckReport } from '../report.ts';

/**
 * spec/ci-check.md, "Output formats", `json`: `{ flows: [{ name, expected, verdict, blockedBy,
 * ok }], invariants: [{ name, ok, counterexamples, count }], warnings }`; the contract's fields
 * first, then where each is in the file and what decided it.
 */
export function checkJson(r: CheckReport): string {
  const out = {
    flows: r.flows.map((f) => ({
      name: f.name,
      expected: f.expected,
      verdict: f.verdict,
      blockedBy: f.blockedBy,
      ok: f.ok,
      line: f.line,
      from: f.from,
      to: f.to,
      service: f.service,
      decidedBy: f.decidedBy,
      ...(f.error === undefined ? {} : { error: f.error }),
    })),
    invariants: r.invariants.map((i) => ({
      name: i.name,
      ok: i.ok,
      counterexamples: i.counterexamples,
      count: i.count,
      line: i.line,
      expected: i.expected,
      unknown: i.unknown,
      checked: i.checked,
      ...(i.problem === undefined ? {} : { problem: i.problem }),
    })),
    warnings: r.warnings,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
