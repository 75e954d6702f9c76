import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './app/App.tsx';
import ErrorBoundary from './app/ErrorBoundary.tsx';
import { openLinkInAddress, watchAddressForLinks } from './app/share/startLink.ts';
import { openStorage, startFrom } from './app/startup.ts';
import { installTestHook } from './app/testHook.ts';
import { startTheme } from './app/theme.ts';
import { threeTierLayout, threeTierScenario } from './scenarios/index.ts';
import { readAutosave, startAutosave, type Restored } from './store/effects.ts';
import { startSimEffects } from './store/simEffects.ts';
import {
  loadScenario,
  showMessage,
  startLibrary,
  startLockGuard,
  useStore,
} from './store/index.ts';
import './index.css';

// The shell seeds the store: the store may not import the built-in scenarios (DESIGN.md rooms).
// The autosave comes back when it reads; else the three-tier example opens, and an autosave that
// could not be read is said (and kept aside by readAutosave). Storage that refuses even to be
// touched (some private modes) turns autosave off, and that is said too.
const { storage, error: storageError } = openStorage(() => window.localStorage);
const restored: Restored = storage ? readAutosave(storage) : { kind: 'none' };
const start = startFrom(restored, {
  scenario: threeTierScenario,
  layout: threeTierLayout,
});
loadScenario(start.scenario, start.layout);
if (storageError) showMessage('error', storageError);
if (start.error) showMessage('error', start.error);
if (storage) startAutosave(storage);
// My scenarios: what opened is kept (a restored autosave as the current kept one).
startLibrary(storage, { restored: restored.kind === 'restored' });
startLockGuard();
// A shared link (#s=…) opens as a new scenario of My scenarios, and a fresh built-in that opened
// only because nothing was saved gives way to it. A link that cannot be read is said; the app
// then stays as it opened.
openLinkInAddress(
  restored.kind === 'restored' ? undefined : (useStore.getState().library.currentId ?? undefined),
);
watchAddressForLinks();
startSimEffects();
startTheme(storage, window.matchMedia('(prefers-color-scheme: dark)').matches);
// The e2e test build only (`vite build --mode e2e`): in the real build the condition is false at
// build time and the hook, with crashEngine(), is left out of the bundle.
if (import.meta.env.MODE === 'e2e') installTestHook();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
