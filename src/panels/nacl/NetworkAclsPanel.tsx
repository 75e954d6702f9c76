import { useShallow } from 'zustand/react/shallow';
import { associateSubnetAcl, createAcl, selectVpc, useStore } from '../../store/index.ts';
import { NoVpc } from '../sg/SecurityGroupsPanel.tsx';
import { nameAndId, selectAclIdsOfVpc, selectDefaultAclId } from '../selectors.ts';
import Associations from '../ui/Associations.tsx';
import CreateForm from '../ui/CreateForm.tsx';
import { AclOption } from '../ui/Options.tsx';
import VpcHeading from '../ui/VpcHeading.tsx';
import AclCard from './AclCard.tsx';

/** Network ACLs per VPC: create, open one to edit its numbered rules; which subnet uses which. */
export default function NetworkAclsPanel({
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
    <div data-testid="nacl.panel">
      {vpcIds.map((vpcId) => (
        <VpcAcls key={vpcId} vpcId={vpcId} openId={openId} onOpen={onOpen} />
      ))}
    </div>
  );
}

function VpcAcls({
  vpcId,
  openId,
  onOpen,
}: {
  readonly vpcId: string;
  readonly openId: string | null;
  readonly onOpen: (id: string | null) => void;
}) {
  const ids = useStore(useShallow((s) => selectAclIdsOfVpc(s, vpcId)));
  const vpcLabel = useStore((s) => nameAndId(selectVpc(s, vpcId), vpcId));
  const defaultId = useStore((s) => selectDefaultAclId(s, vpcId));
  return (
    <section
      aria-label={`Network ACLs of ${vpcLabel}`}
      className="border-b border-slate-200 dark:border-slate-800"
    >
      <VpcHeading vpcId={vpcId} />
      <CreateForm
        what="network ACL"
        testId="nacl.create"
        placeholder="new ACL name, e.g. private"
        onCreate={(name) => {
          const result = createAcl(vpcId, name);
          if ('id' in result) onOpen(result.id);
          return 'error' in result ? result.error : null;
        }}
      />
      <ul className="space-y-1.5 px-2 pb-3">
        {ids.map((id) => (
          <AclCard
            key={id}
            id={id}
            open={openId === id}
            onToggle={() => onOpen(openId === id ? null : id)}
          />
        ))}
      </ul>
      <Associations
        vpcId={vpcId}
        testId="nacl.association"
        title="Subnet associations"
        what="Network ACL"
        pick={(subnet) => subnet.networkAclId}
        implicitLabel={(label) => `VPC default: ${label} · implicit`}
        implicitId={defaultId}
        kind="acl"
        onPick={associateSubnetAcl}
        options={ids.map((id) => (
          <AclOption key={id} id={id} />
        ))}
      />
    </section>
  );
}
