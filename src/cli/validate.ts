import { findingPath, validate as validateScenario, type Finding } from '../model/validate.ts';
import { EXIT, type Outcome } from './errors.ts';
import { placeholderNames } from '../terraform/index.ts';
import { loadedLines, loadScenario } from './load.ts';
import { terminalText } from './terminal.ts';
import { withAddresses } from './terraformNames.ts';

/** `validate <file>`: what is wrong with the scenario; exit 1 when any finding is an error. */
export async function validate(
  file: string,
  options: ReadonlyMap<string, string | true>,
): Promise<Outcome> {
  const loaded = await loadScenario(file, { before: options.get('--before') === true });
  const names = placeholderNames(loaded.scenario);
  const findings = validateScenario(loaded.scenario).map((f) =>
    names.size === 0
      ? f
      : {
          ...f,
          resourceId: withAddresses(f.resourceId, names),
          message: withAddresses(f.message, names),
        },
  );
  const stdout =
    options.get('--json') === true
      ? `${JSON.stringify(
          // Each finding also gives its JSON path in the scenario (an extra field).
          findings.map((f) => ({ ...f, path: findingPath(loaded.scenario, f) })),
          null,
          2,
        )}\n`
      : formatFindings(findings);
  return {
    code: findings.some((f) => f.severity === 'error') ? EXIT.mismatch : EXIT.ok,
    stdout,
    stderr: loadedLines(loaded),
  };
}

/**
 * `error    subnet-0abc  cidrBlock  <message>`: severity, resource ID, field, message; what comes
 * from the input passes `terminalText`.
 */
export function formatFindings(input: readonly Finding[]): string {
  const findings = input.map((f) => ({
    ...f,
    resourceId: terminalText(f.resourceId),
    field: terminalText(f.field),
    message: terminalText(f.message),
  }));
  const idWidth = findings.reduce((w, f) => Math.max(w, f.resourceId.length), 0);
  const fieldWidth = findings.reduce((w, f) => Math.max(w, f.field.length), 0);
  const lines = findings.map((f) =>
    [
      f.severity.padEnd(7),
      f.resourceId.padEnd(idWidth),
      f.field.padEnd(fieldWidth),
      f.message,
    ].join('  '),
  );
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
