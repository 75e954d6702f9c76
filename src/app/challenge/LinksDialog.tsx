import { useMemo } from 'react';
import {
  gradingKeysFileText,
  openLibraryDialog,
  planChallengeLinks,
  useStore,
} from '../../store/index.ts';
import { downloadText } from '../../ui/download.ts';
import Modal from '../../ui/Modal.tsx';
import { BUTTON, PRIMARY } from '../library/styles.ts';
import CopyField from './CopyField.tsx';

const close = () => openLibraryDialog(null);

/**
 * The links of a challenge the instructor authored: the student link (opens it to be solved:
 * goals and locks fixed), the instructor link (opens it to be edited), and the grading-key file
 * (the goals graded against, for another browser).
 */
export default function LinksDialog() {
  const open = useStore((s) => s.library.dialog === 'challenge-links');
  if (!open) return null;
  return (
    <Modal
      title="Share the challenge"
      testId="challenge.links.dialog"
      onCancel={close}
      width="max-w-2xl"
      description="Students open the student link and hand back a submission link; you grade it against your own key, kept in this browser, so a goal edited in a link gains nothing."
    >
      <LinksBody />
    </Modal>
  );
}

function LinksBody() {
  // The dialog is modal: the challenge cannot change while it is open.
  const links = useMemo(() => planChallengeLinks(window.location.href), []);
  return (
    <div className="space-y-3 px-5 pt-3 pb-4 text-sm">
      {'error' in links ? (
        <p role="alert" data-testid="challenge.links.error">
          {links.error}
        </p>
      ) : (
        <>
          <CopyField
            label="Student link"
            hint="Opens the challenge to be solved: the goals and the locked resources cannot be changed."
            value={links.student}
            testId="challenge.links.student"
          />
          <CopyField
            label="Instructor link"
            hint="Opens it to be edited, for a colleague (their browser keeps its grading key)."
            value={links.instructor}
            testId="challenge.links.instructor"
          />
        </>
      )}
      <div className="flex flex-wrap justify-end gap-2 pt-1">
        <button
          type="button"
          data-testid="challenge.links.key"
          onClick={() => downloadText('vpc-flow-lab-grading-keys.json', gradingKeysFileText())}
          className={BUTTON}
        >
          Download the grading keys
        </button>
        <button type="button" data-autofocus onClick={close} className={PRIMARY}>
          Done
        </button>
      </div>
    </div>
  );
}
