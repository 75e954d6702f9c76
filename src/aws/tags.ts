import type { AwsTags } from './awsFields.ts';

// The scenario schema's limit on names; AWS's limit on tag values is the same.
const MAX_NAME = 256;

/** The `Name` tag's value, else the fallback (an ID, or a security group's GroupName). */
export function nameFrom(tags: AwsTags | undefined, fallback: string): string {
  const value = tags?.find((tag) => tag.Key === 'Name')?.Value.trim();
  return (value ? value : fallback).slice(0, MAX_NAME);
}
