import { readFileSync } from 'node:fs';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { parse } from 'junit2json';
import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../model/types.ts';
import { taggedThreeTier } from '../__fixtures__/threeTier.testkit.ts';
import { diffNetworks } from '../diff.ts';
import { checkExpectations, parseExpectations } from '../index.ts';
import { checkFindings, diffFindings } from './findings.ts';
import { githubAnnotations } from './github.ts';
import { junitXml } from './junit.ts';
import { markdownReport } from './markdown.ts';
import { sarifLog } from './sarif.ts';

const EXPECT = `version: 1
flows:
  - name: web reaches the app tier
    from: web-1
    to: app-1
    service: tcp/8080
    expect: allowed
  - name: "web reaches the database <directly> & fast"
    from: web-1
    to: db-1
    service: tcp/5432
    expect: allowed
invariants:
  - name: the web tier reaches nothing in the app tier
    from: { security-group: web }
    to: { subnet-tag: { Tier: app } }
    services: [tcp]
    expect: blocked
`;

function report() {
  const s = taggedThreeTier();
  return checkExpectations(s, parseExpectations(EXPECT, 'network/expect.yaml'), {
    file: 'network/expect.yaml',
    resolveEndpoint: (text): Endpoint => ({
      instanceId: s.instances.find((i) => i.name === text)?.id ?? text,
    }),
    zoneOf: () => undefined,
    failOnUnknown: false,
  });
}

describe('output formats (spec/ci-check.md, "Output formats")', () => {
  it('junit: a JUnit reader (junit2json) finds a testcase per flow and invariant, and the counts add up', async () => {
    const xml = junitXml('network/expect.yaml', checkFindings(report()));
    const doc = (await parse(xml)) as {
      tests: number;
      failures: number;
      testsuite: {
        tests: number;
        failures: number;
        testcase: {
          name: string;
          classname: string;
          line: number;
          failure?: { message: string; inner: string }[];
        }[];
      }[];
    };
    const suite = doc.testsuite[0];
    expect(suite?.testcase).toHaveLength(3);
    expect(suite?.tests).toBe(3);
    expect(suite?.failures).toBe(2);
    expect(doc.tests).toBe(3);
    expect(doc.failures).toBe(2);
    expect(suite?.testcase.every((c) => c.classname === 'network/expect.yaml')).toBe(true);
    expect(suite?.testcase[1]?.name).toBe('web reaches the database <directly> & fast');
    expect(suite?.testcase[1]?.line).toBe(8);
    expect(suite?.testcase[1]?.failure?.[0]?.message).toMatch(
      /expected allowed, got blocked at (nacl|security-group)-ingress/,
    );
    expect(suite?.testcase[2]?.failure?.[0]?.message).toMatch(
      /4 pair\(s\) and port range\(s\) not blocked/,
    );
    expect(suite?.testcase[0]?.failure).toBeUndefined();
  });

  it('sarif: validates against the SARIF 2.1.0 schema, with stable fingerprints and lines', () => {
    const schema = JSON.parse(
      readFileSync(new URL('./__schemas__/sarif-schema-2.1.0.json', import.meta.url), 'utf8'),
    ) as object;
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const text = sarifLog(checkFindings(report()), '0.1.0');
    const log = JSON.parse(text) as {
      runs: {
        tool: { driver: { name: string; rules: { id: string }[] } };
        results: {
          ruleId: string;
          locations: { physicalLocation: { region: { startLine: number } } }[];
          partialFingerprints: Record<string, string>;
        }[];
      }[];
    };
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    const run = log.runs[0];
    expect(run?.tool.driver.name).toBe('vpc-flow-lab');
    expect(run?.tool.driver.rules.map((r) => r.id)).toEqual([
      'flow-mismatch',
      'invariant-violated',
      'newly-allowed',
      'unknown-verdict',
    ]);
    expect(
      run?.results.map((r) => [r.ruleId, r.locations[0]?.physicalLocation.region.startLine]),
    ).toEqual([
      ['flow-mismatch', 8],
      ['invariant-violated', 14],
    ]);
    expect(sarifLog(checkFindings(report()), '0.1.0')).toBe(text);
    // A diff's newly allowed flows validate too.
    const s = taggedThreeTier();
    const opened = {
      ...s,
      securityGroups: s.securityGroups.map((g) =>
        g.name === 'web'
          ? {
              ...g,
              ingress: [
                ...g.ingress,
                {
                  protocol: 'tcp' as const,
                  portRange: { from: 22, to: 22 },
                  peer: { kind: 'cidr' as const, cidr: '0.0.0.0/0' },
                },
              ],
            }
          : g,
      ),
    };
    const diff = diffFindings(diffNetworks(s, opened, { before: 'a.json', after: 'b.json' }));
    const diffLog = JSON.parse(sarifLog(diff, '0.1.0')) as object;
    expect(validate(diffLog), JSON.stringify(validate.errors)).toBe(true);
  });

  it('github: one ::error line per failure at its file and line, newlines escaped', () => {
    const out = githubAnnotations(checkFindings(report()));
    const lines = out.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^::error file=network\/expect\.yaml,line=8::web reaches the database/,
    );
    expect(lines[1]).toMatch(
      /^::error file=network\/expect\.yaml,line=14::the web tier reaches nothing.*%0Aweb-1/,
    );
  });

  it('markdown: a table row per flow and invariant, names escaped, counterexamples folded', () => {
    const md = markdownReport('vpc-flow-lab check', checkFindings(report()));
    expect(md).toMatch(/^### ❌ vpc-flow-lab check: 2 of 3 failed\n/);
    expect(md).toContain('| ✅ | web reaches the app tier |');
    expect(md).toContain('| ❌ | web reaches the database &lt;directly&gt; &amp; fast |');
    expect(md).toContain(
      '<details><summary>the web tier reaches nothing in the app tier</summary>',
    );
  });
});
