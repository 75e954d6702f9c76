import { useStore } from '../../store/index.ts';

/**
 * What to do on an empty canvas, said on it: the first three moves. Drawn over the canvas without
 * taking its clicks or drops, and gone with the first thing drawn.
 */
export default function EmptyCanvasHint() {
  const empty = useStore(
    (s) =>
      s.scenario.vpcs.length === 0 &&
      s.scenario.internetHosts.length === 0 &&
      s.scenario.transitGateways.length === 0,
  );
  if (!empty) return null;
  return (
    <div
      data-testid="canvas.empty-hint"
      className="pointer-events-none absolute inset-0 flex items-center justify-center p-6"
    >
      <div className="max-w-sm rounded-lg border border-dashed border-slate-400 bg-white/90 p-4 text-sm text-slate-800 shadow-sm dark:border-slate-600 dark:bg-slate-900/90 dark:text-slate-200">
        <p className="font-semibold">An empty network. To begin:</p>
        <ol className="mt-1 list-decimal space-y-0.5 pl-5">
          <li>Drag a VPC from the palette on the left onto this canvas.</li>
          <li>Drag a subnet into the VPC, then an instance into the subnet.</li>
          <li>Test a flow between two instances in the Flows tab, on the right.</li>
        </ol>
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          Or open a teaching scenario from the Gallery (Shift+B) in the toolbar.
        </p>
      </div>
    </div>
  );
}
