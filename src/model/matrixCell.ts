/*
 * WIRE FORMAT of a reachability-matrix cell, shared by the engine (which writes the cells in its
 * worker) and the matrix panel (which reads them from the transferred buffer): one byte, bits 0-1
 * the verdict, bits 2-5 the blocking layer's index in MATRIX_LAYERS, bit 6 set when it is the
 * response that is blocked. These lists must never be reordered (new layers go at the end).
 */
export const MATRIX_VERDICTS = ['self', 'allowed', 'blocked', 'unknown'] as const;
export const MATRIX_LAYERS = [
  'security-group-egress',
  'nacl-egress',
  'route',
  'nacl-ingress',
  'security-group-ingress',
  'internet-gateway',
  'nat-gateway',
  'peering',
  'transit-gateway',
  'vpc-endpoint',
  'egress-only-internet-gateway',
] as const;

export type MatrixVerdict = (typeof MATRIX_VERDICTS)[number];
export type MatrixLayer = (typeof MATRIX_LAYERS)[number];

export interface MatrixCell {
  readonly verdict: MatrixVerdict;
  readonly layer: MatrixLayer | null;
  readonly direction: 'request' | 'response' | null;
}

/** The byte of a blocked cell. */
export function blockedCell(layer: MatrixLayer, direction: 'request' | 'response'): number {
  return 2 | (MATRIX_LAYERS.indexOf(layer) << 2) | (direction === 'response' ? 64 : 0);
}

export function decodeCell(byte: number): MatrixCell {
  const verdict = MATRIX_VERDICTS[byte & 3] ?? 'self';
  if (verdict !== 'blocked') return { verdict, layer: null, direction: null };
  return {
    verdict,
    layer: MATRIX_LAYERS[(byte >> 2) & 15] ?? null,
    direction: byte & 64 ? 'response' : 'request',
  };
}
