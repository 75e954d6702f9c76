import MatrixOverlay from '../panels/matrix/MatrixOverlay.tsx';
import AuthorDialog from './challenge/AuthorDialog.tsx';
import GradingDialog from './challenge/GradingDialog.tsx';
import HandInDialog from './challenge/HandInDialog.tsx';
import LinksDialog from './challenge/LinksDialog.tsx';
import ConfirmDialog from './ConfirmDialog.tsx';
import FindDialog from './FindDialog.tsx';
import GalleryDialog from './library/GalleryDialog.tsx';
import KeptDialog from './library/KeptDialog.tsx';
import Messages from './Messages.tsx';
import ShareDialogs from './share/ShareDialogs.tsx';
import ShortcutsDialog from './ShortcutsDialog.tsx';
import Tour from './welcome/Tour.tsx';
import WelcomeDialog from './welcome/WelcomeDialog.tsx';

/** Dialogs, confirmations and messages shown over the app; each reads its own slice. */
export default function Overlays() {
  return (
    <>
      <MatrixOverlay />
      <ShortcutsDialog />
      <FindDialog />
      <GalleryDialog />
      <KeptDialog />
      <AuthorDialog />
      <LinksDialog />
      <HandInDialog />
      <GradingDialog />
      <ShareDialogs />
      <WelcomeDialog />
      <Tour />
      {/* After the dialogs: a question asked from one (delete a kept scenario) shows on top. */}
      <ConfirmDialog />
      <Messages />
    </>
  );
}
