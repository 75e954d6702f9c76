import { memo, useEffect } from 'react';
import { dismissMessage, useStore, type Message } from '../store/index.ts';
import { downloadText } from '../ui/download.ts';
import { AlertIcon, CloseIcon, InfoIcon } from './icons.tsx';
import { fileNameFor } from './library/fileName.ts';

/** How long a note stays; errors stay until closed. */
const INFO_MS = 5000;

/**
 * Messages as toasts, bottom right. A note is a status (read politely, gone after a few seconds),
 * an error an alert that stays until closed; each has an icon and words, never colour alone.
 */
export default function Messages() {
  const messages = useStore((s) => s.messages);
  return (
    <div
      className="pointer-events-none fixed right-4 bottom-4 z-40 flex w-[26rem] max-w-[calc(100vw-2rem)] flex-col gap-2"
      role="region"
      aria-label="Messages"
    >
      {messages.map((m) => (
        <Toast key={m.id} message={m} />
      ))}
    </div>
  );
}

const Toast = memo(function Toast({ message }: { message: Message }) {
  const { id, kind, text, action } = message;
  useEffect(() => {
    if (kind !== 'info') return;
    const timer = setTimeout(() => dismissMessage(id), INFO_MS);
    return () => clearTimeout(timer);
  }, [id, kind]);
  const error = kind === 'error';
  return (
    <div
      role={error ? 'alert' : 'status'}
      data-testid={`message.${kind}`}
      className={`pointer-events-auto flex items-start gap-3 rounded-lg border p-3 text-sm shadow-lg ${
        error
          ? 'border-red-300 bg-red-50 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-50'
          : 'border-slate-200 bg-white text-slate-900 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-50'
      }`}
    >
      {error ? (
        <AlertIcon className="mt-0.5 shrink-0 text-red-700 dark:text-red-300" />
      ) : (
        <InfoIcon className="mt-0.5 shrink-0 text-sky-700 dark:text-sky-300" />
      )}
      <div className="min-w-0 flex-1">
        <p>
          <span className="sr-only">{error ? 'Error: ' : 'Note: '}</span>
          {text}
        </p>
        {action ? (
          <button
            type="button"
            data-testid="message.action"
            onClick={() => {
              const file = action.file();
              downloadText(fileNameFor(file.name), file.text);
            }}
            className="mt-2 rounded-md border border-current px-2.5 py-1 text-sm font-medium hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-white/10"
          >
            {action.label}
          </button>
        ) : null}
      </div>
      <button
        type="button"
        aria-label="Dismiss message"
        title="Dismiss"
        onClick={() => dismissMessage(id)}
        className="-m-1 shrink-0 rounded p-1 hover:bg-black/5 focus-visible:outline-2 focus-visible:outline-sky-600 dark:hover:bg-white/10"
      >
        <CloseIcon width={16} height={16} />
      </button>
    </div>
  );
});
