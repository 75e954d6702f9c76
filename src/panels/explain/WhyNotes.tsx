import { useId, useState } from 'react';
import type { TeachingNote } from './teaching.ts';

/**
 * A hop's teaching notes: each a small disclosure ("Why? Network ACLs are stateless") that opens a
 * short card written in the app (so it reads offline) and links the AWS page it summarises.
 */
export default function WhyNotes({ notes }: { readonly notes: readonly TeachingNote[] }) {
  if (notes.length === 0) return null;
  return (
    <div className="mt-1 space-y-1">
      {notes.map((note) => (
        <WhyNote key={note.id} note={note} />
      ))}
    </div>
  );
}

function WhyNote({ note }: { readonly note: TeachingNote }) {
  const [open, setOpen] = useState(false);
  const cardId = useId();
  return (
    <div data-testid={`explain.why-note.${note.id}`}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={cardId}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex items-center gap-1 rounded px-1 text-[11px] font-medium text-sky-800 hover:bg-sky-50 focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500/60 dark:text-sky-300 dark:hover:bg-sky-950"
      >
        <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        Why? {note.title}
      </button>
      {open ? (
        <div
          id={cardId}
          data-testid={`explain.why-card.${note.id}`}
          className="mt-0.5 ml-3 space-y-1 rounded border border-sky-200 bg-sky-50/70 p-1.5 text-xs leading-snug text-slate-800 dark:border-sky-900 dark:bg-sky-950/40 dark:text-slate-200"
        >
          {note.body.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <p className="text-[11px]">
            AWS documentation:{' '}
            <a
              href={note.source}
              target="_blank"
              rel="noreferrer"
              className="break-all text-sky-800 underline dark:text-sky-300"
            >
              {note.source.replace('https://docs.aws.amazon.com/', '')}
            </a>
          </p>
        </div>
      ) : null}
    </div>
  );
}
