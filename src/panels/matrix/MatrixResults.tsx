import { useDeferredValue, useMemo } from 'react';
import {
  animateMatrixFlow,
  drillIntoMatrix,
  drillOutOfMatrix,
  showMatrixService,
  useStore,
} from '../../store/index.ts';
import { csvRow } from '../../model/csv.ts';
import { pairCountsAt, type MatrixGroup } from '../../model/matrixGroups.ts';
import { groupEndpoints, tagKeys, type GroupBy } from '../../model/matrixGrouping.ts';
import GroupByPicker from './GroupByPicker.tsx';
import { buttonClass } from '../ui/styles.ts';
import { matrixToCsv, uniqueLabels } from './csv.ts';
import { downloadText } from '../../ui/download.ts';
import { csvFilename } from './csvFilename.ts';
import { AWS_SERVICES, endpointsOf, INTERNET, matrixEndpoints } from './endpoints.ts';
import { cellFlow } from './flow.ts';
import InternetPieces from './InternetPieces.tsx';
import MatrixFilters from './MatrixFilters.tsx';
import MatrixGrid from './MatrixGrid.tsx';
import { buildGridModel, buildGroupModel } from './model.ts';
import { serviceLabel, serviceTitle } from './services.ts';
import { useVerdictCounts } from './useVerdictCounts.ts';

/** Cells beyond this many are not offered as one all-services CSV (it would be too large). */
const ALL_SERVICES_CSV_LIMIT = 4_000_000;

/** The last computed matrix: a tab per service, the filters, the grid, the legend and export. */
export default function MatrixResults() {
  const latest = useStore((s) => s.matrix.result);
  const latestBasis = useStore((s) => s.matrix.basis);
  // A new result is laid out in a render of its own, after the task that received it from the
  // worker: the arrival stays a small task even on a page with a 1,000-node canvas.
  const arrived = useMemo(() => ({ result: latest, basis: latestBasis }), [latest, latestBasis]);
  const { result, basis } = useDeferredValue(arrived);
  const filter = useStore((s) => s.matrix.filter);
  const tab = useStore((s) => s.matrix.tab);
  const groupBy = useStore((s) => s.matrix.groupBy);
  const drill = useStore((s) => s.matrix.drill);
  const dark = useStore((s) => s.theme === 'dark');

  const endpoints = useMemo(
    () => (result && basis ? matrixEndpoints(basis, result) : null),
    [result, basis],
  );
  const groups = useMemo(() => {
    const by = groupingOf(groupBy);
    if (!result || !basis || !by) return null;
    const internet = new Set(result.internet.map((x) => x.endpoint));
    return groupEndpoints(basis, { endpoints: result.endpoints, internet }, by);
  }, [result, basis, groupBy]);
  const drilled = useMemo(() => {
    if (!groups || !drill) return null;
    const source = groups.find((g) => g.id === drill.source);
    const destination = groups.find((g) => g.id === drill.destination);
    return source && destination ? { source, destination } : null;
  }, [groups, drill]);
  const model = useMemo(() => {
    if (!result || !endpoints) return null;
    if (groups && !drilled) return buildGroupModel(result, groups, filter, tab);
    const within = drilled
      ? {
          sources: new Set(drilled.source.members),
          destinations: new Set(drilled.destination.members),
        }
      : undefined;
    return buildGridModel(result, endpoints, filter, tab, within);
  }, [result, endpoints, groups, drilled, filter, tab]);
  const tags = useMemo(() => (basis ? tagKeys(basis) : []), [basis]);
  const counts = useVerdictCounts(model);
  const labels = useMemo(
    () =>
      endpoints
        ? uniqueLabels(
            endpoints.infos.map((i) => i.name),
            endpoints.infos.map((i) => i.id),
          )
        : [],
    [endpoints],
  );

  if (!result || !endpoints || !model) {
    return (
      <div className="flex flex-1 items-center justify-center p-8 text-center text-sm text-slate-600 dark:text-slate-300">
        <p className="max-w-md">
          Pick one or more services above and press <strong>Compute</strong>. Every instance (and
          the internet) is tested against every other, in the background: the page stays usable, and
          a large network shows a progress bar.
        </p>
      </div>
    );
  }

  const service = result.services[model.service] ?? result.services[0];
  const label = service ? serviceLabel(service) : '';
  const rows = endpointsOf(model.rows.lines);
  const columns = endpointsOf(model.columns.lines);
  const exportCsv = (all: boolean) => {
    if (model.aggregate && groups) {
      const csv = groupsToCsv(groups, model.aggregate, label, rows, columns);
      downloadText(csvFilename([label]), csv, 'text/csv;charset=utf-8');
      return;
    }
    const services = (all ? result.services.map((_, k) => k) : [model.service]).map((k) => ({
      index: k,
      label: serviceLabel(result.services[k] ?? { protocol: 'tcp' }),
    }));
    const csv = matrixToCsv({
      matrix: result,
      labels,
      sources: rows,
      destinations: columns,
      services,
    });
    downloadText(csvFilename(services.map((s) => s.label)), csv, 'text/csv;charset=utf-8');
  };
  const activate = (source: number, destination: number) => {
    if (!service) return;
    if (model.aggregate && groups) {
      const g = groups[source];
      const h = groups[destination];
      if (g && h) drillIntoMatrix(g.id, h.id);
      return;
    }
    const from = result.endpointSpecs[source];
    const to = result.endpointSpecs[destination];
    if (!from || !to) return;
    const name = (k: number) => endpoints.infos[k]?.name ?? '';
    animateMatrixFlow(
      cellFlow(from, to, service),
      `${name(source)} → ${name(destination)} ${label}`,
    );
  };
  const allCells = rows.length * columns.length * result.services.length;

  return (
    <div className="flex min-h-0 flex-1 flex-col">
      {result.services.length > 1 && (
        <div
          role="tablist"
          aria-label="Service shown"
          onKeyDown={(e) => {
            // Arrow keys move between tabs (WAI-ARIA tabs pattern); Tab moves on to the filters.
            const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
            if (step === 0) return;
            e.preventDefault();
            const count = result.services.length;
            const next = (model.service + step + count) % count;
            showMatrixService(next);
            e.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
          }}
          className="flex flex-wrap gap-1 border-b border-slate-200 px-4 dark:border-slate-700"
        >
          {result.services.map((s, k) => (
            <button
              key={serviceTitle(s)}
              type="button"
              role="tab"
              aria-selected={k === model.service}
              tabIndex={k === model.service ? 0 : -1}
              data-testid={`matrix.tab.${k}`}
              className="-mb-px border-b-2 border-transparent px-3 py-1.5 text-xs font-medium text-slate-600 hover:text-slate-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500/60 aria-selected:border-sky-600 aria-selected:text-sky-800 dark:text-slate-300 dark:hover:text-white dark:aria-selected:border-sky-400 dark:aria-selected:text-sky-200"
              onClick={() => showMatrixService(k)}
            >
              {serviceTitle(s)}
            </button>
          ))}
        </div>
      )}
      <div className="flex flex-wrap items-end gap-x-3 gap-y-2 border-b border-slate-200 px-4 py-2 dark:border-slate-700">
        <GroupByPicker tags={tags} />
        <MatrixFilters
          vpcs={[...endpoints.vpcs.values()].filter(
            (v) => v.id !== INTERNET && v.id !== AWS_SERVICES,
          )}
        />
      </div>
      {drilled && (
        <div
          data-testid="matrix.drill"
          className="flex items-center gap-2 border-b border-slate-200 bg-sky-50 px-4 py-1.5 text-xs text-slate-800 dark:border-slate-700 dark:bg-sky-950/40 dark:text-slate-100"
        >
          <button
            type="button"
            className={buttonClass}
            data-testid="matrix.drill.back"
            onClick={drillOutOfMatrix}
          >
            ← Back to groups
          </button>
          <span>
            Pairs of <strong>{drilled.source.name}</strong> →{' '}
            <strong>{drilled.destination.name}</strong>: click a cell to play that flow.
          </span>
        </div>
      )}
      {rows.length === 0 || columns.length === 0 ? (
        <p className="flex-1 p-8 text-center text-sm text-slate-600 dark:text-slate-300">
          No {rows.length === 0 ? 'source' : 'destination'} matches the filters.
        </p>
      ) : (
        <MatrixGrid model={model} serviceLabel={label} dark={dark} onActivate={activate} />
      )}
      <InternetPieces internet={result.internet} />
      <footer className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-slate-200 px-4 py-2 text-xs text-slate-700 dark:border-slate-700 dark:text-slate-200">
        <Legend />
        <span data-testid="matrix.counts" className="tabular-nums">
          {rows.length.toLocaleString('en-US')} sources × {columns.length.toLocaleString('en-US')}{' '}
          destinations, {label}:{' '}
          {counts
            ? `${counts.allowed.toLocaleString('en-US')} allowed, ${counts.blocked.toLocaleString('en-US')} blocked${
                counts.unknown > 0 ? `, ${counts.unknown.toLocaleString('en-US')} unknown` : ''
              }`
            : 'counting…'}
        </span>
        <span className="ml-auto flex gap-1.5">
          <button
            type="button"
            className={buttonClass}
            data-testid="matrix.export"
            disabled={!model.aggregate && rows.length * columns.length > ALL_SERVICES_CSV_LIMIT}
            title={
              model.aggregate
                ? 'The pairs of groups shown, for this service: allowed, blocked, unknown'
                : 'The rows and columns shown, for this service'
            }
            onClick={() => exportCsv(false)}
          >
            Export CSV ({label})
          </button>
          {result.services.length > 1 && !model.aggregate && (
            <button
              type="button"
              className={buttonClass}
              data-testid="matrix.export-all"
              disabled={allCells > ALL_SERVICES_CSV_LIMIT}
              title={
                allCells > ALL_SERVICES_CSV_LIMIT
                  ? 'Too large for one file: filter the matrix, or export one service at a time'
                  : 'The rows and columns shown, for every service'
              }
              onClick={() => exportCsv(true)}
            >
              Export all services
            </button>
          )}
        </span>
      </footer>
    </div>
  );
}

/** Shape and colour, so the verdict reads without colour too. */
function Legend() {
  const item = (mark: string, text: string, tone: string) => (
    <span className="inline-flex items-center gap-1">
      <span
        aria-hidden="true"
        className={`inline-flex h-4 w-4 items-center justify-center rounded-sm text-[11px] font-bold ${tone}`}
      >
        {mark}
      </span>
      {text}
    </span>
  );
  return (
    <span className="flex items-center gap-3" aria-label="Legend">
      {item('✓', 'allowed', 'bg-green-100 text-green-700 dark:bg-green-900 dark:text-green-200')}
      {item('✗', 'blocked', 'bg-red-100 text-red-700 dark:bg-red-900 dark:text-red-200')}
      {item('?', 'unknown', 'bg-amber-100 text-amber-800 dark:bg-amber-900 dark:text-amber-200')}
      {item(
        '–',
        'same instance',
        'bg-slate-100 text-slate-500 dark:bg-slate-800 dark:text-slate-400',
      )}
    </span>
  );
}

/** The store's `groupBy` as a grouping, or null for one line per endpoint. */
function groupingOf(groupBy: string): GroupBy | null {
  if (groupBy === 'vpc' || groupBy === 'subnet' || groupBy === 'security-group')
    return { kind: groupBy };
  if (groupBy.startsWith('tag:')) return { kind: 'tag', key: groupBy.slice(4) };
  return null;
}

/** The groups shown as CSV: one row per pair of groups, its pairs counted by verdict. */
function groupsToCsv(
  groups: readonly MatrixGroup[],
  aggregate: { readonly counts: Uint32Array; readonly size: number },
  service: string,
  rows: readonly number[],
  columns: readonly number[],
): string {
  const lines = [csvRow(['source', 'destination', 'service', 'allowed', 'blocked', 'unknown'])];
  for (const g of rows)
    for (const h of columns) {
      const c = pairCountsAt(aggregate.counts, aggregate.size, 0, g, h);
      lines.push(
        csvRow([
          groups[g]?.name ?? '',
          groups[h]?.name ?? '',
          service,
          String(c.allowed),
          String(c.blocked),
          String(c.unknown),
        ]),
      );
    }
  return `${lines.join('\r\n')}\r\n`;
}
