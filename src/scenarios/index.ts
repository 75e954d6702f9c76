import type { Layout, Scenario } from '../model/types.ts';
import { threeTierLayout, threeTierScenario } from './threeTier.ts';

/** A scenario that ships with the app, for teaching or as a starting point. */
export interface BuiltInScenario {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly scenario: Scenario;
  readonly layout: Layout;
}

export const builtInScenarios: readonly BuiltInScenario[] = [
  {
    id: 'three-tier',
    title: 'Three-tier web application',
    summary:
      'Web, app and database tiers in one VPC: an internet gateway for the web tier, a NAT gateway for the private tiers, and groups and ACLs that admit only the tier in front.',
    scenario: threeTierScenario,
    layout: threeTierLayout,
  },
];

export { threeTierLayout, threeTierScenario } from './threeTier.ts';
