import { parseIp } from '../model/ip.ts';
import type { Endpoint, Scenario } from '../model/types.ts';
import { CliError } from './errors.ts';
import { terraformEndpoint } from './terraformEndpoints.ts';

/**
 * Reads `--from`/`--to` as spec/cli-analyze.md and spec/ci-check.md say: an instance ID (`i-…`),
 * an IP address, a Terraform resource address (`aws_instance.web[1]`), or an instance's Name.
 * An instance becomes `{ instanceId }` and an address `{ address }`; the engine then picks the
 * instance's address (private, public or IPv6) and refuses an address inside a VPC that is no
 * instance's.
 */
export function parseEndpoint(
  option: string,
  value: string,
  scenario: Scenario,
  zone?: string,
): Endpoint {
  const text = value.trim();
  const byId = scenario.instances.find((instance) => instance.id === text);
  if (byId) return { instanceId: byId.id };
  if (parseIp(text)) return { address: text };
  const byAddress = terraformEndpoint(option, text, scenario, zone);
  if (byAddress) return byAddress;
  const named = scenario.instances.filter((instance) => instance.name === text);
  const [only, ...others] = named;
  if (only && others.length === 0) return { instanceId: only.id };
  if (only) {
    const ids = named.map((instance) => instance.id).join(', ');
    throw new CliError(
      `${option}: ${named.length} instances are named "${text}" (${ids}); give an instance ID`,
    );
  }
  const kind = /^i-/.test(text) ? 'no instance has the ID' : 'no instance is named';
  const address = scenario.terraform ? ', a Terraform address of an endpoint' : '';
  throw new CliError(`${option}: ${kind} "${text}", and it is not an IP address${address}`);
}
