import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './app/App.tsx';
import { startEffects } from './app/effects.ts';
import ErrorBoundary from './app/ErrorBoundary.tsx';
import { installTestHook } from './app/testHook.ts';
import { noteStart } from './app/welcome/welcomeState.ts';
import { showMessage } from './store/index.ts';
import './index.css';

// The e2e test build only (`vite build --mode e2e`): in the real build the condition is false at
// build time and the hook, with crashEngine(), is left out of the bundle.
if (import.meta.env.MODE === 'e2e') installTestHook();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// Every effect of the page starts here, once: the store's (My scenarios and its saving, the
// engine worker, playback), the theme and the links in the address. The app is shown once the
// canvas holds what was kept, so nothing can be edited before it is there.
// Before the effects take a shared link out of the address: a link is never greeted.
noteStart(window);
startEffects(window)
  .catch((e: unknown) => {
    showMessage(
      'error',
      `The app did not start as it should: ${e instanceof Error ? e.message : String(e)}.`,
    );
  })
  .finally(() => {
    createRoot(root).render(
      <StrictMode>
        <ErrorBoundary>
          <App />
        </ErrorBoundary>
      </StrictMode>,
    );
  });
