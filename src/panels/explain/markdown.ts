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

/**
 * Characters that steer a terminal or a renderer without being seen: C0 and C1 controls (tabs and
 * line breaks are folded into spaces first), the line and paragraph separators, and the
 * bidirectional marks and overrides that make text read differently than it is stored.
 */
const INVISIBLE = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/gu;

/**
 * Text from the scenario (names, descriptions, the engine's sentences quoting them) made inert in
 * Markdown: it renders as the same words and never as HTML, a link, an image, emphasis or a new
 * block. HTML's three special characters become entities, so `<img onerror=…>` is shown, not run;
 * Markdown's inline markers get a backslash (CommonMark: any ASCII punctuation may be escaped);
 * bare URLs are kept from turning into links; a marker that would open a block (`#`, `>`, `-`, `+`, `=`, `1.`) is escaped at the start; line
 * breaks fold into spaces, so a name cannot start a line of its own.
 */
export function inline(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .replace(INVISIBLE, '\uFFFD')
      .trim()
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_[\]|~@]/g, '\\$&')
      // GitHub-flavoured Markdown links bare URLs and addresses by itself.
      .replace(/([a-z][a-z0-9+.-]*):\/\//gi, '$1\\://')
      .replace(/\bwww\./gi, 'www\\.')
      .replace(/^(\d+)([.)])/, '$1\\$2')
      .replace(/^[#+\-=]/, '\\$&')
  );
}

/** Text for a Markdown table cell: inert (see `inline`), so a pipe never starts a new cell. */
export function cell(text: string): string {
  return inline(text);
}

/**
 * A trace as Markdown, to paste into a ticket or a chat: the verdict and why, every hop in order
 * with the rule that decided and the engine's sentence, and the suggested fixes (or that none is
 * needed, the flow doing what it is expected to). Names come from
 * `scenario` when given (else resources are named by ID); every piece of text passes `inline`,
 * so a hostile name pastes as words.
 *
 * @example
 * traceToMarkdown(flow, trace, scenario);
 * // ### web-1 → db-1 PostgreSQL
 * // **Blocked at db-1's security group (inbound), on the request.** No inbound rule of …
 */
export function traceToMarkdown(flow: SavedFlow, trace: Trace, scenario?: Scenario): string {
  const names = scenario ?? emptyScenario();
  const lines: string[] = [];
  lines.push(`### ${inline(flow.name) || 'Flow'}`);
  lines.push('');
  const route = `${endpointName(names, flow.source)} → ${endpointName(names, flow.destination)}`;
  const expected = flow.expected ? ` · expected: ${flow.expected}` : '';
  lines.push(`${inline(route)} · ${inline(serviceText(flow))}${expected}`);
  lines.push('');
  lines.push(`**${inline(headline(names, trace))}.** ${inline(whySentence(trace))}`);
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
  if (trace.fixes.length === 0 && flow.expected === trace.verdict) {
    lines.push('');
    lines.push(
      `${trace.verdict === 'blocked' ? 'Blocked' : 'Allowed'}, as expected: nothing to fix.`,
    );
  }
  if (trace.fixes.length > 0) {
    lines.push('');
    lines.push(
      trace.fixes[0]?.effect === 'block'
        ? '**Suggested fixes to block it**'
        : '**Suggested fixes**',
    );
    lines.push('');
    for (const fix of trace.fixes) {
      const also = fix.alsoBlocks ? ` Also blocks: ${inline(fix.alsoBlocks.join(', '))}.` : '';
      lines.push(`- ${inline(fix.summary)} (hop ${fix.hop + 1})${also}`);
    }
  }
  if (trace.warnings.length > 0) {
    lines.push('');
    lines.push('**Warnings**');
    lines.push('');
    for (const warning of trace.warnings) lines.push(`- ${inline(warning)}`);
  }
  return `${lines.join('\n')}\n`;
}
