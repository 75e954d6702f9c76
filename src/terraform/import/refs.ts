import type { Attributes } from '../references/attributes.ts';
import type { Target } from '../references/resolver.ts';
import type { ImportContext } from './context.ts';
import { unknownReason } from './read.ts';

/**
 * An attribute that names another resource by ID (`vpc_id`, `subnet_id`, `gateway_id`): the
 * model ID of a resource of the plan; not set; a known ID of something outside the plan (an
 * existing VPC found by a data source); or nothing that can be told now, with the reason.
 */
export type IdRead =
  | { readonly kind: 'id'; readonly id: string }
  | { readonly kind: 'unset' }
  | { readonly kind: 'outside'; readonly value: string }
  | { readonly kind: 'unknown'; readonly reason: string };

/** Several IDs (`vpc_security_group_ids`, `subnet_ids`). */
export interface IdsRead {
  readonly ids: readonly string[];
  /** Known IDs (or names) of things outside the plan. */
  readonly outside: readonly string[];
  /** Why some of the list is not known now; empty when all of it is. */
  readonly unknown: readonly string[];
  readonly unset: boolean;
}

const MAX_DEPTH = 8;

/** True when the ID has one of the prefixes (`tgw-attach-…` is not a `tgw-…`). */
function accepts(id: string, prefixes: readonly string[]): boolean {
  return prefixes.some(
    (p) => id.startsWith(`${p}-`) && /^[0-9a-zA-Z]+$/.test(id.slice(p.length + 1)),
  );
}

/** The model ID a reference target stands for, when it is one of `prefixes`. */
export function idOfTarget(
  ctx: ImportContext,
  target: Target,
  prefixes: readonly string[],
  depth = 0,
): string | string[] | undefined {
  const { instance, attribute } = target;
  const part = ctx.ids.get(instance.address, attribute);
  if (part !== undefined && accepts(part, prefixes)) return part;
  if (attribute === 'id' || attribute === 'allocation_id' || attribute === 'arn') {
    const whole = ctx.ids.get(instance.address);
    if (whole !== undefined && accepts(whole, prefixes)) return whole;
  }
  // `aws_subnet.a.vpc_id`, `aws_instance.web.subnet_id`: what that resource names, in turn.
  if (depth < MAX_DEPTH && /_ids?$/.test(attribute)) {
    const attrs = ctx.attributes(instance);
    if (attribute.endsWith('_ids'))
      return [...readIds(ctx, attrs, attribute, prefixes, depth + 1).ids];
    const read = readId(ctx, attrs, attribute, prefixes, depth + 1);
    return read.kind === 'id' ? read.id : undefined;
  }
  return undefined;
}

function fromKnown(ctx: ImportContext, value: unknown, prefixes: readonly string[]): IdRead {
  if (typeof value !== 'string' || value === '') return { kind: 'unset' };
  if (ctx.ids.has(value) && accepts(value, prefixes)) return { kind: 'id', id: value };
  return { kind: 'outside', value };
}

export function readId(
  ctx: ImportContext,
  attrs: Attributes,
  name: string,
  prefixes: readonly string[],
  depth = 0,
): IdRead {
  const resolution = attrs.get(name);
  switch (resolution.kind) {
    // Not written in the configuration: AWS picks (the default VPC's subnet, the default group).
    case 'unset':
    case 'computed':
      return { kind: 'unset' };
    case 'value':
      return fromKnown(ctx, resolution.value, prefixes);
    case 'references': {
      const ids = new Set<string>();
      for (const target of resolution.targets) {
        const id = idOfTarget(ctx, target, prefixes, depth);
        for (const one of id === undefined ? [] : Array.isArray(id) ? id : [id]) ids.add(one);
      }
      for (const value of resolution.values) {
        const known = fromKnown(ctx, value, prefixes);
        if (known.kind === 'id') ids.add(known.id);
        else if (known.kind === 'outside' && resolution.targets.length === 0) return known;
      }
      const [only, ...others] = [...ids];
      if (only !== undefined && others.length === 0) return { kind: 'id', id: only };
      if (only !== undefined) {
        return {
          kind: 'unknown',
          reason: `${name} of ${attrs.label} may be any of ${[only, ...others].map((id) => ctx.ids.addresses.get(id) ?? id).join(', ')}`,
        };
      }
      return { kind: 'unknown', reason: unknownReason(attrs, name, resolution) };
    }
    default:
      return { kind: 'unknown', reason: unknownReason(attrs, name, resolution) };
  }
}

export function readIds(
  ctx: ImportContext,
  attrs: Attributes,
  name: string,
  prefixes: readonly string[],
  depth = 0,
): IdsRead {
  const resolution = attrs.get(name);
  const ids = new Set<string>();
  const outside: string[] = [];
  const unknown: string[] = [];
  const addKnown = (value: unknown) => {
    const known = fromKnown(ctx, value, prefixes);
    if (known.kind === 'id') ids.add(known.id);
    else if (known.kind === 'outside') outside.push(known.value);
  };
  switch (resolution.kind) {
    case 'unset':
    case 'computed':
      return { ids: [], outside: [], unknown: [], unset: true };
    case 'value':
      for (const value of Array.isArray(resolution.value) ? resolution.value : [resolution.value]) {
        addKnown(value);
      }
      break;
    case 'references':
      for (const target of resolution.targets) {
        const id = idOfTarget(ctx, target, prefixes, depth);
        if (id === undefined) {
          unknown.push(
            `${name} of ${attrs.label} names ${target.instance.address}.${target.attribute}, which is not one`,
          );
        } else for (const one of Array.isArray(id) ? id : [id]) ids.add(one);
      }
      for (const value of resolution.values) {
        for (const one of Array.isArray(value) ? value : [value]) addKnown(one);
      }
      if (resolution.problems.length > 0) {
        unknown.push(`${name} of ${attrs.label}: ${resolution.problems.join('; ')}`);
      }
      break;
    default:
      unknown.push(unknownReason(attrs, name, resolution));
  }
  return { ids: [...ids], outside, unknown, unset: false };
}

/** The Terraform address of a model ID, for messages; the ID itself when it has none. */
export function shown(ctx: ImportContext, id: string): string {
  return ctx.ids.placeholders.has(id) ? (ctx.ids.addresses.get(id) ?? id) : id;
}
