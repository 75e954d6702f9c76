import { stringify } from 'yaml';
import type { SavedFlow, Scenario } from '../model/types.ts';
import { endpointText } from './resolveEndpoint.ts';

/**
 * The scenario's saved flows that have an expected outcome, as an expectations file (version 1):
 * what the app exports for `check --expect` in CI. A flow "from anywhere" becomes an invariant
 * from the internet, every piece of it.
 */
export function exportExpectations(scenario: Scenario): string {
  const flows: Record<string, unknown>[] = [];
  const invariants: Record<string, unknown>[] = [];
  for (const f of scenario.flows) {
    if (f.expected === undefined) continue;
    const service = serviceOf(f);
    const to = endpointText(scenario, f.destination);
    if (f.anywhere) {
      invariants.push({
        name: f.name,
        from: 'internet',
        to,
        services: [service],
        expect: f.expected,
      });
      continue;
    }
    flows.push({
      name: f.name,
      from: endpointText(scenario, f.source),
      to,
      service,
      ...(f.sourcePort === undefined ? {} : { 'source-port': f.sourcePort }),
      expect: f.expected,
    });
  }
  const doc = {
    version: 1,
    ...(flows.length > 0 ? { flows } : {}),
    ...(invariants.length > 0 ? { invariants } : {}),
  };
  return `# Expectations exported by VPC Flow Lab from "${scenario.name.replace(/[\r\n]+/g, ' ')}".\n# Check them in CI: npx vpc-flow-lab check <network> --expect <this file>\n${stringify(doc)}`;
}

function serviceOf(f: SavedFlow): string {
  const p = f.protocol;
  if (p === 'tcp' || p === 'udp') return `${p}/${f.port ?? 0}`;
  if (p === 'icmp' || p === 'icmpv6')
    return `${p}/${f.icmpType ?? (p === 'icmp' ? 8 : 128)}/${f.icmpCode ?? 0}`;
  return String(p);
}
