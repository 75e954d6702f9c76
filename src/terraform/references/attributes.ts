import { isUnknown, type ResourceInstance } from '../format/instances.ts';
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
  /**
   * True when the blocks of that name are known only after apply and the configuration does not
   * say what they are (`dynamic` blocks over a value known only after apply).
   */
  blocksUnknown(name: string): boolean;
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
  /**
   * The expression of the whole block list, when the configuration records it as one attribute
   * (the provider's "attributes as blocks": `ingress`, `route`), with how many blocks have each
   * attribute unknown: it stands for a block's unknown attribute when it can only mean one thing.
   */
  readonly shared?: {
    readonly expression: unknown;
    readonly unknownCount: ReadonlyMap<string, number>;
  };
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
      if (expression === undefined) {
        if (this.data.shared) return this.#fromShared(name, this.data.shared);
        return configOnly ? { kind: 'unset' } : { kind: 'computed' };
      }
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

  /**
   * A block's unknown attribute from the references of the whole list: only instances whose
   * referenced attribute is itself unknown can make it unknown (a reference to a known value
   * would be known), and with several blocks unknown there the answer must be one target.
   */
  #fromShared(name: string, shared: NonNullable<BlockData['shared']>): Resolution {
    const resolved = this.resolver.expression(shared.expression, this.scope);
    if (resolved.kind !== 'references') {
      return { kind: 'unresolved', reason: `${name} is known only after apply` };
    }
    const targets = resolved.targets.filter((t) => isUnknown(t.instance, [t.attribute]));
    if (targets.length === 0 || ((shared.unknownCount.get(name) ?? 0) > 1 && targets.length > 1)) {
      const named = resolved.targets.map((t) => `${t.instance.address}.${t.attribute}`);
      return {
        kind: 'unresolved',
        reason: `it is one of ${named.join(', ') || 'the values the configuration refers to'}, and which one cannot be told`,
      };
    }
    return { kind: 'references', targets, values: [], problems: [] };
  }

  blocksUnknown(name: string): boolean {
    const { unknown, expressions, configOnly } = this.data;
    const mark = unknown === true ? true : isObject(unknown) ? unknown[name] : undefined;
    if (configOnly || mark !== true) return false;
    const expression = expressions?.[name];
    return (
      expression !== undefined && configBlocks(expression).length === 0 && !isConstant(expression)
    );
  }

  blocks(name: string): Attributes[] {
    const { values, unknown, expressions, configOnly } = this.data;
    const mark = unknown === true ? true : isObject(unknown) ? unknown[name] : undefined;
    const written = configBlocks(expressions?.[name]);
    const label = (i: number) => `${this.data.label} ${name} block ${i + 1}`;
    if (configOnly || mark === true) {
      const constant = expressions?.[name];
      // Blocks written without references are one constant value: a list of plain objects.
      if (isConstant(constant) && Array.isArray(constant.constant_value)) {
        return constant.constant_value.filter(isObject).map(
          (element, i) =>
            new BlockAttributes(this.resolver, this.scope, this.instance, {
              label: label(i),
              path: `${this.data.path}.${name}[${i}]`,
              values: element,
              unknown: undefined,
              expressions: undefined,
              configOnly: false,
            }),
        );
      }
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
    const list = (Array.isArray(value) ? value : isObject(value) ? [value] : []).filter(isObject);
    const marks = list.map((_, i) =>
      Array.isArray(mark) ? mark[i] : isObject(mark) ? mark : undefined,
    );
    const attributeLevel = expressions?.[name];
    const shared =
      written.length === 0 && isObject(attributeLevel) && 'references' in attributeLevel
        ? { expression: attributeLevel, unknownCount: countUnknown(marks) }
        : undefined;
    return list.map(
      (element, i) =>
        new BlockAttributes(this.resolver, this.scope, this.instance, {
          label: label(i),
          path: `${this.data.path}.${name}[${i}]`,
          values: element,
          unknown: marks[i],
          expressions: pairBlock(element, written),
          configOnly: false,
          ...(shared ? { shared } : {}),
        }),
    );
  }
}

function isConstant(expression: unknown): expression is { constant_value: unknown } {
  return isObject(expression) && 'constant_value' in expression;
}

/** How many blocks have each attribute unknown. */
function countUnknown(marks: readonly unknown[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const mark of marks) {
    if (!isObject(mark)) continue;
    for (const [name, m] of Object.entries(mark)) {
      if (containsUnknown(m)) out.set(name, (out.get(name) ?? 0) + 1);
    }
  }
  return out;
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
