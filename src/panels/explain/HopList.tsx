import { useState } from 'react';
import type { Direction, Hop, Trace } from '../../engine/types.ts';
import HopCard from './HopCard.tsx';
import { DIRECTION_WORDS } from './words.ts';

/**
 * Every hop of the trace in order, the request then the response, as cards: those that decided
 * (denied, or could not be told) and the packet's current one are open, the others one line each,
 * opened by a click or Enter. The list is remade for each trace, so what was opened by hand
 * belongs to the flow it was opened on.
 */
export default function HopList({ trace }: { readonly trace: Trace }) {
  const [opened, setOpened] = useState<ReadonlyMap<number, boolean>>(new Map());
  const parts: { direction: Direction; hops: { hop: Hop; index: number }[] }[] = [];
  trace.hops.forEach((hop, index) => {
    const last = parts.at(-1);
    if (last?.direction === hop.direction) last.hops.push({ hop, index });
    else parts.push({ direction: hop.direction, hops: [{ hop, index }] });
  });
  const toggle = (index: number, open: boolean) => setOpened((m) => new Map(m).set(index, open));
  return (
    <div className="space-y-2" data-testid="explain.hops">
      {parts.map((part, k) => (
        <section key={k} aria-label={`${DIRECTION_WORDS[part.direction]} hops`}>
          <h4 className="mb-1 text-[11px] font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
            {DIRECTION_WORDS[part.direction]}
            {part.direction === 'response' ? ' (back to the client)' : ''}
          </h4>
          <ol className="space-y-0.5">
            {part.hops.map(({ hop, index }) => (
              <HopCard
                key={index}
                hop={hop}
                index={index}
                deciding={hop.verdict === 'deny' || hop.verdict === 'unknown' || !!hop.unknown}
                opened={opened.get(index)}
                onToggle={toggle}
              />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
