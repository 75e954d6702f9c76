import { compileScenario } from '../engine/index.ts';
import type { Endpoint, Scenario } from '../model/types.ts';
import { checkFlow } from './flows.ts';
import { checkInvariants } from './invariants.ts';
import { ExpectationsError, parseExpectations, type Expectations } from './expectations/parse.ts';
import { resolveEndpoint } from './resolveEndpoint.ts';
import type { CheckReport } from './report.ts';

/** The checks room's public surface: expectations files, invariants, diffs and report formats. */
export { parseExpectations, ExpectationsError, type Expectations };
export type { Position } from './expectations/parse.ts';
export { exportExpectations } from './exportExpectations.ts';
export * from './report.ts';

export interface CheckOptions {
  /** The expectations file as given, for messages and reports. */
  readonly file: string;
  /** Reads one endpoint as `analyze --from` does; throws an Error saying why it names nothing. */
  readonly resolveEndpoint: (text: string, zone?: string) => Endpoint;
  readonly zoneOf: (endpoint: Endpoint) => string | undefined;
  /** `--fail-on unknown`: an `unknown` verdict fails instead of holding with a warning. */
  readonly failOnUnknown: boolean;
}

/**
 * Checks every flow and invariant of an expectations file against a network (spec/ci-check.md,
 * "`check --expect`"). Throws an ExpectationsError (exit 2) when the file names something the
 * network does not have.
 */
export function checkExpectations(
  scenario: Scenario,
  expectations: Expectations,
  options: CheckOptions,
): CheckReport {
  const compiled = compileScenario(scenario);
  const shared = {
    scenario,
    compiled,
    file: options.file,
    locate: expectations.locate,
    failOnUnknown: options.failOnUnknown,
  };
  const flows = expectations.flows.map((f) =>
    checkFlow(f, { ...shared, resolveEndpoint: options.resolveEndpoint, zoneOf: options.zoneOf }),
  );
  const invariants = checkInvariants(expectations.invariants, {
    ...shared,
    resolveEndpoint: (text) => options.resolveEndpoint(text),
  });
  const warnings = [
    ...compiled.warnings,
    ...flows.flatMap((f) => f.warnings),
    ...invariants
      .filter((i) => i.unknown > 0 && !options.failOnUnknown)
      .map(
        (i) =>
          `invariant "${i.name}": ${i.unknown} pair(s) and piece(s) have the verdict unknown (counted as holding; --fail-on unknown fails them)`,
      ),
  ];
  return { file: options.file, flows, invariants, warnings: [...new Set(warnings)] };
}

/** What the app gets for an expectations file: its report, or the one line that says what is wrong. */
export type ExpectationsAnswer =
  | { readonly ok: true; readonly report: CheckReport }
  | { readonly ok: false; readonly error: string };

/** An expectations file checked in the app (its worker): endpoints by Name, ID, address or Terraform address. */
export function checkExpectationsText(
  scenario: Scenario,
  text: string,
  file: string,
): ExpectationsAnswer {
  try {
    const report = checkExpectations(scenario, parseExpectations(text, file), {
      file,
      resolveEndpoint: (t) => resolveEndpoint(scenario, t),
      zoneOf: () => undefined,
      failOnUnknown: false,
    });
    return { ok: true, report };
  } catch (error) {
    if (error instanceof ExpectationsError) return { ok: false, error: error.message };
    throw error;
  }
}
