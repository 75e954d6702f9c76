import {
  BUNDLE_SECTIONS,
  importAwsBundle,
  looksLikeAwsBundle,
  mergeDescribeOutputs,
} from '../aws/index.ts';
import { parseScenarioFile } from '../model/envelope.ts';
import type { ParseIssue, Result } from '../model/issues.ts';
import { danglingReferences } from '../model/references.ts';
import { SCENARIO_FORMAT } from '../model/schema.ts';
import type { Scenario, ScenarioFile } from '../model/types.ts';
import { bytesInWords } from './bytes.ts';
import { describeJsonSyntaxError, findJsonSyntaxError } from './jsonSyntax.ts';

/**
 * Scenario files in and out. Out: the envelope as readable JSON. In: a native scenario file, or
 * AWS configuration (one merged describe bundle, several `aws ec2 describe-*` outputs picked or
 * dropped together, or the same pasted as text), each through its one parser:
 * `parseScenarioFile`, or `importAwsBundle` after `mergeDescribeOutputs`. A problem names the
 * file, the JSON path (or the line and column of a syntax error) and what is wrong there.
 */

/** A file the user picked, dropped or pasted (`name` says which, in messages). */
export interface PickedText {
  readonly name: string;
  readonly text: string;
}

/** What was read: a ready scenario file, or an AWS scenario still to be laid out. */
export type Imported =
  | { readonly kind: 'scenario'; readonly file: ScenarioFile; readonly source: string }
  | {
      readonly kind: 'aws';
      readonly scenario: Scenario;
      /** What the scenario could not hold, one line per thing, naming the AWS resource. */
      readonly warnings: readonly string[];
      readonly source: string;
    };

/** A problem with one of the inputs. */
export interface ImportIssue extends ParseIssue {
  /** The file (or "the pasted text") it is in. */
  readonly source: string;
}

/** Pasted text is named this way in messages. */
export const PASTED = 'the pasted text';

/**
 * The largest file the app imports: 512 MB, about what a browser can still hold as one string
 * (Chrome's longest is 536,870,888 characters); a larger file is refused by its size, before it
 * is read.
 */
export const MAX_IMPORT_BYTES = 512 * 1024 ** 2;

/**
 * Why a file of `bytes` cannot be imported, or null when it can:
 * `big.json is 1,073,741,824 bytes (1 GB); the limit is 536,870,912 bytes (512 MB)`.
 */
export function tooLargeToImport(name: string, bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return `${name} is ${bytesInWords(bytes)}; the limit is ${bytesInWords(MAX_IMPORT_BYTES)}`;
}

/** Reads picked, dropped or pasted texts. Nothing is changed: the caller opens the result. */
export function readImport(inputs: readonly PickedText[]): Result<Imported, ImportIssue[]> {
  if (inputs.length === 0) return fail('', 'nothing to import: pick or drop a file, or paste JSON');
  const parsed: { name: string; data: unknown }[] = [];
  for (const input of inputs) {
    const json = parseJson(input);
    if (!json.ok) return json;
    parsed.push({ name: input.name, data: json.value });
  }
  const natives = parsed.filter((p) => isScenarioFileLike(p.data));
  if (natives.length > 0) {
    const [first] = natives;
    if (parsed.length > 1 || !first) {
      return fail(
        natives[0]?.name ?? '',
        'a VPC Flow Lab scenario file opens on its own: import it alone (several files together must all be aws ec2 describe-* outputs)',
      );
    }
    const read = parseScenarioFile(first.data);
    if (!read.ok) return { ok: false, errors: withSource(read.errors, first.name) };
    return { ok: true, value: { kind: 'scenario', file: read.value, source: first.name } };
  }
  for (const p of parsed) {
    if (!looksLikeAwsBundle(p.data)) {
      return fail(
        p.name,
        `this is neither a VPC Flow Lab scenario file (it has no "format": "${SCENARIO_FORMAT}") nor aws ec2 describe-* output (it has none of ${BUNDLE_SECTIONS.join(', ')}) nor terraform show -json output (it has no "format_version")`,
      );
    }
  }
  const source = parsed.length === 1 ? (parsed[0]?.name ?? '') : `${parsed.length} files`;
  const imported = importAwsBundle(mergeDescribeOutputs(parsed.map((p) => p.data)));
  // Describe output without its VPCs or subnets would open as nothing drawn: said instead.
  const dangling = imported.ok ? danglingReferences(imported.value.scenario) : [];
  if (dangling.length > 0) {
    const missing = dangling.map((issue) => ({
      path: '',
      message: `${issue.message.replace(/the scenario$/, 'the files')} (is an aws ec2 describe-* output missing?)`,
    }));
    return { ok: false, errors: withSource(missing, source) };
  }
  if (imported.ok) {
    return {
      ok: true,
      value: {
        kind: 'aws',
        scenario: imported.value.scenario,
        warnings: imported.value.warnings,
        source,
      },
    };
  }
  // Several files: say which one holds the problem (its own paths, not the merged bundle's).
  if (parsed.length > 1) {
    for (const p of parsed) {
      const alone = importAwsBundle(p.data);
      if (!alone.ok) return { ok: false, errors: withSource(alone.errors, p.name) };
    }
  }
  return { ok: false, errors: withSource(imported.errors, source) };
}

function parseJson(input: PickedText): Result<unknown, ImportIssue[]> {
  if (input.text.trim() === '') return fail(input.name, 'it is empty');
  try {
    return { ok: true, value: JSON.parse(input.text) };
  } catch (e) {
    const found = findJsonSyntaxError(input.text);
    const why = found ? describeJsonSyntaxError(found) : e instanceof Error ? e.message : String(e);
    return fail(input.name, `this is not valid JSON: ${why}`);
  }
}

/** A native file says so in its `format` field (whatever else is wrong with it). */
function isScenarioFileLike(data: unknown): boolean {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && 'format' in data;
}

function withSource(errors: readonly ParseIssue[], source: string): ImportIssue[] {
  return errors.map((e) => ({ ...e, source }));
}

function fail(source: string, message: string): { ok: false; errors: ImportIssue[] } {
  return { ok: false, errors: [{ source, path: '', message }] };
}

/** One sentence for a message: where (file, path) and what. */
export function describeImportProblem(errors: readonly ImportIssue[]): string {
  const first = errors[0];
  if (!first) return 'The import failed.';
  const where = [first.source, first.path].filter((x) => x !== '').join(': ');
  const more =
    errors.length > 1
      ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})`
      : '';
  return `${where ? `${where}: ` : ''}${first.message}${more}`;
}

/** The scenario file as people and diff tools read it: the whole envelope, indented. */
export function scenarioFileText(file: ScenarioFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

/**
 * A file name from the scenario's name: lower case, words joined by `-`, nothing a file system
 * refuses; `scenario` when nothing is left.
 *
 * @example fileBaseName('AWS: acme-prod, acme-shared') // 'aws-acme-prod-acme-shared'
 */
export function fileBaseName(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'scenario';
}
