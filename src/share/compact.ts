import { z } from 'zod';
import { ScenarioFileSchema } from '../model/schema.ts';
import type { Layout, ScenarioFile } from '../model/types.ts';

/**
 * Makes a scenario file smaller for a link, without changing what it means: every field whose
 * value is the schema's default is left out (the one parser puts the default back on decode), and
 * layout numbers are rounded to whole flow units (a node 0.3 px away is the same diagram).
 * The result is plain JSON, still a valid input of `parseScenarioFile`.
 *
 * @example compactScenarioFile(file).scenario.vpcs[0] // no `ipv6CidrBlock`, no empty lists
 */
export function compactScenarioFile(file: ScenarioFile): unknown {
  return withoutDefaults(ScenarioFileSchema, { ...file, layout: roundLayout(file.layout) });
}

/** Layout positions rounded to integers; sizes stay at least 1, as the schema wants them positive. */
export function roundLayout(layout: Layout): Layout {
  const nodes: Layout['nodes'] = {};
  for (const [id, box] of Object.entries(layout.nodes)) {
    nodes[id] = {
      ...box,
      x: Math.round(box.x),
      y: Math.round(box.y),
      ...(box.width === undefined ? {} : { width: Math.max(1, Math.round(box.width)) }),
      ...(box.height === undefined ? {} : { height: Math.max(1, Math.round(box.height)) }),
    };
  }
  return { ...layout, nodes };
}

/**
 * Walks `value` along `schema` and drops the object fields that equal their `.default(…)`.
 * Unions and other schemas are passed through as they are (none of ours has defaults inside).
 */
export function withoutDefaults(schema: z.ZodType, value: unknown): unknown {
  if (schema instanceof z.ZodDefault || schema instanceof z.ZodOptional) {
    return value === undefined ? value : withoutDefaults(schema.unwrap() as z.ZodType, value);
  }
  if (schema instanceof z.ZodObject && isRecord(value)) {
    const shape = schema.shape as Record<string, z.ZodType>;
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(value)) {
      const fieldSchema = shape[key];
      if (field === undefined) continue;
      if (fieldSchema === undefined) {
        out[key] = field;
        continue;
      }
      if (fieldSchema instanceof z.ZodDefault && deepEqual(field, fieldSchema.def.defaultValue)) {
        continue;
      }
      out[key] = withoutDefaults(fieldSchema, field);
    }
    return out;
  }
  if (schema instanceof z.ZodArray && Array.isArray(value)) {
    return value.map((item) => withoutDefaults(schema.element as z.ZodType, item));
  }
  if (schema instanceof z.ZodRecord && isRecord(value)) {
    const valueType = schema.def.valueType as z.ZodType;
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, withoutDefaults(valueType, item)]),
    );
  }
  return value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Structural equality of plain JSON values. */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a)) {
    return Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a).filter((k) => a[k] !== undefined);
    const other = Object.keys(b).filter((k) => b[k] !== undefined);
    return keys.length === other.length && keys.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}
