import { describe, expect, it } from 'vitest';
import { addVpc, emptyScenario } from '../../model/defaults.ts';
import { toScenarioFile } from '../../model/envelope.ts';
import type { ScenarioFile } from '../../model/types.ts';
import { canonicalJson, digestOf } from './entries.ts';

/** The same content with every object's keys in reverse order. */
function reversedKeys<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(reversedKeys) as T;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).reverse())
    out[key] = reversedKeys((value as Record<string, unknown>)[key]);
  return out as T;
}

describe('the digest that keeps one file once', () => {
  const file: ScenarioFile = toScenarioFile(
    addVpc(emptyScenario('Digest'), { cidrBlock: '10.0.0.0/16', name: 'main' }).scenario,
    { nodes: { 'vpc-x': { x: 1, y: 2 } } },
  );

  it('is the same whatever order the keys were built in', () => {
    const reordered = reversedKeys(file);
    expect(JSON.stringify(reordered)).not.toBe(JSON.stringify(file));
    expect(digestOf(reordered)).toBe(digestOf(file));
  });

  it('differs when the content differs, and keeps the order of arrays', () => {
    const renamed = { ...file, scenario: { ...file.scenario, name: 'Digest 2' } };
    expect(digestOf(renamed)).not.toBe(digestOf(file));
    expect(canonicalJson({ b: [2, 1], a: undefined })).toBe('{"b":[2,1]}');
  });
});
