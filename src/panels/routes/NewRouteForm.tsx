import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addTableRoute, useStore } from '../../store/index.ts';
import {
  selectRoutablePrefixLists,
  selectRouteTargetIds,
  selectRouteTargetTexts,
} from '../selectors.ts';
import { PlusIcon } from '../ui/icons.tsx';
import Refusal from '../ui/Refusal.tsx';
import { buttonClass, labelClass, monoInputClass, selectClass } from '../ui/styles.ts';

/**
 * Adds a route to a target that exists: an attached internet or egress-only gateway, a NAT
 * gateway, a peering, a transit gateway the VPC is attached to, an interface. The destination is a
 * CIDR block or a customer-managed prefix list (offered as the field is typed in).
 */
export default function NewRouteForm({ rtbId }: { readonly rtbId: string }) {
  const targetIds = useStore(useShallow((s) => selectRouteTargetIds(s, rtbId)));
  const targetLabels = useStore(useShallow((s) => selectRouteTargetTexts(s, rtbId)));
  const lists = useStore(useShallow(selectRoutablePrefixLists));
  const [destination, setDestination] = useState('0.0.0.0/0');
  const [choice, setChoice] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = useId();
  const target = targetIds.includes(choice) ? choice : (targetIds[0] ?? '');

  if (targetIds.length === 0) {
    return (
      <p className="text-xs text-slate-500 dark:text-slate-400" data-testid="route.no-targets">
        Nothing to route to yet: attach an internet gateway, add a NAT gateway, peer this VPC or
        attach it to a transit gateway.
      </p>
    );
  }
  return (
    <form
      aria-label="New route"
      className="rounded border border-dashed border-slate-300 p-1.5 dark:border-slate-600"
      onSubmit={(e) => {
        e.preventDefault();
        setRefusal(addTableRoute(rtbId, { destination, target }));
      }}
    >
      <div className={`${labelClass} mb-1`}>New route</div>
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)_auto] gap-1">
        <label htmlFor={`${id}-d`} className="sr-only">
          Destination of the new route
        </label>
        <input
          id={`${id}-d`}
          data-testid="route.new.destination"
          className={monoInputClass}
          spellCheck={false}
          value={destination}
          list={lists.length > 0 ? `${id}-lists` : undefined}
          onChange={(e) => setDestination(e.target.value)}
        />
        {lists.length > 0 && (
          <datalist id={`${id}-lists`}>
            {lists.map((row) => {
              const [pl = '', name = ''] = row.split('\t');
              return (
                <option key={pl} value={pl}>
                  {name}
                </option>
              );
            })}
          </datalist>
        )}
        <label htmlFor={`${id}-t`} className="sr-only">
          Target of the new route
        </label>
        <select
          id={`${id}-t`}
          data-testid="route.new.target"
          className={selectClass}
          value={target}
          onChange={(e) => setChoice(e.target.value)}
        >
          {targetIds.map((t, k) => (
            <option key={t} value={t}>
              {targetLabels[k] ?? t}
            </option>
          ))}
        </select>
        <button type="submit" className={buttonClass} data-testid="route.add">
          <PlusIcon /> Add
        </button>
      </div>
      <Refusal text={refusal} testId="route.new.refusal" />
    </form>
  );
}
