import {
  compileScenario,
  evaluateSavedFlow,
  FlowError,
  type BlockedBy,
  type Verdict,
} from '../engine/index.ts';
import type { SavedFlow } from '../model/types.ts';
import { reportPassed, type CheckReport } from '../checks/index.ts';
import { checkExpect } from './checkExpect.ts';
import { CliError, EXIT, type Outcome } from './errors.ts';
import { parseReportFormat, renderCheck } from './reportFormat.ts';
import { describeBlock } from './format.ts';
import { placeholderNames } from '../terraform/index.ts';
import { loadedLines, loadScenario } from './load.ts';
import { terminalText } from './terminal.ts';
import { withAddresses } from './terraformNames.ts';

export interface FlowCheck {
  readonly name: string;
  readonly expected: 'allowed' | 'blocked';
  /** `error` when the flow could not be evaluated (an endpoint that names nothing…). */
  readonly verdict: Verdict | 'error';
  readonly blockedBy: BlockedBy | null;
  readonly id: string;
  /** Why the flow could not be evaluated. */
  readonly error?: string;
}

/**
 * `check <file>`: every saved flow with an expected outcome, evaluated; exit 1 when any differs.
 * A flow that cannot be evaluated fails with the verdict `error` and says why.
 */
export async function check(
  file: string,
  options: ReadonlyMap<string, string | true>,
): Promise<Outcome> {
  const expectFile = options.get('--expect');
  const hasFormat = options.has('--format');
  const format = parseReportFormat(options.get('--format'));
  const failOn = options.get('--fail-on');
  if (failOn !== undefined && failOn !== 'unknown')
    throw new CliError(`--fail-on: expected unknown, got "${String(failOn)}"`);
  if (hasFormat && options.get('--json') === true)
    throw new CliError('--json: give --json or --format, not both');
  const loaded = await loadScenario(file, { before: options.get('--before') === true });
  if (typeof expectFile === 'string') {
    // --json with --expect means the object, as --format json does.
    const asked = options.get('--json') === true ? 'json' : format;
    return checkExpect(loaded, expectFile, asked, failOn === 'unknown');
  }
  const compiled = compileScenario(loaded.scenario);
  const names = placeholderNames(loaded.scenario);
  const results = loaded.scenario.flows.flatMap((flow): FlowCheck[] => {
    if (flow.expected === undefined) return [];
    const result = checkFlow(compiled, flow, flow.expected);
    if (result.blockedBy === null || names.size === 0) return [result];
    const resourceId = withAddresses(result.blockedBy.resourceId, names);
    return [{ ...result, blockedBy: { ...result.blockedBy, resourceId } }];
  });
  const failed = results.some((r) => r.verdict !== r.expected);
  const stderr = loadedLines(loaded);
  if (results.length === 0) stderr.push(`note: ${file} has no saved flow with an expected outcome`);
  if (hasFormat) {
    const report = savedFlowsReport(file, results, failOn === 'unknown');
    const code = reportPassed(report) ? EXIT.ok : EXIT.mismatch;
    return { code, stdout: renderCheck(report, format), stderr };
  }
  const stdout =
    options.get('--json') === true
      ? `${JSON.stringify(results, null, 2)}\n`
      : formatChecks(results);
  return { code: failed ? EXIT.mismatch : EXIT.ok, stdout, stderr };
}

/** The saved flows as a report, for `check <file> --format …` without `--expect`. */
function savedFlowsReport(
  file: string,
  results: readonly FlowCheck[],
  failOnUnknown: boolean,
): CheckReport {
  return {
    file,
    flows: results.map((r) => ({
      name: r.name,
      line: 1,
      column: 1,
      from: '',
      to: '',
      service: '',
      expected: r.expected,
      verdict: r.verdict,
      blockedBy: r.blockedBy,
      decidedBy: null,
      ok: r.verdict === r.expected || (r.verdict === 'unknown' && !failOnUnknown),
      warnings: [],
      ...(r.error === undefined ? {} : { error: r.error }),
    })),
    invariants: [],
    warnings: [],
  };
}

function checkFlow(
  compiled: ReturnType<typeof compileScenario>,
  flow: SavedFlow,
  expected: 'allowed' | 'blocked',
): FlowCheck {
  try {
    const trace = evaluateSavedFlow(compiled, flow);
    return {
      name: flow.name,
      expected,
      verdict: trace.verdict,
      blockedBy: trace.blockedBy,
      id: flow.id,
    };
  } catch (error) {
    if (!(error instanceof FlowError)) throw error;
    return {
      name: flow.name,
      expected,
      verdict: 'error',
      blockedBy: null,
      id: flow.id,
      error: error.message,
    };
  }
}

/**
 * `PASS  <name>  <verdict>  <where it was blocked>`, one line per flow, names in one column. A
 * name is the scenario author's: it passes `terminalText`, so it cannot print a line of its own.
 */
export function formatChecks(results: readonly FlowCheck[]): string {
  const names = results.map((r) => terminalText(r.name));
  const width = names.reduce((w, name) => Math.max(w, name.length), 0);
  const lines = results.map((r, k) => {
    const pass = r.verdict === r.expected;
    const detail =
      r.verdict === 'error'
        ? terminalText(r.error ?? '')
        : r.blockedBy
          ? `at ${describeBlock(r.blockedBy)}`
          : '';
    const expected = pass ? '' : ` (expected ${r.expected})`;
    return `${pass ? 'PASS' : 'FAIL'}  ${(names[k] ?? '').padEnd(width)}  ${r.verdict}${expected}${detail ? `  ${detail}` : ''}`;
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
