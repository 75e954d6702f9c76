import type { z } from 'zod';
import { describeValue, formatPath, type ParseIssue } from '../model/issues.ts';

// Enough to fix a file in a few passes without flooding a terminal.
const MAX_ISSUES = 20;

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
  // PrefixListEntries and TransitGatewayRoutes: objects keyed by ID.
  record: 'an object keyed by ID',
};

/**
 * Turns zod's issues into `path: expected …, got …` pairs in AWS's own field names
 * (`SecurityGroups[0].IpPermissions[1].FromPort`), one per path, in the order found.
 */
export function bundleIssues(error: z.ZodError, input: unknown): ParseIssue[] {
  const seen = new Set<string>();
  const out: ParseIssue[] = [];
  for (const issue of error.issues) {
    const path = formatPath(issue.path);
    // A value that fails several checks is reported once, by the first (most basic) one.
    if (seen.has(path)) continue;
    seen.add(path);
    // A check that names what it got itself (a key, which has no value of its own) is taken whole.
    const expected = expectation(issue);
    const got = describeValue(valueAt(input, issue.path));
    out.push({ path, message: expected.includes(', got ') ? expected : `${expected}, got ${got}` });
    if (out.length === MAX_ISSUES) break;
  }
  return out;
}

function expectation(issue: z.ZodError['issues'][number]): string {
  // Our own checks (refine, regex, enum, bounds, required fields) all carry an "expected …" message.
  if (issue.message.startsWith('expected')) return issue.message;
  if (issue.code === 'invalid_type')
    return `expected ${EXPECTED[issue.expected] ?? issue.expected}`;
  return `expected a valid value (${issue.message})`;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
