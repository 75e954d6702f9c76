/**
 * The set an invariant's `from` or `to` names (spec/ci-check.md): `internet`, one endpoint, or a
 * selector object. An object with several keys selects what every key selects (all of them).
 */
export type Path = readonly (string | number)[];

export type Selector =
  | { readonly kind: 'internet'; readonly path: Path }
  | { readonly kind: 'endpoint'; readonly text: string; readonly path: Path }
  | {
      readonly kind: 'vpc' | 'subnet' | 'security-group' | 'cidr';
      readonly value: string;
      readonly path: Path;
    }
  | {
      readonly kind: 'tag' | 'subnet-tag';
      readonly tags: Readonly<Record<string, string>>;
      readonly path: Path;
    }
  | { readonly kind: 'not'; readonly of: Selector; readonly path: Path }
  | { readonly kind: 'any-of' | 'all-of'; readonly of: readonly Selector[]; readonly path: Path };

export const SELECTOR_KEYS = [
  'vpc',
  'subnet',
  'security-group',
  'tag',
  'subnet-tag',
  'cidr',
  'not',
  'any-of',
] as const;

/** A problem at a path of the file. */
export interface PathIssue {
  readonly path: Path;
  /** Point at the key itself rather than its value (an unknown key). */
  readonly atKey?: boolean;
  readonly message: string;
}

/** Reads a selector; problems are pushed to `issues` (and a placeholder returned). */
export function readSelector(value: unknown, path: Path, issues: PathIssue[]): Selector {
  if (typeof value === 'string') {
    const text = value.trim();
    if (text === '') issues.push({ path, message: 'expected internet, an endpoint or a selector' });
    return text === 'internet' ? { kind: 'internet', path } : { kind: 'endpoint', text, path };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.push({
      path,
      message: `expected internet, an endpoint or a selector (${SELECTOR_KEYS.join(', ')})`,
    });
    return { kind: 'any-of', of: [], path };
  }
  const parts: Selector[] = [];
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0)
    issues.push({
      path,
      message: `an empty selector: expected one of ${SELECTOR_KEYS.join(', ')}`,
    });
  for (const [key, v] of entries) {
    const at = [...path, key];
    switch (key) {
      case 'vpc':
      case 'subnet':
      case 'security-group':
      case 'cidr':
        if (typeof v !== 'string' || v.trim() === '') {
          issues.push({
            path: at,
            message: `expected ${key === 'cidr' ? 'a CIDR block' : 'an ID, a Name or a Terraform address'}`,
          });
          break;
        }
        parts.push({ kind: key, value: v.trim(), path: at });
        break;
      case 'tag':
      case 'subnet-tag': {
        const tags = readTags(v);
        if (tags === null) issues.push({ path: at, message: 'expected tags as { Key: Value }' });
        else parts.push({ kind: key, tags, path: at });
        break;
      }
      case 'not':
        parts.push({ kind: 'not', of: readSelector(v, at, issues), path: at });
        break;
      case 'any-of':
        if (!Array.isArray(v) || v.length === 0) {
          issues.push({ path: at, message: 'expected a list of selectors' });
          break;
        }
        parts.push({
          kind: 'any-of',
          of: v.map((item, k) => readSelector(item, [...at, k], issues)),
          path: at,
        });
        break;
      default:
        issues.push({
          path: at,
          atKey: true,
          message: `unknown selector "${key}" (expected ${SELECTOR_KEYS.join(', ')})`,
        });
    }
  }
  return parts.length === 1 ? (parts[0] as Selector) : { kind: 'all-of', of: parts, path };
}

function readTags(v: unknown): Record<string, string> | null {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return null;
  const out: Record<string, string> = {};
  const entries = Object.entries(v as Record<string, unknown>);
  if (entries.length === 0) return null;
  for (const [k, value] of entries) {
    if (typeof value === 'string') out[k] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') out[k] = String(value);
    else return null;
  }
  return out;
}

/** `invariants[1].to.subnet-tag`: a path as the messages print it. */
export function pathText(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? seg : `.${seg}`;
  }
  return out;
}
