import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './app/App.tsx';
import { startEffects } from './app/effects.ts';
import ErrorBoundary from './app/ErrorBoundary.tsx';
import { installTestHook } from './app/testHook.ts';
import './index.css';

// Every effect of the page starts here, once: the store's (autosave, My scenarios, the engine
// worker, playback), the theme and the links in the address.
startEffects(window);
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
