import { describe, expect, it } from 'vitest';
import { cellOf } from '../../model/classMatrix.ts';
import { threeTierScenario } from '../../scenarios/index.ts';
import { THREE_TIER_IDS } from '../../scenarios/threeTier.ts';
import { cellSentence, decodeCell, LAYERS, VERDICTS, verdictText } from './cell.ts';

// The panels may not import the engine's code (DESIGN.md rooms), so cell.ts mirrors its wire
// format. This test alone loads the engine, dynamically, to prove the mirror reads every byte the
// way the engine writes it.
const engine = () => import('../../engine/reachability.ts');

describe('matrix cell wire format', () => {
  it('decodes every byte as the engine does', async () => {
    const { decodeCell: engineDecode, CELL_LAYERS, CELL_VERDICTS } = await engine();
    expect(LAYERS).toEqual(CELL_LAYERS);
    expect(VERDICTS).toEqual(CELL_VERDICTS);
    for (let byte = 0; byte < 128; byte++) expect(decodeCell(byte)).toEqual(engineDecode(byte));
  });

  it('reads the three-tier matrix: web-1 → db-1 on 5432 stops at the db group, app-1 passes', async () => {
    const { reachability } = await engine();
    const m = reachability(threeTierScenario, [{ protocol: 'tcp', port: 5432 }]);
    const at = (a: string, b: string) =>
      cellOf(m, 0, m.endpoints.indexOf(a), m.endpoints.indexOf(b));
    expect(verdictText(at(THREE_TIER_IDS.web1, THREE_TIER_IDS.db1))).toBe(
      'blocked at security-group-ingress (request)',
    );
    expect(verdictText(at(THREE_TIER_IDS.app1, THREE_TIER_IDS.db1))).toBe('allowed');
  });
});

describe('cell sentence', () => {
  const blocked = 2 | (LAYERS.indexOf('security-group-ingress') << 2);

  it('names the flow, the service and where it stops', () => {
    expect(cellSentence('web-1', 'db-1', 'TCP 5432', blocked)).toBe(
      'web-1 → db-1 TCP 5432: blocked at security-group-ingress (request)',
    );
  });

  it('says when the response, not the request, is stopped', () => {
    const response = 2 | (LAYERS.indexOf('nacl-ingress') << 2) | 64;
    expect(cellSentence('app-1', 'db-1', 'TCP 5432', response)).toBe(
      'app-1 → db-1 TCP 5432: blocked at nacl-ingress (response)',
    );
  });

  it('reads allowed, unknown and the diagonal', () => {
    expect(cellSentence('a', 'b', 'UDP 53', 1)).toBe('a → b UDP 53: allowed');
    expect(verdictText(3)).toMatch(/^unknown/);
    expect(verdictText(0)).toBe('same endpoint');
  });
});
