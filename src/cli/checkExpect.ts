import {
  checkExpectations,
  ExpectationsError,
  parseExpectations,
  reportPassed,
  type CheckReport,
} from '../checks/index.ts';
import type { Endpoint, Scenario } from '../model/types.ts';
import { parseEndpoint } from './endpoints.ts';
import { CliError, EXIT, type Outcome } from './errors.ts';
import { loadedLines, type Loaded } from './load.ts';
import { readInput } from './readInput.ts';
import { renderCheck, type ReportFormat } from './reportFormat.ts';
import { endpointZone } from './terraformEndpoints.ts';
import { reportWithAddresses } from './terraformNames.ts';
import { placeholderNames } from '../terraform/index.ts';

/**
 * `check <file> --expect <expectations.yaml>` (spec/ci-check.md): the file's flows and invariants
 * against the network. Exit 0 when all hold, 1 when any fails, 2 when the file is wrong (one line,
 * `file:line:col: message`).
 */
export async function checkExpect(
  loaded: Loaded,
  expectFile: string,
  format: ReportFormat,
  failOnUnknown: boolean,
): Promise<Outcome> {
  const text = await readInput(expectFile);
  let report: CheckReport;
  try {
    const expectations = parseExpectations(text, expectFile);
    report = checkExpectations(loaded.scenario, expectations, {
      file: expectFile,
      resolveEndpoint: endpointResolver(loaded.scenario),
      zoneOf: (e) => endpointZone(e, loaded.scenario),
      failOnUnknown,
    });
  } catch (error) {
    if (error instanceof ExpectationsError) throw new CliError(error.message);
    throw error;
  }
  // IDs made up at a Terraform import read as the resources' addresses, as in analyze.
  report = reportWithAddresses(report, placeholderNames(loaded.scenario));
  const rendered = renderCheck(report, format);
  const stderr = [...loadedLines(loaded), ...report.warnings.map((w) => `warning: ${w}`)];
  return {
    code: reportPassed(report) ? EXIT.ok : EXIT.mismatch,
    stdout: rendered,
    stderr,
  };
}

/** An endpoint read as `analyze --from` reads it; the message without the option's name. */
export function endpointResolver(scenario: Scenario): (text: string, zone?: string) => Endpoint {
  return (text, zone) => {
    try {
      return parseEndpoint('endpoint', text, scenario, zone);
    } catch (error) {
      if (error instanceof CliError)
        throw new Error(error.message.replace(/^endpoint: /, ''), { cause: error });
      throw error;
    }
  };
}
