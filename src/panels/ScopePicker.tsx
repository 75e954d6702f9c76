import { useShallow } from 'zustand/react/shallow';
import { selectVpc, useStore } from '../store/index.ts';
import type { ScopeChoice } from './scope.ts';
import { labelClass, selectClass } from './ui/styles.ts';

const SELECTION = '@selection';
const ALL = '@all';

/** Which VPCs the editors list: the selection's (the default), one picked, or all of them. */
export default function ScopePicker({
  choice,
  onChange,
}: {
  readonly choice: ScopeChoice;
  readonly onChange: (choice: ScopeChoice) => void;
}) {
  const vpcIds = useStore(useShallow((s) => s.scenario.vpcs.map((v) => v.id)));
  const value = choice === 'selection' ? SELECTION : choice === 'all' ? ALL : choice.vpcId;
  return (
    <div className="flex items-center gap-2 border-b border-slate-200 px-3 py-1.5 dark:border-slate-800">
      <label htmlFor="panel-scope" className={`${labelClass} shrink-0`}>
        Show
      </label>
      <select
        id="panel-scope"
        data-testid="panel.scope"
        className={selectClass}
        value={value}
        onChange={(e) => {
          const v = e.target.value;
          onChange(v === SELECTION ? 'selection' : v === ALL ? 'all' : { vpcId: v });
        }}
      >
        <option value={SELECTION}>The selection's VPC (all when none)</option>
        <option value={ALL}>All VPCs</option>
        {vpcIds.map((id) => (
          <VpcOption key={id} id={id} />
        ))}
      </select>
    </div>
  );
}

function VpcOption({ id }: { readonly id: string }) {
  const name = useStore((s) => selectVpc(s, id)?.name ?? '');
  return <option value={id}>{name ? `${name} · ${id}` : id}</option>;
}
