import { useId, useState } from 'react';
import {
  openLibraryDialog,
  planSubmission,
  selectChallengeStatus,
  useStore,
} from '../../store/index.ts';
import Modal from '../../ui/Modal.tsx';
import { INPUT, PRIMARY } from '../library/styles.ts';
import CopyField from './CopyField.tsx';

const close = () => openLibraryDialog(null);

/**
 * The student's hand-in: their name, then the submission link (their network and the
 * challenge's identity) to send to the instructor, who grades it against their own goals.
 */
export default function HandInDialog() {
  const open = useStore((s) => s.library.dialog === 'hand-in');
  if (!open) return null;
  return (
    <Modal
      title="Hand in"
      testId="challenge.hand-in.dialog"
      onCancel={close}
      width="max-w-2xl"
      description="Send this link to your instructor. It carries your network; your instructor grades it against the goals they wrote."
    >
      <HandInBody />
    </Modal>
  );
}

function HandInBody() {
  const [name, setName] = useState('');
  const [link, setLink] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const status = useStore(selectChallengeStatus);
  const nameId = useId();
  const make = () => {
    const planned = planSubmission(window.location.href, name);
    if (typeof planned === 'string') {
      setLink(planned);
      setError(null);
    } else {
      setLink(null);
      setError(planned.error);
    }
  };
  return (
    <div className="space-y-3 px-5 pt-3 pb-4 text-sm">
      <p data-testid="challenge.hand-in.status">
        {status.solved
          ? 'Every goal has its expected outcome here.'
          : `${status.met} of ${status.goals.length} goals met here.`}{' '}
        The grade is your instructor’s.
      </p>
      <div>
        <label htmlFor={nameId} className="mb-1 block font-medium">
          Your name
        </label>
        <div className="flex gap-2">
          <input
            id={nameId}
            data-testid="challenge.hand-in.name"
            data-autofocus
            value={name}
            maxLength={256}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') make();
            }}
            className={INPUT}
          />
          <button
            type="button"
            data-testid="challenge.hand-in.make"
            onClick={make}
            className={`${PRIMARY} shrink-0 whitespace-nowrap`}
          >
            Make the link
          </button>
        </div>
        {error ? (
          <p
            role="alert"
            data-testid="challenge.hand-in.error"
            className="mt-1 text-red-700 dark:text-red-400"
          >
            {error}
          </p>
        ) : null}
      </div>
      {link ? (
        <CopyField label="Submission link" value={link} testId="challenge.hand-in.link" />
      ) : null}
    </div>
  );
}
