#!/usr/bin/env node
/**
 * `npm run build:cli` (also run by `npm run build`): the command line bundled into one Node file,
 * dist-cli/vpc-flow-lab.mjs, with every library inside it, so the packed tarball installs with no
 * network and runs with no TypeScript tooling (spec/ci-check.md, "The package"). It bundles the
 * same src/engine/ the app's worker runs, through Vite's SSR build (the bundler the app uses).
 */
import { chmodSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'dist-cli');

await build({
  configFile: false,
  logLevel: 'warn',
  root: ROOT,
  publicDir: false,
  // Everything in the bundle: the package has no runtime dependencies to install.
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: join(ROOT, 'src/cli/main.ts'),
    outDir: OUT,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      output: {
        format: 'es',
        entryFileNames: 'vpc-flow-lab.mjs',
        banner: '#!/usr/bin/env node',
        // One file: main.ts loads the commands with import() so that a module failing to load
        // still ends as one line on stderr; in the bundle that import is inlined.
        codeSplitting: false,
      },
    },
  },
});
chmodSync(join(OUT, 'vpc-flow-lab.mjs'), 0o755);
console.log(`built ${join('dist-cli', 'vpc-flow-lab.mjs')}`);
