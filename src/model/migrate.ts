import { SCENARIO_VERSION } from './schema.ts';

/**
 * Brings an older scenario file up to the current version before the schema reads it, one step
 * per version, so that files, links and autosaves of every version keep opening. Each step takes
 * and returns plain JSON (the file as it was written), never a parsed scenario.
 */
const STEPS: Readonly<Record<number, (file: Record<string, unknown>) => Record<string, unknown>>> =
  {
    // Version 2 only added (optional fields, lists that default to empty): a version 1 scenario
    // means the same as version 2. Its instances stand for their primary network interfaces.
    1: (file) => ({ ...file, version: 2 }),
  };

/** The file at the current version; a file already there (or of an unknown version) is returned as is. */
export function migrateScenarioFile(file: Record<string, unknown>): Record<string, unknown> {
  let out = file;
  while (typeof out.version === 'number' && out.version < SCENARIO_VERSION) {
    const step = STEPS[out.version];
    if (step === undefined) break;
    out = step(out);
  }
  return out;
}
