import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addTransitRoute, selectTransitGatewayRouteTable, useStore } from '../../store/index.ts';
import { PlusIcon } from '../ui/icons.tsx';
import { AttachmentOption } from '../ui/Options.tsx';
import Refusal from '../ui/Refusal.tsx';
import { buttonClass, labelClass, monoInputClass, selectClass } from '../ui/styles.ts';

const BLACKHOLE = 'blackhole';

/** A static route to an attachment of the transit gateway, or a blackhole route. */
export default function NewTransitRouteForm({ tableId }: { readonly tableId: string }) {
  const attachmentIds = useStore(
    useShallow((s) => {
      const tgwId = selectTransitGatewayRouteTable(s, tableId)?.transitGatewayId;
      return s.scenario.transitGatewayAttachments
        .filter((a) => a.transitGatewayId === tgwId)
        .map((a) => a.id);
    }),
  );
  const [destination, setDestination] = useState('');
  const [choice, setChoice] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = useId();
  const target =
    choice === BLACKHOLE || attachmentIds.includes(choice)
      ? choice
      : (attachmentIds[0] ?? BLACKHOLE);
  return (
    <form
      aria-label="New transit gateway route"
      className="rounded border border-dashed border-slate-300 p-1.5 dark:border-slate-600"
      onSubmit={(e) => {
        e.preventDefault();
        const result = addTransitRoute(tableId, destination, target === BLACKHOLE ? null : target);
        setRefusal(result);
        if (result === null) setDestination('');
      }}
    >
      <div className={`${labelClass} mb-1`}>New static route</div>
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1.2fr)_auto] gap-1">
        <label htmlFor={`${id}-d`} className="sr-only">
          Destination of the new route
        </label>
        <input
          id={`${id}-d`}
          data-testid={`tgw.table.${tableId}.new.destination`}
          className={monoInputClass}
          spellCheck={false}
          placeholder="10.2.0.0/16"
          value={destination}
          aria-invalid={refusal !== null}
          onChange={(e) => setDestination(e.target.value)}
        />
        <label htmlFor={`${id}-t`} className="sr-only">
          Target of the new route
        </label>
        <select
          id={`${id}-t`}
          data-testid={`tgw.table.${tableId}.new.target`}
          className={selectClass}
          value={target}
          onChange={(e) => setChoice(e.target.value)}
        >
          {attachmentIds.map((a) => (
            <AttachmentOption key={a} id={a} />
          ))}
          <option value={BLACKHOLE}>Blackhole (drop)</option>
        </select>
        <button type="submit" className={buttonClass} data-testid={`tgw.table.${tableId}.new.add`}>
          <PlusIcon /> Add
        </button>
      </div>
      <Refusal text={refusal} testId={`tgw.table.${tableId}.new.refusal`} />
    </form>
  );
}
