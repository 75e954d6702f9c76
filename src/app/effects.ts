import { threeTierLayout, threeTierScenario } from '../scenarios/index.ts';
import { readAutosave, type Restored } from '../store/effects/autosave.ts';
import {
  loadScenario,
  provideBuiltInKeys,
  showMessage,
  startStoreEffects,
  useStore,
} from '../store/index.ts';
import { builtInKeys } from './library/openBuiltIn.ts';
import { openLinkInAddress, watchAddressForLinks } from './share/startLink.ts';
import { openStorage, startFrom } from './startup.ts';
import { startTheme } from './theme.ts';

/**
 * The one place the page's effects start (each a module with `start() → stop`). The shell seeds
 * the store first: the store may not import the built-in scenarios (DESIGN.md rooms). The
 * autosave comes back when it reads; else the three-tier example opens, and an autosave that
 * could not be read is said (and kept aside by readAutosave). Storage that refuses even to be
 * touched (some private modes) turns autosave off, and that is said too. Returns the stop.
 */
export function startEffects(page: Window): () => void {
  provideBuiltInKeys(builtInKeys());
  const { storage, error: storageError } = openStorage(() => page.localStorage);
  const restored: Restored = storage ? readAutosave(storage) : { kind: 'none' };
  const start = startFrom(restored, { scenario: threeTierScenario, layout: threeTierLayout });
  loadScenario(start.scenario, start.layout);
  if (storageError) showMessage('error', storageError);
  if (start.error) showMessage('error', start.error);
  // My scenarios: what opened is kept (a restored autosave as the current kept one).
  const stopStore = startStoreEffects({
    storage,
    library: { restored: restored.kind === 'restored' },
  });
  // A shared link (#s=…) opens as a new scenario of My scenarios, and a fresh built-in that
  // opened only because nothing was saved gives way to it. A link that cannot be read is said;
  // the app then stays as it opened.
  openLinkInAddress(
    restored.kind === 'restored' ? undefined : (useStore.getState().library.currentId ?? undefined),
  );
  const stopLinks = watchAddressForLinks();
  const stopTheme = startTheme(storage, page.matchMedia('(prefers-color-scheme: dark)').matches);
  return () => {
    stopTheme();
    stopLinks();
    stopStore();
  };
}
