import { useRef, useState, type KeyboardEvent } from 'react';
import {
  askDeleteKept,
  duplicateKept,
  keepCurrentAsNew,
  keptText,
  openKept,
  openLibraryDialog,
  renameKept,
  startNewKept,
  unreadableAutosaveText,
  useStore,
  type KeptScenario,
} from '../../store/index.ts';
import Modal from '../../ui/Modal.tsx';
import { downloadText } from '../../ui/download.ts';
import { fileNameFor } from './fileName.ts';
import { originText } from './origin.ts';
import { DownloadIcon } from './icons.tsx';
import { BUTTON, DANGER, INPUT, PRIMARY } from './styles.ts';

const close = () => openLibraryDialog(null);

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * My scenarios: the scenarios kept in this browser. Open one (the current one is saved first),
 * rename, duplicate, download or delete (which asks). An autosave that could not be read is
 * offered as a file here.
 */
export default function KeptDialog() {
  const open = useStore((s) => s.library.dialog === 'kept');
  if (!open) return null;
  return (
    <Modal
      title="My scenarios"
      testId="kept.dialog"
      onCancel={close}
      width="max-w-3xl"
      description="Kept in this browser only (nothing is sent anywhere). The open one is saved as you work; opening another keeps it as it is."
    >
      <KeptBody />
    </Modal>
  );
}

function KeptBody() {
  const kept = useStore((s) => s.library.kept);
  const currentId = useStore((s) => s.library.currentId);
  const unreadable = useStore((s) => s.library.unreadableAutosave);
  return (
    <>
      {unreadable ? <UnreadableAutosave /> : null}
      <div className="flex flex-wrap gap-2 px-5 pt-3">
        <button
          type="button"
          data-testid="kept.keep-copy"
          onClick={() => keepCurrentAsNew()}
          className={BUTTON}
        >
          Keep a copy of the open one
        </button>
        <button
          type="button"
          data-testid="kept.new"
          onClick={() => {
            startNewKept();
            close();
          }}
          className={BUTTON}
        >
          New empty scenario
        </button>
        <button type="button" onClick={() => openLibraryDialog('gallery')} className={BUTTON}>
          Gallery…
        </button>
      </div>
      <ul
        aria-label="Kept scenarios"
        data-testid="kept.list"
        className="mx-5 mt-3 max-h-[52vh] divide-y divide-slate-100 overflow-y-auto rounded-md border border-slate-200 dark:divide-slate-800 dark:border-slate-700"
      >
        {kept.map((item) => (
          <Row key={item.id} item={item} current={item.id === currentId} />
        ))}
      </ul>
      <div className="flex justify-end px-5 pt-3 pb-4">
        <button type="button" onClick={close} className={BUTTON}>
          Close
        </button>
      </div>
    </>
  );
}

function UnreadableAutosave() {
  return (
    <div
      role="alert"
      data-testid="kept.unreadable"
      className="mx-5 mt-3 flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="min-w-0 flex-1">
        An autosave could not be read (damaged, or from a newer version of VPC Flow Lab). It is kept
        in this browser, untouched.
      </p>
      <button
        type="button"
        data-testid="kept.download-unreadable"
        onClick={() => {
          const text = unreadableAutosaveText();
          if (text !== null) downloadText('unreadable-autosave.json', text);
        }}
        className={BUTTON}
      >
        <DownloadIcon width={16} height={16} />
        Download the unreadable autosave
      </button>
    </div>
  );
}

function Row({ item, current }: { readonly item: KeptScenario; readonly current: boolean }) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(item.name);
  const [refusal, setRefusal] = useState<string | null>(null);
  const cancelled = useRef(false);
  const { id } = item;

  const commit = () => {
    if (cancelled.current) return;
    const problem = renameKept(id, draft);
    setRefusal(problem);
    if (problem === null) setEditing(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      e.stopPropagation();
      commit();
    } else if (e.key === 'Escape') {
      // Cancels the rename only, not the dialog.
      e.preventDefault();
      e.stopPropagation();
      cancelled.current = true;
      setEditing(false);
      setRefusal(null);
    }
  };

  return (
    <li
      data-testid={`kept.row.${id}`}
      aria-current={current ? 'true' : undefined}
      className={`flex flex-wrap items-center gap-2 px-3 py-2 ${current ? 'bg-sky-50 dark:bg-sky-950/40' : ''}`}
    >
      <div className="min-w-0 flex-1">
        {editing ? (
          <>
            <input
              data-testid={`kept.rename-input.${id}`}
              aria-label={`New name for ${item.name}`}
              value={draft}
              autoFocus
              onChange={(e) => setDraft(e.target.value)}
              onKeyDown={onKeyDown}
              onBlur={commit}
              className={INPUT}
            />
            {refusal ? (
              <p role="alert" className="mt-1 text-xs text-red-700 dark:text-red-400">
                {refusal}
              </p>
            ) : null}
          </>
        ) : (
          <>
            <p className="truncate text-sm font-medium" data-testid={`kept.name.${id}`}>
              {item.name}
              {current ? (
                <span className="ml-2 rounded-full bg-sky-100 px-2 py-0.5 text-xs font-medium text-sky-900 dark:bg-sky-900 dark:text-sky-100">
                  open now
                </span>
              ) : null}
            </p>
            <p className="text-xs text-slate-600 dark:text-slate-400">
              <span data-testid={`kept.origin.${id}`}>{originText(item)}</span>
              {item.updated > 0 ? ` · changed ${WHEN.format(item.updated)}` : ''}
            </p>
          </>
        )}
      </div>
      <div className="flex shrink-0 flex-wrap gap-1.5">
        <button
          type="button"
          data-testid={`kept.open.${id}`}
          disabled={current}
          onClick={() => {
            if (openKept(id)) close();
          }}
          className={PRIMARY}
        >
          Open
        </button>
        <button
          type="button"
          data-testid={`kept.rename.${id}`}
          aria-label={`Rename ${item.name}`}
          onClick={() => {
            cancelled.current = false;
            setDraft(item.name);
            setEditing(true);
          }}
          className={BUTTON}
        >
          Rename
        </button>
        <button
          type="button"
          data-testid={`kept.duplicate.${id}`}
          aria-label={`Duplicate ${item.name}`}
          onClick={() => duplicateKept(id)}
          className={BUTTON}
        >
          Duplicate
        </button>
        <button
          type="button"
          data-testid={`kept.download.${id}`}
          aria-label={`Download ${item.name} as a file`}
          title="Download as a file"
          onClick={() => {
            const text = keptText(id);
            if (text !== null) downloadText(fileNameFor(item.name), text);
          }}
          className={BUTTON}
        >
          <DownloadIcon width={16} height={16} />
        </button>
        <button
          type="button"
          data-testid={`kept.delete.${id}`}
          aria-label={`Delete ${item.name}`}
          onClick={() => askDeleteKept(id)}
          className={DANGER}
        >
          Delete
        </button>
      </div>
    </li>
  );
}
