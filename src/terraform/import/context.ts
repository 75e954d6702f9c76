import type { ParseIssue } from '../../model/issues.ts';
import type { TerraformDocument } from '../format/document.ts';
import type { ResourceInstance } from '../format/instances.ts';
import { instanceAttributes, type Attributes } from '../references/attributes.ts';
import type { Resolver } from '../references/resolver.ts';
import { IdRegistry } from './ids.ts';

/** A value the plan holds that no scenario can: the import stops with this one issue. */
export class ImportError extends Error {
  constructor(readonly issue: ParseIssue) {
    super(`${issue.path}: ${issue.message}`);
  }
}

/** One line per fact, each once, in the order found. */
class Lines {
  readonly #lines: string[] = [];
  readonly #seen = new Set<string>();

  add(line: string): void {
    if (this.#seen.has(line)) return;
    this.#seen.add(line);
    this.#lines.push(line);
  }

  list(): string[] {
    return [...this.#lines];
  }
}

/** What one import shares between the resource types: IDs, the resolver, what it reports. */
export class ImportContext {
  readonly ids = new IdRegistry();
  /** `<address>: <message>` for what the scenario cannot hold or could not resolve. */
  readonly warnings = new Lines();
  /** `<address>: <message>` for every value assumed because Terraform knows it only after apply. */
  readonly assumed = new Lines();
  /** `<address> (<type>)`: resources read but not part of the network. */
  readonly skipped = new Lines();
  /** Addresses of the resources that became part of the scenario. */
  readonly read = new Lines();
  readonly #byType = new Map<string, ResourceInstance[]>();
  readonly #attributes = new Map<ResourceInstance, Attributes>();

  constructor(readonly document: TerraformDocument) {
    for (const instance of document.instances) {
      if (instance.mode !== 'managed') continue;
      const list = this.#byType.get(instance.type);
      if (list) list.push(instance);
      else this.#byType.set(instance.type, [instance]);
    }
  }

  get resolver(): Resolver {
    return this.document.resolver;
  }

  /** Instances of one type that the plan deletes, as they are now. */
  deletedOfType(type: string): readonly ResourceInstance[] {
    return this.document.deleted.filter((i) => i.type === type);
  }

  /** Managed instances of one resource type, in document order. */
  ofType(type: string): readonly ResourceInstance[] {
    return this.#byType.get(type) ?? [];
  }

  types(): IterableIterator<string> {
    return this.#byType.keys();
  }

  attributes(instance: ResourceInstance): Attributes {
    let attrs = this.#attributes.get(instance);
    if (!attrs) {
      attrs = instanceAttributes(this.resolver, instance);
      this.#attributes.set(instance, attrs);
    }
    return attrs;
  }

  warn(address: string, message: string): void {
    this.warnings.add(`${address}: ${message}`);
  }

  assume(address: string, message: string): void {
    this.assumed.add(`${address}: ${message}`);
  }
}
