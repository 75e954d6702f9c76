import { drawnEndpoints, drawnInterfaces } from '../layout/drawn.ts';
import type { Scenario } from '../model/types.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What a VPC holds, in words: "3 subnets · 6 instances · 1 NAT gateway · 2 interfaces". */
export function vpcContentsText(scenario: Scenario, id: string): string {
  const subnets = new Set(scenario.subnets.filter((x) => x.vpcId === id).map((x) => x.id));
  const instances = scenario.instances.filter((x) => subnets.has(x.subnetId)).length;
  const nats = scenario.natGateways.filter((x) => subnets.has(x.subnetId)).length;
  const interfaces = drawnInterfaces(scenario).filter((x) => subnets.has(x.subnetId)).length;
  const endpoints = drawnEndpoints(scenario).filter((x) => x.vpcId === id).length;
  return [
    plural(subnets.size, 'subnet'),
    plural(instances, 'instance'),
    ...(nats > 0 ? [plural(nats, 'NAT gateway')] : []),
    ...(interfaces > 0 ? [plural(interfaces, 'interface')] : []),
    ...(endpoints > 0 ? [plural(endpoints, 'gateway endpoint')] : []),
  ].join(' · ');
}
