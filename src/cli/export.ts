import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCENARIO_FORMAT, SCENARIO_VERSION } from '../model/schema.ts';
import { fileBaseName, scenarioFileText } from '../share/file.ts';
import { exportTerraform } from '../terraform/export/index.ts';
import { CliError, EXIT, type Outcome } from './errors.ts';
import { loadedLines, loadScenario } from './load.ts';

const FORMATS = ['terraform', 'terraform-json', 'vpc-flow-lab'] as const;
const EXPECTED = 'terraform, terraform-json or vpc-flow-lab';
type ExportFormat = (typeof FORMATS)[number];

/**
 * `export <file> --format terraform|terraform-json|vpc-flow-lab [--out <dir>]`
 * (spec/ci-check.md, "`export`"): the network of any input the CLI reads, as Terraform (HCL, or
 * Terraform's JSON syntax) or as a scenario file. One file on stdout; with `--out`, the files
 * `main.tf`, `variables.tf` and `versions.tf` (`.tf.json` each) in that folder.
 */
export async function exportCommand(
  file: string,
  options: ReadonlyMap<string, string | true>,
): Promise<Outcome> {
  const format = options.get('--format');
  if (format === undefined || format === true) {
    throw new CliError(`--format: missing (expected ${EXPECTED})`);
  }
  if (!isFormat(format)) {
    throw new CliError(`--format: expected ${EXPECTED}, got "${format}"`);
  }
  const out = options.get('--out');
  const loaded = await loadScenario(file, { before: options.get('--before') === true });
  const stderr = loadedLines(loaded);
  let files: Record<string, string>;
  let single: string;
  if (format === 'vpc-flow-lab') {
    single = scenarioFileText({
      format: SCENARIO_FORMAT,
      version: SCENARIO_VERSION,
      scenario: loaded.scenario,
      layout: { nodes: {} },
    });
    files = { [`${fileBaseName(loaded.scenario.name)}.json`]: single };
  } else {
    const exported = exportTerraform(loaded.scenario, format === 'terraform' ? 'hcl' : 'json');
    files = { ...exported.files };
    single = exported.single;
    stderr.push(...exported.notes.map((n) => `note: ${n}`));
  }
  if (typeof out !== 'string') return { code: EXIT.ok, stdout: single, stderr };
  const written = writeAll(out, files);
  stderr.push(`note: wrote ${written.join(', ')}`);
  return { code: EXIT.ok, stdout: '', stderr };
}

function isFormat(text: string): text is ExportFormat {
  return (FORMATS as readonly string[]).includes(text);
}

/** Writes every file into `dir` (made if missing); a failure is one line naming the path. */
function writeAll(dir: string, files: Readonly<Record<string, string>>): string[] {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw new CliError(`--out: cannot make the folder ${dir} (${reason(error)})`);
  }
  return Object.entries(files).map(([name, text]) => {
    const path = join(dir, name);
    try {
      writeFileSync(path, text);
    } catch (error) {
      throw new CliError(`--out: cannot write ${path} (${reason(error)})`);
    }
    return path;
  });
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOTDIR' || code === 'EEXIST') return 'a file is in the way';
  if (code === 'EISDIR') return 'a folder is in the way';
  return error instanceof Error ? (error.message.split('\n')[0] ?? 'unknown error') : String(error);
}
