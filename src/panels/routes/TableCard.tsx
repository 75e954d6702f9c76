import { useShallow } from 'zustand/react/shallow';
import { deleteTable, makeMainTable, renameTable, useStore } from '../../store/index.ts';
import { useTableDecided } from '../explain/highlight.ts';
import { selectRouteTable, selectSubnetsUsingTable } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import EditorCard from '../ui/EditorCard.tsx';
import { buttonClass } from '../ui/styles.ts';
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
  const decided = useTableDecided(id);
  if (!table) return null;
  return (
    <EditorCard
      id={id}
      prefix="route"
      testId={`route.table.${id}`}
      title={table.name}
      nameLabel="Table name"
      rename={(t) => renameTable(id, t)}
      remove={table.main ? null : () => deleteTable(id)}
      decided={decided}
      open={open}
      onToggle={onToggle}
      note={
        table.main
          ? 'The VPC’s main table: subnets without an association use it. Make another table main to delete this one.'
          : undefined
      }
      actions={
        table.main
          ? undefined
          : (say) => (
              <button
                type="button"
                className={buttonClass}
                data-testid="route.set-main"
                onClick={() => say(makeMainTable(id))}
              >
                Set as main table
              </button>
            )
      }
      usedBy={
        subnets.length === 0 ? 'No subnet uses this table.' : `Used by ${subnets.join(', ')}.`
      }
      badges={
        <>
          {table.main && <Badge tone="info">main</Badge>}
          <Badge>
            {subnets.length} subnet{subnets.length === 1 ? '' : 's'}
          </Badge>
        </>
      }
    >
      <Routes rtbId={id} count={table.routes.length} />
      <NewRouteForm rtbId={id} />
    </EditorCard>
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
