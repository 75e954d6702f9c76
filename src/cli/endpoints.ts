import { INTERNET_HOST } from '../model/internetHosts.ts';
import { parseIp } from '../model/ip.ts';
import type { Endpoint, Scenario } from '../model/types.ts';
import { CliError } from './errors.ts';
import { terraformEndpoint } from './terraformEndpoints.ts';

/** The host `internet` stands for (spec/cli-analyze.md, "<endpoint>"): the model's one definition. */
export { INTERNET_HOST };

interface Named {
  readonly id: string;
  readonly endpoint: Endpoint;
}

/**
 * Reads `--from`/`--to` as spec/cli-analyze.md and spec/ci-check.md say: an instance ID (`i-…`),
 * a network interface ID (`eni-…`), the word `internet`, an IP address, a Terraform resource
 * address (`aws_instance.web[1]`), or the `Name` of an instance or interface. An ID, address or
 * Name becomes `{ instanceId }` or `{ interfaceId }` and an address `{ address }`; the engine then
 * picks the interface's address (private, public or IPv6), knows whose an address is, and
 * refuses an address inside a VPC that is no interface's.
 */
export function parseEndpoint(
  option: string,
  value: string,
  scenario: Scenario,
  zone?: string,
): Endpoint {
  const text = value.trim();
  if (text === 'internet') return { address: INTERNET_HOST };
  const byId = scenario.instances.find((instance) => instance.id === text);
  if (byId) return { instanceId: byId.id };
  if (/^eni-/.test(text)) {
    const known =
      scenario.networkInterfaces.some((e) => e.id === text) ||
      scenario.instances.some((i) => i.primaryInterfaceId === text);
    if (known) return { interfaceId: text };
  }
  if (parseIp(text)) return { address: text };
  const byAddress = terraformEndpoint(option, text, scenario, zone);
  if (byAddress) return byAddress;
  const named = namedAs(scenario, text);
  const [only, ...others] = named;
  if (only && others.length === 0) return only.endpoint;
  if (only) {
    const ids = named.map((n) => n.id).join(', ');
    const kinds = named.every((n) => 'instanceId' in n.endpoint)
      ? 'instances are'
      : named.every((n) => 'interfaceId' in n.endpoint)
        ? 'network interfaces are'
        : 'instances and network interfaces are';
    throw new CliError(
      `${option}: ${named.length} ${kinds} named "${text}" (${ids}); give an ID instead`,
    );
  }
  const kind = /^i-/.test(text)
    ? 'no instance has the ID'
    : /^eni-/.test(text)
      ? 'no network interface has the ID'
      : 'no instance or network interface is named';
  const address = scenario.terraform ? ', nor a Terraform address of an endpoint' : '';
  throw new CliError(`${option}: ${kind} "${text}", and it is not an IP address${address}`);
}

/** Instances and interfaces whose name or `Name` tag is `text`. */
function namedAs(scenario: Scenario, text: string): Named[] {
  const is = (r: { name: string; tags?: Record<string, string> | undefined }) =>
    r.name === text || r.tags?.Name === text;
  const out: Named[] = [];
  for (const i of scenario.instances)
    if (is(i)) out.push({ id: i.id, endpoint: { instanceId: i.id } });
  for (const e of scenario.networkInterfaces)
    if (is(e)) out.push({ id: e.id, endpoint: { interfaceId: e.id } });
  return out;
}
