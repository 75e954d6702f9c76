import { compileScenario } from '../engine/index.ts';
import type { Endpoint, Scenario } from '../model/types.ts';
import { checkFlow } from './flows.ts';
import { checkInvariants } from './invariants.ts';
import type { Expectations } from './expectations/parse.ts';
import type { CheckReport } from './report.ts';

/** The checks room's public surface: expectations files, invariants, diffs and report formats. */
export {
  parseExpectations,
  ExpectationsError,
  type Expectations,
  type Position,
} from './expectations/parse.ts';
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
