import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './app/App.tsx';
import ErrorBoundary from './app/ErrorBoundary.tsx';
import { installTestHook } from './app/testHook.ts';
import { threeTierLayout, threeTierScenario } from './scenarios/index.ts';
import { loadScenario } from './store/index.ts';
import './index.css';

// The shell seeds the store: the store may not import the built-in scenarios (DESIGN.md rooms).
loadScenario(threeTierScenario, threeTierLayout);
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
