import { useStore } from '../../store/index.ts';
import Explanation from '../explain/Explanation.tsx';
import type { RevealTarget } from '../explain/reveal.ts';
import { Note } from '../ui/Notes.tsx';
import ExpectationsSection from './ExpectationsSection.tsx';
import FlowEditor from './FlowEditor.tsx';
import FlowList from './FlowList.tsx';

/**
 * The Flows tab: the saved flows with their live badges, the editor of a new or changed flow,
 * and the explanation of the flow shown. `onReveal` opens an editor tab on a resource.
 */
export default function FlowsPanel({
  onReveal,
}: {
  readonly onReveal: (target: RevealTarget) => void;
}) {
  const workerError = useStore((s) => s.sim.workerError);
  const evaluating = useStore((s) => s.sim.evaluating);
  return (
    <div data-testid="flows.panel" aria-busy={evaluating}>
      {workerError !== null && (
        <div
          className="border-b border-slate-200 px-3 py-2 dark:border-slate-800"
          data-testid="flows.engine-error"
        >
          <Note
            severity="warning"
            text={`The engine failed on the last change (${workerError}) and was restarted; the results may be out of date until the next change.`}
          />
        </div>
      )}
      <FlowList />
      <FlowEditor />
      <ExpectationsSection />
      <Explanation onReveal={onReveal} />
    </div>
  );
}
