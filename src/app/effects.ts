import { toScenarioFile } from '../model/envelope.ts';
import { threeTierLayout, threeTierScenario } from '../scenarios/index.ts';
import { provideBuiltInKeys, startStoreEffects } from '../store/index.ts';
import { builtInKeys } from './library/openBuiltIn.ts';
import { openLinkInAddress, watchAddressForLinks } from './share/startLink.ts';
import { openStorage, persistenceOf } from './startup.ts';
import { startTheme } from './theme.ts';

/**
 * The one place the page's effects start (each a module with `start() → stop`). The shell seeds
 * the store first: the store may not import the built-in scenarios (DESIGN.md rooms). My
 * scenarios opens what this tab (or, in a new tab, any tab) last had open, or the three-tier
 * example when nothing is kept (store/effects/library.ts, which says what it restored or could
 * not read). Resolves, with the stop, once the canvas holds its first scenario.
 */
export async function startEffects(page: Window): Promise<() => void> {
  provideBuiltInKeys(builtInKeys());
  const stopTheme = startTheme(
    openStorage(() => page.localStorage),
    page.matchMedia('(prefers-color-scheme: dark)').matches,
  );
  const store = await startStoreEffects({
    persistence: persistenceOf(page),
    library: { fresh: toScenarioFile(threeTierScenario, threeTierLayout) },
  });
  // A shared link (#s=…) opens as a new scenario of My scenarios, and a fresh built-in that
  // opened only because nothing was kept gives way to it. A link that cannot be read is said;
  // the app then stays as it opened.
  openLinkInAddress(store.fresh ?? undefined);
  const stopLinks = watchAddressForLinks();
  return () => {
    stopLinks();
    store.stop();
    stopTheme();
  };
}
