import ConfirmDialog from './ConfirmDialog.tsx';
import FindDialog from './FindDialog.tsx';
import Messages from './Messages.tsx';
import ShortcutsDialog from './ShortcutsDialog.tsx';

/** Dialogs, confirmations and messages shown over the app; each reads its own slice. */
export default function Overlays() {
  return (
    <>
      <ShortcutsDialog />
      <FindDialog />
      <ConfirmDialog />
      <Messages />
    </>
  );
}
