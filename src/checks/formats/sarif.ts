import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Finding, RuleId } from './findings.ts';

/**
 * SARIF 2.1.0 (spec/ci-check.md): tool `vpc-flow-lab`, one rule per kind, a result per finding
 * located at its line of the expectations file, and `partialFingerprints` that hash what the
 * finding is (its kind and name), not where it is, so a result keeps its identity when lines move.
 */
const RULES: readonly { id: RuleId; text: string; level: 'error' | 'warning' }[] = [
  { id: 'flow-mismatch', text: 'A flow does not have its expected verdict.', level: 'error' },
  {
    id: 'invariant-violated',
    text: 'An invariant does not hold for some pair and port range.',
    level: 'error',
  },
  {
    id: 'newly-allowed',
    text: 'A flow that was blocked is allowed after the change.',
    level: 'error',
  },
  {
    id: 'unknown-verdict',
    text: 'The engine cannot decide a verdict (it crosses something it does not model).',
    level: 'warning',
  },
];

export function sarifLog(findings: readonly Finding[], version: string): string {
  const results = findings
    .filter((f) => f.ruleId !== null)
    .map((f) => {
      const ruleIndex = RULES.findIndex((r) => r.id === f.ruleId);
      const rule = RULES[ruleIndex] as (typeof RULES)[number];
      const detail =
        f.details.length > 0
          ? `\n${f.details.join('\n')}${f.more > 0 ? `\n… and ${f.more} more` : ''}`
          : '';
      return {
        ruleId: rule.id,
        ruleIndex,
        level: f.ok ? 'warning' : rule.level,
        message: { text: f.message + detail },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: uriOf(f.file) },
              region: { startLine: f.line, startColumn: f.column },
            },
          },
        ],
        partialFingerprints: {
          'vpcFlowLab/v1': bytesToHex(
            sha256(utf8ToBytes(`${rule.id}\u0000${f.kind}\u0000${f.name}`)),
          ).slice(0, 32),
        },
      };
    });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vpc-flow-lab',
            version,
            rules: RULES.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: r.text },
              defaultConfiguration: { level: r.level },
            })),
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** A relative path stays relative (GitHub resolves it against the repository); spaces and such are escaped. */
function uriOf(file: string): string {
  return encodeURI(file.replace(/\\/g, '/'));
}
