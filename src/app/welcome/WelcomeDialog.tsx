import type { ComponentType, SVGProps } from 'react';
import { newScenario, openDialog, openLibraryDialog } from '../../store/index.ts';
import Modal from '../../ui/Modal.tsx';
import { GalleryIcon } from '../library/icons.tsx';
import { BUTTON } from '../library/styles.ts';
import { NewFileIcon } from '../icons.tsx';
import { ImportIcon } from '../share/icons.tsx';
import { closeWelcome, startTour, useWelcome } from './welcomeState.ts';
import { TourIcon } from './TourIcon.tsx';

interface Choice {
  readonly id: string;
  readonly title: string;
  readonly detail: string;
  readonly icon: ComponentType<SVGProps<SVGSVGElement>>;
  readonly run: () => void;
}

const CHOICES: readonly Choice[] = [
  {
    id: 'tour',
    title: 'Take the 2-minute tour',
    detail: 'Draw, attach, test and fix, shown on the app itself. Arrow keys or Enter move on.',
    icon: TourIcon,
    run: startTour,
  },
  {
    id: 'gallery',
    title: 'Open a teaching scenario',
    detail: 'A public web server, a NAT gateway, peering, NACL ephemeral ports… or a challenge.',
    icon: GalleryIcon,
    run: () => {
      closeWelcome();
      openLibraryDialog('gallery');
    },
  },
  {
    id: 'import',
    title: 'Import my AWS account or Terraform plan',
    detail: 'The JSON of aws ec2 describe-* or terraform show -json, read in this browser only.',
    icon: ImportIcon,
    run: () => {
      closeWelcome();
      openDialog('import');
    },
  },
  {
    id: 'empty',
    title: 'Start empty',
    detail: 'A blank canvas: drag a VPC from the palette on the left.',
    icon: NewFileIcon,
    run: () => {
      closeWelcome();
      newScenario();
    },
  },
];

/**
 * The first-run welcome: four ways to begin. Shown once (any choice, Close or Escape dismisses
 * it for good), never over a shared link (see firstRun.ts).
 */
export default function WelcomeDialog() {
  const { welcome } = useWelcome();
  if (!welcome) return null;
  return (
    <Modal
      title="Welcome to VPC Flow Lab"
      testId="welcome.dialog"
      onCancel={closeWelcome}
      width="max-w-lg"
      description="Draw an AWS network, send packets through it, and see which security group, network ACL or route lets them pass or stops them. How would you like to start?"
    >
      <ul className="space-y-2 px-5 pt-3">
        {CHOICES.map((c, k) => (
          <li key={c.id}>
            <button
              type="button"
              data-testid={`welcome.${c.id}`}
              data-autofocus={k === 0 ? true : undefined}
              onClick={c.run}
              className="flex w-full items-start gap-3 rounded-md border border-slate-200 p-2.5 text-left hover:border-sky-500 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:hover:bg-sky-950/40"
            >
              <c.icon
                width={20}
                height={20}
                className="mt-0.5 shrink-0 text-sky-700 dark:text-sky-300"
              />
              <span>
                <span className="block text-sm font-semibold">{c.title}</span>
                <span className="block text-xs text-slate-700 dark:text-slate-300">{c.detail}</span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      <div className="flex items-center justify-between px-5 pt-3 pb-4">
        <p className="text-xs text-slate-600 dark:text-slate-400">
          The tour is always under <kbd>?</kbd> (keyboard shortcuts).
        </p>
        <button type="button" className={BUTTON} onClick={closeWelcome} data-testid="welcome.close">
          Close
        </button>
      </div>
    </Modal>
  );
}
