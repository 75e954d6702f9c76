import type { AwsTags } from './awsFields.ts';

// The scenario schema's limit on names; AWS's limit on tag values is the same.
const MAX_NAME = 256;

/** The `Name` tag's value, else the fallback (an ID, or a security group's GroupName). */
export function nameFrom(tags: AwsTags | undefined, fallback: string): string {
  const value = tags?.find((tag) => tag.Key === 'Name')?.Value.trim();
  return (value ? value : fallback).slice(0, MAX_NAME);
}

/** An AWS tag list as the model's tags (`Name`, `Tier`…), keys within the model's limits. */
export function tagsOf(tags: AwsTags | undefined): Record<string, string> | undefined {
  if (!tags || tags.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const { Key, Value } of tags) {
    if (Key.length === 0 || Key.length > 128) continue;
    out[Key] = Value.slice(0, 256);
  }
  return Object.keys(out).length > 0 ? out : undefined;
}
