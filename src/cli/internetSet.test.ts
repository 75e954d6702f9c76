import { readFileSync } from 'node:fs';
import { cellOf } from '../model/classMatrix.ts';
import { describe, expect, it } from 'vitest';
import { importAwsBundle } from '../aws/index.ts';
import {
  decodeCell,
  evaluate,
  FlowError,
  INTERNET_HOST,
  reachability,
  type Service,
} from '../engine/index.ts';
import type { Scenario } from '../model/types.ts';

// The shared sample lives beside the repository (/work/shared), not in it.
const BUNDLE = new URL('../../../shared/samples/acme-prod/bundle.json', import.meta.url);

function sample(): Scenario {
  const result = importAwsBundle(JSON.parse(readFileSync(BUNDLE, 'utf8')) as unknown);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value.scenario;
}

const BASTION = 'i-09bbc2d8c19a1cb1b';

// Issue 9: the matrix's Internet row and a flow from the internet agree. The bastion admits SSH
// from 203.0.113.0/24 only: the row holding 203.0.113.50 says allowed, as the flow does, and the
// row of every other address says blocked (it was one row at the NAT gateway's own address).
describe('the internet on the acme-prod sample', () => {
  const s = sample();
  const services: Service[] = [
    { protocol: 'tcp', port: 22 },
    { protocol: 'tcp', port: 443 },
    { protocol: 'tcp', port: 5432 },
  ];
  const m = reachability(s, services);
  const n = m.endpoints.length;

  it('has a row for 203.0.113.0/24, evaluated at 203.0.113.50, that agrees with the flow', () => {
    const host = m.internet.find((x) => x.piece.address === INTERNET_HOST);
    expect(host?.piece.label).toBe('203.0.113.0/24');
    const to = m.endpoints.indexOf(BASTION);
    const cell = decodeCell(cellOf(m, 0, host?.endpoint ?? 0, to));
    const flow = evaluate(s, {
      source: { address: INTERNET_HOST },
      destination: { instanceId: BASTION },
      protocol: 'tcp',
      port: 22,
    });
    expect(flow.verdict).toBe('allowed');
    expect(cell.verdict).toBe('allowed');
    const others = m.internet.filter((x) => x !== host);
    expect(others.length).toBeGreaterThan(0);
    for (const x of others)
      expect(decodeCell(cellOf(m, 0, x.endpoint, to)).verdict).toBe('blocked');
  });

  it('every cell equals evaluate for the flow the cell names', () => {
    services.forEach((svc, k) => {
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          if (i === j) continue;
          const cell = decodeCell(cellOf(m, k, i, j));
          const where = `${m.endpoints[i]} → ${m.endpoints[j]} tcp/${svc.port}`;
          try {
            const t = evaluate(s, {
              source: m.endpointSpecs[i] as never,
              destination: m.endpointSpecs[j] as never,
              protocol: svc.protocol,
              ...(svc.port !== undefined ? { port: svc.port } : {}),
            });
            expect(cell.verdict, where).toBe(t.verdict);
          } catch (e) {
            if (!(e instanceof FlowError)) throw e;
            expect(cell.verdict, where).toBe('unknown');
          }
        }
    });
  });
});
