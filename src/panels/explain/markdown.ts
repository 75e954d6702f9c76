import type { Trace } from '../../engine/types.ts';
import type { SavedFlow, Scenario } from '../../model/types.ts';
import { emptyScenario } from '../../model/defaults.ts';
import { endpointName } from '../flows/endpoints.ts';
import { serviceText } from '../flows/presets.ts';
import {
  headline,
  hopVerdict,
  LAYER_WORDS,
  resourceLabel,
  ruleWords,
  whySentence,
} from './words.ts';

/** Text for a Markdown table cell: pipes escaped, line breaks folded into spaces. */
export function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/**
 * A trace as Markdown, to paste into a ticket or a chat: the verdict and why, every hop in order
 * with the rule that decided and the engine's sentence, and the suggested fixes. Names come from
 * `scenario` when given (else resources are named by ID).
 *
 * @example
 * traceToMarkdown(flow, trace, scenario);
 * // ### web-1 → db-1 PostgreSQL
 * // **Blocked at db-1's security group (inbound), on the request.** No inbound rule of …
 */
export function traceToMarkdown(flow: SavedFlow, trace: Trace, scenario?: Scenario): string {
  const names = scenario ?? emptyScenario();
  const lines: string[] = [];
  lines.push(`### ${flow.name || 'Flow'}`);
  lines.push('');
  const route = `${endpointName(names, flow.source)} → ${endpointName(names, flow.destination)}`;
  const expected = flow.expected ? ` · expected: ${flow.expected}` : '';
  lines.push(`${route} · ${serviceText(flow)}${expected}`);
  lines.push('');
  lines.push(`**${headline(names, trace)}.** ${whySentence(trace)}`);
  lines.push('');
  lines.push('| # | Direction | Layer | Resource | Verdict | Decided by | Why |');
  lines.push('| --- | --- | --- | --- | --- | --- | --- |');
  trace.hops.forEach((hop, k) => {
    const v = hopVerdict(hop);
    const row = [
      String(k + 1),
      hop.direction,
      LAYER_WORDS[hop.layer],
      resourceLabel(names, hop.resourceId),
      `${v.icon} ${v.word}`,
      ruleWords(names, hop) || '—',
      hop.reason,
    ];
    lines.push(`| ${row.map(cell).join(' | ')} |`);
  });
  if (trace.fixes.length > 0) {
    lines.push('');
    lines.push('**Suggested fixes**');
    lines.push('');
    for (const fix of trace.fixes) lines.push(`- ${fix.summary} (hop ${fix.hop + 1})`);
  }
  if (trace.warnings.length > 0) {
    lines.push('');
    lines.push('**Warnings**');
    lines.push('');
    for (const warning of trace.warnings) lines.push(`- ${warning}`);
  }
  return `${lines.join('\n')}\n`;
}
