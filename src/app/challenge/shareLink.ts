import { openDialog } from '../../store/index.ts';

/**
 * "Share as link" hands over to sharing's Copy link dialog (src/app/share/CopyLinkDialog.tsx),
 * which owns the codec, the placeholders offer and the long-link warning. The challenge (task,
 * goals, locks) is part of the scenario, so the link carries it.
 */
export function shareChallengeLink(): void {
  openDialog('copy-link');
}
