import type { Trace } from '../../../engine/types.ts';
import data from './traces.json';

/**
 * Traces the engine gave for the three-tier scenario (regenerate them if its sentences change):
 * web-1 → db-1 on 5432 (blocked at db-1's group on the request), app-1 → the internet with the
 * app ACL's ephemeral rule 110 narrowed to 1024–1025 (blocked on the response), web-1 → app-1.
 */
export const TRACES = data as unknown as {
  readonly webToDb: Trace;
  readonly appToInternetBrokenAcl: Trace;
  readonly webToApp: Trace;
};
