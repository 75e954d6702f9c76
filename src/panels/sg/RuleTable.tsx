import type { SgDirection } from '../../model/edit.ts';
import { useStore } from '../../store/index.ts';
import { selectSecurityGroup } from '../selectors.ts';
import NewRuleForm from './NewRuleForm.tsx';
import RuleRow from './RuleRow.tsx';
import { DIRECTION_WORDS } from './rule.ts';

/** A group's inbound or outbound rules, one row each, and a form to add one. */
export default function RuleTable({
  groupId,
  direction,
}: {
  readonly groupId: string;
  readonly direction: SgDirection;
}) {
  const count = useStore((s) => selectSecurityGroup(s, groupId)?.[direction].length ?? 0);
  const words = DIRECTION_WORDS[direction];
  return (
    <section aria-label={words.title} data-testid={`sg.rules.${direction}`}>
      <h4 className="mb-1 flex items-baseline justify-between text-xs font-semibold text-slate-700 dark:text-slate-200">
        {words.title}
        <span className="font-normal text-slate-500 dark:text-slate-400">
          {count} rule{count === 1 ? '' : 's'}
        </span>
      </h4>
      {count === 0 && (
        <p className="mb-1 text-xs text-slate-500 dark:text-slate-400">
          {direction === 'ingress'
            ? 'No inbound rules: nothing may start a connection to instances in this group.'
            : 'No outbound rules: instances in this group may not start connections.'}
        </p>
      )}
      <ol className="space-y-1">
        {Array.from({ length: count }, (_, index) => (
          <RuleRow key={index} groupId={groupId} direction={direction} index={index} />
        ))}
      </ol>
      <NewRuleForm groupId={groupId} direction={direction} />
    </section>
  );
}
