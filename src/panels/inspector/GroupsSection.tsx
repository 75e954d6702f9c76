import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../../store/index.ts';
import { nameAndId, selectGroupIdsOfVpc, selectSecurityGroup } from '../selectors.ts';
import Badge from '../ui/Badge.tsx';
import { CloseIcon, PlusIcon } from '../ui/icons.tsx';
import { FindingNotes } from '../ui/Notes.tsx';
import { GroupOption } from '../ui/Options.tsx';
import Refusal from '../ui/Refusal.tsx';
import Section from '../ui/Section.tsx';
import { buttonClass, iconButtonClass, selectClass } from '../ui/styles.ts';

/**
 * The security groups an interface carries (an instance's primary one, another interface, an
 * interface endpoint's), against the scenario's quota ("2 of 5"). Attaching past the quota or
 * taking off the last group is the model's to refuse; its sentence is shown here.
 */
export default function GroupsSection({
  ownerId,
  attached,
  vpcId,
  attach,
  detach,
  note,
}: {
  readonly ownerId: string;
  readonly attached: readonly string[];
  readonly vpcId: string | null;
  readonly attach: (groupId: string) => string | null;
  readonly detach: (groupId: string) => string | null;
  /** Said under the title (whose groups these are, when another resource sets them). */
  readonly note?: string;
}) {
  const quota = useStore((s) => s.scenario.quotas.securityGroupsPerInterface);
  const candidates = useStore(
    useShallow((s) => (vpcId === null ? [] : selectGroupIdsOfVpc(s, vpcId))),
  ).filter((g) => !attached.includes(g));
  const [choice, setChoice] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const picked = candidates.includes(choice) ? choice : (candidates[0] ?? '');

  return (
    <Section
      title="Security groups"
      actions={
        <span className="text-xs text-slate-600 dark:text-slate-300" data-testid="inspector.quota">
          {attached.length} of {quota}
        </span>
      }
    >
      {note && <p className="text-xs text-slate-600 dark:text-slate-400">{note}</p>}
      <ul className="space-y-1" aria-label="Attached security groups">
        {attached.map((groupId) => (
          <AttachedGroup
            key={groupId}
            groupId={groupId}
            onDetach={() => setRefusal(detach(groupId))}
          />
        ))}
      </ul>
      <FindingNotes resourceId={ownerId} field="securityGroupIds" />
      {candidates.length > 0 ? (
        <form
          className="flex gap-1"
          onSubmit={(e) => {
            e.preventDefault();
            if (picked !== '') setRefusal(attach(picked));
          }}
        >
          <label className="sr-only" htmlFor={`attach-${ownerId}`}>
            Security group to attach
          </label>
          <select
            id={`attach-${ownerId}`}
            data-testid="inspector.field.attachGroup"
            className={selectClass}
            value={picked}
            onChange={(e) => setChoice(e.target.value)}
          >
            {candidates.map((g) => (
              <GroupOption key={g} id={g} />
            ))}
          </select>
          <button type="submit" className={buttonClass} data-testid="inspector.attach-group">
            <PlusIcon /> Attach
          </button>
        </form>
      ) : (
        <p className="text-xs text-slate-500 dark:text-slate-400">
          Every group of this VPC is attached.
        </p>
      )}
      <Refusal text={refusal} testId="inspector.groups.refusal" />
    </Section>
  );
}

function AttachedGroup({
  groupId,
  onDetach,
}: {
  readonly groupId: string;
  readonly onDetach: () => void;
}) {
  const group = useStore((s) => selectSecurityGroup(s, groupId));
  const label = nameAndId(group, groupId);
  return (
    <li
      className="flex items-center gap-1.5 rounded border border-slate-200 px-2 py-0.5 dark:border-slate-700"
      data-testid={`inspector.group.${groupId}`}
    >
      <span className="min-w-0 flex-1 truncate text-[13px]">{label}</span>
      {group?.isDefault && <Badge>default</Badge>}
      <button
        type="button"
        className={iconButtonClass}
        aria-label={`Detach ${label}`}
        data-testid={`inspector.group.${groupId}.detach`}
        onClick={onDetach}
      >
        <CloseIcon />
      </button>
    </li>
  );
}
