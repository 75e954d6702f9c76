import type { ReactNode } from 'react';

/** A titled group of fields inside a panel. */
export default function Section({
  title,
  children,
  actions,
}: {
  readonly title: string;
  readonly children: ReactNode;
  readonly actions?: ReactNode;
}) {
  return (
    <section className="border-b border-slate-200 px-3 py-2.5 dark:border-slate-800">
      <div className="mb-1.5 flex items-center justify-between gap-2">
        <h3 className="text-[11px] font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
          {title}
        </h3>
        {actions}
      </div>
      <div className="space-y-2">{children}</div>
    </section>
  );
}
