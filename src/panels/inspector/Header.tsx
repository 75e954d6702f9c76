import type { ReactNode } from 'react';
import { FindingNotes } from '../ui/Notes.tsx';

/** The inspected resource: what it is, its ID, badges, and findings about it as a whole. */
export default function Header({
  kind,
  id,
  badges,
}: {
  readonly kind: string;
  readonly id: string;
  readonly badges?: ReactNode;
}) {
  return (
    <header className="border-b border-slate-200 px-3 py-2.5 dark:border-slate-800">
      <div className="flex flex-wrap items-center gap-1.5">
        <h2 className="text-sm font-semibold">{kind}</h2>
        {badges}
      </div>
      <div
        className="font-mono text-xs text-slate-500 select-all dark:text-slate-400"
        data-testid="inspector.id"
      >
        {id}
      </div>
      <FindingNotes resourceId={id} field="id" />
    </header>
  );
}

/** Shown when the selected ID names nothing (deleted meanwhile, say). */
export function Missing({ id }: { readonly id: string }) {
  return (
    <p className="px-3 py-4 text-sm text-slate-600 dark:text-slate-400">
      <span className="font-mono">{id}</span> no longer exists.
    </p>
  );
}
