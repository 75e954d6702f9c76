import { useEffect, useRef, useState } from 'react';
import type { Trace } from '../../engine/types.ts';
import type { SavedFlow } from '../../model/types.ts';
import { showMessage, useStore } from '../../store/index.ts';
import { CopyIcon } from '../flows/icons.tsx';
import { buttonClass } from '../ui/styles.ts';
import { traceToMarkdown } from './markdown.ts';

/**
 * Copies the trace as Markdown for a ticket or a chat. Where the browser refuses the clipboard,
 * the text is shown selected in a box, with words saying to copy it by hand.
 */
export default function CopyMarkdown({
  flow,
  trace,
}: {
  readonly flow: SavedFlow;
  readonly trace: Trace;
}) {
  const [fallback, setFallback] = useState<string | null>(null);
  const box = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (fallback === null) return;
    box.current?.focus();
    box.current?.select();
  }, [fallback]);

  const copy = async () => {
    const text = traceToMarkdown(flow, trace, useStore.getState().scenario);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setFallback(null);
      showMessage('info', 'Copied the trace as Markdown.');
    } catch {
      setFallback(text);
    }
  };

  return (
    <div className="space-y-1">
      <button
        type="button"
        className={buttonClass}
        data-testid="explain.copy"
        onClick={() => void copy()}
      >
        <CopyIcon /> Copy as Markdown
      </button>
      {fallback !== null && (
        <div className="space-y-1">
          <p
            role="status"
            className="text-xs text-amber-800 dark:text-amber-200"
            data-testid="explain.copy.note"
          >
            The browser did not allow copying. The Markdown is selected below: press Ctrl+C (⌘C on a
            Mac) to copy it.
          </p>
          <textarea
            ref={box}
            readOnly
            aria-label="The trace as Markdown"
            data-testid="explain.copy.fallback"
            value={fallback}
            rows={6}
            className="w-full rounded border border-slate-300 bg-white p-1 font-mono text-[11px] dark:border-slate-600 dark:bg-slate-800"
          />
          <button
            type="button"
            className={buttonClass}
            data-testid="explain.copy.close"
            onClick={() => setFallback(null)}
          >
            Close
          </button>
        </div>
      )}
    </div>
  );
}
