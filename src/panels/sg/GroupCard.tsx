import { deleteGroup, renameGroup, useStore } from '../../store/index.ts';
import DecidingTag from '../explain/DecidingTag.tsx';
import { useGroupDecided } from '../explain/highlight.ts';
import { selectGroupUse, selectSecurityGroup } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import EditorCard from '../ui/EditorCard.tsx';
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
  const decided = useGroupDecided(id);
  if (!group) return null;
  return (
    <EditorCard
      id={id}
      prefix="sg"
      testId={`sg.group.${id}`}
      title={group.name}
      nameLabel={group.isDefault ? null : 'Group name'}
      rename={(t) => renameGroup(id, t)}
      remove={group.isDefault ? null : () => deleteGroup(id)}
      decided={decided}
      open={open}
      onToggle={onToggle}
      note={
        group.isDefault
          ? 'The VPC’s default group: always named "default", and it cannot be deleted.'
          : undefined
      }
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
      <RuleTable groupId={id} direction="ingress" />
      <RuleTable groupId={id} direction="egress" />
    </EditorCard>
  );
}
