import { Panel } from '@xyflow/react';
import { setViewOption, useStore, type ViewOption } from '../store/index.ts';
import { useBelowBar } from './useBelowBar.ts';
import { showsRoutes, showsSecurity } from './viewEdges.ts';

const OPTIONS: readonly { option: ViewOption; label: string; title: string }[] = [
  {
    option: 'routes',
    label: 'Routes',
    title: 'Route edges: each subnet to the gateways its route table uses, with the destinations',
  },
  {
    option: 'security',
    label: 'Security',
    title: 'Security view: which group admits which, with the ports (one arrow per pair of groups)',
  },
];

/**
 * What the diagram draws besides the resources, as two switches on the canvas (saved with the
 * scenario's layout, not in it): route edges, shown by default, and the security view. While a
 * flow is shown it moves under the playback bar when the two would meet.
 */
export default function ViewPanel() {
  const routes = useStore((s) => showsRoutes(s.layout));
  const security = useStore((s) => showsSecurity(s.layout));
  const on: Record<ViewOption, boolean> = { routes, security };
  const flowShown = useStore((s) => s.sim.active.flowId !== null);
  const [ref, below] = useBelowBar(flowShown);
  return (
    <Panel
      position="top-right"
      style={below > 0 ? { transform: `translateY(${below}px)` } : undefined}
    >
      <div
        ref={ref}
        role="group"
        aria-label="View"
        className="flex items-center gap-1 rounded-md border border-slate-200 bg-white/95 p-1 text-xs shadow-sm dark:border-slate-700 dark:bg-slate-900/95"
      >
        <span className="px-1 font-semibold text-slate-600 dark:text-slate-300">View</span>
        {OPTIONS.map(({ option, label, title }) => (
          <button
            key={option}
            type="button"
            aria-pressed={on[option]}
            title={title}
            data-testid={`canvas.view.${option}`}
            onClick={() => setViewOption(option, !on[option])}
            className={`rounded px-2 py-1 font-medium ${
              on[option]
                ? 'bg-violet-600 text-white dark:bg-violet-300 dark:text-violet-950'
                : 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800'
            }`}
          >
            {on[option] ? '✓ ' : ''}
            {label}
          </button>
        ))}
      </div>
    </Panel>
  );
}
