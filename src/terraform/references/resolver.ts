import { configModulePath, type ModuleStep } from '../format/address.ts';
import type { ConfigurationIndex } from '../format/configuration.ts';
import type { ResourceInstance } from '../format/instances.ts';
import type { Expression, InstanceKey } from '../format/schema.ts';
import { distinctReferences, type Reference } from './parseReference.ts';

/** An attribute of another resource instance that a value is made of. */
export interface Target {
  readonly instance: ResourceInstance;
  /** `id` when the reference names the object alone (Terraform 0.12 lists only that). */
  readonly attribute: string;
}

/**
 * What a value is: known now; not set; chosen by AWS at apply with nothing in the configuration
 * to say what (a new instance's private IP); made of other instances' attributes, joined through
 * the configuration's references; or depending on something outside the plan.
 */
export type Resolution =
  | { readonly kind: 'value'; readonly value: unknown }
  | { readonly kind: 'unset' }
  | { readonly kind: 'computed' }
  | {
      readonly kind: 'references';
      readonly targets: readonly Target[];
      /** Parts of the value known now (a root variable, a data source's attribute). */
      readonly values: readonly unknown[];
      /** Parts that could not be followed, in words; the caller warns with them. */
      readonly problems: readonly string[];
    }
  | { readonly kind: 'unresolved'; readonly reason: string };

/** Where an expression is evaluated: its module instance and the `count.index` / `each.key` there. */
export interface Scope {
  readonly module: readonly ModuleStep[];
  readonly key: InstanceKey | undefined;
  /** The `for_each` expression of the resource or module call, for `each.value`. */
  readonly forEach?: Expression | undefined;
}

const MAX_DEPTH = 32;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Joins values that are unknown until apply to the resource instances they come from, through
 * `configuration…expressions…references`: `aws_vpc.main.id`; `aws_subnet.a[count.index]` and
 * `aws_subnet.a[each.key]` paired by index or key (an index past the end wraps, as `element()`
 * does); `each.value` through the `for_each` expression; `var.x` through the parent's
 * `module_calls` (the root's from the plan's `variables`); `module.m.out` through the module's
 * `outputs`. Pure and reusable: the resolver knows instances and configuration, not AWS.
 */
export class Resolver {
  readonly #byResource = new Map<string, ResourceInstance[]>();
  readonly #parsed = new WeakMap<object, readonly Reference[]>();

  constructor(
    instances: readonly ResourceInstance[],
    private readonly config: ConfigurationIndex,
    private readonly rootVariables: Readonly<Record<string, unknown>> = {},
  ) {
    for (const instance of instances) {
      const list = this.#byResource.get(instance.resourceAddress);
      if (list) list.push(instance);
      else this.#byResource.set(instance.resourceAddress, [instance]);
    }
    for (const list of this.#byResource.values()) list.sort(byKey);
  }

  /**
   * The references of an expression, parsed once: every instance of a `count`/`for_each`
   * resource shares its configuration's expressions.
   */
  #references(expression: Record<string, unknown>): readonly Reference[] {
    let refs = this.#parsed.get(expression);
    if (refs === undefined) {
      const texts = Array.isArray(expression.references)
        ? expression.references.filter((r): r is string => typeof r === 'string')
        : [];
      refs = distinctReferences(texts);
      this.#parsed.set(expression, refs);
    }
    return refs;
  }

  /** Every instance of a resource, by its address without key, ordered by index or key. */
  instancesOf(resourceAddress: string): readonly ResourceInstance[] {
    return this.#byResource.get(resourceAddress) ?? [];
  }

  /** The configuration block of an instance's resource, if the plan has a configuration. */
  configOf(instance: ResourceInstance) {
    const local = `${instance.mode === 'data' ? 'data.' : ''}${instance.type}.${instance.name}`;
    return this.config.resource(configModulePath(instance.module), local);
  }

  scopeOf(instance: ResourceInstance): Scope {
    return {
      module: instance.module,
      key: instance.key,
      forEach: this.configOf(instance)?.for_each_expression,
    };
  }

  /** Resolves one configuration expression in a scope. */
  expression(expression: unknown, scope: Scope, depth = 0): Resolution {
    if (!isObject(expression)) return { kind: 'unset' };
    if ('constant_value' in expression) {
      const value = expression.constant_value;
      return value === null || value === undefined ? { kind: 'unset' } : { kind: 'value', value };
    }
    const refs = this.#references(expression);
    if (refs.length === 0) return { kind: 'unset' };
    if (depth > MAX_DEPTH) return { kind: 'unresolved', reason: 'references go round in a loop' };
    const paired = refs.some((r) => r.kind === 'count-index' || r.kind === 'each-key');
    const targets: Target[] = [];
    const values: unknown[] = [];
    const problems: string[] = [];
    for (const ref of refs) {
      this.#follow(ref, scope, paired, depth, { targets, values, problems });
    }
    if (targets.length === 0 && values.length === 0) {
      if (problems.length === 0 && paired && refs.every((r) => r.kind !== 'each-value')) {
        // `each.key` (or `count.index`) alone: the value is the key itself.
        return scope.key === undefined ? { kind: 'unset' } : { kind: 'value', value: scope.key };
      }
      return { kind: 'unresolved', reason: problems.join('; ') || 'nothing it refers to is known' };
    }
    if (targets.length === 0 && problems.length === 0 && values.length === 1) {
      return { kind: 'value', value: values[0] };
    }
    return { kind: 'references', targets, values, problems };
  }

  #follow(
    ref: Reference,
    scope: Scope,
    paired: boolean,
    depth: number,
    out: { targets: Target[]; values: unknown[]; problems: string[] },
  ): void {
    switch (ref.kind) {
      case 'resource': {
        const prefix = scope.module.map((m) => `module.${m.name}${keyText(m.key)}`).join('.');
        const local = `${ref.mode === 'data' ? 'data.' : ''}${ref.type}.${ref.name}`;
        const address = prefix === '' ? local : `${prefix}.${local}`;
        const all = this.instancesOf(address);
        const chosen = pick(all, ref.key, paired ? scope.key : undefined);
        if (chosen.length === 0) {
          out.problems.push(`${address}${keyText(ref.key)} is not in the plan`);
          return;
        }
        for (const instance of chosen) {
          const attribute = ref.attribute ?? 'id';
          // A data source was read at plan time: its values are known, not resources to join.
          if (instance.mode === 'data') {
            const value = instance.values[attribute];
            if (value === undefined || value === null) {
              out.problems.push(`${instance.address}.${attribute} is not known`);
            } else out.values.push(value);
          } else out.targets.push({ instance, attribute });
        }
        return;
      }
      case 'variable':
      case 'module-output': {
        const inner = { targets: [] as Target[], values: [] as unknown[], problems: out.problems };
        if (ref.kind === 'variable') this.#variable(ref.name, scope, depth, inner);
        else this.#moduleOutput(ref, scope, paired, depth, inner);
        // `var.subnet_ids[count.index]`, `module.net.subnets[each.key]`: the pairing applies to
        // the collection the variable or output holds.
        const narrowed =
          paired && inner.targets.length > 1 ? narrow(inner.targets, scope.key) : inner.targets;
        out.targets.push(...narrowed);
        out.values.push(...inner.values);
        return;
      }
      case 'each-value':
        return this.#eachValue(ref.attribute, scope, depth, out);
      case 'count-index':
      case 'each-key':
        return;
      case 'other':
        out.problems.push(
          ref.text.startsWith('local.')
            ? `${ref.text} is a local value, which the plan does not record`
            : `${ref.text} is not known until apply`,
        );
    }
  }

  #merge(
    resolution: Resolution,
    out: { targets: Target[]; values: unknown[]; problems: string[] },
  ): void {
    switch (resolution.kind) {
      case 'value':
        out.values.push(resolution.value);
        return;
      case 'references':
        out.targets.push(...resolution.targets);
        out.values.push(...resolution.values);
        out.problems.push(...resolution.problems);
        return;
      case 'unresolved':
        out.problems.push(resolution.reason);
        return;
      default:
        return;
    }
  }

  #variable(
    name: string,
    scope: Scope,
    depth: number,
    out: { targets: Target[]; values: unknown[]; problems: string[] },
  ): void {
    const last = scope.module.at(-1);
    if (last === undefined) {
      const value = this.rootVariables[name];
      if (value === undefined || value === null) {
        out.problems.push(`var.${name} has no value in the plan`);
      } else out.values.push(value);
      return;
    }
    const parent = scope.module.slice(0, -1);
    const call = this.config.moduleCall(configModulePath(parent), last.name);
    const given = call?.expressions?.[name];
    if (given === undefined) {
      // Not passed: the module's default, which the configuration does not always carry.
      out.problems.push(`var.${name} of module.${last.name} is not set by its caller`);
      return;
    }
    const parentScope: Scope = {
      module: parent,
      key: last.key,
      forEach: call?.for_each_expression,
    };
    this.#merge(this.expression(given, parentScope, depth + 1), out);
  }

  #moduleOutput(
    ref: Extract<Reference, { kind: 'module-output' }>,
    scope: Scope,
    paired: boolean,
    depth: number,
    out: { targets: Target[]; values: unknown[]; problems: string[] },
  ): void {
    const call = this.config.moduleCall(configModulePath(scope.module), ref.module);
    const expression =
      ref.output === undefined ? undefined : call?.module?.outputs?.[ref.output]?.expression;
    if (expression === undefined) {
      out.problems.push(`module.${ref.module}.${ref.output ?? ''} is not in the configuration`);
      return;
    }
    const repeated =
      call?.count_expression !== undefined || call?.for_each_expression !== undefined;
    const key = ref.key ?? (repeated && paired ? scope.key : undefined);
    if (repeated && key === undefined) {
      out.problems.push(`module.${ref.module} has several instances and the reference names none`);
      return;
    }
    const module = [
      ...scope.module,
      key === undefined ? { name: ref.module } : { name: ref.module, key },
    ];
    this.#merge(this.expression(expression, { module, key: undefined }, depth + 1), out);
  }

  /** `each.value`: the element of the `for_each` collection whose key is this instance's key. */
  #eachValue(
    attribute: string | undefined,
    scope: Scope,
    depth: number,
    out: { targets: Target[]; values: unknown[]; problems: string[] },
  ): void {
    const forEach = scope.forEach;
    if (forEach === undefined || scope.key === undefined) {
      out.problems.push('each.value is used outside for_each');
      return;
    }
    if (isObject(forEach.constant_value)) {
      return this.#pushElement(forEach.constant_value[String(scope.key)], attribute, out);
    }
    const refs = distinctReferences(forEach.references ?? []);
    for (const ref of refs) {
      if (ref.kind === 'resource' && ref.attribute === undefined) {
        // `for_each = aws_subnet.private`: each value is the instance with the same key.
        const prefix = scope.module.map((m) => `module.${m.name}${keyText(m.key)}`).join('.');
        const local = `${ref.mode === 'data' ? 'data.' : ''}${ref.type}.${ref.name}`;
        const address = prefix === '' ? local : `${prefix}.${local}`;
        const match = this.instancesOf(address).find((i) => i.key === scope.key);
        if (match) {
          out.targets.push({ instance: match, attribute: attribute ?? 'id' });
          return;
        }
      }
    }
    const collection = this.expression(
      forEach,
      { module: scope.module, key: undefined },
      depth + 1,
    );
    if (collection.kind === 'value' && isObject(collection.value)) {
      return this.#pushElement(collection.value[String(scope.key)], attribute, out);
    }
    out.problems.push(`each.value of key ${JSON.stringify(scope.key)} is not known`);
  }

  #pushElement(
    element: unknown,
    attribute: string | undefined,
    out: { targets: Target[]; values: unknown[]; problems: string[] },
  ): void {
    const value =
      attribute === undefined ? element : isObject(element) ? element[attribute] : undefined;
    if (value === undefined || value === null)
      out.problems.push(`each.value.${attribute ?? ''} is not known`);
    else out.values.push(value);
  }
}

/** The targets whose instance key is the referrer's key, or its index into the list; else all. */
function narrow(targets: readonly Target[], key: InstanceKey | undefined): readonly Target[] {
  if (key === undefined) return targets;
  const byKey = targets.filter((t) => t.instance.key === key);
  if (byKey.length > 0) return byKey;
  if (typeof key === 'number') {
    const one = targets[key % targets.length];
    return one ? [one] : targets;
  }
  return targets;
}

function keyText(key: InstanceKey | undefined): string {
  if (key === undefined) return '';
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

function byKey(a: ResourceInstance, b: ResourceInstance): number {
  if (typeof a.key === 'number' && typeof b.key === 'number') return a.key - b.key;
  return String(a.key ?? '').localeCompare(String(b.key ?? ''));
}

/**
 * The instances a reference means: the one it names by key; the only one; the one paired with
 * the referrer's `count.index` (wrapping, as `element()` does) or `each.key`; else all of them
 * (a splat, `aws_subnet.a[*].id`), for the caller to accept in a list or refuse as ambiguous.
 */
function pick(
  all: readonly ResourceInstance[],
  key: InstanceKey | undefined,
  pairedKey: InstanceKey | undefined,
): readonly ResourceInstance[] {
  if (key !== undefined) return all.filter((i) => i.key === key);
  if (all.length === 1) return all;
  if (pairedKey !== undefined && all.length > 0) {
    if (typeof pairedKey === 'number' && all.every((i) => typeof i.key === 'number')) {
      const one = all[pairedKey % all.length];
      return one ? [one] : [];
    }
    return all.filter((i) => i.key === pairedKey);
  }
  return all;
}
