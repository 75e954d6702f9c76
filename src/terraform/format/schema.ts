import { z } from 'zod';

/**
 * The parts of `terraform show -json` that the importer reads, in Terraform's own field names
 * (https://developer.hashicorp.com/terraform/internals/json-format). Objects are not strict:
 * Terraform adds fields in minor versions ("ignore any object properties with unrecognized names"),
 * so everything else is ignored. Attribute values (`values`, `after`) stay open records here; each
 * resource type checks the attributes it reads (see ../resources/).
 */

/**
 * An object of attribute values, checked only for being an object: each resource type checks the
 * attributes it reads. (A record schema would visit every value of a large plan for nothing.)
 */
const attributes = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { message: 'expected an object' },
);

/** `count` index (a number) or `for_each` key (a string). */
export const InstanceKeySchema = z.union([z.number().int(), z.string()]);

/** One resource instance of the values representation (state `values`, `planned_values`). */
export const ResourceValuesSchema = z.object({
  address: z.string().min(1),
  mode: z.string().min(1),
  type: z.string().min(1),
  name: z.string().min(1),
  index: InstanceKeySchema.optional(),
  // Terraform ≥ 0.15 keeps the instances of a resource that is being replaced (`create_before_destroy`)
  // as deposed objects in the state; they are leaving and take no part in the network.
  deposed_key: z.string().optional(),
  values: attributes.nullish(),
});

export interface ModuleValues {
  readonly address?: string | undefined;
  readonly resources?: readonly z.infer<typeof ResourceValuesSchema>[] | undefined;
  readonly child_modules?: readonly ModuleValues[] | undefined;
}

export const ModuleValuesSchema: z.ZodType<ModuleValues> = z.lazy(() =>
  z.object({
    address: z.string().optional(),
    resources: z.array(ResourceValuesSchema).optional(),
    child_modules: z.array(ModuleValuesSchema).optional(),
  }),
);

export const ValuesSchema = z.object({
  // An empty state has no root module at all.
  root_module: ModuleValuesSchema.optional(),
});

export const ChangeSchema = z.object({
  actions: z.array(z.string()),
  before: z.unknown().optional(),
  after: z.unknown().optional(),
  /** Mirrors `after`; `true` where the value is known only after apply. */
  after_unknown: z.unknown().optional(),
});

export const ResourceChangeSchema = z.object({
  address: z.string().min(1),
  mode: z.string().optional(),
  type: z.string().optional(),
  index: InstanceKeySchema.optional(),
  deposed: z.string().optional(),
  change: ChangeSchema,
});

/** An expression of the configuration representation: a constant, or the references it makes. */
export const ExpressionSchema = z.object({
  constant_value: z.unknown().optional(),
  references: z.array(z.string()).optional(),
});

export const ConfigResourceSchema = z.object({
  address: z.string().min(1),
  mode: z.string().optional(),
  type: z.string().min(1),
  name: z.string().min(1),
  /** Attribute name → expression; a nested block → an object (or array of objects) of those. */
  expressions: attributes.optional(),
  count_expression: ExpressionSchema.optional(),
  for_each_expression: ExpressionSchema.optional(),
});

export interface ConfigModule {
  readonly resources?: readonly z.infer<typeof ConfigResourceSchema>[] | undefined;
  readonly module_calls?: Readonly<Record<string, ModuleCall>> | undefined;
  readonly outputs?:
    Readonly<Record<string, { readonly expression?: Expression | undefined }>> | undefined;
}

export interface ModuleCall {
  readonly expressions?: Readonly<Record<string, unknown>> | undefined;
  readonly count_expression?: Expression | undefined;
  readonly for_each_expression?: Expression | undefined;
  readonly module?: ConfigModule | undefined;
}

export const ConfigModuleSchema: z.ZodType<ConfigModule> = z.lazy(() =>
  z.object({
    resources: z.array(ConfigResourceSchema).optional(),
    module_calls: z.record(z.string(), ModuleCallSchema).optional(),
    outputs: z.record(z.string(), z.object({ expression: ExpressionSchema.optional() })).optional(),
  }),
);

const ModuleCallSchema: z.ZodType<ModuleCall> = z.lazy(() =>
  z.object({
    expressions: attributes.optional(),
    count_expression: ExpressionSchema.optional(),
    for_each_expression: ExpressionSchema.optional(),
    module: ConfigModuleSchema.optional(),
  }),
);

export const PlanSchema = z.object({
  format_version: z.string(),
  terraform_version: z.string().optional(),
  /** The root module's input variables, as given to the plan. */
  variables: z.record(z.string(), z.object({ value: z.unknown().optional() })).optional(),
  planned_values: ValuesSchema,
  resource_changes: z.array(ResourceChangeSchema).optional(),
  prior_state: z.object({ values: ValuesSchema.optional() }).optional(),
  configuration: z.object({ root_module: ConfigModuleSchema.optional() }).optional(),
});

export const StateSchema = z.object({
  format_version: z.string(),
  terraform_version: z.string().optional(),
  values: ValuesSchema.optional(),
});

export type Expression = z.infer<typeof ExpressionSchema>;
export type ResourceValues = z.infer<typeof ResourceValuesSchema>;
export type ResourceChange = z.infer<typeof ResourceChangeSchema>;
export type ConfigResource = z.infer<typeof ConfigResourceSchema>;
export type Plan = z.infer<typeof PlanSchema>;
export type State = z.infer<typeof StateSchema>;
export type InstanceKey = z.infer<typeof InstanceKeySchema>;
