import { describe, expect, it } from 'vitest';
import { threeTierScenario as scenario } from '../../scenarios/threeTier.ts';
import { TRACES } from './__fixtures__/traces.ts';
import { cell, traceToMarkdown } from './markdown.ts';

const flow = (id: string) => {
  const found = scenario.flows.find((f) => f.id === id);
  if (!found) throw new Error(id);
  return found;
};
const WEB_TO_DB = flow('flow-0a1b2c3d4e5f60004');

describe('a trace as Markdown', () => {
  const md = traceToMarkdown(WEB_TO_DB, TRACES.webToDb, scenario);
  const lines = md.split('\n');

  it('starts with the flow, then the verdict and why', () => {
    expect(lines[0]).toBe('### web-1 → db-1 PostgreSQL (skips the app tier)');
    expect(lines[2]).toBe('web-1 → db-1 · PostgreSQL (TCP 5432) · expected: blocked');
    expect(lines[4]).toMatch(
      /^\*\*Blocked at db-1's security group \(inbound\), on the request\.\*\* No inbound rule/,
    );
  });

  it('has one table row per hop, in order', () => {
    const rows = lines.filter((l) => /^\| \d+ \|/.test(l));
    expect(rows).toHaveLength(TRACES.webToDb.hops.length);
    expect(rows[0]).toMatch(
      /^\| 1 \| request \| Security group, outbound \| web-1 \(i-0a1b2c3d4e5f60001\) \| ✓ allowed \| rule 1 of web \|/,
    );
    expect(rows[4]).toMatch(/\| ✗ denied \| no rule allowed it \|/);
    expect(rows.at(-1)).toMatch(/^\| 10 \| response \|/);
  });

  it('lists the suggested fixes', () => {
    expect(md).toContain('**Suggested fixes**');
    expect(md).toContain(
      '- Add an inbound rule TCP 5432 from sg-0a1b2c3d4e5f60002 (web) to sg-0a1b2c3d4e5f60004 (db). (hop 5)',
    );
  });

  it('leaves fixes out of an allowed trace', () => {
    const allowed = traceToMarkdown(flow('flow-0a1b2c3d4e5f60002'), TRACES.webToApp, scenario);
    expect(allowed).toContain('**Allowed.**');
    expect(allowed).not.toContain('Suggested fixes');
  });

  it('names resources by ID without a scenario', () => {
    expect(traceToMarkdown(WEB_TO_DB, TRACES.webToDb)).toContain('| i-0a1b2c3d4e5f60001 |');
  });

  it('keeps a table cell in one piece', () => {
    expect(cell('a | b\nc')).toBe('a \\| b c');
  });
});
