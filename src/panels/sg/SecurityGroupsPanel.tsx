import { useShallow } from 'zustand/react/shallow';
import { createGroup, selectVpc, useStore } from '../../store/index.ts';
import { nameAndId, selectGroupIdsOfVpc } from '../selectors.ts';
import CreateForm from '../ui/CreateForm.tsx';
import VpcHeading from '../ui/VpcHeading.tsx';
import GroupCard from './GroupCard.tsx';
import QuotaField from './QuotaField.tsx';

/** Security groups per VPC: create, then open one to rename, delete or edit its rules. */
export default function SecurityGroupsPanel({
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
    <div data-testid="sg.panel">
      {vpcIds.map((vpcId) => (
        <VpcGroups key={vpcId} vpcId={vpcId} openId={openId} onOpen={onOpen} />
      ))}
      <QuotaField />
    </div>
  );
}

function VpcGroups({
  vpcId,
  openId,
  onOpen,
}: {
  readonly vpcId: string;
  readonly openId: string | null;
  readonly onOpen: (id: string | null) => void;
}) {
  const ids = useStore(useShallow((s) => selectGroupIdsOfVpc(s, vpcId)));
  const vpcLabel = useStore((s) => nameAndId(selectVpc(s, vpcId), vpcId));
  return (
    <section
      aria-label={`Security groups of ${vpcLabel}`}
      className="border-b border-slate-200 dark:border-slate-800"
    >
      <VpcHeading vpcId={vpcId} />
      <CreateForm
        what="security group"
        testId="sg.create"
        placeholder="new group name, e.g. web"
        onCreate={(name) => {
          const result = createGroup(vpcId, name);
          if ('id' in result) onOpen(result.id);
          return 'error' in result ? result.error : null;
        }}
      />
      <ul className="space-y-1.5 px-2 pb-3">
        {ids.map((id) => (
          <GroupCard
            key={id}
            id={id}
            open={openId === id}
            onToggle={() => onOpen(openId === id ? null : id)}
          />
        ))}
      </ul>
    </section>
  );
}

export function NoVpc() {
  return (
    <p className="px-3 py-4 text-sm text-slate-600 dark:text-slate-400">
      No VPC yet: draw one on the canvas first.
    </p>
  );
}
