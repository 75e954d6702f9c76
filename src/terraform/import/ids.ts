/**
 * Model IDs for Terraform resources. A resource whose ID is known (the state, or a plan's
 * unchanged resources) keeps it; one created by the plan has none until apply, so it gets a
 * placeholder made from its address: stable across imports of the same plan, shaped like AWS's
 * IDs (the model requires it) and marked `tf` so a reader sees it was not AWS's
 * (`sg-tf3f9a0c1d2e4b5a`). The CLI prints the Terraform address wherever a placeholder would show.
 */

/**
 * A 56-bit hash of the text as 14 hex digits: two 32-bit FNV-1a hashes with different offset
 * bases (cheap integer arithmetic; BigInt costs ten times more over thousands of addresses).
 */
function hash56(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (a >>> 13);
  }
  const high = (a >>> 0).toString(16).padStart(8, '0');
  const low = (b >>> 0).toString(16).padStart(8, '0').slice(0, 6);
  return high + low;
}

export class IdRegistry {
  /** Model ID → Terraform address (of the resource it stands for). */
  readonly addresses = new Map<string, string>();
  /** IDs made up here because Terraform knows them only after apply. */
  readonly placeholders = new Set<string>();
  /** `address` or `address#attribute` → model ID. */
  readonly #byKey = new Map<string, string>();
  readonly #taken = new Set<string>();

  /** The ID of `address` (or of `address#attribute`), if registered. */
  get(address: string, attribute?: string): string | undefined {
    return this.#byKey.get(attribute === undefined ? address : `${address}#${attribute}`);
  }

  /** True when an ID belongs to a resource of the plan. */
  has(id: string): boolean {
    return this.#taken.has(id);
  }

  /**
   * Registers a resource (or one of its parts, with `attribute`): its known ID when it has the
   * right shape, else a placeholder.
   */
  register(
    prefix: string,
    address: string,
    known: unknown,
    attribute?: string,
    label: string = address,
  ): string {
    const key = attribute === undefined ? address : `${address}#${attribute}`;
    const existing = this.#byKey.get(key);
    if (existing !== undefined) return existing;
    const shaped =
      typeof known === 'string' && new RegExp(`^${prefix}-[0-9a-zA-Z]+$`).test(known)
        ? known
        : undefined;
    const id = shaped ?? this.#placeholder(prefix, key);
    this.#byKey.set(key, id);
    this.#taken.add(id);
    if (!this.addresses.has(id)) this.addresses.set(id, label);
    return id;
  }

  /** Makes another name point to an ID already registered (aws_default_* → the VPC's default). */
  alias(address: string, id: string): void {
    this.#byKey.set(address, id);
  }

  #placeholder(prefix: string, key: string): string {
    for (let n = 0; ; n++) {
      const id = `${prefix}-tf${hash56(n === 0 ? key : `${key}#${n}`)}`;
      if (!this.#taken.has(id)) {
        this.placeholders.add(id);
        return id;
      }
    }
  }
}
