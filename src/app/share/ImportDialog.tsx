import { useId, useState, type DragEvent } from 'react';
import { PASTED } from '../../share/file.ts';
import { openDialog, useStore } from '../../store/index.ts';
import { BUTTON, INPUT, PRIMARY } from '../library/styles.ts';
import Modal from '../../ui/Modal.tsx';
import type { PlanView } from '../../worker/terraformClient.ts';
import { WarningIcon } from './icons.tsx';
import TerraformReport from './TerraformReport.tsx';
import {
  importFiles,
  resetImport,
  runImport,
  useImportState,
  type ImportDone,
} from './importRun.ts';

const close = () => {
  resetImport();
  openDialog(null);
};

/**
 * Import: a VPC Flow Lab scenario file, or AWS configuration (a merged describe bundle, several
 * `describe-*` outputs picked or dropped together, or JSON pasted). What is read opens as a new
 * scenario; an AWS import is laid out automatically and its warnings (what could not be modelled)
 * are listed. A file that cannot be read is said, with where, and nothing changes.
 */
export default function ImportDialog() {
  const open = useStore((s) => s.dialog === 'import');
  const state = useImportState();
  if (!open) return null;
  return (
    <Modal
      title={state.status === 'done' ? 'Imported' : 'Import'}
      testId="share.import.dialog"
      onCancel={close}
      width="max-w-2xl"
    >
      {state.status === 'done' ? <Report done={state.done} /> : <Pick />}
    </Modal>
  );
}

function Pick() {
  const state = useImportState();
  const [pasted, setPasted] = useState('');
  const [over, setOver] = useState(false);
  const [view, setView] = useState<PlanView>('after-apply');
  const fileId = useId();
  const pasteId = useId();
  const working = state.status === 'working';

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length > 0) void importFiles(files, view);
  };

  return (
    <div className="space-y-4 px-5 pt-3 pb-4 text-sm">
      <p className="text-slate-700 dark:text-slate-300">
        Open a VPC Flow Lab scenario file, AWS configuration (the JSON that{' '}
        <code className="text-xs">aws ec2 describe-*</code> prints, as one merged bundle or as the
        separate outputs picked together), or a Terraform plan or state (what{' '}
        <code className="text-xs">terraform show -json</code> prints). It opens as a new scenario;
        the one open now is kept in My scenarios.
      </p>

      <fieldset className="flex flex-wrap items-center gap-x-4 gap-y-1">
        <legend className="float-left mr-3 font-medium">A Terraform plan opens</legend>
        {(['after-apply', 'now'] as const).map((v) => (
          <label key={v} className="inline-flex items-center gap-1.5">
            <input
              type="radio"
              name="plan-view"
              value={v}
              checked={view === v}
              onChange={() => setView(v)}
              data-testid={`share.import.view.${v}`}
            />
            {v === 'now' ? 'as it is now (prior_state)' : 'after apply (planned_values)'}
          </label>
        ))}
      </fieldset>

      <div
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        data-testid="share.import.drop"
        className={`flex flex-col items-center gap-2 rounded-lg border-2 border-dashed p-5 text-center ${
          over
            ? 'border-sky-600 bg-sky-50 dark:bg-sky-950'
            : 'border-slate-300 dark:border-slate-600'
        }`}
      >
        <p>Drop files here, or</p>
        <label htmlFor={fileId} className={`${PRIMARY} cursor-pointer`}>
          Choose files…
        </label>
        <input
          id={fileId}
          type="file"
          multiple
          accept=".json,application/json"
          data-testid="share.import.file"
          disabled={working}
          className="sr-only"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length > 0) void importFiles(files, view);
          }}
        />
      </div>

      <div>
        <label htmlFor={pasteId} className="mb-1 block font-medium">
          Or paste JSON
        </label>
        <textarea
          id={pasteId}
          value={pasted}
          onChange={(e) => setPasted(e.currentTarget.value)}
          rows={5}
          spellCheck={false}
          placeholder='{ "Vpcs": [ … ], "Subnets": [ … ] }, { "format_version": "1.2", … } or a scenario file'
          data-testid="share.import.paste"
          className={`${INPUT} font-mono text-xs`}
        />
      </div>

      <div role="status" className="min-h-5" data-testid="share.import.status">
        {working ? <span>Reading {state.what}…</span> : null}
      </div>
      {state.status === 'failed' ? (
        <div
          role="alert"
          data-testid="share.import.error"
          className="flex gap-2 rounded-md border border-red-300 bg-red-50 p-3 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50"
        >
          <WarningIcon className="mt-0.5 shrink-0" />
          <p className="min-w-0 break-words">
            {state.error}
            <br />
            <span className="text-red-800 dark:text-red-200">
              Nothing was imported; the open scenario is unchanged.
            </span>
          </p>
        </div>
      ) : null}

      <div className="flex justify-end gap-2">
        <button type="button" onClick={close} className={BUTTON}>
          Cancel
        </button>
        <button
          type="button"
          data-testid="share.import.paste-run"
          disabled={working || pasted.trim() === ''}
          onClick={() => void runImport([{ name: PASTED, text: pasted }], view)}
          className={PRIMARY}
        >
          Import pasted JSON
        </button>
      </div>
    </div>
  );
}

function Report({ done }: { done: ImportDone }) {
  const { warnings } = done;
  return (
    <div className="space-y-3 px-5 pt-3 pb-4 text-sm">
      <p data-testid="share.import.summary">
        <strong className="font-semibold">{done.name}</strong> was imported from {done.source}:{' '}
        {done.counts}, laid out automatically. It is kept in My scenarios.
      </p>
      {done.terraform ? <TerraformReport done={done.terraform} /> : null}
      {done.layoutNote ? (
        <p className="text-amber-900 dark:text-amber-200">{done.layoutNote}</p>
      ) : null}
      <section aria-labelledby="share-import-warnings">
        <h3 id="share-import-warnings" className="mb-1 font-semibold">
          {warnings.length === 0
            ? 'Nothing was left out'
            : done.terraform
              ? `What could not be modelled or resolved (${warnings.length})`
              : `What could not be modelled (${warnings.length})`}
        </h3>
        {warnings.length === 0 ? (
          <p data-testid="share.import.no-warnings" className="text-slate-700 dark:text-slate-300">
            {done.terraform
              ? 'Every network resource read is in the scenario.'
              : 'Every resource in the files is in the scenario.'}
          </p>
        ) : (
          <ul
            data-testid="share.import.warnings"
            className="max-h-64 list-disc space-y-1 overflow-y-auto rounded-md border border-amber-300 bg-amber-50 py-2 pr-3 pl-7 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
          >
            {warnings.map((w) => (
              <li key={w} className="break-words">
                {w}
              </li>
            ))}
          </ul>
        )}
      </section>
      <div className="flex justify-end">
        <button type="button" data-autofocus onClick={close} className={PRIMARY}>
          Done
        </button>
      </div>
    </div>
  );
}
