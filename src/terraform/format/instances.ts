import { formatAddress, parseAddress, type ModuleStep } from './address.ts';
import type { InstanceKey, ModuleValues, ResourceChange } from './schema.ts';

/** One resource instance as the importer sees it, wherever in the module tree it was. */
export interface ResourceInstance {
  /** Its full address, e.g. `module.app.aws_instance.api["a"]`. */
  readonly address: string;
  /** The address of all instances of the resource: `module.app.aws_instance.api`. */
  readonly resourceAddress: string;
  readonly module: readonly ModuleStep[];
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly key: InstanceKey | undefined;
  /** Known attribute values. In a plan, values known only after apply are absent. */
  readonly values: Readonly<Record<string, unknown>>;
  /** `after_unknown` of the plan's change: `true` where a value is known only after apply. */
  readonly unknown: unknown;
  /** The JSON path of `values`, for messages. */
  readonly path: string;
}

export interface InstanceProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Every resource instance of a values representation (`planned_values`, `prior_state.values`,
 * a state's `values`): the root module and every nested `child_modules`, in document order.
 * Deposed objects (leaving in a `create_before_destroy` replacement) and resources whose only
 * planned action is `delete` are left out.
 */
export function collectInstances(
  root: ModuleValues | undefined,
  rootPath: string,
  changes: ReadonlyMap<string, ResourceChange> = new Map(),
): { instances: ResourceInstance[]; problems: InstanceProblem[] } {
  const instances: ResourceInstance[] = [];
  const problems: InstanceProblem[] = [];
  const walk = (module: ModuleValues, path: string): void => {
    module.resources?.forEach((r, i) => {
      const at = `${path}.resources[${i}]`;
      if (r.deposed_key !== undefined) return;
      const parsed = parseAddress(r.address);
      if (parsed === null) {
        problems.push({
          path: `${at}.address`,
          message: `expected a resource address like "aws_vpc.main", got ${JSON.stringify(r.address)}`,
        });
        return;
      }
      const change = changes.get(r.address);
      if (change && isDeleteOnly(change.change.actions)) return;
      const key = r.index ?? parsed.key;
      instances.push({
        address: r.address,
        resourceAddress: formatAddress({ ...parsed, key: undefined }),
        module: parsed.module,
        mode: r.mode === 'data' ? 'data' : 'managed',
        type: r.type,
        name: r.name,
        key,
        values: r.values ?? {},
        unknown: change?.change.after_unknown,
        path: `${at}.values`,
      });
    });
    module.child_modules?.forEach((child, i) => walk(child, `${path}.child_modules[${i}]`));
  };
  if (root) walk(root, rootPath);
  return { instances, problems };
}

function isDeleteOnly(actions: readonly string[]): boolean {
  return actions.length > 0 && actions.every((a) => a === 'delete');
}

/** The plan's changes by address; deposed objects' changes are not the instance's own. */
export function changesByAddress(
  changes: readonly ResourceChange[] | undefined,
): Map<string, ResourceChange> {
  const out = new Map<string, ResourceChange>();
  for (const change of changes ?? []) {
    if (change.deposed === undefined) out.set(change.address, change);
  }
  return out;
}

/**
 * Whether `attribute` (a top-level name, or a path into nested blocks) is known only after apply,
 * read from `after_unknown`: `true` on the attribute or on any block that holds it.
 */
export function isUnknown(instance: ResourceInstance, path: readonly (string | number)[]): boolean {
  let node: unknown = instance.unknown;
  for (const step of path) {
    if (node === true) return true;
    if (typeof node !== 'object' || node === null) return false;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node === true;
}
