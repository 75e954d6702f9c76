import type { BlockedBy, Hop, Trace } from '../engine/index.ts';
import { terminalText } from './terminal.ts';

/**
 * The readable trace of spec/cli-analyze.md: one line per hop, in path order, then the verdict,
 * what blocked it and any warning. Columns are padded so the eye can run down each one:
 *
 *     request   security-group-egress   i-0abc  allow  sg-0abc (web) allows TCP port 5432 …
 *
 * What comes from the input (IDs, and names inside the reasons) passes `terminalText`.
 */
export function formatTrace(input: Trace): string {
  const trace = printable(input);
  const widths = {
    direction: maxWidth(trace.hops, (h) => h.direction),
    layer: maxWidth(trace.hops, (h) => h.layer),
    resourceId: maxWidth(trace.hops, (h) => h.resourceId),
    verdict: maxWidth(trace.hops, (h) => h.verdict),
  };
  const lines = trace.hops.map((h) =>
    [
      h.direction.padEnd(widths.direction),
      h.layer.padEnd(widths.layer),
      h.resourceId.padEnd(widths.resourceId),
      h.verdict.padEnd(widths.verdict),
      h.reason,
    ].join('  '),
  );
  lines.push(`verdict: ${trace.verdict}`);
  if (trace.blockedBy) lines.push(`blocked by: ${describeBlock(trace.blockedBy)}`);
  for (const warning of trace.warnings) lines.push(`warning: ${warning}`);
  return `${lines.join('\n')}\n`;
}

/** `request nacl-ingress acl-0abc (rule 32767)`: where a flow stopped, in one phrase. */
export function describeBlock(b: BlockedBy): string {
  const rule = b.ruleNumber === undefined ? '' : ` (rule ${b.ruleNumber})`;
  return `${b.direction} ${b.layer} ${terminalText(b.resourceId)}${rule}`;
}

/** The trace with every text from the input made printable (see terminal.ts). */
function printable(trace: Trace): Trace {
  return {
    ...trace,
    hops: trace.hops.map((h) => ({
      ...h,
      resourceId: terminalText(h.resourceId),
      reason: terminalText(h.reason),
    })),
    warnings: trace.warnings.map(terminalText),
  };
}

function maxWidth(hops: readonly Hop[], field: (hop: Hop) => string): number {
  return hops.reduce((width, hop) => Math.max(width, field(hop).length), 0);
}
