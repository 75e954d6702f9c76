import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/** Room between the playback bar and a panel moved under it. */
const GAP = 6;

/**
 * How far down a panel at the top of the canvas must go to clear the packet animation's
 * playback bar (`anim.controls`, centred at the top while a flow is shown): 0 when they do not
 * meet side by side. Measured again whenever either changes size (the bar wraps on narrow
 * screens, the canvas widens when the side panel closes).
 */
export function useBelowBar(shown: boolean): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement | null>(null);
  const [offset, setOffset] = useState(0);
  const moved = useRef(0);
  useLayoutEffect(() => {
    const own = ref.current;
    const bar = shown ? document.querySelector('[data-testid="anim.controls"]') : null;
    if (!own || !bar) {
      moved.current = 0;
      setOffset(0);
      return;
    }
    const measure = () => {
      const b = bar.getBoundingClientRect();
      const o = own.getBoundingClientRect();
      const sideBySide = o.left < b.right + GAP && b.left < o.right + GAP;
      // Where the panel's top is unmoved (the move is a transform of the panel around `own`).
      const top = o.top - moved.current;
      const next = sideBySide ? Math.max(0, b.bottom + GAP - top) : 0;
      moved.current = next;
      setOffset(next);
    };
    measure();
    const watch = new ResizeObserver(measure);
    watch.observe(bar);
    const pane = own.closest('.react-flow');
    if (pane) watch.observe(pane);
    return () => watch.disconnect();
  }, [shown]);
  return [ref, offset];
}
