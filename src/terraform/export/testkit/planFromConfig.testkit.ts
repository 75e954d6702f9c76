import { Address4, Address6 } from 'ip-address';
import type {
  Ast,
  ConfigBody,
  ConfigDocument,
  ConfigResource,
  ConfigValue,
} from './config.testkit.ts';
import { traversals, type ProviderSchema, type SchemaBlock } from './schema.testkit.ts';

/**
 * Test support: the JSON that `terraform show -json` prints for a saved plan of a configuration
 * that creates everything it holds, built without Terraform (none is available here) in
 * Terraform's shapes (https://developer.hashicorp.com/terraform/internals/json-format):
 * `planned_values` with the values known at plan time (literals, variables, attributes of other
 * resources that are themselves known), `resource_changes` with `after_unknown` marking what
 * only apply will tell (IDs, addresses AWS picks), and `configuration` with each expression's
 * `constant_value` or `references`. Data sources are read while planning, so they are in
 * `prior_state`, with the values `readData` gives (what AWS would answer).
 */
export interface PlanOptions {
  readonly variables: Readonly<Record<string, unknown>>;
  /** A data source's values, as AWS would answer for its configured arguments. */
  readonly readData?: (
    type: string,
    args: Readonly<Record<string, unknown>>,
  ) => Record<string, unknown>;
  /**
   * Values AWS assigned to resources that already exist (`address` → attribute → value): a
   * plan made after those resources were created knows them.
   */
  readonly assigned?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

const UNKNOWN: unique symbol = Symbol('unknown');
type Value = unknown;
const META = new Set(['depends_on', 'count', 'for_each', 'provider', 'lifecycle']);
const PROVIDER = 'registry.terraform.io/hashicorp/aws';

function isExpr(v: ConfigValue): v is { expr: Ast; text: string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && 'expr' in v;
}

function isBody(v: ConfigValue): v is ConfigBody {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !('expr' in v);
}

function hasUnknown(v: Value): boolean {
  if (v === UNKNOWN) return true;
  if (Array.isArray(v)) return v.some(hasUnknown);
  if (typeof v === 'object' && v !== null) return Object.values(v).some(hasUnknown);
  return false;
}

export function planFromConfig(
  config: ConfigDocument,
  schema: ProviderSchema,
  options: PlanOptions,
): Record<string, unknown> {
  const byAddress = new Map<string, ConfigResource>();
  for (const r of config.resources) byAddress.set(addressOf(r), r);
  const values = new Map<string, Record<string, Value>>();
  const evaluating = new Set<string>();

  const blockOf = (r: ConfigResource): SchemaBlock => {
    const found = (r.mode === 'data' ? schema.data_source_schemas : schema.resource_schemas)[
      r.type
    ];
    if (!found) throw new Error(`${addressOf(r)}: no schema for ${r.type}`);
    return found.block;
  };

  const resourceValues = (address: string): Record<string, Value> => {
    const known = values.get(address);
    if (known) return known;
    const r = byAddress.get(address);
    if (!r) throw new Error(`${address} is not in the configuration`);
    if (evaluating.has(address)) throw new Error(`${address} refers to itself`);
    evaluating.add(address);
    let out = bodyValues(r.body, blockOf(r), options.assigned?.[address] ?? {}, true);
    if (r.mode === 'data') out = { ...out, ...(options.readData?.(r.type, known0(out)) ?? {}) };
    evaluating.delete(address);
    values.set(address, out);
    return out;
  };

  const known0 = (v: Record<string, Value>) =>
    Object.fromEntries(Object.entries(v).filter(([, x]) => x !== UNKNOWN && x !== null));

  const bodyValues = (
    body: ConfigBody,
    block: SchemaBlock,
    assigned: Readonly<Record<string, unknown>>,
    topLevel: boolean,
  ): Record<string, Value> => {
    const out: Record<string, Value> = {};
    for (const [name, attribute] of Object.entries(block.attributes)) {
      const written = body[name];
      if (name in assigned) out[name] = assigned[name];
      else if (written !== undefined) out[name] = evaluate(written);
      // The provider plans a written nested block's unset arguments as empty, not unknown.
      else out[name] = attribute.computed && topLevel ? UNKNOWN : null;
    }
    for (const [name, nested] of Object.entries(block.block_types ?? {})) {
      const written = body[name];
      const list = written === undefined ? [] : Array.isArray(written) ? written : [written];
      out[name] = (list as ConfigValue[])
        .filter(isBody)
        .map((b) => bodyValues(b, nested.block, {}, false));
    }
    return out;
  };

  const evaluate = (value: ConfigValue): Value => {
    if (isExpr(value)) return evalAst(value.expr);
    if (Array.isArray(value)) return (value as ConfigValue[]).map(evaluate);
    if (isBody(value))
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, evaluate(v)]));
    return value;
  };

  const evalAst = (node: Ast): Value => {
    switch (node.type) {
      case 'literalValue':
        if (node.meta.type === 'number') return Number(node.meta.value);
        if (node.meta.type === 'bool') return node.meta.value === 'true';
        return node.meta.value;
      case 'template':
      case 'templateWrap': {
        const parts = node.children.map(evalAst);
        if (parts.some((p) => p === UNKNOWN)) return UNKNOWN;
        return parts.length === 1 && node.type === 'templateWrap' ? parts[0] : parts.join('');
      }
      case 'tuple':
        return node.children.map(evalAst);
      case 'scopeTraversal':
        return lookup((node.meta.traversal ?? []).map((t) => t.segment));
      case 'function': {
        const args = node.children.map(evalAst);
        if (args.some((a) => a === UNKNOWN)) return UNKNOWN;
        return callFunction(node.meta.name ?? '', args);
      }
      default:
        throw new Error(`expression not supported by the test's planner: ${node.meta.value}`);
    }
  };

  const lookup = (path: readonly string[]): Value => {
    const [root, ...rest] = path;
    if (root === 'var') {
      const name = rest[0] ?? '';
      if (name in options.variables) return options.variables[name];
      const declared = config.variables[name];
      if (declared && 'default' in declared && declared.default !== undefined)
        return declared.default;
      throw new Error(`var.${name} has no value`);
    }
    const isData = root === 'data';
    const [type, name, attribute] = isData ? rest : path;
    const address = `${isData ? 'data.' : ''}${type}.${name}`;
    const v = resourceValues(address);
    return attribute === undefined ? v : v[attribute] === undefined ? null : v[attribute];
  };

  for (const r of config.resources) resourceValues(addressOf(r));

  const managed = config.resources.filter((r) => r.mode === 'managed');
  const data = config.resources.filter((r) => r.mode === 'data');
  const variableValues = Object.fromEntries(
    Object.keys(config.variables).map((name) => [name, { value: lookup(['var', name]) }]),
  );
  return {
    format_version: '1.2',
    terraform_version: '1.9.8',
    variables: variableValues,
    planned_values: {
      root_module: {
        resources: managed.map((r) => ({
          ...resourceHead(r),
          values: after(resourceValues(addressOf(r))),
          sensitive_values: {},
        })),
      },
    },
    resource_changes: managed.map((r) => ({
      ...resourceHead(r),
      change: {
        actions: ['create'],
        before: null,
        after: after(resourceValues(addressOf(r))),
        after_unknown: unknownMarks(resourceValues(addressOf(r))),
        before_sensitive: false,
        after_sensitive: {},
      },
    })),
    prior_state: {
      format_version: '1.0',
      terraform_version: '1.9.8',
      values: {
        root_module: {
          resources: data.map((r) => ({
            ...resourceHead(r),
            values: after(resourceValues(addressOf(r))),
            sensitive_values: {},
          })),
        },
      },
    },
    configuration: {
      provider_config: {
        aws: {
          name: 'aws',
          full_name: PROVIDER,
          expressions: config.provider ? expressions(config.provider, schema.provider.block) : {},
        },
      },
      root_module: {
        resources: config.resources.map((r) => ({
          address: addressOf(r),
          mode: r.mode,
          type: r.type,
          name: r.name,
          provider_config_key: 'aws',
          expressions: expressions(r.body, blockOf(r)),
          schema_version: 0,
        })),
        variables: config.variables,
      },
    },
  };
}

function addressOf(r: ConfigResource): string {
  return `${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
}

function resourceHead(r: ConfigResource) {
  return {
    address: addressOf(r),
    mode: r.mode,
    type: r.type,
    name: r.name,
    provider_name: PROVIDER,
    schema_version: 0,
  };
}

/** The values Terraform prints: unknown ones left out (in a list: null in their place). */
function after(values: Record<string, Value>): Record<string, unknown> {
  const strip = (v: Value): unknown => {
    if (v === UNKNOWN) return null;
    if (Array.isArray(v)) return v.map(strip);
    if (typeof v === 'object' && v !== null)
      return Object.fromEntries(
        Object.entries(v)
          .filter(([, x]) => x !== UNKNOWN)
          .map(([k, x]) => [k, strip(x)]),
      );
    return v;
  };
  return strip(values) as Record<string, unknown>;
}

/** `after_unknown`: `true` where a value is known only after apply, mirroring its structure. */
function unknownMarks(values: Record<string, Value>): Record<string, unknown> {
  const mark = (v: Value): unknown => {
    if (v === UNKNOWN) return true;
    if (Array.isArray(v)) return hasUnknown(v) ? v.map(mark) : undefined;
    if (typeof v === 'object' && v !== null) {
      const inner = Object.fromEntries(
        Object.entries(v)
          .map(([k, x]) => [k, mark(x)] as const)
          .filter(([, m]) => m !== undefined),
      );
      return inner;
    }
    return undefined;
  };
  return mark(values) as Record<string, unknown>;
}

/** The configuration's expressions: `constant_value`, or the `references` an expression makes. */
function expressions(body: ConfigBody, block: SchemaBlock): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(body)) {
    if (META.has(name)) continue;
    const nested = block.block_types?.[name];
    if (nested) {
      const list = Array.isArray(value) ? (value as ConfigValue[]) : [value];
      out[name] = list.filter(isBody).map((b) => expressions(b, nested.block));
      continue;
    }
    const refs = traversals(value).flatMap((path) => references(path));
    out[name] =
      refs.length > 0 ? { references: [...new Set(refs)] } : { constant_value: constant(value) };
  }
  return out;
}

/** `aws_vpc.main.id` is recorded with the object it belongs to, as Terraform lists them. */
function references(path: readonly string[]): string[] {
  const [root] = path;
  if (root === 'var') return [path.slice(0, 2).join('.')];
  const n = root === 'data' ? 3 : 2;
  return path.length > n ? [path.join('.'), path.slice(0, n).join('.')] : [path.join('.')];
}

function constant(value: ConfigValue): unknown {
  if (isExpr(value)) return null;
  if (Array.isArray(value)) return (value as ConfigValue[]).map(constant);
  if (isBody(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, constant(v)]));
  return value;
}

/** `cidrsubnet` and `cidrhost`, as Terraform computes them. */
function callFunction(name: string, args: readonly Value[]): Value {
  const [prefix, a, b] = args;
  if (typeof prefix !== 'string') throw new Error(`${name}: expected a CIDR block`);
  const v6 = prefix.includes(':');
  const parsed = v6 ? new Address6(prefix) : new Address4(prefix);
  const bits = v6 ? 128 : 32;
  const base = parsed.startAddress().bigInt();
  const toText = (n: bigint) =>
    v6 ? Address6.fromBigInt(n).correctForm() : Address4.fromBigInt(n).correctForm();
  if (name === 'cidrsubnet') {
    const length = parsed.subnetMask + Number(a);
    return `${toText(base + (BigInt(Number(b)) << BigInt(bits - length)))}/${length}`;
  }
  if (name === 'cidrhost') return toText(base + BigInt(Number(a)));
  throw new Error(`function ${name} is not supported by the test's planner`);
}
