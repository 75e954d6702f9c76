import { useId, useState } from 'react';
import {
  authorChallenge,
  currentVerdicts,
  openLibraryDialog,
  removeChallenge,
  useStore,
} from '../../store/index.ts';
import Modal from '../../ui/Modal.tsx';
import { BUTTON, DANGER, INPUT, PRIMARY } from '../library/styles.ts';
import { lockables } from './locked.ts';

const close = () => openLibraryDialog(null);

/**
 * The instructor's side: turn the current scenario into a challenge of its own title. Mark saved
 * flows as goals (each with the outcome it must have), write the task, lock what the students may
 * not change, and share its student link. Saving keeps the grading key in this browser.
 */
export default function AuthorDialog() {
  const open = useStore((s) => s.library.dialog === 'author');
  if (!open) return null;
  return (
    <Modal
      title="Author a challenge"
      testId="author.dialog"
      onCancel={close}
      width="max-w-3xl"
      description="Goals are saved flows that must have their expected outcome. Break the network on purpose, save, and share the link: students edit until every goal is green."
    >
      <AuthorBody />
    </Modal>
  );
}

type Outcome = 'allowed' | 'blocked';

function AuthorBody() {
  // Read once: the dialog edits a draft, written back on Save.
  const [initial] = useState(() => {
    const state = useStore.getState();
    const verdicts = currentVerdicts(state);
    const { scenario } = state;
    return {
      scenario,
      verdicts,
      title: state.teaching?.title ?? scenario.name,
      task: scenario.challenge?.task ?? '',
      goals: new Set(scenario.flows.filter((f) => f.goal === true && f.expected).map((f) => f.id)),
      expected: Object.fromEntries(
        scenario.flows.map((f) => [f.id, f.expected ?? verdicts[f.id] ?? 'allowed']),
      ) as Record<string, Outcome>,
      locked: new Set(scenario.challenge?.locked ?? []),
    };
  });
  const [title, setTitle] = useState(initial.title);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [task, setTask] = useState(initial.task);
  const [goals, setGoals] = useState(initial.goals);
  const [expected, setExpected] = useState(initial.expected);
  const [locked, setLocked] = useState(initial.locked);
  const taskId = useId();
  const titleId = useId();
  const { scenario, verdicts } = initial;

  const toggle = (set: Set<string>, id: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(id);
    else next.delete(id);
    return next;
  };
  /** Saves; whether it was written (a refusal is said in the dialog). */
  const save = (): boolean => {
    if (title.trim() === '') {
      setRefusal('Give the challenge a title: students and My scenarios know it by it.');
      return false;
    }
    const goalIds = scenario.flows.filter((f) => goals.has(f.id)).map((f) => f.id);
    const problem = authorChallenge({
      title,
      task,
      goalIds,
      expected: Object.fromEntries(goalIds.map((id) => [id, expected[id] ?? 'allowed'])),
      locked: [...locked],
    });
    setRefusal(problem);
    return problem === null;
  };

  return (
    <div className="max-h-[68vh] overflow-y-auto px-5 pt-3">
      <label htmlFor={titleId} className="block text-sm font-medium">
        Title
      </label>
      <input
        id={titleId}
        data-testid="author.title"
        data-autofocus
        value={title}
        maxLength={256}
        onChange={(e) => setTitle(e.target.value)}
        className={`${INPUT} mt-1 mb-3`}
      />
      <label htmlFor={taskId} className="block text-sm font-medium">
        Task
      </label>
      <textarea
        id={taskId}
        data-testid="author.task"
        rows={3}
        value={task}
        maxLength={4000}
        onChange={(e) => setTask(e.target.value)}
        placeholder="What the students must achieve, e.g. “Let HTTPS reach web-1 from anywhere; keep SSH closed.”"
        className={`${INPUT} mt-1`}
      />

      <fieldset className="mt-4">
        <legend className="text-sm font-medium">Goals (saved flows)</legend>
        {scenario.flows.length === 0 ? (
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            No saved flows yet: save some in the flow tester, then mark them here.
          </p>
        ) : (
          <ul className="mt-1 divide-y divide-slate-100 rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-700">
            {scenario.flows.map((flow) => (
              <li key={flow.id} className="flex flex-wrap items-center gap-2 px-3 py-1.5 text-sm">
                <label className="flex min-w-0 flex-1 items-center gap-2">
                  <input
                    type="checkbox"
                    data-testid={`author.goal.${flow.id}`}
                    checked={goals.has(flow.id)}
                    onChange={(e) => setGoals(toggle(goals, flow.id, e.target.checked))}
                  />
                  <span className="truncate">{flow.name}</span>
                </label>
                <span className="text-xs text-slate-600 dark:text-slate-400">
                  now {verdicts[flow.id] ?? 'not evaluated'}
                </span>
                <select
                  aria-label={`Outcome ${flow.name} must have`}
                  data-testid={`author.expected.${flow.id}`}
                  value={expected[flow.id] ?? 'allowed'}
                  disabled={!goals.has(flow.id)}
                  onChange={(e) =>
                    setExpected({ ...expected, [flow.id]: e.target.value as Outcome })
                  }
                  className="rounded-md border border-slate-300 bg-white px-1.5 py-0.5 text-sm disabled:opacity-50 dark:border-slate-600 dark:bg-slate-950"
                >
                  <option value="allowed">must be allowed</option>
                  <option value="blocked">must be blocked</option>
                </select>
              </li>
            ))}
          </ul>
        )}
      </fieldset>

      <fieldset className="mt-4">
        <legend className="text-sm font-medium">Locked from editing (optional)</legend>
        <div className="mt-1 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-2">
          {lockables(scenario).map((group) => (
            <div key={group.kind}>
              <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
                {group.kind}
              </p>
              <ul>
                {group.items.map((item) => (
                  <li key={item.id}>
                    <label className="flex items-center gap-2 text-sm">
                      <input
                        type="checkbox"
                        data-testid={`author.lock.${item.id}`}
                        checked={locked.has(item.id)}
                        onChange={(e) => setLocked(toggle(locked, item.id, e.target.checked))}
                      />
                      <span className="truncate">{item.name}</span>
                      <span className="truncate font-mono text-[11px] text-slate-500 dark:text-slate-400">
                        {item.id}
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </fieldset>

      {refusal ? (
        <p
          role="alert"
          data-testid="author.refusal"
          className="mt-3 text-sm text-red-700 dark:text-red-400"
        >
          {refusal}
        </p>
      ) : null}
      <div className="sticky bottom-0 mt-4 flex flex-wrap justify-end gap-2 border-t border-slate-200 bg-white py-3 dark:border-slate-700 dark:bg-slate-900">
        {scenario.challenge || initial.goals.size > 0 ? (
          <button
            type="button"
            data-testid="author.remove"
            onClick={() => {
              const problem = removeChallenge();
              setRefusal(problem);
              if (problem === null) close();
            }}
            className={`${DANGER} mr-auto`}
          >
            Remove the challenge
          </button>
        ) : null}
        <button type="button" onClick={close} className={BUTTON}>
          Cancel
        </button>
        <button
          type="button"
          data-testid="author.share"
          onClick={() => {
            if (save()) openLibraryDialog('challenge-links');
          }}
          className={BUTTON}
        >
          Save and share
        </button>
        <button
          type="button"
          data-testid="author.save"
          onClick={() => {
            if (save()) close();
          }}
          className={PRIMARY}
        >
          Save challenge
        </button>
      </div>
    </div>
  );
}
