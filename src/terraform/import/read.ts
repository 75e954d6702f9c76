import { describeValue } from '../../model/issues.ts';
import type { Attributes } from '../references/attributes.ts';
import type { Resolution } from '../references/resolver.ts';
import { ImportError } from './context.ts';

/**
 * A plain attribute (a CIDR block, a flag, a port): known, not set, or not known now. A value
 * that Terraform knows only after apply and that comes from another resource's computed
 * attribute cannot be evaluated here: `reason` says why, naming the resource and attribute.
 */
export type Read<T> =
  | { readonly kind: 'value'; readonly value: T }
  | { readonly kind: 'unset' }
  | { readonly kind: 'unknown'; readonly reason: string };

/** Why a resolution gave no plain value, in words that name the address and attribute. */
export function unknownReason(attrs: Attributes, name: string, resolution: Resolution): string {
  const what = `${name} of ${attrs.label}`;
  switch (resolution.kind) {
    case 'computed':
      return `${what} is known only after apply`;
    case 'unresolved':
      return `${what} is known only after apply and cannot be resolved: ${resolution.reason}`;
    case 'references': {
      const from = resolution.targets.map((t) => `${t.instance.address}.${t.attribute}`);
      const parts = [...from, ...resolution.problems];
      return `${what} is known only after apply (from ${parts.join(', ')})`;
    }
    default:
      return `${what} is not known`;
  }
}

function read<T>(
  attrs: Attributes,
  name: string,
  check: (value: unknown) => T | undefined,
  expected: string,
): Read<T> {
  const resolution = attrs.get(name);
  // Terraform 0.12 prints some unset strings as "" (`vpc_peering_connection_id`, `public_ip`).
  if (resolution.kind === 'unset' || (resolution.kind === 'value' && resolution.value === '')) {
    return { kind: 'unset' };
  }
  if (resolution.kind !== 'value') {
    return { kind: 'unknown', reason: unknownReason(attrs, name, resolution) };
  }
  const value = check(resolution.value);
  if (value === undefined) {
    throw new ImportError({
      path: `${attrs.path}.${name}`,
      message: `expected ${expected}, got ${describeValue(resolution.value)}`,
    });
  }
  return { kind: 'value', value };
}

export function readString(attrs: Attributes, name: string): Read<string> {
  return read(attrs, name, (v) => (typeof v === 'string' ? v : undefined), 'a string');
}

/** A string that must pass `valid` (a CIDR block, an address), described by `expected`. */
export function readChecked(
  attrs: Attributes,
  name: string,
  valid: (text: string) => boolean,
  expected: string,
): Read<string> {
  return read(attrs, name, (v) => (typeof v === 'string' && valid(v) ? v : undefined), expected);
}

export function readBool(attrs: Attributes, name: string): Read<boolean> {
  return read(
    attrs,
    name,
    (v) => (typeof v === 'boolean' ? v : v === 'true' ? true : v === 'false' ? false : undefined),
    'true or false',
  );
}

/** A whole number; configuration constants of Terraform 0.12 may be strings ("3306"). */
export function readInteger(attrs: Attributes, name: string): Read<number> {
  return read(
    attrs,
    name,
    (v) => {
      const n = typeof v === 'string' && /^-?\d+$/.test(v.trim()) ? Number(v) : v;
      return typeof n === 'number' && Number.isSafeInteger(n) ? n : undefined;
    },
    'a whole number',
  );
}

/** A list (or set) of strings that each pass `valid`. */
export function readStringList(
  attrs: Attributes,
  name: string,
  valid: (text: string) => boolean = () => true,
  expected = 'a list of strings',
): Read<string[]> {
  return read(
    attrs,
    name,
    (v) =>
      Array.isArray(v) && v.every((x) => typeof x === 'string' && valid(x))
        ? (v as string[])
        : undefined,
    expected,
  );
}

/** The value when known, else `fallback` (an unset or unknown attribute). */
export function valueOr<T>(read: Read<T>, fallback: T): T {
  return read.kind === 'value' ? read.value : fallback;
}

/** The resource's `Name` tag, else its Terraform address. */
export function nameOf(attrs: Attributes): string {
  const tags = attrs.get('tags');
  if (tags.kind === 'value' && typeof tags.value === 'object' && tags.value !== null) {
    const name = (tags.value as Record<string, unknown>).Name;
    if (typeof name === 'string' && name.trim() !== '') return name.slice(0, 256);
  }
  return attrs.instance.address.slice(0, 256);
}

/** The resource's tags, as the model keeps them (string values; AWS's lengths). */
export function tagsOf(attrs: Attributes): Record<string, string> | undefined {
  const tags = attrs.get('tags');
  if (tags.kind !== 'value' || typeof tags.value !== 'object' || tags.value === null)
    return undefined;
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(tags.value as Record<string, unknown>)) {
    if (typeof value === 'string' && key.length > 0 && key.length <= 128)
      out[key] = value.slice(0, 256);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
