/**
 * Terraform names for exported resources: `snake_case` from the resource's own name, valid
 * identifiers (a letter or underscore first; letters, digits, underscores), unique within each
 * resource type (`web`, `web_2`…). https://developer.hashicorp.com/terraform/language/syntax/configuration#identifiers
 */
export function snakeCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export class Namer {
  readonly #taken = new Map<string, Set<string>>();

  /**
   * A fresh name for a resource of `type`: from `wanted` (made snake_case), else `fallback`;
   * prefixed with `fallback` when it would start with a digit; suffixed `_2`, `_3`… when taken.
   */
  name(type: string, wanted: string, fallback: string): string {
    let base = snakeCase(wanted);
    if (base === '') base = snakeCase(fallback) || 'resource';
    if (/^[0-9]/.test(base)) base = `${snakeCase(fallback) || 'r'}_${base}`;
    base = base.slice(0, 64).replace(/_+$/, '');
    const taken = this.#taken.get(type) ?? new Set<string>();
    this.#taken.set(type, taken);
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
    taken.add(name);
    return name;
  }
}
