import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { createPrefixList, useStore } from '../../store/index.ts';
import { parseWhole } from '../rules/match.ts';
import { PlusIcon } from '../ui/icons.tsx';
import Refusal from '../ui/Refusal.tsx';
import { inputClass, labelClass, primaryButtonClass, selectClass } from '../ui/styles.ts';
import PrefixListCard from './PrefixListCard.tsx';

/**
 * The scenario's prefix lists (they belong to the region, not a VPC): customer-managed ones are
 * edited here (entries of one address family, up to their maximum); AWS-managed ones (a service's
 * blocks, as gateway endpoints route them) are shown read-only.
 * https://docs.aws.amazon.com/vpc/latest/userguide/managed-prefix-lists.html
 */
export default function PrefixListsPanel({
  openId,
  onOpen,
}: {
  readonly openId: string | null;
  readonly onOpen: (id: string | null) => void;
}) {
  const ids = useStore(useShallow((s) => s.scenario.prefixLists.map((p) => p.id)));
  return (
    <div data-testid="pl.panel">
      <CreatePrefixList onCreated={onOpen} />
      {ids.length === 0 && (
        <p className="px-3 pb-3 text-sm text-slate-600 dark:text-slate-400" data-testid="pl.empty">
          No prefix list yet. A security group rule or a route may name one instead of a CIDR block;
          a gateway endpoint brings its service’s list.
        </p>
      )}
      <ul className="space-y-1.5 px-2 pb-3">
        {ids.map((id) => (
          <PrefixListCard
            key={id}
            id={id}
            open={openId === id}
            onToggle={() => onOpen(openId === id ? null : id)}
          />
        ))}
      </ul>
    </div>
  );
}

function CreatePrefixList({ onCreated }: { readonly onCreated: (id: string) => void }) {
  const [name, setName] = useState('');
  const [family, setFamily] = useState<'IPv4' | 'IPv6'>('IPv4');
  const [max, setMax] = useState('10');
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = useId();
  return (
    <form
      className="space-y-1 px-2 py-2"
      aria-label="New prefix list"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = parseWhole(max);
        if (!parsed.ok) return setRefusal(`Max entries: ${parsed.error}`);
        const result = createPrefixList(name.trim() || 'prefix-list', family, parsed.value);
        if ('error' in result) return setRefusal(result.error);
        setRefusal(null);
        setName('');
        onCreated(result.id);
      }}
    >
      <div className="grid grid-cols-[minmax(0,1fr)_auto_4.5rem] gap-1">
        <div>
          <label htmlFor={`${id}-n`} className={`${labelClass} block`}>
            Name
          </label>
          <input
            id={`${id}-n`}
            data-testid="pl.create.name"
            className={inputClass}
            placeholder="e.g. offices"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </div>
        <div>
          <label htmlFor={`${id}-f`} className={`${labelClass} block`}>
            Family
          </label>
          <select
            id={`${id}-f`}
            data-testid="pl.create.family"
            className={selectClass}
            value={family}
            onChange={(e) => setFamily(e.target.value === 'IPv6' ? 'IPv6' : 'IPv4')}
          >
            <option value="IPv4">IPv4</option>
            <option value="IPv6">IPv6</option>
          </select>
        </div>
        <div>
          <label htmlFor={`${id}-m`} className={`${labelClass} block`}>
            Max entries
          </label>
          <input
            id={`${id}-m`}
            data-testid="pl.create.max"
            className={inputClass}
            inputMode="numeric"
            value={max}
            onChange={(e) => setMax(e.target.value)}
          />
        </div>
      </div>
      <button type="submit" className={primaryButtonClass} data-testid="pl.create">
        <PlusIcon /> Create prefix list
      </button>
      <Refusal text={refusal} testId="pl.create.refusal" />
    </form>
  );
}
