import { useShallow } from 'zustand/react/shallow';
import { associateSubnetRouteTable, createTable, selectVpc, useStore } from '../../store/index.ts';
import { NoVpc } from '../sg/SecurityGroupsPanel.tsx';
import { nameAndId, selectMainTableId, selectTableIdsOfVpc } from '../selectors.ts';
import Associations from '../ui/Associations.tsx';
import CreateForm from '../ui/CreateForm.tsx';
import { TableOption } from '../ui/Options.tsx';
import VpcHeading from '../ui/VpcHeading.tsx';
import TableCard from './TableCard.tsx';

/** Route tables per VPC: create, open one to edit its routes, set main; which subnet uses which. */
export default function RouteTablesPanel({
  vpcIds,
  openId,
  onOpen,
}: {
  readonly vpcIds: readonly string[];
  /** The resource opened for editing (kept by the side panel across tab switches). */
  readonly openId: string | null;
  readonly onOpen: (id: string | null) => void;
}) {
  if (vpcIds.length === 0) return <NoVpc />;
  return (
    <div data-testid="route.panel">
      {vpcIds.map((vpcId) => (
        <VpcTables key={vpcId} vpcId={vpcId} openId={openId} onOpen={onOpen} />
      ))}
    </div>
  );
}

function VpcTables({
  vpcId,
  openId,
  onOpen,
}: {
  readonly vpcId: string;
  readonly openId: string | null;
  readonly onOpen: (id: string | null) => void;
}) {
  const ids = useStore(useShallow((s) => selectTableIdsOfVpc(s, vpcId)));
  const vpcLabel = useStore((s) => nameAndId(selectVpc(s, vpcId), vpcId));
  const mainId = useStore((s) => selectMainTableId(s, vpcId));
  return (
    <section
      aria-label={`Route tables of ${vpcLabel}`}
      className="border-b border-slate-200 dark:border-slate-800"
    >
      <VpcHeading vpcId={vpcId} />
      <CreateForm
        what="route table"
        testId="route.create"
        placeholder="new table name, e.g. public"
        onCreate={(name) => {
          const result = createTable(vpcId, name);
          if ('id' in result) onOpen(result.id);
          return 'error' in result ? result.error : null;
        }}
      />
      <ul className="space-y-1.5 px-2 pb-3">
        {ids.map((id) => (
          <TableCard
            key={id}
            id={id}
            open={openId === id}
            onToggle={() => onOpen(openId === id ? null : id)}
          />
        ))}
      </ul>
      <Associations
        vpcId={vpcId}
        testId="route.association"
        title="Subnet associations"
        what="Route table"
        pick={(subnet) => subnet.routeTableId}
        implicitLabel={(label) => `Main table: ${label} · implicit`}
        implicitId={mainId}
        kind="table"
        onPick={associateSubnetRouteTable}
        options={ids.map((id) => (
          <TableOption key={id} id={id} />
        ))}
      />
    </section>
  );
}
