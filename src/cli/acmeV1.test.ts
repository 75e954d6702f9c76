import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importAwsBundle } from '../aws/index.ts';
import { compileScenario, evaluate } from '../engine/index.ts';
import type { FlowSpec } from '../model/types.ts';
import recorded from './__fixtures__/acme-prod-v1-traces.json';
import { parseEndpoint } from './endpoints.ts';

// The shared sample lives beside the repository (/work/shared), not in it.
const BUNDLE = new URL('../../../shared/samples/acme-prod/bundle.json', import.meta.url);
const present = existsSync(BUNDLE);

interface RecordedFlow {
  readonly from: string;
  readonly to: string;
  readonly protocol: 'tcp' | 'udp' | 'icmp';
  readonly port: number | null;
  readonly verdict: string;
  readonly blockedBy: unknown;
  readonly hops: readonly string[];
}

/**
 * Issue 11, "Done when": flows that named instances in version 1 give the same answers, except
 * where version 2 changes a rule on purpose (the public path, groups per interface, the NAT port of
 * 1024 and above, transit gateway and prefix-list routes now decided). The expectations were
 * recorded by version 1's CLI (`recordedWith` in the fixture) on the acme-prod sample, whose
 * flows touch none of those rules: instance to instance in one VPC and over the peering, the
 * internet to public instances and back, instances behind the NAT gateway (client port 49152),
 * IPv6 through the internet gateway. Each must give the same verdict, the same blocking hop and the
 * same hops, layer by layer.
 */
describe.skipIf(!present)('acme-prod: version 1 answers still hold', () => {
  const imported = present ? importAwsBundle(JSON.parse(readFileSync(BUNDLE, 'utf8'))) : null;
  if (imported && !imported.ok) throw new Error(JSON.stringify(imported.errors));
  const scenario = imported?.ok ? imported.value.scenario : null;

  it.each(
    (recorded.flows as RecordedFlow[]).map(
      (f) => [`${f.from} → ${f.to} ${f.protocol} ${f.port ?? ''}`, f] as const,
    ),
  )('%s', (_name, f) => {
    if (!scenario) throw new Error('the sample did not import');
    const flow: FlowSpec = {
      source: parseEndpoint('--from', f.from, scenario),
      destination: parseEndpoint('--to', f.to, scenario),
      protocol: f.protocol,
      ...(f.port === null ? {} : { port: f.port }),
    };
    const trace = evaluate(compileScenario(scenario), flow);
    expect({
      verdict: trace.verdict,
      blockedBy: trace.blockedBy,
      hops: trace.hops.map((h) => `${h.direction} ${h.layer} ${h.resourceId} ${h.verdict}`),
    }).toEqual({ verdict: f.verdict, blockedBy: f.blockedBy, hops: f.hops });
  });
});
