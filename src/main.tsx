import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './app/App.tsx';
import ErrorBoundary from './app/ErrorBoundary.tsx';
import { openStorage, startFrom } from './app/startup.ts';
import { installTestHook } from './app/testHook.ts';
import { startTheme } from './app/theme.ts';
import { threeTierLayout, threeTierScenario } from './scenarios/index.ts';
import { readAutosave, startAutosave } from './store/effects.ts';
import { loadScenario, showMessage } from './store/index.ts';
import './index.css';

// The shell seeds the store: the store may not import the built-in scenarios (DESIGN.md rooms).
// The autosave comes back when it reads; else the three-tier example opens, and an autosave that
// could not be read is said (and kept aside by readAutosave). Storage that refuses even to be
// touched (some private modes) turns autosave off, and that is said too.
const { storage, error: storageError } = openStorage(() => window.localStorage);
const start = startFrom(storage ? readAutosave(storage) : { kind: 'none' }, {
  scenario: threeTierScenario,
  layout: threeTierLayout,
});
loadScenario(start.scenario, start.layout);
if (storageError) showMessage('error', storageError);
if (start.error) showMessage('error', start.error);
if (storage) startAutosave(storage);
startTheme(storage, window.matchMedia('(prefers-color-scheme: dark)').matches);
installTestHook();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ErrorBoundary>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
