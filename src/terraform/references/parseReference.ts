import type { InstanceKey } from '../format/schema.ts';

/**
 * One entry of an expression's `references` in the plan's configuration. Terraform lists each
 * reference from its longest traversal down to the object it names
 * (`aws_vpc.main.id`, `aws_vpc.main`; `aws_subnet.a[0].id`, `aws_subnet.a[0]`, `aws_subnet.a`),
 * and Terraform 0.12 only the object (`aws_vpc.main`). Callers use string forms only.
 */
export type Reference =
  | {
      readonly kind: 'resource';
      readonly mode: 'managed' | 'data';
      readonly type: string;
      readonly name: string;
      readonly key?: InstanceKey;
      /** The first attribute after the object (`id`, `default_security_group_id`…). */
      readonly attribute?: string;
    }
  | { readonly kind: 'variable'; readonly name: string }
  | {
      readonly kind: 'module-output';
      readonly module: string;
      readonly key?: InstanceKey;
      readonly output?: string;
    }
  | { readonly kind: 'count-index' }
  | { readonly kind: 'each-key' }
  | { readonly kind: 'each-value'; readonly attribute?: string }
  | { readonly kind: 'other'; readonly text: string };

const WORD = '[A-Za-z_][A-Za-z0-9_-]*';
const KEY = '\\[(\\d+|"(?:[^"\\\\]|\\\\.)*")\\]';
const RESOURCE = new RegExp(`^(data\\.)?(${WORD})\\.(${WORD})(?:${KEY})?(?:\\.(${WORD}))?`);
const MODULE = new RegExp(`^module\\.(${WORD})(?:${KEY})?(?:\\.(${WORD}))?`);

function key(text: string | undefined): InstanceKey | undefined {
  if (text === undefined) return undefined;
  if (/^\d+$/.test(text)) return Number(text);
  try {
    return JSON.parse(text) as string;
  } catch {
    return undefined;
  }
}

const NOT_RESOURCES = new Set([
  'var',
  'local',
  'module',
  'count',
  'each',
  'path',
  'self',
  'terraform',
]);

export function parseReference(text: string): Reference {
  if (text === 'count.index') return { kind: 'count-index' };
  if (text === 'each.key') return { kind: 'each-key' };
  if (text === 'each.value' || text.startsWith('each.value.') || text.startsWith('each.value[')) {
    const attribute = new RegExp(`^each\\.value\\.(${WORD})`).exec(text)?.[1];
    return attribute === undefined ? { kind: 'each-value' } : { kind: 'each-value', attribute };
  }
  const variable = new RegExp(`^var\\.(${WORD})`).exec(text);
  if (variable) return { kind: 'variable', name: variable[1] as string };
  const module = MODULE.exec(text);
  if (module) {
    const k = key(module[2]);
    return {
      kind: 'module-output',
      module: module[1] as string,
      ...(k === undefined ? {} : { key: k }),
      ...(module[3] === undefined ? {} : { output: module[3] }),
    };
  }
  const resource = RESOURCE.exec(text);
  const first = text.split(/[.[]/, 1)[0] ?? '';
  if (resource && !NOT_RESOURCES.has(first)) {
    const k = key(resource[4]);
    return {
      kind: 'resource',
      mode: resource[1] ? 'data' : 'managed',
      type: resource[2] as string,
      name: resource[3] as string,
      ...(k === undefined ? {} : { key: k }),
      ...(resource[5] === undefined ? {} : { attribute: resource[5] }),
    };
  }
  return { kind: 'other', text };
}

/**
 * The distinct references of one expression: the longest form of each, and a resource named
 * without a key only when the expression does not also name one of its instances.
 */
export function distinctReferences(texts: readonly string[]): Reference[] {
  const parsed = texts.map(parseReference);
  const keyed = new Set(
    parsed.flatMap((r) =>
      r.kind === 'resource' && r.key !== undefined ? [`${r.mode}.${r.type}.${r.name}`] : [],
    ),
  );
  // `module.net[0].vpc_id` is listed with `module.net[0]` and `module.net`: the call alone is kept
  // only when nothing more specific of it is named.
  const moreSpecific = new Set(
    parsed.flatMap((r) =>
      r.kind === 'module-output' && (r.output !== undefined || r.key !== undefined)
        ? [r.module]
        : [],
    ),
  );
  const out: Reference[] = [];
  const seen = new Set<string>();
  for (const r of parsed) {
    const id = identity(r);
    if (
      r.kind === 'resource' &&
      r.key === undefined &&
      keyed.has(`${r.mode}.${r.type}.${r.name}`)
    ) {
      continue;
    }
    if (r.kind === 'module-output' && r.output === undefined && r.key === undefined) {
      if (moreSpecific.has(r.module)) continue;
    }
    if (r.kind === 'module-output' && r.output === undefined && r.key !== undefined) {
      if (
        parsed.some(
          (o) => o.kind === 'module-output' && o.output !== undefined && o.module === r.module,
        )
      )
        continue;
    }
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(r);
  }
  return out;
}

/** The object a reference names, so that its shorter forms are recognised as the same one. */
function identity(r: Reference): string {
  switch (r.kind) {
    case 'resource':
      return `r:${r.mode}.${r.type}.${r.name}[${JSON.stringify(r.key ?? null)}]`;
    case 'module-output':
      return `m:${moduleInstance(r)}.${r.output ?? ''}`;
    case 'variable':
      return `v:${r.name}`;
    case 'each-value':
      return 'each.value';
    case 'other':
      return `o:${r.text}`;
    default:
      return r.kind;
  }
}

function moduleInstance(r: { readonly module: string; readonly key?: InstanceKey }): string {
  return `${r.module}[${JSON.stringify(r.key ?? null)}]`;
}
