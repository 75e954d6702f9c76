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
  asideText,
  useStore,
  type AsideText,
  type KeptScenario,
} from '../../store/index.ts';
import Modal from '../../ui/Modal.tsx';
import { downloadText } from '../../ui/download.ts';
import { fileNameFor } from './fileName.ts';
import { originText } from './origin.ts';
import { DownloadIcon } from './icons.tsx';
import { BUTTON, DANGER, INPUT, PRIMARY } from './styles.ts';

const close = () => openLibraryDialog(null);

/** The file name an unreadable text kept aside downloads as. */
const ASIDE_FILE: Record<AsideText['what'], string> = {
  autosave: 'unreadable-autosave.json',
  library: 'unreadable-library-index.json',
  'grading-keys': 'unreadable-grading-keys.json',
};

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
  const aside = useStore((s) => s.library.aside);
  return (
    <>
      {aside.length > 0 ? <Unreadable aside={aside} /> : null}
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

function Unreadable({ aside }: { readonly aside: readonly AsideText[] }) {
  return (
    <div
      role="alert"
      data-testid="kept.unreadable"
      className="mx-5 mt-3 flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="min-w-0 flex-1">
        {aside.length === 1 ? 'A saved file' : `${aside.length} saved files`} could not be read
        (damaged, or from a newer version of VPC Flow Lab). Kept in this browser, untouched.
      </p>
      {aside.map(({ key, what }, k) => (
        <button
          key={key}
          type="button"
          data-testid={k === 0 ? 'kept.download-unreadable' : `kept.download-unreadable.${k}`}
          onClick={() => {
            void asideText(key).then((text) => {
              if (text !== null) downloadText(ASIDE_FILE[what], text);
            });
          }}
          className={BUTTON}
        >
          <DownloadIcon width={16} height={16} />
          {what === 'autosave'
            ? 'Download the unreadable autosave'
            : what === 'library'
              ? 'Download the unreadable index'
              : 'Download the unreadable grading keys'}
        </button>
      ))}
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
    // Leaves the field at once; a refusal brings it back, said beside it.
    cancelled.current = true;
    void renameKept(id, draft).then((problem) => {
      setRefusal(problem);
      setEditing(problem !== null);
      if (problem !== null) cancelled.current = false;
    });
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
            void openKept(id).then((opened) => {
              if (opened) close();
            });
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
          onClick={() => void duplicateKept(id)}
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
            void keptText(id).then((text) => {
              if (text !== null) downloadText(fileNameFor(item.name), text);
            });
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
