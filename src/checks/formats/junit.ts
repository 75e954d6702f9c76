import type { Finding } from './findings.ts';

/**
 * JUnit XML (spec/ci-check.md): one `<testcase>` per flow and per invariant (per changed subnet
 * pair for a diff), `classname` the expectations file, a `<failure message="…">` with the verdict
 * and the blocking hop; the counts of `<testsuite>` and `<testsuites>` add up.
 */
export function junitXml(suite: string, findings: readonly Finding[]): string {
  const failures = findings.filter((f) => !f.ok).length;
  const counts = `tests="${findings.length}" failures="${failures}" errors="0" skipped="0"`;
  const cases = findings.map((f) => {
    const open = `    <testcase name="${attr(f.name)}" classname="${attr(suite)}" file="${attr(f.file)}" line="${f.line}"`;
    const lines = [...f.details, ...(f.more > 0 ? [`… and ${f.more} more`] : [])];
    if (f.ok) {
      return lines.length === 0
        ? `${open}/>`
        : `${open}>\n      <system-out>${text(lines.join('\n'))}</system-out>\n    </testcase>`;
    }
    return `${open}>\n      <failure message="${attr(f.message)}" type="${f.ruleId ?? 'failure'}">${text([f.message, ...lines].join('\n'))}</failure>\n    </testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="vpc-flow-lab" ${counts}>`,
    `  <testsuite name="${attr(suite)}" ${counts}>`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

/** XML 1.0 allows neither most control characters nor lone surrogates: they become U+FFFD. */
function clean(s: string): string {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const ok =
      c === 0x9 ||
      c === 0xa ||
      c === 0xd ||
      (c >= 0x20 && c <= 0xd7ff) ||
      (c >= 0xe000 && c <= 0xfffd) ||
      c >= 0x10000;
    out += ok ? ch : '\ufffd';
  }
  return out;
}

function text(s: string): string {
  return clean(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attr(s: string): string {
  return text(s)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}
