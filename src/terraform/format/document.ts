import type { z } from 'zod';
import { describeValue, formatPath, type ParseIssue, type Result } from '../../model/issues.ts';
import { Resolver } from '../references/resolver.ts';
import { ConfigurationIndex } from './configuration.ts';
import { terraformDocumentKind } from './detect.ts';
import { changesByAddress, collectInstances, type ResourceInstance } from './instances.ts';
import { formatAddress, parseAddress } from './address.ts';
import { PlanSchema, StateSchema, type Plan } from './schema.ts';

export interface ReadOptions {
  /** Read a plan's `prior_state` (the network as it is now) instead of `planned_values`. */
  readonly before?: boolean;
}

/** A plan or state, flattened: every managed and data resource instance, and how to join them. */
export interface TerraformDocument {
  readonly kind: 'plan' | 'state';
  /** Which network of the document was read. */
  readonly view: 'planned_values' | 'prior_state' | 'values';
  readonly formatVersion: string;
  readonly terraformVersion: string | undefined;
  readonly instances: readonly ResourceInstance[];
  /**
   * Resources the plan deletes (only `delete`), as they are now: a refreshed plan still shows
   * the rules they wrote in the inline blocks of the group, ACL or table they belong to.
   */
  readonly deleted: readonly ResourceInstance[];
  readonly resolver: Resolver;
}

/**
 * Reads `terraform show -json` output (spec/ci-check.md, "Terraform input"). Refusals (the log
 * stream, a raw `.tfstate`, an unknown major `format_version`) and malformed documents come back
 * as issues naming the JSON path in Terraform's field names.
 */
export function readTerraformDocument(
  input: unknown,
  options: ReadOptions = {},
): Result<TerraformDocument, ParseIssue[]> {
  const detected = terraformDocumentKind(input);
  if (detected.kind === 'refused')
    return { ok: false, errors: [{ path: '', message: detected.message }] };
  if (detected.kind === 'state') {
    if (options.before) {
      return {
        ok: false,
        errors: [
          {
            path: '',
            message: "--before reads a plan's prior_state, and this is a state, not a plan",
          },
        ],
      };
    }
    const parsed = StateSchema.safeParse(input);
    if (!parsed.success) return { ok: false, errors: issues(parsed.error, input) };
    const { instances, problems } = collectInstances(
      parsed.data.values?.root_module,
      'values.root_module',
    );
    if (problems.length > 0) return { ok: false, errors: problems };
    return {
      ok: true,
      value: {
        kind: 'state',
        view: 'values',
        formatVersion: parsed.data.format_version,
        terraformVersion: parsed.data.terraform_version,
        instances,
        deleted: [],
        resolver: new Resolver(instances, new ConfigurationIndex(undefined)),
      },
    };
  }
  const parsed = PlanSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: issues(parsed.error, input) };
  const plan = parsed.data;
  const collected = options.before
    ? collectInstances(plan.prior_state?.values?.root_module, 'prior_state.values.root_module')
    : collectInstances(
        plan.planned_values.root_module,
        'planned_values.root_module',
        changesByAddress(plan.resource_changes),
      );
  if (collected.problems.length > 0) return { ok: false, errors: collected.problems };
  // Data sources read while planning are in prior_state, not in planned_values: their values
  // (an existing VPC's ID, an AWS prefix list's CIDR blocks) are known and resolve references.
  const dataSources = options.before
    ? []
    : collectInstances(plan.prior_state?.values?.root_module, 'prior_state.values.root_module')
        .instances.filter((i) => i.mode === 'data')
        .filter((i) => !collected.instances.some((p) => p.address === i.address));
  const instances = [...collected.instances, ...dataSources];
  const variables = Object.fromEntries(
    Object.entries(plan.variables ?? {}).map(([name, v]) => [name, v.value]),
  );
  // Values in prior_state are all known: the configuration (which describes the plan's
  // intent) is not used to join them.
  const config = new ConfigurationIndex(
    options.before ? undefined : plan.configuration?.root_module,
  );
  return {
    ok: true,
    value: {
      kind: 'plan',
      view: options.before ? 'prior_state' : 'planned_values',
      formatVersion: plan.format_version,
      terraformVersion: plan.terraform_version,
      instances,
      deleted: options.before ? [] : deletedInstances(plan.resource_changes),
      resolver: new Resolver(instances, config, variables),
    },
  };
}

function deletedInstances(changes: Plan['resource_changes']): ResourceInstance[] {
  const out: ResourceInstance[] = [];
  (changes ?? []).forEach((change, i) => {
    const { actions, before } = change.change;
    if (change.deposed !== undefined || actions.length === 0 || actions.some((a) => a !== 'delete'))
      return;
    const parsed = parseAddress(change.address);
    if (parsed === null || parsed.mode !== 'managed' || !isRecord(before)) return;
    out.push({
      address: change.address,
      resourceAddress: formatAddress({ ...parsed, key: undefined }),
      module: parsed.module,
      mode: 'managed',
      type: parsed.type,
      name: parsed.name,
      key: change.index ?? parsed.key,
      values: before,
      unknown: undefined,
      path: `resource_changes[${i}].change.before`,
    });
  });
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const EXPECTED: Readonly<Record<string, string>> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'an array',
  object: 'an object',
};

function issues(error: z.ZodError, input: unknown): ParseIssue[] {
  const seen = new Set<string>();
  const out: ParseIssue[] = [];
  for (const issue of error.issues) {
    const path = formatPath(issue.path);
    if (seen.has(path)) continue;
    seen.add(path);
    const expected =
      issue.code === 'invalid_type'
        ? `expected ${EXPECTED[issue.expected] ?? issue.expected}`
        : `expected a valid value (${issue.message})`;
    out.push({ path, message: `${expected}, got ${describeValue(valueAt(input, issue.path))}` });
    if (out.length === 20) break;
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value: unknown = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
