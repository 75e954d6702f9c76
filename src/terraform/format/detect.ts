/**
 * Which Terraform file a document is, told from its top-level keys, before any schema is applied:
 * what `terraform show -json` prints for a saved plan or for the state (what the importer reads),
 * or one of the two files people often give instead, each refused with the command that makes
 * the right file (spec/ci-check.md, "Terraform input").
 */
export type TerraformDocumentKind =
  | { readonly kind: 'plan'; readonly formatVersion: string }
  | { readonly kind: 'state'; readonly formatVersion: string }
  | { readonly kind: 'refused'; readonly message: string };

/** The majors of `format_version` this importer reads: 0.x (Terraform 0.12 to 1.0) and 1.x. */
export const READ_MAJORS = [0, 1] as const;

export const SHOW_PLAN_HINT =
  'save the plan with "terraform plan -out=tfplan" and give the output of "terraform show -json tfplan"';

export const LOG_STREAM_MESSAGE = `this is the "terraform plan -json" log stream, not a plan: ${SHOW_PLAN_HINT}`;

export const RAW_STATE_MESSAGE =
  'this is a raw terraform.tfstate file, not the JSON this command reads: give the output of "terraform show -json" (the state) or "terraform show -json <planfile>" (a plan)';

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A line of `terraform plan -json`: `{"@level":"info","@message":"…","type":"version",…}`. */
function isLogLine(value: unknown): boolean {
  return isObject(value) && '@level' in value && '@message' in value;
}

/**
 * True for Terraform's machine-readable log stream (`terraform plan -json`, `apply -json`): JSON
 * lines, so the file as a whole is not one JSON document. Only the first line is read.
 */
export function isLogStreamText(text: string): boolean {
  const first = text.trimStart().split('\n', 1)[0]?.trim() ?? '';
  if (!first.startsWith('{')) return false;
  try {
    return isLogLine(JSON.parse(first));
  } catch {
    return false;
  }
}

/** True when the document looks like Terraform's output or files, whether readable or not. */
export function looksLikeTerraform(input: unknown): boolean {
  if (Array.isArray(input)) return input.length > 0 && isLogLine(input[0]);
  if (!isObject(input)) return false;
  return 'format_version' in input || isLogLine(input) || isRawState(input);
}

function isRawState(input: Record<string, unknown>): boolean {
  return (
    typeof input.version === 'number' &&
    ('lineage' in input || 'serial' in input) &&
    ('resources' in input || 'modules' in input)
  );
}

export function terraformDocumentKind(input: unknown): TerraformDocumentKind {
  if (Array.isArray(input) || isLogLine(input)) {
    return { kind: 'refused', message: LOG_STREAM_MESSAGE };
  }
  if (!isObject(input)) {
    return {
      kind: 'refused',
      message: 'expected the JSON object that "terraform show -json" prints',
    };
  }
  if (!('format_version' in input) && isRawState(input)) {
    return { kind: 'refused', message: RAW_STATE_MESSAGE };
  }
  const version = input.format_version;
  if (typeof version !== 'string' || !/^\d+\.\d+/.test(version)) {
    return {
      kind: 'refused',
      message: `format_version: expected a version like "1.2", got ${JSON.stringify(version)}`,
    };
  }
  const major = Number(version.split('.')[0]);
  if (!(READ_MAJORS as readonly number[]).includes(major)) {
    return {
      kind: 'refused',
      message: `format_version "${version}" (major version ${major}) is not supported: this reads the format_version 0.x and 1.x that Terraform 0.12 to 1.x and OpenTofu print`,
    };
  }
  if ('planned_values' in input) return { kind: 'plan', formatVersion: version };
  if ('resource_changes' in input || 'prior_state' in input) {
    return {
      kind: 'refused',
      message: 'planned_values: missing; a plan from "terraform show -json <planfile>" has it',
    };
  }
  // `terraform show -json` of an empty state prints `{"format_version":"1.0"}` and nothing else.
  return { kind: 'state', formatVersion: version };
}
