import type { ResourceInstance } from '../format/instances.ts';
import type { Resolution, Resolver, Scope } from './resolver.ts';

/**
 * The attributes of one resource instance, or of one of its nested blocks (`ingress`, `route`),
 * read the way Terraform records them: the known value when there is one, else, where the plan
 * says the value is known only after apply, the configuration's expression for it, resolved.
 */
export interface Attributes {
  readonly instance: ResourceInstance;
  /** `aws_security_group.web` or `aws_security_group.web ingress block`: for messages. */
  readonly label: string;
  /** The JSON path of the block's values, for messages about a bad value. */
  readonly path: string;
  get(name: string): Resolution;
  /** The nested blocks of that name (`ingress`, `route`, `vpc_config`…), possibly none. */
  blocks(name: string): Attributes[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function containsUnknown(mark: unknown): boolean {
  if (mark === true) return true;
  if (Array.isArray(mark)) return mark.some(containsUnknown);
  return false;
}

/** The expressions of a block list in the configuration: one object per block written. */
function configBlocks(expression: unknown): Record<string, unknown>[] {
  if (Array.isArray(expression)) return expression.filter(isObject);
  // A single nested block, or a block with a label map (NestingMap).
  return isObject(expression) && !('references' in expression || 'constant_value' in expression)
    ? [expression]
    : [];
}

/** Loose equality of a configuration constant and a planned value ("3306" and 3306 alike). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  }
  if (a === null || b === null || typeof a === 'object' || typeof b === 'object') return a === b;
  return String(a) === String(b);
}

export function instanceAttributes(resolver: Resolver, instance: ResourceInstance): Attributes {
  const expressions = resolver.configOf(instance)?.expressions;
  return new BlockAttributes(resolver, resolver.scopeOf(instance), instance, {
    label: instance.address,
    path: instance.path,
    values: instance.values,
    unknown: instance.unknown,
    expressions,
    configOnly: false,
  });
}

interface BlockData {
  readonly label: string;
  readonly path: string;
  readonly values: Readonly<Record<string, unknown>>;
  readonly unknown: unknown;
  readonly expressions: Readonly<Record<string, unknown>> | undefined;
  /** Known only through the configuration: an absent expression means "not set". */
  readonly configOnly: boolean;
}

class BlockAttributes implements Attributes {
  constructor(
    private readonly resolver: Resolver,
    private readonly scope: Scope,
    readonly instance: ResourceInstance,
    private readonly data: BlockData,
  ) {}

  get label(): string {
    return this.data.label;
  }

  get path(): string {
    return this.data.path;
  }

  get(name: string): Resolution {
    const { values, unknown, expressions, configOnly } = this.data;
    const mark = unknown === true ? true : isObject(unknown) ? unknown[name] : undefined;
    const value = values[name];
    if (configOnly || containsUnknown(mark)) {
      const expression = expressions?.[name];
      if (expression === undefined) return configOnly ? { kind: 'unset' } : { kind: 'computed' };
      const resolved = this.resolver.expression(expression, this.scope);
      // A list with some elements known (a literal ID beside a reference): keep those too.
      if (Array.isArray(value) && resolved.kind === 'references') {
        const known = value.filter((v) => v !== null && v !== undefined);
        return { ...resolved, values: [...known, ...resolved.values] };
      }
      return resolved;
    }
    if (value === undefined || value === null) return { kind: 'unset' };
    return { kind: 'value', value };
  }

  blocks(name: string): Attributes[] {
    const { values, unknown, expressions, configOnly } = this.data;
    const mark = unknown === true ? true : isObject(unknown) ? unknown[name] : undefined;
    const written = configBlocks(expressions?.[name]);
    const label = (i: number) => `${this.data.label} ${name} block ${i + 1}`;
    if (configOnly || mark === true) {
      return written.map(
        (block, i) =>
          new BlockAttributes(this.resolver, this.scope, this.instance, {
            label: label(i),
            path: `${this.data.path}.${name}[${i}]`,
            values: {},
            unknown: true,
            expressions: block,
            configOnly: true,
          }),
      );
    }
    const value = values[name];
    const list = Array.isArray(value) ? value : isObject(value) ? [value] : [];
    return list.filter(isObject).map(
      (element, i) =>
        new BlockAttributes(this.resolver, this.scope, this.instance, {
          label: label(i),
          path: `${this.data.path}.${name}[${i}]`,
          values: element,
          unknown: Array.isArray(mark) ? mark[i] : isObject(mark) ? mark : undefined,
          expressions: pairBlock(element, written),
          configOnly: false,
        }),
    );
  }
}

/**
 * The configuration block a planned block came from. Sets of blocks (`ingress`) are ordered by
 * hash in the plan, not as written, so the block is found by its constant attributes.
 */
function pairBlock(
  element: Readonly<Record<string, unknown>>,
  written: readonly Record<string, unknown>[],
): Record<string, unknown> | undefined {
  const matches = written.filter((block) =>
    Object.entries(block).every(([attribute, expression]) => {
      if (!isObject(expression) || !('constant_value' in expression)) return true;
      return sameValue(expression.constant_value, element[attribute]);
    }),
  );
  return matches.length === 1 ? matches[0] : undefined;
}
