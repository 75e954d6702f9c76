import type { Finding } from './findings.ts';

/**
 * A Markdown table for a pull-request comment or the step summary: a heading that says whether
 * everything holds, a row per flow and invariant (or changed subnet pair), then the
 * counterexamples of what failed.
 */
export function markdownReport(title: string, findings: readonly Finding[]): string {
  const failed = findings.filter((f) => !f.ok);
  const head =
    failed.length === 0
      ? `### ✅ ${title}: ${findings.length} of ${findings.length} hold`
      : `### ❌ ${title}: ${failed.length} of ${findings.length} failed`;
  const lines = [head, ''];
  if (findings.length > 0) {
    lines.push('| | Name | Result |', '| --- | --- | --- |');
    for (const f of findings)
      lines.push(
        `| ${f.ok ? (f.ruleId ? '⚠️' : '✅') : '❌'} | ${cell(f.name)} | ${cell(resultOf(f))} |`,
      );
    lines.push('');
  }
  for (const f of findings) {
    if (f.details.length === 0) continue;
    lines.push(`<details><summary>${escapeHtml(f.name)}</summary>`, '');
    for (const d of f.details) lines.push(`- ${inline(d)}`);
    if (f.more > 0) lines.push(`- … and ${f.more} more`);
    lines.push('', '</details>', '');
  }
  return `${lines.join('\n')}\n`;
}

function resultOf(f: Finding): string {
  const colon = f.message.indexOf(': ');
  return colon >= 0 && f.message.startsWith(f.name)
    ? f.message.slice(f.name.length + 2)
    : f.message;
}

/** A table cell: pipes and line breaks would end it; Markdown and HTML in names are shown as text. */
function cell(s: string): string {
  return inline(s).replace(/\|/g, '\\|');
}

function inline(s: string): string {
  return escapeHtml(s.replace(/[\r\n]+/g, ' ')).replace(/([\\`*_[\]])/g, '\\$1');
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
