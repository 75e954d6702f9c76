import type { Scenario } from '../model/types.ts';

/**
 * What a copy puts on the system clipboard: the copied resources as JSON text, so they can be
 * pasted into a note or an issue. The app itself pastes from its own clipboard (IDs), never from
 * this text.
 */
export function clipboardText(scenario: Scenario, ids: readonly string[]): string {
  const wanted = new Set(ids);
  const pick = <T extends { id: string }>(items: readonly T[]) =>
    items.filter((x) => wanted.has(x.id));
  const resources = {
    vpcs: pick(scenario.vpcs),
    subnets: pick(scenario.subnets),
    instances: pick(scenario.instances),
    securityGroups: pick(scenario.securityGroups),
    networkAcls: pick(scenario.networkAcls),
    routeTables: pick(scenario.routeTables),
    internetGateways: pick(scenario.internetGateways),
    natGateways: pick(scenario.natGateways),
    peeringConnections: pick(scenario.peeringConnections),
    internetHosts: pick(scenario.internetHosts),
  };
  const present = Object.fromEntries(
    Object.entries(resources).filter(([, list]) => list.length > 0),
  );
  return JSON.stringify({ format: 'vpc-flow-lab/resources', ...present }, null, 2);
}

/**
 * Writes the text when the browser allows it. A refusal (no permission, no focus, an insecure
 * page) is ignored quietly: the in-app clipboard already holds the copy.
 */
export function writeSystemClipboard(text: string): void {
  try {
    navigator.clipboard?.writeText(text).catch(() => undefined);
  } catch {
    // No clipboard API here; the in-app copy is enough.
  }
}
