import { describe, expect, it } from 'vitest';
import {
  buildAxis,
  groupSpans,
  hitTest,
  lineAt,
  lineOfEndpoint,
  reveal,
  step,
  visibleLines,
  type Axis,
} from './axis.ts';
import type { Line } from './endpoints.ts';

const group = { id: 'g', name: 'g', cidr: '' };
// [vpc 20][subnet 20][e0 16][e1 16][subnet 20][e2 16] = 108 px
const lines: Line[] = [
  { kind: 'vpc', group },
  { kind: 'subnet', group },
  { kind: 'endpoint', endpoint: 0 },
  { kind: 'endpoint', endpoint: 1 },
  { kind: 'subnet', group },
  { kind: 'endpoint', endpoint: 2 },
];
const rows: Axis = buildAxis(lines, { vpc: 20, subnet: 20, endpoint: 16 });
const columns: Axis = buildAxis(lines, { vpc: 6, subnet: 3, endpoint: 16 });
const geometry = { rowHeader: 200, columnHeader: 100, scrollLeft: 0, scrollTop: 0 };

describe('matrix axis', () => {
  it('lays lines end to end and lists the endpoint lines as cursor stops', () => {
    expect([...rows.starts]).toEqual([0, 20, 40, 56, 72, 92]);
    expect(rows.total).toBe(108);
    expect([...rows.stops]).toEqual([2, 3, 5]);
  });

  it('finds the line under a position, and none outside', () => {
    expect(lineAt(rows, 0)).toBe(0);
    expect(lineAt(rows, 39.9)).toBe(1);
    expect(lineAt(rows, 40)).toBe(2);
    expect(lineAt(rows, 107)).toBe(5);
    expect(lineAt(rows, 108)).toBe(-1);
    expect(lineAt(rows, -1)).toBe(-1);
  });

  it('gives the lines a viewport shows', () => {
    expect(visibleLines(rows, 30, 60)).toEqual([1, 4]);
    expect(visibleLines(rows, 0, 1000)).toEqual([0, 6]);
    expect(visibleLines(rows, 200, 300)).toEqual([0, 0]);
  });

  it('scales to 1,001 endpoints with a binary search', () => {
    const many: Line[] = Array.from({ length: 1001 }, (_, k) => ({
      kind: 'endpoint',
      endpoint: k,
    }));
    const axis = buildAxis(many, { vpc: 20, subnet: 20, endpoint: 18 });
    expect(lineAt(axis, 18 * 1000 + 1)).toBe(1000);
    expect(visibleLines(axis, 18 * 500, 18 * 510)).toEqual([500, 510]);
  });
});

describe('matrix hit-testing', () => {
  it('maps a point to a cell through the headers and the scroll offset', () => {
    // x: 200 + 6 + 3 = 209 is column line 2; y: 100 + 40 is row line 2.
    expect(hitTest(rows, columns, geometry, 210, 141)).toEqual({ kind: 'cell', row: 2, column: 2 });
    const scrolled = { ...geometry, scrollTop: 52, scrollLeft: 16 };
    expect(hitTest(rows, columns, scrolled, 210, 141)).toEqual({
      kind: 'cell',
      row: 5,
      column: 3,
    });
  });

  it('reports headers, and no cell on a group header or outside the grid', () => {
    expect(hitTest(rows, columns, geometry, 50, 141)).toEqual({ kind: 'row', row: 2 });
    expect(hitTest(rows, columns, geometry, 210, 50)).toEqual({ kind: 'column', column: 2 });
    expect(hitTest(rows, columns, geometry, 50, 50)).toEqual({ kind: 'none' });
    expect(hitTest(rows, columns, geometry, 210, 105)).toEqual({ kind: 'none' });
    expect(hitTest(rows, columns, geometry, 1000, 141)).toEqual({ kind: 'none' });
  });
});

describe('matrix cursor', () => {
  it('steps over group headers and stops at the ends', () => {
    expect(step(rows, 3, 1)).toBe(5);
    expect(step(rows, 5, 1)).toBe(5);
    expect(step(rows, 2, -1)).toBe(2);
    expect(step(rows, 0, 1)).toBe(3);
  });

  it('scrolls the least that reveals a line', () => {
    expect(reveal(500, 16, 0, 300)).toBe(216);
    expect(reveal(100, 16, 200, 300)).toBe(100);
    expect(reveal(100, 16, 200, 300, 40)).toBe(60);
    expect(reveal(250, 16, 200, 300)).toBe(200);
  });
});

describe('matrix group bands', () => {
  it('span each VPC and subnet header up to the next of its rank', () => {
    const spans = groupSpans(columns);
    // columns: vpc@0(6) subnet@6(3) e@9 e@25 subnet@41(3) e@44 → total 60
    expect(spans.vpcs).toEqual([{ line: 0, start: 0, end: 60 }]);
    expect(spans.subnets).toEqual([
      { line: 1, start: 6, end: 41 },
      { line: 4, start: 41, end: 60 },
    ]);
  });

  it('map endpoints to their lines, -1 for those filtered out', () => {
    expect([...lineOfEndpoint(rows, 4)]).toEqual([2, 3, 5, -1]);
  });
});
