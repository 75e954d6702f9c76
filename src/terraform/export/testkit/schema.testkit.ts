import type { ConfigBody, ConfigDocument, ConfigValue } from './config.testkit.ts';

/**
 * Test support: the AWS provider's schema in the shape `terraform providers schema -json`
 * prints (the vendored part: __fixtures__/aws-provider-schema.json), and a check of a
 * configuration against it.
 */
export type CtyType = string | readonly [string, CtyType];

export interface SchemaAttribute {
  readonly type: CtyType;
  readonly required?: boolean;
  readonly optional?: boolean;
  readonly computed?: boolean;
}

export interface SchemaBlock {
  readonly attributes: Readonly<Record<string, SchemaAttribute>>;
  readonly block_types?: Readonly<Record<string, SchemaBlockType>>;
}

export interface SchemaBlockType {
  readonly nesting_mode: 'list' | 'set' | 'single';
  readonly block: SchemaBlock;
  readonly max_items?: number;
  readonly min_items?: number;
}

export interface ProviderSchema {
  readonly provider: { readonly block: SchemaBlock };
  readonly resource_schemas: Readonly<Record<string, { readonly block: SchemaBlock }>>;
  readonly data_source_schemas: Readonly<Record<string, { readonly block: SchemaBlock }>>;
}

export const AWS = 'registry.terraform.io/hashicorp/aws';

export function awsSchema(file: unknown): ProviderSchema {
  const schemas = (file as { provider_schemas: Record<string, ProviderSchema> }).provider_schemas;
  const aws = schemas[AWS];
  if (!aws) throw new Error(`no ${AWS} in the schema file`);
  return aws;
}

/** Terraform's own arguments of every resource block, which no provider schema lists. */
const META = new Set(['depends_on', 'count', 'for_each', 'provider', 'lifecycle']);

function isBody(value: ConfigValue): value is ConfigBody {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !('expr' in value);
}

/**
 * Every problem of a body against its schema block: an argument the block does not have, a
 * computed-only attribute written, a block written as an attribute (or the other way round), a
 * required argument missing, too many blocks of a `max_items` type.
 */
export function checkBody(body: ConfigBody, block: SchemaBlock, where: string): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(body)) {
    if (META.has(name)) continue;
    const attribute = block.attributes[name];
    const nested = block.block_types?.[name];
    if (attribute) {
      if (!attribute.optional && !attribute.required) {
        problems.push(`${where}.${name}: computed only, cannot be written`);
      }
      continue;
    }
    if (!nested) {
      problems.push(`${where}.${name}: no such argument or block`);
      continue;
    }
    const list = Array.isArray(value) ? (value as ConfigValue[]) : [value];
    if (!list.every(isBody)) {
      problems.push(`${where}.${name}: a block, written as an attribute`);
      continue;
    }
    if (nested.max_items !== undefined && list.length > nested.max_items) {
      problems.push(`${where}.${name}: at most ${nested.max_items} block(s), got ${list.length}`);
    }
    list.forEach((b, i) => problems.push(...checkBody(b, nested.block, `${where}.${name}[${i}]`)));
  }
  for (const [name, attribute] of Object.entries(block.attributes)) {
    if (attribute.required && !(name in body)) problems.push(`${where}.${name}: required, missing`);
  }
  for (const [name, nested] of Object.entries(block.block_types ?? {})) {
    if ((nested.min_items ?? 0) > 0 && !(name in body))
      problems.push(`${where}.${name}: required block, missing`);
  }
  return problems;
}

/** Every problem of a configuration's resources, data sources and provider block. */
export function checkConfig(config: ConfigDocument, schema: ProviderSchema): string[] {
  const problems: string[] = [];
  for (const r of config.resources) {
    const where = `${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`;
    const found =
      r.mode === 'data' ? schema.data_source_schemas[r.type] : schema.resource_schemas[r.type];
    if (!found) problems.push(`${where}: the provider has no such ${r.mode} resource type`);
    else problems.push(...checkBody(r.body, found.block, where));
  }
  if (config.provider)
    problems.push(...checkBody(config.provider, schema.provider.block, 'provider.aws'));
  return problems;
}

/** Every traversal (`aws_vpc.main.id`, `var.region`) of a value, as written. */
export function traversals(value: ConfigValue): string[][] {
  if (value === null || typeof value !== 'object') return [];
  if (Array.isArray(value)) return (value as ConfigValue[]).flatMap(traversals);
  if ('expr' in value && typeof value.text === 'string') {
    const out: string[][] = [];
    const walk = (node: {
      type: string;
      meta: { traversal?: readonly { segment: string }[] };
      children: readonly unknown[];
    }) => {
      if (node.type === 'scopeTraversal' && node.meta.traversal) {
        out.push(node.meta.traversal.map((t) => t.segment));
      }
      for (const child of node.children) walk(child as typeof node);
    };
    walk(value.expr as never);
    return out;
  }
  return Object.values(value as ConfigBody).flatMap(traversals);
}

/**
 * Every reference that names nothing: a variable not declared, a resource not in the
 * configuration, or an attribute its type does not have.
 */
export function checkReferences(config: ConfigDocument, schema: ProviderSchema): string[] {
  const problems: string[] = [];
  const resources = new Map(
    config.resources.map((r) => [`${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`, r]),
  );
  const check = (where: string, body: ConfigBody) => {
    for (const [name, value] of Object.entries(body)) {
      for (const path of traversals(value)) {
        const [root, ...rest] = path;
        if (root === 'var') {
          const variable = rest[0];
          if (variable === undefined || !(variable in config.variables))
            problems.push(`${where}.${name}: var.${variable} is not declared`);
          continue;
        }
        const isData = root === 'data';
        const [type, label, attribute] = isData ? rest : path;
        const address = `${isData ? 'data.' : ''}${type}.${label}`;
        const target = resources.get(address);
        if (!target) {
          problems.push(`${where}.${name}: ${address} is not in the configuration`);
          continue;
        }
        if (attribute === undefined) continue;
        const block = (isData ? schema.data_source_schemas : schema.resource_schemas)[type ?? '']
          ?.block;
        if (block && !(attribute in block.attributes))
          problems.push(`${where}.${name}: ${address} has no attribute ${attribute}`);
      }
    }
  };
  for (const r of config.resources)
    check(`${r.mode === 'data' ? 'data.' : ''}${r.type}.${r.name}`, r.body);
  if (config.provider) check('provider.aws', config.provider);
  return problems;
}
