import { useState } from 'react';
import { renameScenario, selectScenarioName, useStore } from '../store/index.ts';
import { PencilIcon } from './icons.tsx';

/** The scenario's name, renamed in place: click (or Enter on it), type, Enter keeps, Escape drops. */
export default function ScenarioName() {
  const name = useStore(selectScenarioName);
  const [draft, setDraft] = useState<string | null>(null);

  if (draft === null) {
    return (
      <button
        type="button"
        onClick={() => setDraft(name)}
        title="Rename the scenario"
        aria-label={`Scenario name: ${name}. Rename`}
        className="group flex min-w-0 items-center gap-1.5 rounded px-1.5 py-0.5 text-sm text-slate-600 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-300 dark:hover:bg-slate-800"
      >
        <span className="truncate" data-testid="app.scenario-name">
          {name}
        </span>
        <PencilIcon
          width={13}
          height={13}
          className="shrink-0 opacity-0 group-hover:opacity-60 group-focus-visible:opacity-60"
        />
      </button>
    );
  }

  const commit = () => {
    if (renameScenario(draft)) setDraft(null);
  };
  return (
    <input
      // Focus moves here because the user asked to rename.
      autoFocus
      aria-label="Scenario name"
      data-testid="app.scenario-name.input"
      value={draft}
      maxLength={256}
      onChange={(e) => setDraft(e.target.value)}
      onFocus={(e) => e.target.select()}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
        else if (e.key === 'Escape') {
          e.preventDefault();
          setDraft(null);
        }
      }}
      className="w-64 min-w-0 rounded border border-sky-600 bg-white px-1.5 py-0.5 text-sm outline-none focus:ring-2 focus:ring-sky-600/30 dark:bg-slate-950"
    />
  );
}
