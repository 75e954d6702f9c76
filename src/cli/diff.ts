import { diffNetworks } from '../checks/diff.ts';
import { parseServiceText, type ServiceRange } from '../checks/services.ts';
import { CliError, EXIT, type Outcome } from './errors.ts';
import { loadedLines, loadScenario } from './load.ts';
import { reportWithAddresses } from './terraformNames.ts';
import { placeholderNames } from '../terraform/index.ts';
import { parseReportFormat, renderDiff } from './reportFormat.ts';

/**
 * `diff <before> <after>` or `diff <plan.json>` (spec/ci-check.md): the flows that became allowed
 * and those that became blocked, by pair of subnets, each with the hop that changed. Exit 0 either
 * way; `--fail-on newly-allowed` exits 1 when anything became allowed.
 */
export async function diffCommand(
  file: string,
  second: string | undefined,
  options: ReadonlyMap<string, string | true>,
): Promise<Outcome> {
  const format = parseReportFormat(options.get('--format'));
  const failOn = options.get('--fail-on');
  if (failOn !== undefined && failOn !== 'newly-allowed')
    throw new CliError(`--fail-on: expected newly-allowed, got "${String(failOn)}"`);
  const services = parseServiceList(options.get('--services'));
  const first = await loadScenario(file);
  if (second === undefined && first.kind !== 'terraform')
    throw new CliError(
      `<after>: missing; diff <before> <after>, or diff <plan.json> (terraform show -json of a saved plan)`,
    );
  const before = second === undefined ? await loadScenario(file, { before: true }) : first;
  const after = second === undefined ? first : await loadScenario(second);
  const names = new Map([
    ...placeholderNames(before.scenario),
    ...placeholderNames(after.scenario),
  ]);
  const compared = diffNetworks(before.scenario, after.scenario, {
    before: second === undefined ? `${file} (prior_state)` : file,
    after: second === undefined ? `${file} (planned_values)` : second,
    ...(services ? { services } : {}),
  });
  // IDs made up at a Terraform import read as the resources' addresses, as in analyze.
  const report = reportWithAddresses(compared, names);
  const failed = failOn === 'newly-allowed' && report.allowed.length > 0;
  const stderr = [
    ...new Set([...loadedLines(before), ...loadedLines(after)]),
    ...report.warnings.map((w) => `warning: ${w}`),
  ];
  return {
    code: failed ? EXIT.mismatch : EXIT.ok,
    stdout: renderDiff(report, format, failOn === 'newly-allowed'),
    stderr,
  };
}

function parseServiceList(value: string | true | undefined): ServiceRange[] | undefined {
  if (value === undefined) return undefined;
  return String(value)
    .split(',')
    .map((word) => {
      const range = parseServiceText(word);
      if (typeof range === 'string') throw new CliError(`--services: ${range}`);
      return range;
    });
}
