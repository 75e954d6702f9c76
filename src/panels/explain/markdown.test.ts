import { marked } from 'marked';
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

  it('says when the fixes block the flow, and what else each would block', () => {
    const blocking = traceToMarkdown(flow('flow-0a1b2c3d4e5f60002'), {
      ...TRACES.webToApp,
      fixes: [
        {
          hop: 4,
          summary: 'Remove the rule.',
          edit: null,
          effect: 'block',
          alsoBlocks: ['web-2 → app-1'],
        },
      ],
    });
    expect(blocking).toContain('**Suggested fixes to block it**');
    expect(blocking).toContain('- Remove the rule. (hop 5) Also blocks: web-2 → app-1.');
  });

  it('says when the flow does what it is expected to and needs no fix', () => {
    const asExpected = traceToMarkdown(WEB_TO_DB, { ...TRACES.webToDb, fixes: [] }, scenario);
    expect(asExpected).toContain('\nBlocked, as expected: nothing to fix.');
    expect(asExpected).not.toContain('Suggested fixes');
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

describe('hostile names in the Markdown', () => {
  // What a scenario's author may call things; each must paste as words, never as markup.
  const HOSTILE = {
    img: '<img src=x onerror=alert(1)>',
    svg: '<svg onload=alert(2)>',
    link: '[click me](javascript:alert(3))',
    image: '![beacon](https://tracker.example/p.png)',
    heading: '# Heading\n\n<script>alert(4)</script>',
    entity: '&#60;img src=x onerror=alert(5)&#62;',
    list: '- item | cell',
    numbered: '1. first',
    emphasis: '**bold** _it_ `code` ~~gone~~',
    bidi: 'admin\u202Egnp.exe',
    escape: 'a\u001b[31mred',
  };
  const names = Object.values(HOSTILE);
  const hostile: typeof scenario = {
    ...scenario,
    instances: scenario.instances.map((i, k) => ({ ...i, name: names[k % names.length]! })),
    securityGroups: scenario.securityGroups.map((g, k) => ({
      ...g,
      name: names[(k + 3) % names.length]!,
    })),
  };
  const trace = {
    ...TRACES.webToDb,
    hops: TRACES.webToDb.hops.map((hop, k) => ({
      ...hop,
      reason: `${hop.reason} ${names[k % names.length]!}`,
    })),
    warnings: [HOSTILE.svg, HOSTILE.link],
  };
  const md = traceToMarkdown({ ...WEB_TO_DB, name: HOSTILE.heading }, trace, hostile);
  const html = marked.parse(md, { async: false });

  it('renders no HTML element, link or image from a name', () => {
    expect(html).not.toMatch(/<(img|svg|script|a|del|code|em)[\s>]/i);
    expect(html).not.toMatch(/<h1|<h2|<ol|<li>first/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(href|src|on\w+)=/i);
    // Only the Markdown's own bold: the verdict, "Suggested fixes" and "Warnings".
    expect(html.match(/<strong>/g)).toHaveLength(3);
  });

  it('keeps the shape: one heading, one table with one row per hop, lists of fixes and warnings', () => {
    expect(html.match(/<h3/g)).toHaveLength(1);
    expect(html.match(/<table/g)).toHaveLength(1);
    expect(html.match(/<tr>/g)).toHaveLength(trace.hops.length + 1);
    for (const row of html.match(/<tr>[\s\S]*?<\/tr>/g) ?? []) {
      expect(row.match(/<t[dh][ >]/g)).toHaveLength(7);
    }
    expect(html.match(/<ul>/g)).toHaveLength(2);
  });

  it('shows each name as its words', () => {
    const text = html.replace(/<[^>]+>/g, '');
    const decoded = text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
    expect(decoded).toContain(HOSTILE.img);
    expect(decoded).toContain(HOSTILE.link);
    expect(decoded).toContain(HOSTILE.entity);
    expect(decoded).toContain('# Heading <script>alert(4)</script>');
  });

  it('drops the characters that steer a terminal or reorder text', () => {
    expect(md).not.toContain('\u001b');
    expect(md).not.toContain('\u202e');
    expect(md).toContain('admin\uFFFDgnp.exe');
  });
});
