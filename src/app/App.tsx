import Canvas from '../canvas/Canvas.tsx';
import Palette from '../canvas/Palette.tsx';
import SidePanel from '../panels/SidePanel.tsx';
import ChallengeBanner from './challenge/ChallengeBanner.tsx';
import ConflictBanner from './library/ConflictBanner.tsx';
import Overlays from './Overlays.tsx';
import Shortcuts from './Shortcuts.tsx';
import Toolbar from './Toolbar.tsx';
import EmptyCanvasHint from './welcome/EmptyCanvasHint.tsx';

/**
 * The shell: toolbar on top; palette, canvas and side panel below; dialogs and messages over all.
 * Each region subscribes to its own slice of the store. The theme is applied to <html> by
 * theme.ts, outside React. The page itself never scrolls (`relative overflow-clip`: not even by scrollIntoView): text kept
 * for screen readers deep in a scrolled panel would otherwise lengthen it.
 */
export default function App() {
  return (
    <div className="relative flex h-dvh flex-col overflow-clip bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <Shortcuts />
      <Toolbar />
      <ConflictBanner />
      <ChallengeBanner />
      <div className="flex min-h-0 flex-1">
        <Palette />
        <main className="relative min-w-0 flex-1" aria-label="Network canvas">
          <Canvas />
          <EmptyCanvasHint />
        </main>
        <SidePanel />
      </div>
      <Overlays />
    </div>
  );
}
