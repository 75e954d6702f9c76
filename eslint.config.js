import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The rooms of src/ and what each may import (DESIGN.md, "The shape of the code"). `typesOf` rooms
 * may be imported with `import type` only: the trace and hop types, never the engine's code.
 * `src/app/` is the shell and may import everything, so it has no entry here.
 */
const ROOMS = {
  model: { may: [] },
  engine: { may: ['model'] },
  aws: { may: ['model'] },
  terraform: { may: ['model'] },
  layout: { may: ['model'] },
  ui: { may: [] },
  share: { may: ['model', 'aws', 'terraform', 'layout'] },
  checks: { may: ['engine', 'model'] },
  worker: { may: ['engine', 'checks', 'model', 'terraform'] },
  store: { may: ['model', 'worker', 'share', 'layout'], typesOf: ['engine'] },
  canvas: { may: ['store', 'model', 'layout', 'ui'], typesOf: ['engine'] },
  panels: { may: ['store', 'model', 'ui'], typesOf: ['engine', 'checks'] },
  scenarios: { may: ['model'] },
  cli: { may: ['engine', 'checks', 'aws', 'terraform', 'model', 'share'] },
};
const ALL_ROOMS = [...Object.keys(ROOMS), 'app'];

// The pure rooms run in node, in the worker and in tests alike: no UI or worker-plumbing library.
const UI_MODULES = ['react', 'react-dom', '@xyflow/react', 'zustand', 'zundo', 'comlink'];
const PURE_ROOMS = new Set([
  'model',
  'engine',
  'checks',
  'aws',
  'terraform',
  'scenarios',
  'layout',
]);

/**
 * A relative import whose first real segment is the room, e.g. `../store/index.ts` or
 * `../../store/slices/x.ts`. Regexes rather than globs so that bare modules never match.
 */
const roomImport = (room) => `^(\\.\\.?/)+${room}(/|$)`;

function roomRule(room, { may, typesOf = [] }) {
  const allowed = [...may, ...typesOf.map((r) => `types of ${r}`)].join(', ') || 'nothing of ours';
  const message = `src/${room} may import ${allowed} (DESIGN.md, "The shape of the code").`;
  const forbidden = ALL_ROOMS.filter((r) => r !== room && !may.includes(r));
  const patterns = forbidden.map((r) => ({
    regex: roomImport(r),
    message,
    ...(typesOf.includes(r) ? { allowTypeImports: true } : {}),
  }));
  if (PURE_ROOMS.has(room)) {
    patterns.push({
      regex: `^(${UI_MODULES.join('|')})(/|$)`,
      message: `src/${room} is pure: no React, React Flow, zustand or comlink.`,
    });
  }
  return {
    files: [`src/${room}/**/*.{ts,tsx}`],
    rules: { 'no-restricted-imports': ['error', { patterns }] },
  };
}

/** Tests and benches may also load the built-in scenarios, as test data. */
function testRule(room, { may, typesOf = [] }) {
  if (room === 'scenarios') return null;
  const rule = roomRule(room, { may: [...may, 'scenarios'], typesOf });
  return { ...rule, files: [`src/${room}/**/*.{test,bench}.{ts,tsx}`] };
}

export default defineConfig([
  globalIgnores([
    'dist',
    'dist-e2e',
    'dist-cli',
    'reports',
    'test-results',
    'playwright-report',
    'node_modules',
    'e2e/screenshots',
  ]),
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
  },
  {
    // Configs, scripts, e2e specs and browser benches run in node.
    files: ['*.{js,mjs,ts}', 'scripts/**', 'e2e/**', 'bench/**'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.tsx'],
    extends: [reactRefresh.configs.vite],
  },
  {
    // The CLI, tests and benches run in node.
    files: ['src/cli/**', 'src/**/*.test.{ts,tsx}', 'src/**/*.bench.ts'],
    languageOptions: { globals: globals.node },
  },
  ...Object.entries(ROOMS).map(([room, rule]) => roomRule(room, rule)),
  ...Object.entries(ROOMS)
    .map(([room, rule]) => testRule(room, rule))
    .filter((rule) => rule !== null),
  {
    files: ['src/model/**/*.ts', 'src/engine/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
]);
