import { answerConfirmation, useStore } from '../store/index.ts';
import Modal from '../ui/Modal.tsx';

const cancel = () => answerConfirmation(false);
const confirm = () => answerConfirmation(true);

/**
 * Asks before a destructive action, saying what it will take with it. Enter confirms, Escape
 * cancels; the confirm button has focus, so Enter on it confirms too.
 */
export default function ConfirmDialog() {
  const confirmation = useStore((s) => s.confirmation);
  if (!confirmation) return null;
  return (
    <Modal
      title={confirmation.title}
      testId="confirm.dialog"
      onCancel={cancel}
      onEnter={confirm}
      description={<p className="whitespace-pre-line">{confirmation.text}</p>}
    >
      <div className="flex justify-end gap-2 px-5 pt-5 pb-4">
        <button
          type="button"
          data-testid="confirm.cancel"
          onClick={cancel}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:hover:bg-slate-800"
        >
          Cancel
        </button>
        <button
          type="button"
          data-testid="confirm.ok"
          data-autofocus
          onClick={confirm}
          className="rounded-md bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700 dark:bg-red-600 dark:hover:bg-red-500"
        >
          {confirmation.confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
