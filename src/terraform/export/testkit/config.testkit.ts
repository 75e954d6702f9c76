/**
 * Test support: a Terraform configuration as an HCL parser reads it, ready to be planned
 * (planFromConfig.testkit.ts). The parser is passed in (the tests use @cdktn/hcl2json, the Go
 * HCL library built to WebAssembly), so this file stays pure: it only knows the shapes.
 */

/** An expression's syntax tree, as `getExpressionAst` of @cdktn/hcl2json gives it. */
export interface Ast {
  readonly type: string;
  readonly meta: {
    readonly value: string;
    readonly type?: string;
    readonly name?: string;
    readonly traversal?: readonly { readonly segment: string }[];
  };
  readonly children: readonly Ast[];
}

/** A value of the configuration: a literal, an expression, or a list / object of those. */
export type ConfigValue =
  | string
  | number
  | boolean
  | null
  | { readonly expr: Ast; readonly text: string }
  | readonly ConfigValue[]
  | { readonly [key: string]: ConfigValue };

export type ConfigBody = Readonly<Record<string, ConfigValue>>;

export interface ConfigResource {
  readonly mode: 'managed' | 'data';
  readonly type: string;
  readonly name: string;
  readonly body: ConfigBody;
}

export interface ConfigDocument {
  readonly resources: readonly ConfigResource[];
  readonly variables: Readonly<Record<string, { default?: unknown; description?: unknown }>>;
  readonly provider: ConfigBody | undefined;
}

export type ParseExpression = (text: string) => Promise<Ast>;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** HCL read by hcl2json puts every body in an array; JSON syntax writes one object. */
function bodies(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.filter(isObject);
  return isObject(value) ? [value] : [];
}

/**
 * A string holding `${…}` is an expression: the whole of it when it is one interpolation, else
 * a template. A literal `$${` is not one.
 */
async function value(raw: unknown, parse: ParseExpression): Promise<ConfigValue> {
  if (typeof raw === 'string') {
    if (!/(^|[^$])\$\{/.test(raw)) return raw.replace(/\$\$\{/g, '${');
    const whole = /^\$\{([^]*)\}$/.exec(raw);
    const text =
      whole && !whole[1]?.includes('${')
        ? (whole[1] as string)
        : `"${raw.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    return { expr: await parse(text), text };
  }
  if (Array.isArray(raw)) return Promise.all(raw.map((v) => value(v, parse)));
  if (isObject(raw)) {
    const out: Record<string, ConfigValue> = {};
    for (const [k, v] of Object.entries(raw)) if (k !== '//') out[k] = await value(v, parse);
    return out;
  }
  return typeof raw === 'number' || typeof raw === 'boolean' ? raw : null;
}

/**
 * Reads the parser's JSON (hcl2json's for HCL, or a `.tf.json` file as written): resources and
 * data sources, variables, the `aws` provider.
 */
export async function readConfig(
  documents: readonly unknown[],
  parse: ParseExpression,
): Promise<ConfigDocument> {
  const resources: ConfigResource[] = [];
  const variables: Record<string, { default?: unknown; description?: unknown }> = {};
  let provider: ConfigBody | undefined;
  for (const doc of documents) {
    if (!isObject(doc)) continue;
    for (const [key, mode] of [
      ['resource', 'managed'],
      ['data', 'data'],
    ] as const) {
      for (const [type, named] of Object.entries(isObject(doc[key]) ? doc[key] : {})) {
        for (const [name, raw] of Object.entries(isObject(named) ? named : {})) {
          for (const body of bodies(raw)) {
            resources.push({ mode, type, name, body: (await value(body, parse)) as ConfigBody });
          }
        }
      }
    }
    for (const [name, raw] of Object.entries(isObject(doc.variable) ? doc.variable : {})) {
      const [body] = bodies(raw);
      variables[name] = { default: body?.default, description: body?.description };
    }
    const aws = isObject(doc.provider) ? bodies(doc.provider.aws)[0] : undefined;
    if (aws) provider = (await value(aws, parse)) as ConfigBody;
  }
  return { resources, variables, provider };
}
