import type { Endpoint, Scenario } from '../model/types.ts';
import { findByAddress } from '../terraform/index.ts';
import { CliError } from './errors.ts';

/**
 * An endpoint written as a Terraform address (spec/ci-check.md, "Endpoints"): an instance, or a
 * network interface (an RDS instance's, a load balancer's…). A resource with an interface in each
 * of its subnets (`aws_lb.public`) means its interface in `zone` (the source's zone), else the
 * first. A bare address of a resource with several `count`/`for_each` instances exits 2 listing
 * them. Null when the text is no address of this scenario.
 */
export function terraformEndpoint(
  option: string,
  text: string,
  scenario: Scenario,
  zone?: string,
): Endpoint | null {
  if (scenario.terraform === undefined) return null;
  const instances = new Set(scenario.instances.map((i) => i.id));
  const interfaces = new Map(scenario.networkInterfaces.map((n) => [n.id, n]));
  const match = findByAddress(scenario, text, new Set([...instances, ...interfaces.keys()]));
  if (match.kind === 'several') {
    throw new CliError(
      `${option}: ${text} has ${match.addresses.length} instances (${match.addresses.join(', ')}); name one`,
    );
  }
  if (match.kind === 'none') return null;
  const zoneOf = (id: string) => {
    const subnetId = interfaces.get(id)?.subnetId;
    return scenario.subnets.find((s) => s.id === subnetId)?.availabilityZone;
  };
  const chosen = match.ids.find((id) => zone !== undefined && zoneOf(id) === zone) ?? match.ids[0];
  if (chosen === undefined) return null;
  return instances.has(chosen) ? { instanceId: chosen } : { interfaceId: chosen };
}

/** The Availability Zone an endpoint is in, for choosing the other end's interface. */
export function endpointZone(endpoint: Endpoint, scenario: Scenario): string | undefined {
  const subnetId =
    'instanceId' in endpoint
      ? scenario.instances.find((i) => i.id === endpoint.instanceId)?.subnetId
      : 'interfaceId' in endpoint
        ? scenario.networkInterfaces.find((n) => n.id === endpoint.interfaceId)?.subnetId
        : undefined;
  return scenario.subnets.find((s) => s.id === subnetId)?.availabilityZone;
}
