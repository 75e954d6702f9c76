import { selectActiveFlow, useStore } from '../../store/index.ts';
import { headline } from './words.ts';

/**
 * Says the active flow's verdict to screen readers (a polite live region), whenever it changes:
 * a flow shown, a rule edited, a fix applied. Always mounted, whichever tab is open.
 */
export default function SimAnnouncer() {
  const text = useStore((s) => {
    const trace = s.sim.active.trace;
    if (!trace) return '';
    const name = selectActiveFlow(s)?.name;
    return `${name ? `${name}: ` : ''}${headline(s.scenario, trace)}.`;
  });
  return (
    <div aria-live="polite" aria-atomic="true" className="sr-only" data-testid="sim.live">
      {text}
    </div>
  );
}
