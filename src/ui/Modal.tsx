import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { focusInto, trapTab } from './focusTrap.ts';

interface Props {
  readonly title: string;
  readonly testId: string;
  readonly onCancel: () => void;
  /** Enter anywhere but on a button or in a list (which handle it themselves). */
  readonly onEnter?: () => void;
  readonly children: ReactNode;
  readonly width?: string;
  /** A sentence read after the title (aria-describedby). */
  readonly description?: ReactNode;
}

/**
 * A modal dialog: role=dialog with aria-modal, its title as its name, focus kept inside (Tab
 * and Shift+Tab wrap), Escape cancels, and focus goes back where it was when it closes. The first
 * control with `data-autofocus`, else the first focusable one, gets focus when it opens.
 */
export default function Modal({
  title,
  testId,
  onCancel,
  onEnter,
  children,
  width = 'max-w-md',
  description,
}: Props) {
  const titleId = useId();
  const descriptionId = useId();
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => focusInto(panel.current, '[data-autofocus]'), []);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
      return;
    }
    if (e.key === 'Enter' && onEnter) {
      const target = e.target as HTMLElement;
      if (target.closest('button, [role="listbox"], textarea')) return;
      e.preventDefault();
      onEnter();
      return;
    }
    if (e.key === 'Tab') trapTab(e, panel.current);
  };

  return (
    <div
      className="fixed inset-0 z-50 flex items-start justify-center bg-slate-900/40 p-4 pt-[12vh] backdrop-blur-[1px] dark:bg-black/60"
      onMouseDown={(e) => {
        if (e.target === e.currentTarget) onCancel();
      }}
    >
      <div
        ref={panel}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={description ? descriptionId : undefined}
        data-testid={testId}
        tabIndex={-1}
        onKeyDown={onKeyDown}
        className={`w-full ${width} rounded-lg border border-slate-200 bg-white text-slate-900 shadow-xl outline-none dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100`}
      >
        <h2 id={titleId} className="px-5 pt-4 text-base font-semibold">
          {title}
        </h2>
        {description ? (
          <div id={descriptionId} className="px-5 pt-2 text-sm text-slate-700 dark:text-slate-300">
            {description}
          </div>
        ) : null}
        {children}
      </div>
    </div>
  );
}
