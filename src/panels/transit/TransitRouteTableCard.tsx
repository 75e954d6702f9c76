import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import {
  deleteTransitGatewayTable,
  renameTransitGatewayTable,
  selectTransitGatewayAttachment,
  selectTransitGatewayRouteTable,
  setPropagation,
  useStore,
} from '../../store/index.ts';
import { useTableDecided } from '../explain/highlight.ts';
import { nameAndId } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import CheckboxField from '../ui/CheckboxField.tsx';
import EditorCard from '../ui/EditorCard.tsx';
import Refusal from '../ui/Refusal.tsx';
import NewTransitRouteForm from './NewTransitRouteForm.tsx';
import TransitRoutes from './TransitRoutes.tsx';

/**
 * A transit gateway route table: the attachments associated with it (their traffic is routed by
 * it), those that propagate their VPC's blocks to it, and its routes.
 * https://docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html
 */
export default function TransitRouteTableCard({
  id,
  open,
  onToggle,
}: {
  readonly id: string;
  readonly open: boolean;
  readonly onToggle: () => void;
}) {
  const table = useStore((s) => selectTransitGatewayRouteTable(s, id));
  const associated = useStore(
    useShallow((s) =>
      s.scenario.transitGatewayAttachments
        .filter((a) => a.associatedRouteTableId === id)
        .map((a) => a.id),
    ),
  );
  const attachmentIds = useStore(
    useShallow((s) => {
      const tgwId = selectTransitGatewayRouteTable(s, id)?.transitGatewayId;
      return s.scenario.transitGatewayAttachments
        .filter((a) => a.transitGatewayId === tgwId)
        .map((a) => a.id);
    }),
  );
  const decided = useTableDecided(id);
  if (!table) return null;
  return (
    <EditorCard
      id={id}
      prefix="tgw.table"
      testId={`tgw.table.${id}`}
      title={table.name}
      nameLabel="Table name"
      rename={(t) => renameTransitGatewayTable(id, t)}
      remove={() => deleteTransitGatewayTable(id)}
      decided={decided}
      open={open}
      onToggle={onToggle}
      usedBy={
        associated.length === 0
          ? 'No attachment is associated with this table.'
          : `Routes the traffic of ${associated.length} associated attachment${associated.length === 1 ? '' : 's'}.`
      }
      badges={
        <Badge testId={`tgw.table.${id}.counts`}>
          {table.propagations.length} propagating · {table.routes.length} static
        </Badge>
      }
    >
      <section aria-label="Associations">
        <h4 className="mb-1 text-xs font-semibold text-slate-700 dark:text-slate-200">
          Associations
        </h4>
        <ul className="space-y-0.5 text-xs" data-testid={`tgw.table.${id}.associations`}>
          {associated.length === 0 && <li className="text-slate-500">none</li>}
          {associated.map((a) => (
            <AttachmentName key={a} id={a} />
          ))}
        </ul>
      </section>
      <section aria-label="Propagations">
        <h4 className="mb-1 text-xs font-semibold text-slate-700 dark:text-slate-200">
          Propagations{' '}
          <span className="font-normal text-slate-500 dark:text-slate-400">
            · each adds its VPC’s blocks as routes
          </span>
        </h4>
        <ul className="space-y-0.5">
          {attachmentIds.map((a) => (
            <li key={a}>
              <Propagation tableId={id} attachmentId={a} on={table.propagations.includes(a)} />
            </li>
          ))}
        </ul>
      </section>
      <TransitRoutes tableId={id} />
      <NewTransitRouteForm tableId={id} />
    </EditorCard>
  );
}

function AttachmentName({ id }: { readonly id: string }) {
  const a = useStore((s) => selectTransitGatewayAttachment(s, id));
  return <li>{nameAndId(a, id)}</li>;
}

function Propagation({
  tableId,
  attachmentId,
  on,
}: {
  readonly tableId: string;
  readonly attachmentId: string;
  readonly on: boolean;
}) {
  const a = useStore((s) => selectTransitGatewayAttachment(s, attachmentId));
  const [refusal, setRefusal] = useState<string | null>(null);
  return (
    <>
      <CheckboxField
        label={nameAndId(a, attachmentId)}
        checked={on}
        testId={`tgw.table.${tableId}.propagation.${attachmentId}`}
        onChange={(next) => setRefusal(setPropagation(tableId, attachmentId, next))}
      />
      <Refusal text={refusal} />
    </>
  );
}
