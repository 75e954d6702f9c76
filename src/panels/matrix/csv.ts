import { cellOf, type ClassCells } from '../../model/classMatrix.ts';
import { csvCell, csvRow } from '../../model/csv.ts';
import { decodeCell } from './cell.ts';

export interface CsvInput {
  /** The class matrix: a pair's cell is looked up. */
  readonly matrix: ClassCells;
  /** Endpoint labels, by matrix index. */
  readonly labels: readonly string[];
  /** Sources (rows) and destinations (columns) to write, by matrix index, in order. */
  readonly sources: readonly number[];
  readonly destinations: readonly number[];
  /** The services to write, by index in the matrix, each with its label (`TCP 5432`). */
  readonly services: readonly { readonly index: number; readonly label: string }[];
}

/**
 * One cell in words: `allowed`, `blocked:<layer>` (with `:response` when the response is what
 * stops), `unknown`, or `self` on the diagonal.
 */
export function csvValue(byte: number): string {
  const cell = decodeCell(byte);
  if (cell.verdict !== 'blocked') return cell.verdict;
  return `blocked:${cell.layer ?? 'unknown-layer'}${cell.direction === 'response' ? ':response' : ''}`;
}

/**
 * The matrix as CSV: a header `service,source,<destination>…`, then one row per service and
 * source, one column per destination. Lines end with CRLF, as RFC 4180 and spreadsheets expect.
 * Names are the scenario author's: every cell goes through `csvCell`, so none starts a formula.
 *
 * @example
 * matrixToCsv({ matrix, labels: ['web-1', 'db-1'], sources: [0, 1], destinations: [0, 1],
 *   services: [{ index: 0, label: 'TCP 5432' }] })
 * // 'service,source,web-1,db-1\r\nTCP 5432,web-1,self,blocked:security-group-ingress\r\n…'
 */
export function matrixToCsv(input: CsvInput): string {
  const { matrix, labels, sources, destinations } = input;
  const label = (i: number) => labels[i] ?? String(i);
  const lines = [csvRow(['service', 'source', ...destinations.map(label)])];
  for (const s of input.services) {
    const service = csvCell(s.label);
    for (const i of sources) {
      const values = destinations.map((j) => csvValue(cellOf(matrix, s.index, i, j)));
      lines.push(`${service},${csvRow([label(i), ...values])}`);
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * Labels that name each endpoint once: its name, or `name (id)` when two share a name, so no
 * two CSV columns read alike.
 */
export function uniqueLabels(names: readonly string[], ids: readonly string[]): string[] {
  const count = new Map<string, number>();
  for (const name of names) count.set(name, (count.get(name) ?? 0) + 1);
  return names.map((name, k) =>
    (count.get(name) ?? 0) > 1 && ids[k] !== name ? `${name} (${ids[k] ?? k})` : name,
  );
}
