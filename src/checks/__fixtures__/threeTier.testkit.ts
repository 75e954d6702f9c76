import { readFileSync } from 'node:fs';
import { parseScenarioFile } from '../../model/envelope.ts';
import type { Scenario } from '../../model/types.ts';

/**
 * The built-in three-tier scenario with `Tier` tags on its subnets (web, app, data), as a scenario
 * file, and the README's worked expectations for it.
 */
export const THREE_TIER_FILE = new URL('./three-tier.json', import.meta.url).pathname;
export const THREE_TIER_EXPECT_FILE = new URL('./three-tier.expect.yaml', import.meta.url).pathname;
export const THREE_TIER_EXPECTATIONS = readFileSync(THREE_TIER_EXPECT_FILE, 'utf8');

export function taggedThreeTier(): Scenario {
  const parsed = parseScenarioFile(JSON.parse(readFileSync(THREE_TIER_FILE, 'utf8')));
  if (!parsed.ok) throw new Error('three-tier.json does not parse');
  return parsed.value.scenario;
}

export function taggedThreeTierFile(): string {
  return readFileSync(THREE_TIER_FILE, 'utf8');
}
