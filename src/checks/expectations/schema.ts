import { z } from 'zod';

/**
 * An expectations file (spec/ci-check.md, "`check --expect`"), version 1: named services, concrete
 * flows and invariants over sets. Every object is strict, so a misspelt key is named by its path
 * rather than ignored; a selector is checked by hand (selectors.ts) for the same reason.
 */

const text = z.string().trim().min(1).max(1024);
const name = z.string().trim().min(1).max(512);
const expect = z.enum(['allowed', 'blocked']);

/** `tcp/5432`, `tcp/0-65535`, `icmp`, a named service… (services.ts reads the words). */
const serviceText = z.string().trim().min(1).max(256);

/** A set of endpoints: `internet`, an endpoint, or a selector object (checked in selectors.ts). */
export const SetSchema = z.union([text, z.record(z.string(), z.unknown())]);

const port = z.number().int();

export const FlowSchema = z.strictObject({
  name,
  from: text,
  to: text,
  service: serviceText.optional(),
  protocol: z.union([z.string().trim().min(1).max(16), z.number().int()]).optional(),
  port: port.optional(),
  'source-port': port.optional(),
  'icmp-type': port.optional(),
  'icmp-code': port.optional(),
  expect,
});

export const InvariantSchema = z.strictObject({
  name,
  from: SetSchema,
  to: SetSchema,
  services: z.array(serviceText).min(1).max(256),
  expect,
});

export const ExpectationsSchema = z.strictObject({
  version: z.literal(1),
  services: z.record(text, z.union([serviceText, z.array(serviceText).min(1)])).optional(),
  flows: z.array(FlowSchema).max(10_000).optional(),
  invariants: z.array(InvariantSchema).max(1_000).optional(),
});

export type ExpectationsInput = z.infer<typeof ExpectationsSchema>;
export type FlowInput = z.infer<typeof FlowSchema>;
export type InvariantInput = z.infer<typeof InvariantSchema>;
