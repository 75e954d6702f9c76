import type { Finding } from './findings.ts';

/**
 * GitHub Actions workflow commands (spec/ci-check.md): `::error file=<expectations>,line=<n>::<message>`
 * for what fails, `::warning …` for an unknown verdict that counts as holding (and for a newly
 * allowed flow when it does not fail the run). Values are escaped as the runner reads them
 * (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions).
 */
export function githubAnnotations(findings: readonly Finding[], failOnChanges = true): string {
  const lines: string[] = [];
  for (const f of findings) {
    if (f.ok && f.ruleId === null) continue;
    const level = !f.ok && (f.kind !== 'newly-allowed' || failOnChanges) ? 'error' : 'warning';
    const detail =
      f.details.length > 0
        ? `\n${f.details.join('\n')}${f.more > 0 ? `\n… and ${f.more} more` : ''}`
        : '';
    lines.push(`::${level} file=${property(f.file)},line=${f.line}::${data(f.message + detail)}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function data(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function property(s: string): string {
  return data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
