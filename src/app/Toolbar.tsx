import { selectScenarioName, useStore } from '../store/index.ts';

/** The top bar: app name, scenario name and the commands (filled by the command registry). */
export default function Toolbar() {
  const scenarioName = useStore(selectScenarioName);
  return (
    <header className="flex items-baseline gap-3 border-b border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
      <h1 className="text-base font-semibold">VPC Flow Lab</h1>
      <span className="truncate text-sm text-slate-500" data-testid="app.scenario-name">
        {scenarioName}
      </span>
    </header>
  );
}
