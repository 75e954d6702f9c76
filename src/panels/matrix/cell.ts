import {
  decodeCell,
  MATRIX_LAYERS,
  MATRIX_VERDICTS,
  type MatrixCell,
} from '../../model/matrixCell.ts';

/** The cell byte's format is shared with the engine through model/matrixCell.ts. */
export const VERDICTS = MATRIX_VERDICTS;
export const LAYERS = MATRIX_LAYERS;
export { decodeCell };
export type CellValue = MatrixCell;

export type CellVerdict = (typeof VERDICTS)[number];

/** The verdict bits only: what the grid draws for every visible cell. */
export const SELF = 0;
export const ALLOWED = 1;
export const BLOCKED = 2;
export const UNKNOWN = 3;

export function verdictOf(byte: number): CellVerdict {
  return VERDICTS[byte & 3] ?? 'self';
}

/** `blocked at security-group-ingress (request)`, `allowed`, `unknown`, `same endpoint`. */
export function verdictText(byte: number): string {
  const cell = decodeCell(byte);
  switch (cell.verdict) {
    case 'blocked':
      return `blocked at ${cell.layer ?? 'an unknown layer'} (${cell.direction ?? 'request'})`;
    case 'allowed':
      return 'allowed';
    case 'unknown':
      return 'unknown (the engine cannot tell; open the flow for the reason)';
    default:
      return 'same endpoint';
  }
}

/**
 * What the tooltip shows and the live region announces for a cell.
 *
 * @example cellSentence('web-1', 'db-1', 'TCP 5432', byte)
 * // 'web-1 → db-1 TCP 5432: blocked at security-group-ingress (request)'
 */
export function cellSentence(source: string, destination: string, service: string, byte: number) {
  return `${source} → ${destination} ${service}: ${verdictText(byte)}`;
}
