import Canvas from '../canvas/Canvas.tsx';
import { selectScenarioName, useStore } from '../store/index.ts';

export default function App() {
  const scenarioName = useStore(selectScenarioName);
  return (
    <div className="flex h-dvh flex-col bg-slate-50 text-slate-900">
      <header className="flex items-baseline gap-3 border-b border-slate-200 bg-white px-4 py-2">
        <h1 className="text-base font-semibold">VPC Flow Lab</h1>
        <span className="truncate text-sm text-slate-500" data-testid="app.scenario-name">
          {scenarioName}
        </span>
      </header>
      <main className="min-h-0 flex-1">
        <Canvas />
      </main>
    </div>
  );
}
