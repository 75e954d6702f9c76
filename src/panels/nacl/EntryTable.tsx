import { useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { NaclDirection } from '../../model/edit.ts';
import { renumberAclEntries, selectVpc, useStore } from '../../store/index.ts';
import { selectNetworkAcl } from '../selectors.ts';
import Refusal from '../ui/Refusal.tsx';
import { buttonClass } from '../ui/styles.ts';
import DecidingTag from '../explain/DecidingTag.tsx';
import { HIGHLIGHT_RING, useNaclEntryDecided } from '../explain/highlight.ts';
import EntryRow from './EntryRow.tsx';
import NewEntryForm from './NewEntryForm.tsx';
import { DIRECTION_TITLES, STAR_RULE_TEXT } from './entry.ts';

const NONE: readonly number[] = [];

/**
 * An ACL's numbered rules in one direction, in evaluation order, then AWS's `*` rules (read-only,
 * always last: they deny what no numbered rule matched).
 */
export default function EntryTable({
  aclId,
  direction,
}: {
  readonly aclId: string;
  readonly direction: NaclDirection;
}) {
  const numbers = useStore(
    useShallow((s) => selectNetworkAcl(s, aclId)?.[direction].map((e) => e.ruleNumber) ?? NONE),
  );
  const dualStack = useStore((s) => {
    const vpcId = selectNetworkAcl(s, aclId)?.vpcId;
    return vpcId !== undefined && selectVpc(s, vpcId)?.ipv6CidrBlock !== undefined;
  });
  const [refusal, setRefusal] = useState<string | null>(null);
  const list = useRef<HTMLOListElement>(null);
  // AWS's * rules: 32767 for IPv4, 32768 for IPv6.
  const starDecided = [
    useNaclEntryDecided(aclId, direction, 32767),
    useNaclEntryDecided(aclId, direction, 32768),
  ];
  const title = DIRECTION_TITLES[direction];

  /** After a move, keep focus on the moved rule's button at its new place. */
  const focusLater = (testId: string) =>
    requestAnimationFrame(() =>
      list.current?.querySelector<HTMLElement>(`[data-testid="${testId}"]`)?.focus(),
    );

  return (
    <section aria-label={title} data-testid={`nacl.entries.${direction}`}>
      <div className="mb-1 flex items-center justify-between">
        <h4 className="text-xs font-semibold text-slate-700 dark:text-slate-200">{title}</h4>
        <button
          type="button"
          className={buttonClass}
          data-testid={`nacl.renumber.${direction}`}
          disabled={numbers.length === 0}
          onClick={() => setRefusal(renumberAclEntries(aclId, direction))}
          title="Renumber 100, 110, 120… in the current order"
        >
          Renumber
        </button>
      </div>
      <Refusal text={refusal} />
      <ol ref={list} className="space-y-1" aria-label={`${title}, in evaluation order`}>
        {numbers.map((n, index) => (
          <EntryRow
            key={n}
            aclId={aclId}
            direction={direction}
            ruleNumber={n}
            index={index}
            previous={numbers[index - 1]}
            next={numbers[index + 1]}
            onMoved={focusLater}
          />
        ))}
        {STAR_RULE_TEXT.filter((star) => dualStack || star.family === 4).map((star) => {
          const decided = starDecided[star.family === 4 ? 0 : 1] ?? null;
          return (
            <li
              key={star.cidr}
              data-testid={`nacl.entry.${direction}.*.${star.family === 4 ? 'ipv4' : 'ipv6'}`}
              data-highlight={decided ?? undefined}
              className={`flex flex-wrap items-center gap-2 rounded border border-dashed border-slate-300 px-2 py-1 font-mono text-xs text-slate-600 dark:border-slate-600 dark:text-slate-300 ${decided ? HIGHLIGHT_RING[decided] : ''}`}
            >
              {decided && (
                <div className="basis-full">
                  <DecidingTag verdict={decided} />
                </div>
              )}
              <span className="flex-1">{star.text}</span>
              <span className="font-sans text-[11px] text-slate-500 dark:text-slate-400">
                read-only
              </span>
            </li>
          );
        })}
      </ol>
      <NewEntryForm aclId={aclId} direction={direction} />
    </section>
  );
}
