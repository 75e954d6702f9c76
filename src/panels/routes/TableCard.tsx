import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  deleteTable,
  makeMainTable,
  renameTable,
  selectFindings,
  useStore,
} from '../../store/index.ts';
import { useTableDecided } from '../explain/highlight.ts';
import { findingsFor, worstSeverity } from '../findings.ts';
import { selectRouteTable, selectSubnetsUsingTable } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import Card from '../ui/Card.tsx';
import { TrashIcon } from '../ui/icons.tsx';
import { FindingNotes } from '../ui/Notes.tsx';
import Refusal from '../ui/Refusal.tsx';
import { buttonClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';
import NewRouteForm from './NewRouteForm.tsx';
import RouteRow from './RouteRow.tsx';

/** One route table: a summary line; opened, its name, routes, "set main" and delete. */
export default function TableCard({
  id,
  open,
  onToggle,
}: {
  readonly id: string;
  readonly open: boolean;
  readonly onToggle: () => void;
}) {
  const table = useStore((s) => selectRouteTable(s, id));
  const subnets = useStore(useShallow((s) => selectSubnetsUsingTable(s, id)));
  const worst = useStore((s) => worstSeverity(findingsFor(selectFindings(s), id)));
  const [refusal, setRefusal] = useState<string | null>(null);
  const decided = useTableDecided(id);
  if (!table) return null;
  return (
    <Card
      testId={`route.table.${id}`}
      highlight={decided}
      open={open}
      onToggle={onToggle}
      title={table.name}
      id={id}
      worst={worst}
      badges={
        <>
          {table.main && <Badge tone="info">main</Badge>}
          <Badge>
            {subnets.length} subnet{subnets.length === 1 ? '' : 's'}
          </Badge>
        </>
      }
    >
      <TextField
        label="Table name"
        value={table.name}
        commit={(t) => renameTable(id, t)}
        testId="route.field.name"
      />
      <div className="flex flex-wrap items-center gap-1">
        {table.main ? (
          <p className="flex-1 text-xs text-slate-600 dark:text-slate-400">
            The VPC's main table: subnets without an association use it. Make another table main to
            delete this one.
          </p>
        ) : (
          <>
            <button
              type="button"
              className={buttonClass}
              data-testid="route.set-main"
              onClick={() => setRefusal(makeMainTable(id))}
            >
              Set as main table
            </button>
            <button
              type="button"
              className={buttonClass}
              data-testid="route.delete"
              onClick={() => setRefusal(deleteTable(id))}
            >
              <TrashIcon /> Delete
            </button>
          </>
        )}
      </div>
      <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="route.used-by">
        {subnets.length === 0 ? 'No subnet uses this table.' : `Used by ${subnets.join(', ')}.`}
      </p>
      <Refusal text={refusal} testId="route.refusal" />
      <FindingNotes resourceId={id} field="id" />
      <Routes rtbId={id} count={table.routes.length} />
      <NewRouteForm rtbId={id} />
    </Card>
  );
}

function Routes({ rtbId, count }: { readonly rtbId: string; readonly count: number }) {
  return (
    <section aria-label="Routes">
      <h4 className="mb-1 text-xs font-semibold text-slate-700 dark:text-slate-200">
        Routes{' '}
        <span className="font-normal text-slate-500 dark:text-slate-400">
          · most specific destination wins
        </span>
      </h4>
      <ol className="space-y-1">
        {Array.from({ length: count }, (_, index) => (
          <RouteRow key={index} rtbId={rtbId} index={index} />
        ))}
      </ol>
    </section>
  );
}
