import { useEffect, useId, useRef, useState } from 'react';
import {
  gradebookCsv,
  gradeSubmissions,
  gradingKeysFileText,
  importGradingKeys,
  listGradingKeys,
  openLibraryDialog,
  useStore,
  type GradebookRow,
} from '../../store/index.ts';
import { downloadText } from '../../ui/download.ts';
import Modal from '../../ui/Modal.tsx';
import { BUTTON, INPUT, PRIMARY } from '../library/styles.ts';

const close = () => openLibraryDialog(null);

/**
 * Grade submissions: paste the submission links students handed back (one per line); each is
 * graded against this browser's grading key for its challenge, with verdicts from the engine,
 * and the gradebook downloads as CSV. Keys come from authoring here, or from a grading-key file.
 */
export default function GradingDialog() {
  const open = useStore((s) => s.library.dialog === 'grading');
  if (!open) return null;
  return (
    <Modal
      title="Grade submissions"
      testId="grading.dialog"
      onCancel={close}
      width="max-w-4xl"
      description="Each submission is graded against your own copy of its challenge’s goals (your grading key), never against the goals the link carries."
    >
      <GradingBody />
    </Modal>
  );
}

function GradingBody() {
  const [keys, setKeys] = useState(listGradingKeys);
  const [text, setText] = useState('');
  const [rows, setRows] = useState<readonly GradebookRow[] | null>(null);
  const [working, setWorking] = useState(false);
  const [note, setNote] = useState<{ kind: 'info' | 'error'; text: string } | null>(null);
  const job = useRef<AbortController | null>(null);
  const pasteId = useId();
  useEffect(() => () => job.current?.abort(), []);

  const grade = async () => {
    job.current?.abort();
    const controller = new AbortController();
    job.current = controller;
    setWorking(true);
    const graded = await gradeSubmissions(text, { signal: controller.signal });
    if (controller.signal.aborted) return;
    setRows(graded);
    setWorking(false);
  };
  const importKey = async (file: File) => {
    const result = importGradingKeys(await file.text());
    setNote(
      result.ok
        ? {
            kind: 'info',
            text: `Kept ${result.count} grading key${result.count === 1 ? '' : 's'} from ${file.name}.`,
          }
        : { kind: 'error', text: `${file.name}: ${result.error}` },
    );
    setKeys(listGradingKeys());
  };

  return (
    <div className="max-h-[70vh] space-y-3 overflow-y-auto px-5 pt-3 pb-4 text-sm">
      <section aria-label="Grading keys" data-testid="grading.keys">
        <p>
          {keys.length === 0
            ? 'No grading key in this browser yet: author a challenge here, or import a grading-key file.'
            : `Grading keys in this browser: ${keys.map((k) => `“${k.title}”`).join(', ')}.`}
        </p>
        <div className="mt-1.5 flex flex-wrap gap-2">
          <label className={`${BUTTON} cursor-pointer`}>
            Import a grading-key file…
            <input
              type="file"
              accept=".json,application/json"
              className="sr-only"
              data-testid="grading.import-key"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void importKey(file);
              }}
            />
          </label>
          <button
            type="button"
            data-testid="grading.export-keys"
            disabled={keys.length === 0}
            onClick={() => downloadText('vpc-flow-lab-grading-keys.json', gradingKeysFileText())}
            className={BUTTON}
          >
            Download the grading keys
          </button>
        </div>
        {note ? (
          <p
            role={note.kind === 'error' ? 'alert' : 'status'}
            data-testid="grading.note"
            className={`mt-1 ${note.kind === 'error' ? 'text-red-700 dark:text-red-400' : ''}`}
          >
            {note.text}
          </p>
        ) : null}
      </section>

      <div>
        <label htmlFor={pasteId} className="mb-1 block font-medium">
          Submission links, one per line
        </label>
        <textarea
          id={pasteId}
          data-testid="grading.links"
          data-autofocus
          rows={5}
          value={text}
          spellCheck={false}
          onChange={(e) => setText(e.target.value)}
          className={`${INPUT} font-mono text-xs`}
        />
        <div className="mt-2 flex flex-wrap justify-end gap-2">
          <button
            type="button"
            data-testid="grading.download"
            disabled={rows === null || rows.length === 0}
            onClick={() =>
              rows && downloadText('gradebook.csv', gradebookCsv(rows), 'text/csv;charset=utf-8')
            }
            className={BUTTON}
          >
            Download the gradebook (CSV)
          </button>
          <button
            type="button"
            data-testid="grading.grade"
            disabled={working || text.trim() === ''}
            onClick={() => void grade()}
            className={PRIMARY}
          >
            {working ? 'Grading…' : 'Grade'}
          </button>
        </div>
      </div>
      {rows ? <Gradebook rows={rows} /> : null}
    </div>
  );
}

function Gradebook({ rows }: { readonly rows: readonly GradebookRow[] }) {
  if (rows.length === 0) return <p role="status">No link to grade.</p>;
  return (
    <table className="w-full border-collapse text-left text-xs" data-testid="grading.table">
      <caption className="sr-only">Gradebook</caption>
      <thead>
        <tr className="border-b border-slate-300 dark:border-slate-600">
          <th scope="col" className="py-1 pr-2">
            Student
          </th>
          <th scope="col" className="py-1 pr-2">
            Challenge
          </th>
          <th scope="col" className="py-1 pr-2">
            Goals met
          </th>
          <th scope="col" className="py-1">
            Each goal
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.line}
            data-testid={`grading.row.${row.line}`}
            data-passed={row.grade?.passed ?? false}
            className="border-b border-slate-100 align-top dark:border-slate-800"
          >
            <td className="py-1 pr-2 font-medium">{row.student || `line ${row.line}`}</td>
            <td className="py-1 pr-2">{row.title}</td>
            <td className="py-1 pr-2">
              {row.grade
                ? `${row.grade.met} of ${row.grade.total}${row.grade.passed ? ' ✓' : ''}`
                : '—'}
            </td>
            <td className="py-1">
              {row.error ? (
                <span className="text-red-700 dark:text-red-400">{row.error}</span>
              ) : (
                <ul className="space-y-0.5">
                  {row.grade?.goals.map((g) => (
                    <li key={g.flowId} data-state={g.state}>
                      {g.state === 'met' ? '✓' : '✗'} {g.name} must be {g.expected}
                      {g.verdict ? ` — ${g.verdict}` : ''}
                      {g.error ? ` — cannot be evaluated: ${g.error}` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
