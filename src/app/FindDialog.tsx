import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { openDialog, useStore } from '../store/index.ts';
import { findResources, KIND_LABEL } from './find.ts';
import { jumpTo } from './jump.ts';
import Modal from '../ui/Modal.tsx';

const close = () => openDialog(null);

/** Find by name, ID or IP address; Enter or a click jumps to the match and selects it. */
export default function FindDialog() {
  const open = useStore((s) => s.dialog === 'find');
  if (!open) return null;
  return (
    <Modal title="Find" testId="find.dialog" onCancel={close} width="max-w-xl">
      <FindBody />
    </Modal>
  );
}

function FindBody() {
  const scenario = useStore((s) => s.scenario);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => findResources(scenario, query), [scenario, query]);
  const listId = useId();
  const optionId = (k: number) => `${listId}-${k}`;
  const current = Math.min(active, results.length - 1);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (results.length === 0) return;
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + results.length) % results.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const pick = results[current];
      if (pick) jumpTo(pick.id);
    }
  };

  const trimmed = query.trim();
  return (
    <div className="px-5 pt-3 pb-4">
      <input
        type="search"
        data-testid="find.input"
        data-autofocus
        role="combobox"
        aria-label="Name, ID or IP address"
        aria-expanded={results.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? optionId(current) : undefined}
        placeholder="Name, ID or IP address, e.g. db-1, subnet-…, 10.0.3.10"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm outline-none focus:border-sky-600 focus:ring-2 focus:ring-sky-600/30 dark:border-slate-600 dark:bg-slate-950"
      />
      <p className="sr-only" aria-live="polite">
        {trimmed === '' ? '' : `${results.length} ${results.length === 1 ? 'match' : 'matches'}`}
      </p>
      {trimmed !== '' && results.length === 0 ? (
        <p className="mt-3 text-sm text-slate-600 dark:text-slate-400">
          Nothing matches “{trimmed}”.
        </p>
      ) : null}
      <ul
        id={listId}
        role="listbox"
        aria-label="Matches"
        className="mt-2 max-h-[50vh] overflow-y-auto"
      >
        {results.map((r, k) => (
          <li
            key={r.id}
            id={optionId(k)}
            role="option"
            aria-selected={k === current}
            data-testid={`find.result.${r.id}`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => jumpTo(r.id)}
            onMouseMove={() => setActive(k)}
            className={`flex cursor-pointer items-baseline gap-3 rounded-md px-3 py-2 text-sm ${
              k === current ? 'bg-sky-100 dark:bg-sky-900/50' : ''
            }`}
          >
            <span className="w-28 shrink-0 text-xs font-medium text-slate-500 dark:text-slate-400">
              {KIND_LABEL[r.kind]}
            </span>
            <span className="min-w-0 flex-1">
              <span className="font-medium">{r.name || r.id}</span>
              <span className="ml-2 font-mono text-xs text-slate-500 dark:text-slate-400">
                {r.id}
              </span>
              <span className="block truncate text-xs text-slate-600 dark:text-slate-400">
                {r.matched}
              </span>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
