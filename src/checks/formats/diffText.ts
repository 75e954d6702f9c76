import type { DiffReport, SubnetPairChange } from '../diffReport.ts';
import { blockText } from './words.ts';
import { terminalSafe } from './safe.ts';

/** `diff` as text: newly allowed, then newly blocked, by pair of subnets, each flow with its hop. */
export function diffText(r: DiffReport): string {
  const lines: string[] = [];
  const section = (title: string, groups: readonly SubnetPairChange[], verb: string) => {
    if (groups.length === 0) return;
    lines.push(`${title}:`);
    for (const g of groups) {
      lines.push(
        `  ${terminalSafe(g.source)} → ${terminalSafe(g.destination)}  (${g.count} flow${g.count === 1 ? '' : 's'})`,
      );
      for (const f of g.flows) {
        const hop = f.hop ? `  ${verb} ${blockText(f.hop)}` : '';
        lines.push(
          `    ${terminalSafe(f.source)} → ${terminalSafe(f.destination)} ${f.service}${hop}`,
        );
      }
      if (g.count > g.flows.length) lines.push(`    … and ${g.count - g.flows.length} more`);
    }
  };
  section('Newly allowed', r.allowed, 'was blocked at');
  section('Newly blocked', r.blocked, 'now blocked at');
  const sum = (gs: readonly SubnetPairChange[]) => gs.reduce((n, g) => n + g.count, 0);
  lines.push(
    `${sum(r.allowed)} newly allowed, ${sum(r.blocked)} newly blocked (${r.endpoints} endpoints in both, ${r.services.length} service pieces)`,
  );
  return `${lines.join('\n')}\n`;
}

/** spec/ci-check.md: `{ allowed: [...], blocked: [...] }`, then what was compared. */
export function diffJson(r: DiffReport): string {
  const out = {
    allowed: r.allowed,
    blocked: r.blocked,
    before: r.before,
    after: r.after,
    services: r.services,
    endpoints: r.endpoints,
    warnings: r.warnings,
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
