import type { InstanceKey } from './schema.ts';

/**
 * Terraform resource addresses (https://developer.hashicorp.com/terraform/cli/state/resource-addressing):
 * `[module.<name>[<key>].]…[data.]<type>.<name>[<key>]`, where a key is a `count` index (`[1]`)
 * or a `for_each` key (`["a"]`, a JSON-quoted string).
 */

export interface ModuleStep {
  readonly name: string;
  readonly key?: InstanceKey;
}

export interface ParsedAddress {
  readonly module: readonly ModuleStep[];
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly key?: InstanceKey;
}

interface Step {
  readonly word: string;
  readonly key?: InstanceKey;
}

const WORD = /^[A-Za-z_][A-Za-z0-9_-]*/;

/** Splits `a.b["x.y"].c[2]` into words with their keys; null when it is not an address. */
function steps(text: string): Step[] | null {
  const out: Step[] = [];
  let rest = text;
  while (rest !== '') {
    const word = WORD.exec(rest)?.[0];
    if (word === undefined) return null;
    rest = rest.slice(word.length);
    let key: InstanceKey | undefined;
    if (rest.startsWith('[')) {
      const parsed = readKey(rest);
      if (parsed === null) return null;
      key = parsed.key;
      rest = rest.slice(parsed.length);
    }
    out.push(key === undefined ? { word } : { word, key });
    if (rest === '') break;
    if (!rest.startsWith('.')) return null;
    rest = rest.slice(1);
  }
  return out;
}

/** `[3]` or `["a\"b"]` at the start of `text`. */
function readKey(text: string): { key: InstanceKey; length: number } | null {
  const index = /^\[(\d+)\]/.exec(text);
  if (index) return { key: Number(index[1]), length: index[0].length };
  const quoted = /^\["((?:[^"\\]|\\.)*)"\]/.exec(text);
  if (!quoted) return null;
  try {
    return { key: JSON.parse(`"${quoted[1]}"`) as string, length: quoted[0].length };
  } catch {
    return null;
  }
}

export function parseAddress(address: string): ParsedAddress | null {
  const parts = steps(address.trim());
  if (parts === null) return null;
  const module: ModuleStep[] = [];
  let i = 0;
  while (parts[i]?.word === 'module' && parts[i]?.key === undefined && i + 1 < parts.length) {
    const call = parts[i + 1] as Step;
    module.push(call.key === undefined ? { name: call.word } : { name: call.word, key: call.key });
    i += 2;
  }
  const rest = parts.slice(i);
  const data = rest[0]?.word === 'data' && rest[0].key === undefined;
  const [type, name, ...extra] = data ? rest.slice(1) : rest;
  if (type === undefined || name === undefined || extra.length > 0 || type.key !== undefined) {
    return null;
  }
  return {
    module,
    mode: data ? 'data' : 'managed',
    type: type.word,
    name: name.word,
    ...(name.key === undefined ? {} : { key: name.key }),
  };
}

export function formatKey(key: InstanceKey | undefined): string {
  if (key === undefined) return '';
  return typeof key === 'number' ? `[${key}]` : `[${JSON.stringify(key)}]`;
}

export function formatModule(module: readonly ModuleStep[]): string {
  return module.map((m) => `module.${m.name}${formatKey(m.key)}`).join('.');
}

/** The address of a resource (all its instances) or, with a key, of one instance. */
export function formatAddress(a: {
  readonly module: readonly ModuleStep[];
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly key?: InstanceKey | undefined;
}): string {
  const prefix = formatModule(a.module);
  const resource = `${a.mode === 'data' ? 'data.' : ''}${a.type}.${a.name}${formatKey(a.key)}`;
  return prefix === '' ? resource : `${prefix}.${resource}`;
}

/** The module path without instance keys (`module.app.module.db`): where its configuration is. */
export function configModulePath(module: readonly ModuleStep[]): string {
  return module.map((m) => `module.${m.name}`).join('.');
}
