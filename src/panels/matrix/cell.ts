import type { CellValue, Layer } from '../../engine/index.ts';

/*
 * WIRE FORMAT of a matrix cell, mirrored from src/engine/reachability.ts (CELL_VERDICTS,
 * CELL_LAYERS, decodeCell): bits 0-1 the verdict, bits 2-4 the blocking layer's index, bit 5 set
 * when the response is what is blocked. The panels room may import only the engine's types, so
 * the two lists are repeated here; cell.test.ts checks them against the engine byte by byte.
 */
export const VERDICTS = ['self', 'allowed', 'blocked', 'unknown'] as const;
export const LAYERS: readonly Layer[] = [
  'security-group-egress',
  'nacl-egress',
  'route',
  'nacl-ingress',
  'security-group-ingress',
  'internet-gateway',
  'nat-gateway',
  'peering',
];

export type CellVerdict = (typeof VERDICTS)[number];

/** The verdict bits only: what the grid draws for every visible cell. */
export const SELF = 0;
export const ALLOWED = 1;
export const BLOCKED = 2;
export const UNKNOWN = 3;

export function verdictOf(byte: number): CellVerdict {
  return VERDICTS[byte & 3] ?? 'self';
}

/** Decodes one cell, lazily, when it is hovered, focused or exported. */
export function decodeCell(byte: number): CellValue {
  const verdict = verdictOf(byte);
  if (verdict !== 'blocked') return { verdict, layer: null, direction: null };
  return {
    verdict,
    layer: LAYERS[(byte >> 2) & 7] ?? null,
    direction: byte & 32 ? 'response' : 'request',
  };
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
