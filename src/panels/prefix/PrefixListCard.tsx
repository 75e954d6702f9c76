import { useId, useState } from 'react';
import {
  addListEntry,
  deletePrefixList,
  removeListEntry,
  renameList,
  selectPrefixList,
  setListMaxEntries,
  useStore,
} from '../../store/index.ts';
import { parseWhole } from '../rules/match.ts';
import Badge from '../ui/Badge.tsx';
import EditorCard from '../ui/EditorCard.tsx';
import { PlusIcon, TrashIcon } from '../ui/icons.tsx';
import Refusal from '../ui/Refusal.tsx';
import { buttonClass, iconButtonClass, inputClass, monoInputClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';

/**
 * One prefix list: its family, maximum and entries. A customer-managed list takes entries of its
 * own family up to its maximum (the model refuses the others, said beside the form); an
 * AWS-managed list is read-only.
 */
export default function PrefixListCard({
  id,
  open,
  onToggle,
}: {
  readonly id: string;
  readonly open: boolean;
  readonly onToggle: () => void;
}) {
  const list = useStore((s) => selectPrefixList(s, id));
  const [refusal, setRefusal] = useState<string | null>(null);
  if (!list) return null;
  const aws = list.managedBy === 'aws';
  const entries = list.entries;
  return (
    <EditorCard
      id={id}
      prefix="pl"
      testId={`pl.list.${id}`}
      title={list.name}
      nameLabel={aws ? null : 'List name'}
      rename={(t) => renameList(id, t)}
      remove={aws ? null : () => deletePrefixList(id)}
      decided={null}
      open={open}
      onToggle={onToggle}
      note={
        aws
          ? 'AWS-managed: AWS keeps its entries (a service’s addresses); only AWS changes them.'
          : undefined
      }
      badges={
        <>
          <Badge tone="info">{list.addressFamily}</Badge>
          {aws && <Badge>AWS-managed</Badge>}
          <Badge testId={`pl.list.${id}.count`}>
            {entries === undefined
              ? 'entries not known'
              : `${entries.length}${list.maxEntries === undefined ? '' : ` of ${list.maxEntries}`}`}
          </Badge>
        </>
      }
    >
      {!aws && (
        <TextField
          label="Max entries"
          value={String(list.maxEntries ?? '')}
          mono
          inputMode="numeric"
          testId="pl.field.maxEntries"
          commit={(t) => {
            const parsed = parseWhole(t);
            return parsed.ok ? setListMaxEntries(id, parsed.value) : parsed.error;
          }}
        />
      )}
      <section aria-label="Entries">
        <h4 className="mb-1 text-xs font-semibold text-slate-700 dark:text-slate-200">Entries</h4>
        {entries === undefined ? (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Not known (the input did not list them): what depends on this list cannot be told.
          </p>
        ) : (
          <ul className="space-y-1" data-testid={`pl.list.${id}.entries`}>
            {entries.length === 0 && <li className="text-xs text-slate-500">none</li>}
            {entries.map((e, k) => (
              <li
                key={e.cidr}
                data-testid={`pl.entry.${k}`}
                className="flex items-center gap-1.5 rounded border border-slate-200 px-2 py-0.5 text-[13px] dark:border-slate-700"
              >
                <span className="font-mono">{e.cidr}</span>
                <span className="min-w-0 flex-1 truncate text-xs text-slate-500">
                  {e.description}
                </span>
                {!aws && (
                  <button
                    type="button"
                    className={iconButtonClass}
                    aria-label={`Remove ${e.cidr}`}
                    data-testid={`pl.entry.${k}.remove`}
                    onClick={() => setRefusal(removeListEntry(id, e.cidr))}
                  >
                    <TrashIcon />
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <Refusal text={refusal} />
      </section>
      {!aws && <NewEntryForm id={id} family={list.addressFamily} />}
    </EditorCard>
  );
}

function NewEntryForm({ id, family }: { readonly id: string; readonly family: 'IPv4' | 'IPv6' }) {
  const [cidr, setCidr] = useState('');
  const [description, setDescription] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const formId = useId();
  return (
    <form
      aria-label="New entry"
      className="space-y-1 rounded border border-dashed border-slate-300 p-1.5 dark:border-slate-600"
      onSubmit={(e) => {
        e.preventDefault();
        const result = addListEntry(id, cidr, description);
        setRefusal(result);
        if (result === null) {
          setCidr('');
          setDescription('');
        }
      }}
    >
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_auto] gap-1">
        <label htmlFor={`${formId}-c`} className="sr-only">
          CIDR block of the new entry ({family})
        </label>
        <input
          id={`${formId}-c`}
          data-testid="pl.entry.new.cidr"
          className={monoInputClass}
          spellCheck={false}
          placeholder={family === 'IPv4' ? '198.51.100.0/24' : '2001:db8::/48'}
          value={cidr}
          aria-invalid={refusal !== null}
          aria-describedby={refusal === null ? undefined : `${formId}-r`}
          onChange={(e) => setCidr(e.target.value)}
        />
        <label htmlFor={`${formId}-d`} className="sr-only">
          Description of the new entry
        </label>
        <input
          id={`${formId}-d`}
          data-testid="pl.entry.new.description"
          className={inputClass}
          placeholder="description"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <button type="submit" className={buttonClass} data-testid="pl.entry.add">
          <PlusIcon /> Add
        </button>
      </div>
      <div id={`${formId}-r`}>
        <Refusal text={refusal} testId="pl.entry.new.refusal" />
      </div>
    </form>
  );
}
