import type { Scenario } from '../../model/types.ts';
import { ref, str, type Expr, type TopBlock } from './ir.ts';
import { Namer } from './names.ts';

/**
 * What one export shares between the resource families: names, the reference that stands for
 * each model ID (`aws_vpc.main.id`, `aws_vpc.main.default_security_group_id`…), the blocks
 * written so far and the notes on what was left out.
 */
export class ExportContext {
  readonly namer = new Namer();
  readonly #blocks: Array<{ block: TopBlock; section: number }> = [];
  /** Where the blocks added next go in the file: networks first, instances last. */
  section = 0;
  /** Lines of the file's opening comment: what was left out, and why. */
  readonly notes: string[] = [];
  /** Model ID → the address of the resource that makes it (`aws_instance.web_1`). */
  readonly addresses = new Map<string, string>();
  readonly #refs = new Map<string, string>();

  constructor(
    readonly scenario: Scenario,
    readonly region: string,
  ) {}

  /** A unique name for a resource of `type`, from the model's name. */
  name(type: string, wanted: string, fallback: string): string {
    return this.namer.name(type, wanted, fallback);
  }

  /** Says which expression stands for a model ID, and (optionally) which resource makes it. */
  define(id: string, traversal: string, address?: string): void {
    this.#refs.set(id, traversal);
    if (address !== undefined) this.addresses.set(id, address);
  }

  has(id: string): boolean {
    return this.#refs.has(id);
  }

  /** The reference for a model ID, resolved when the file is written (`resolve`). */
  ref(id: string): Expr {
    return { kind: 'id', id };
  }

  /**
   * The expression for a model ID; an ID that nothing exported makes (a peer group in another
   * account, a virtual private gateway) stays a literal string, as a reviewer would write it.
   */
  resolveId(id: string): Expr {
    const traversal = this.#refs.get(id);
    return traversal === undefined ? str(id) : ref(traversal);
  }

  add(block: TopBlock): void {
    this.#blocks.push({ block, section: this.section });
  }

  /** Every block added, by section, each section in the order its blocks were added. */
  blocks(): TopBlock[] {
    return [...this.#blocks].sort((a, b) => a.section - b.section).map((b) => b.block);
  }

  note(line: string): void {
    if (!this.notes.includes(line)) this.notes.push(line);
  }
}

/** `us-east-1` from `us-east-1a` (or `us-gov-west-1b`); the scenario's first subnet decides. */
export function regionOf(scenario: Scenario): string {
  for (const subnet of scenario.subnets) {
    const m = /^([a-z]{2}(?:-[a-z]+)+-\d+)[a-z]$/.exec(subnet.availabilityZone);
    if (m) return m[1] as string;
  }
  return 'us-east-1';
}
