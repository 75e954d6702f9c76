import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { deleteAcl, renameAcl, selectFindings, useStore } from '../../store/index.ts';
import { useAclDecided } from '../explain/highlight.ts';
import { findingsFor, worstSeverity } from '../findings.ts';
import { selectNetworkAcl, selectSubnetsUsingAcl } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import Card from '../ui/Card.tsx';
import { TrashIcon } from '../ui/icons.tsx';
import { FindingNotes } from '../ui/Notes.tsx';
import Refusal from '../ui/Refusal.tsx';
import { buttonClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';
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
  const worst = useStore((s) => worstSeverity(findingsFor(selectFindings(s), id)));
  const [refusal, setRefusal] = useState<string | null>(null);
  const decided = useAclDecided(id);
  if (!acl) return null;
  return (
    <Card
      testId={`nacl.acl.${id}`}
      highlight={decided}
      open={open}
      onToggle={onToggle}
      title={acl.name}
      id={id}
      worst={worst}
      badges={
        <>
          {acl.isDefault && <Badge tone="info">default</Badge>}
          <Badge>
            {subnets.length} subnet{subnets.length === 1 ? '' : 's'}
          </Badge>
        </>
      }
    >
      <div className="flex items-end gap-1">
        <div className="flex-1">
          <TextField
            label="ACL name"
            value={acl.name}
            commit={(t) => renameAcl(id, t)}
            testId="nacl.field.name"
          />
        </div>
        {!acl.isDefault && (
          <button
            type="button"
            className={buttonClass}
            data-testid="nacl.delete"
            onClick={() => setRefusal(deleteAcl(id))}
          >
            <TrashIcon /> Delete
          </button>
        )}
      </div>
      {acl.isDefault && (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The VPC's default ACL: subnets without an association use it; it cannot be deleted.
        </p>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="nacl.used-by">
        {subnets.length === 0 ? 'No subnet uses this ACL.' : `Used by ${subnets.join(', ')}.`}
      </p>
      <Refusal text={refusal} testId="nacl.refusal" />
      <FindingNotes resourceId={id} field="id" />
      <EntryTable aclId={id} direction="ingress" />
      <EntryTable aclId={id} direction="egress" />
    </Card>
  );
}
