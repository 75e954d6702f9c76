import { useCallback, useEffect, useLayoutEffect, useRef, type KeyboardEvent } from 'react';
import { cellOf } from '../../model/classMatrix.ts';
import { aggregateText, pairCountsAt } from '../../model/matrixGroups.ts';
import { hitTest, lineOfEndpoint, reveal, step, type Axis } from './axis.ts';
import { cellSentence } from './cell.ts';
import { drawGrid, type GridModel, type LinePair } from './draw.ts';

interface Props {
  readonly model: GridModel;
  readonly serviceLabel: string;
  readonly dark: boolean;
  /** A cell was clicked or Enter pressed on it: source and destination as matrix indices. */
  readonly onActivate: (source: number, destination: number) => void;
}

interface Pair {
  readonly source: number;
  readonly destination: number;
}

/**
 * The matrix drawn on a <canvas> that stays in view (position: sticky) inside a scroll container
 * as large as the whole grid: scrolling redraws only what shows, at most once a frame. Hover,
 * cursor and tooltip live in refs and the DOM, off React's render path. The cursor cell's
 * sentence goes to a polite live region, so screen readers hear each move.
 */
export default function MatrixGrid({ model, serviceLabel, dark, onActivate }: Props) {
  const scroller = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const tooltip = useRef<HTMLDivElement>(null);
  const live = useRef<HTMLParagraphElement>(null);
  const size = useRef({ width: 0, height: 0 });
  const hover = useRef<LinePair | null>(null);
  const cursor = useRef<Pair | null>(null);
  const frame = useRef(0);
  const draws = useRef(0);
  /** Where the pinned group headers end: the cells above it are hidden under them. */
  const pinnedBottom = useRef(0);
  const latest = useRef({ model, dark, serviceLabel });

  const rowLines = useRef<Int32Array>(new Int32Array(0));
  const columnLines = useRef<Int32Array>(new Int32Array(0));

  const cursorLines = useCallback((): LinePair | null => {
    const c = cursor.current;
    if (!c) return null;
    const row = rowLines.current[c.source] ?? -1;
    const column = columnLines.current[c.destination] ?? -1;
    return row < 0 || column < 0 ? null : { row, column };
  }, []);

  const draw = useCallback(() => {
    const el = scroller.current;
    const ctx = canvas.current?.getContext('2d');
    const { width, height } = size.current;
    if (!el || !ctx || width === 0 || height === 0) return;
    const { model: m, dark: d } = latest.current;
    pinnedBottom.current = drawGrid(ctx, m, {
      width,
      height,
      dpr: window.devicePixelRatio || 1,
      scrollLeft: el.scrollLeft,
      scrollTop: el.scrollTop,
      hover: hover.current,
      cursor: cursorLines(),
      dark: d,
    });
    draws.current += 1;
    el.dataset.draws = String(draws.current);
    const at = cursorLines();
    if (at) {
      const { rowHeader, columnHeader, cell } = m.sizes;
      el.dataset.cursorX = String(
        rowHeader + (m.columns.starts[at.column] ?? 0) - el.scrollLeft + cell / 2,
      );
      el.dataset.cursorY = String(
        columnHeader + (m.rows.starts[at.row] ?? 0) - el.scrollTop + cell / 2,
      );
    }
  }, [cursorLines]);

  const requestDraw = useCallback(() => {
    if (frame.current !== 0) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = 0;
      draw();
    });
  }, [draw]);

  const sentence = useCallback((pair: Pair): string => {
    const { model: m, serviceLabel: label } = latest.current;
    const name = (k: number) => m.infos[k]?.name ?? String(k);
    if (m.aggregate) {
      const counts = pairCountsAt(
        m.aggregate.counts,
        m.aggregate.size,
        0,
        pair.source,
        pair.destination,
      );
      return `${name(pair.source)} → ${name(pair.destination)} ${label}: ${aggregateText(counts)}`;
    }
    const byte = cellOf(m.matrix, m.service, pair.source, pair.destination);
    return cellSentence(name(pair.source), name(pair.destination), label, byte);
  }, []);

  const announce = useCallback(() => {
    if (live.current) live.current.textContent = cursor.current ? sentence(cursor.current) : '';
  }, [sentence]);

  // A new model (result, filter, tab) or theme: keep the cursor if its cell still shows.
  useLayoutEffect(() => {
    latest.current = { model, dark, serviceLabel };
    rowLines.current = lineOfEndpoint(model.rows, model.n);
    columnLines.current = lineOfEndpoint(model.columns, model.n);
    hover.current = null;
    if (cursor.current && !cursorLines()) cursor.current = null;
    if (document.activeElement === scroller.current) announce();
    draw();
  }, [model, dark, serviceLabel, draw, cursorLines, announce]);

  useEffect(() => {
    const el = scroller.current;
    const c = canvas.current;
    if (!el || !c) return;
    const observer = new ResizeObserver(() => {
      const width = el.clientWidth;
      const height = el.clientHeight;
      const dpr = window.devicePixelRatio || 1;
      size.current = { width, height };
      c.style.width = `${width}px`;
      c.style.height = `${height}px`;
      c.width = Math.round(width * dpr);
      c.height = Math.round(height * dpr);
      // The first frame is drawn on the next animation frame, apart from the layout that
      // mounted the grid; a resize redraws at once (resizing a canvas clears it).
      if (draws.current === 0) requestDraw();
      else draw();
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame.current);
      frame.current = 0;
    };
  }, [draw, requestDraw]);

  const geometry = () => {
    const el = scroller.current;
    const s = latest.current.model.sizes;
    return {
      rowHeader: s.rowHeader,
      columnHeader: s.columnHeader,
      scrollLeft: el?.scrollLeft ?? 0,
      scrollTop: el?.scrollTop ?? 0,
    };
  };

  const pairAt = (line: LinePair): Pair | null => {
    const m = latest.current.model;
    const row = m.rows.lines[line.row];
    const column = m.columns.lines[line.column];
    if (row?.kind !== 'endpoint' || column?.kind !== 'endpoint') return null;
    return { source: row.endpoint, destination: column.endpoint };
  };

  const pointer = (e: { clientX: number; clientY: number }) => {
    const el = scroller.current;
    if (!el) return null;
    const rect = el.getBoundingClientRect();
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    const m = latest.current.model;
    const underPins = y >= m.sizes.columnHeader && y < pinnedBottom.current;
    const hit = underPins
      ? ({ kind: 'none' } as const)
      : hitTest(m.rows, m.columns, geometry(), x, y);
    return { x, y, hit };
  };

  const showTooltip = (text: string | null, x = 0, y = 0) => {
    const tip = tooltip.current;
    if (!tip) return;
    if (text === null) {
      tip.hidden = true;
      return;
    }
    tip.textContent = text;
    tip.hidden = false;
    const { width, height } = size.current;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    tip.style.left = `${x + 14 + w > width ? Math.max(0, x - 14 - w) : x + 14}px`;
    tip.style.top = `${y + 18 + h > height ? Math.max(0, y - 10 - h) : y + 18}px`;
  };

  const onMouseMove = (e: { clientX: number; clientY: number }) => {
    const at = pointer(e);
    const next = at?.hit.kind === 'cell' ? { row: at.hit.row, column: at.hit.column } : null;
    const before = hover.current;
    if (next?.row !== before?.row || next?.column !== before?.column) {
      hover.current = next;
      requestDraw();
    }
    const pair = next ? pairAt(next) : null;
    if (at && pair) showTooltip(sentence(pair), at.x, at.y);
    else if (at && (at.hit.kind === 'row' || at.hit.kind === 'column')) {
      // Over a header: the endpoint in full, since a long name or group is cut to fit.
      const m = latest.current.model;
      const line =
        at.hit.kind === 'row' ? m.rows.lines[at.hit.row] : m.columns.lines[at.hit.column];
      const info = line?.kind === 'endpoint' ? m.infos[line.endpoint] : undefined;
      if (info) {
        const role = at.hit.kind === 'row' ? 'Source' : 'Destination';
        showTooltip(`${role} ${info.name}, ${info.ip}, ${info.place}`, at.x, at.y);
      } else showTooltip(null);
    } else showTooltip(null);
  };

  const onMouseLeave = () => {
    hover.current = null;
    showTooltip(null);
    requestDraw();
  };

  const onClick = (e: { clientX: number; clientY: number }) => {
    const at = pointer(e);
    if (at?.hit.kind !== 'cell') return;
    const pair = pairAt({ row: at.hit.row, column: at.hit.column });
    if (!pair) return;
    cursor.current = pair;
    announce();
    draw();
    onActivate(pair.source, pair.destination);
  };

  /** Moves the cursor and scrolls the least that shows it (with its group header, if it can). */
  const moveTo = (row: number, column: number) => {
    const pair = pairAt({ row, column });
    const el = scroller.current;
    if (!pair || !el) return;
    cursor.current = pair;
    const m = latest.current.model;
    const { width, height } = size.current;
    // Room above the row for its group headers, or for the pinned ones that cover the top rows.
    const lead = (axis: Axis, line: number) =>
      PINNED_ROOM + (axis.starts[line] ?? 0) - firstHeader(axis, line);
    el.scrollTop = reveal(
      m.rows.starts[row] ?? 0,
      m.sizes.cell,
      el.scrollTop,
      height - m.sizes.columnHeader,
      lead(m.rows, row),
    );
    el.scrollLeft = reveal(
      m.columns.starts[column] ?? 0,
      m.sizes.cell,
      el.scrollLeft,
      width - m.sizes.rowHeader,
    );
    announce();
    draw();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const m = latest.current.model;
    const at = cursorLines() ?? first(m);
    if (!at) return;
    const page = Math.max(
      1,
      Math.floor((size.current.height - m.sizes.columnHeader) / m.sizes.cell) - 1,
    );
    const moves: Record<string, () => [number, number]> = {
      ArrowUp: () => [step(m.rows, at.row, -1), at.column],
      ArrowDown: () => [step(m.rows, at.row, 1), at.column],
      ArrowLeft: () => [at.row, step(m.columns, at.column, -1)],
      ArrowRight: () => [at.row, step(m.columns, at.column, 1)],
      PageUp: () => [step(m.rows, at.row, -page), at.column],
      PageDown: () => [step(m.rows, at.row, page), at.column],
      Home: () => [
        e.ctrlKey ? (m.rows.stops[0] ?? at.row) : at.row,
        m.columns.stops[0] ?? at.column,
      ],
      End: () => [
        e.ctrlKey ? (m.rows.stops[m.rows.stops.length - 1] ?? at.row) : at.row,
        m.columns.stops[m.columns.stops.length - 1] ?? at.column,
      ],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      const [row, column] = move();
      moveTo(row, column);
      return;
    }
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const pair = pairAt(at);
      if (!pair) return;
      cursor.current = pair;
      onActivate(pair.source, pair.destination);
    }
  };

  const onFocus = () => {
    if (!cursorLines()) {
      const at = first(latest.current.model);
      if (at) cursor.current = pairAt(at);
    }
    announce();
    draw();
  };

  const { rows, columns, sizes } = model;
  const sources = rows.stops.length;
  const destinations = columns.stops.length;
  return (
    <div className="relative min-h-0 flex-1">
      <div
        ref={scroller}
        tabIndex={0}
        role="application"
        aria-roledescription="reachability grid"
        aria-label={`Reachability grid, ${sources} sources by ${destinations} destinations, ${serviceLabel}. Arrow keys move between cells; Enter animates the flow.`}
        data-testid="matrix.grid"
        data-rows={sources}
        data-columns={destinations}
        className="absolute inset-0 overflow-auto outline-none focus-visible:ring-2 focus-visible:ring-sky-500 focus-visible:ring-inset"
        onScroll={() => {
          showTooltip(null);
          requestDraw();
        }}
        onMouseMove={onMouseMove}
        onMouseLeave={onMouseLeave}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <div
          style={{
            width: sizes.rowHeader + columns.total,
            height: sizes.columnHeader + rows.total,
          }}
        >
          <canvas
            ref={canvas}
            aria-hidden="true"
            className="sticky top-0 left-0 block cursor-pointer"
          />
        </div>
      </div>
      <div
        ref={tooltip}
        role="tooltip"
        data-testid="matrix.tooltip"
        hidden
        className="pointer-events-none absolute z-10 max-w-md rounded bg-slate-900 px-2 py-1 text-xs text-white shadow-lg dark:bg-slate-100 dark:text-slate-900"
      />
      <p ref={live} aria-live="polite" data-testid="matrix.focused" className="sr-only" />
    </div>
  );
}

/** The VPC and subnet header rows' height (model.ts): what pinned headers cover at most. */
const PINNED_ROOM = 46;

/** The first cell of the grid, if any. */
function first(m: GridModel): LinePair | null {
  const row = m.rows.stops[0];
  const column = m.columns.stops[0];
  return row === undefined || column === undefined ? null : { row, column };
}

/** Where the run of header lines just above `line` begins, so revealing a row shows its group. */
function firstHeader(axis: Axis, line: number): number {
  let k = line;
  while (k > 0 && axis.lines[k - 1]?.kind !== 'endpoint') k--;
  return axis.starts[k] ?? 0;
}
