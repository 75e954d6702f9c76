import { describe, expect, it } from 'vitest';
import { THREE_TIER_IDS as ID, threeTierScenario as scenario } from '../../scenarios/threeTier.ts';
import { TRACES } from './__fixtures__/traces.ts';
import { decidedPieces, namePieces, piecesText } from './named.ts';

describe('names first', () => {
  it('say a resource by its name, whichever way the engine wrote it', () => {
    const why = TRACES.webToDb.hops.find((h) => h.verdict === 'deny')?.reason ?? '';
    const pieces = namePieces(scenario, why);
    expect(piecesText(pieces)).toBe(
      "No inbound rule of db-1's security groups (db) allows TCP port 5432 from 10.0.1.10 to 10.0.3.10; security groups deny whatever no rule allows.",
    );
    expect(pieces.filter((p) => p.kind === 'name').map((p) => p.kind === 'name' && p.id)).toEqual([
      ID.db1,
      ID.sgDb,
    ]);
  });

  it('leave text that names nothing as it is', () => {
    expect(namePieces(scenario, 'from 10.0.1.10')).toEqual([
      { kind: 'text', text: 'from 10.0.1.10' },
    ]);
  });

  // https://docs.aws.amazon.com/vpc/latest/userguide/route-tables-priority.html
  it('say a route as where the table sends the destination', () => {
    const nat = TRACES.appToInternetBrokenAcl.hops.find(
      (h) => h.rule?.kind === 'route' && h.rule.route.target.startsWith('nat-'),
    );
    expect(nat).toBeDefined();
    if (!nat) return;
    const text = piecesText(decidedPieces(scenario, nat));
    expect(text).toMatch(/^\S+ sends 0\.0\.0\.0\/0 to the NAT gateway \S+$/);
    expect(text).not.toContain('rtb-');
  });
});
