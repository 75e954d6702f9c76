import { useShallow } from 'zustand/react/shallow';
import { deleteAcl, renameAcl, useStore } from '../../store/index.ts';
import { useAclDecided } from '../explain/highlight.ts';
import { selectNetworkAcl, selectSubnetsUsingAcl } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import EditorCard from '../ui/EditorCard.tsx';
import EntryTable from './EntryTable.tsx';

/** One network ACL: a summary line; opened, its name, inbound and outbound rules, delete. */
export default function AclCard({
  id,
  open,
  onToggle,
}: {
  readonly id: string;
  readonly open: boolean;
  readonly onToggle: () => void;
}) {
  const acl = useStore((s) => selectNetworkAcl(s, id));
  const subnets = useStore(useShallow((s) => selectSubnetsUsingAcl(s, id)));
  const decided = useAclDecided(id);
  if (!acl) return null;
  return (
    <EditorCard
      id={id}
      prefix="nacl"
      testId={`nacl.acl.${id}`}
      title={acl.name}
      nameLabel="ACL name"
      rename={(t) => renameAcl(id, t)}
      remove={acl.isDefault ? null : () => deleteAcl(id)}
      decided={decided}
      open={open}
      onToggle={onToggle}
      note={
        acl.isDefault
          ? 'The VPC’s default ACL: subnets without an association use it; it cannot be deleted.'
          : undefined
      }
      usedBy={subnets.length === 0 ? 'No subnet uses this ACL.' : `Used by ${subnets.join(', ')}.`}
      badges={
        <>
          {acl.isDefault && <Badge tone="info">default</Badge>}
          <Badge>
            {subnets.length} subnet{subnets.length === 1 ? '' : 's'}
          </Badge>
        </>
      }
    >
      <EntryTable aclId={id} direction="ingress" />
      <EntryTable aclId={id} direction="egress" />
    </EditorCard>
  );
}
