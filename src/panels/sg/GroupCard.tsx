import { useState } from 'react';
import { deleteGroup, renameGroup, selectFindings, useStore } from '../../store/index.ts';
import DecidingTag from '../explain/DecidingTag.tsx';
import { useGroupDecided } from '../explain/highlight.ts';
import { findingsFor, worstSeverity } from '../findings.ts';
import { selectGroupUse, selectSecurityGroup } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import Card from '../ui/Card.tsx';
import { TrashIcon } from '../ui/icons.tsx';
import { FindingNotes } from '../ui/Notes.tsx';
import Refusal from '../ui/Refusal.tsx';
import { buttonClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';
import RuleTable from './RuleTable.tsx';

/** One security group: a summary line; opened, its name, rules and delete button. */
export default function GroupCard({
  id,
  open,
  onToggle,
}: {
  readonly id: string;
  readonly open: boolean;
  readonly onToggle: () => void;
}) {
  const group = useStore((s) => selectSecurityGroup(s, id));
  const uses = useStore((s) => selectGroupUse(s, id));
  const worst = useStore((s) => worstSeverity(findingsFor(selectFindings(s), id)));
  const [refusal, setRefusal] = useState<string | null>(null);
  const decided = useGroupDecided(id);
  if (!group) return null;
  return (
    <Card
      testId={`sg.group.${id}`}
      highlight={decided}
      open={open}
      onToggle={onToggle}
      title={group.name}
      id={id}
      worst={worst}
      badges={
        <>
          {decided === 'deny' && <DecidingTag verdict={decided} groupDenied />}
          {group.isDefault && <Badge tone="info">default</Badge>}
          <Badge>
            {uses} instance{uses === 1 ? '' : 's'}
          </Badge>
        </>
      }
    >
      {group.isDefault ? (
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The VPC's default group: always named "default", and it cannot be deleted.
        </p>
      ) : (
        <div className="flex items-end gap-1">
          <div className="flex-1">
            <TextField
              label="Group name"
              value={group.name}
              commit={(t) => renameGroup(id, t)}
              testId="sg.field.name"
            />
          </div>
          <button
            type="button"
            className={buttonClass}
            data-testid="sg.delete"
            onClick={() => setRefusal(deleteGroup(id))}
          >
            <TrashIcon /> Delete
          </button>
        </div>
      )}
      <Refusal text={refusal} testId="sg.refusal" />
      <FindingNotes resourceId={id} field="id" />
      <RuleTable groupId={id} direction="ingress" />
      <RuleTable groupId={id} direction="egress" />
    </Card>
  );
}
