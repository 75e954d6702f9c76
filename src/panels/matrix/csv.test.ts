import { describe, expect, it } from 'vitest';
import { LAYERS } from './cell.ts';
import { csvValue, matrixToCsv, uniqueLabels } from './csv.ts';

const blockedAt = (layer: (typeof LAYERS)[number], response = false) =>
  2 | (LAYERS.indexOf(layer) << 2) | (response ? 64 : 0);

describe('matrixToCsv', () => {
  // web, db, internet; service 0: web → db blocked at the db group; service 1: all allowed.
  const n = 3;
  const cells = new Uint8Array(2 * n * n).fill(1);
  for (let s = 0; s < 2; s++) for (let i = 0; i < n; i++) cells[(s * n + i) * n + i] = 0;
  cells[0 * n + 1] = blockedAt('security-group-ingress');
  cells[2 * n + 1] = 3;
  // One class per endpoint: the class matrix is the pair matrix.
  const input = {
    matrix: { classOf: Int32Array.from([0, 1, 2]), classes: n, cells },
    labels: ['web-1', 'db-1', 'Internet'],
    sources: [0, 1, 2],
    destinations: [0, 1, 2],
    services: [
      { index: 0, label: 'TCP 5432' },
      { index: 1, label: 'TCP 22' },
    ],
  };

  it('writes a header, then one row per service and source, one column per destination', () => {
    expect(matrixToCsv(input).split('\r\n')).toEqual([
      'service,source,web-1,db-1,Internet',
      'TCP 5432,web-1,self,blocked:security-group-ingress,allowed',
      'TCP 5432,db-1,allowed,self,allowed',
      'TCP 5432,Internet,allowed,unknown,self',
      'TCP 22,web-1,self,allowed,allowed',
      'TCP 22,db-1,allowed,self,allowed',
      'TCP 22,Internet,allowed,allowed,self',
      '',
    ]);
  });

  it('writes only the rows and columns asked for, in their order', () => {
    const csv = matrixToCsv({
      ...input,
      sources: [2],
      destinations: [1, 0],
      services: [input.services[0]!],
    });
    expect(csv).toBe('service,source,db-1,web-1\r\nTCP 5432,Internet,unknown,allowed\r\n');
  });

  it('says when the response is what is blocked', () => {
    expect(csvValue(blockedAt('nacl-ingress', true))).toBe('blocked:nacl-ingress:response');
    expect(csvValue(blockedAt('route'))).toBe('blocked:route');
  });

  // OWASP, CSV Injection: https://owasp.org/www-community/attacks/CSV_Injection
  it('writes hostile names as text, never as a formula', () => {
    const csv = matrixToCsv({
      ...input,
      labels: ['=HYPERLINK("http://evil.example","x")', '@SUM(1)', 'a,b'],
      sources: [0, 1],
      destinations: [0, 1, 2],
      services: [{ index: 0, label: '+1+1' }],
    });
    expect(csv.split('\r\n')).toEqual([
      'service,source,"\'=HYPERLINK(""http://evil.example"",""x"")","\'@SUM(1)","a,b"',
      '"\'+1+1","\'=HYPERLINK(""http://evil.example"",""x"")",self,blocked:security-group-ingress,allowed',
      '"\'+1+1","\'@SUM(1)",allowed,self,allowed',
      '',
    ]);
  });

  it('tells apart endpoints that share a name', () => {
    expect(uniqueLabels(['web', 'web', 'db'], ['i-1', 'i-2', 'i-3'])).toEqual([
      'web (i-1)',
      'web (i-2)',
      'db',
    ]);
  });
});
