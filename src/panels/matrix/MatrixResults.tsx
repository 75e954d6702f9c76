import { useDeferredValue, useMemo } from 'react';
import { animateMatrixFlow, showMatrixService, useStore } from '../../store/index.ts';
import { buttonClass } from '../ui/styles.ts';
import { matrixToCsv, uniqueLabels } from './csv.ts';
import { downloadText } from '../../ui/download.ts';
import { csvFilename } from './csvFilename.ts';
import { AWS_SERVICES, endpointsOf, INTERNET, matrixEndpoints } from './endpoints.ts';
import { cellFlow } from './flow.ts';
import InternetPieces from './InternetPieces.tsx';
import MatrixFilters from './MatrixFilters.tsx';
import MatrixGrid from './MatrixGrid.tsx';
import { buildGridModel } from './model.ts';
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
  const dark = useStore((s) => s.theme === 'dark');

  const endpoints = useMemo(
    () => (result && basis ? matrixEndpoints(basis, result) : null),
    [result, basis],
  );
  const model = useMemo(
    () => (result && endpoints ? buildGridModel(result, endpoints, filter, tab) : null),
    [result, endpoints, filter, tab],
  );
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
      <div className="border-b border-slate-200 px-4 py-2 dark:border-slate-700">
        <MatrixFilters
          vpcs={[...endpoints.vpcs.values()].filter(
            (v) => v.id !== INTERNET && v.id !== AWS_SERVICES,
          )}
        />
      </div>
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
            title="The rows and columns shown, for this service"
            onClick={() => exportCsv(false)}
          >
            Export CSV ({label})
          </button>
          {result.services.length > 1 && (
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
