/*
 * WIRE FORMAT of the reachability matrix at class level, shared by the engine (which writes it in
 * its worker or the CLI) and its readers (the matrix panel, the CLI's output). Endpoints that
 * behave alike form a class; one byte per service and ordered pair of classes says the verdict
 * (model/matrixCell.ts) from any endpoint of the first class to any other of the second. Memory
 * grows with the classes, not with the square of the endpoints; a pair's cell is looked up.
 */

export interface ClassCells {
  /** Each endpoint's class, 0 … classes - 1. */
  readonly classOf: Int32Array;
  readonly classes: number;
  /** `cells[(s * classes + a) * classes + b]`; a class of one endpoint has 0 (self) at (a, a). */
  readonly cells: Uint8Array;
}

/** The cell byte of service `s` from endpoint `i` to endpoint `j` (0, self, when i = j). */
export function cellOf(m: ClassCells, s: number, i: number, j: number): number {
  if (i === j) return 0;
  const k = m.classes;
  return m.cells[(s * k + (m.classOf[i] as number)) * k + (m.classOf[j] as number)] ?? 0;
}

/**
 * Every pair's cell, `out[(s * n + i) * n + j]`: n² bytes a service, for small matrices (tests,
 * a drill-down's few hundred endpoints) only.
 */
export function pairCells(m: ClassCells, services: number): Uint8Array {
  const n = m.classOf.length;
  const out = new Uint8Array(services * n * n);
  for (let s = 0; s < services; s++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) out[(s * n + i) * n + j] = cellOf(m, s, i, j);
  return out;
}
