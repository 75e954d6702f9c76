/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { VitePWA } from 'vite-plugin-pwa';
import { cspPlugin } from './vite.csp.ts';

export default defineConfig({
  // A relative base lets the built site be served from any path.
  base: './',
  plugins: [
    react(),
    tailwindcss(),
    // Offline once loaded: a service worker precaches the whole build (the app, the engine
    // worker, the lazily loaded layout engine) and answers from that cache; it makes no runtime
    // calls of its own and nothing is sent to a server. Paths are relative, like `base`, so it
    // works under any sub-path. A new build replaces the old cache by itself (autoUpdate).
    VitePWA({
      registerType: 'autoUpdate',
      injectRegister: 'script',
      includeAssets: ['favicon.svg'],
      manifest: {
        name: 'VPC Flow Lab',
        short_name: 'VPC Flow Lab',
        description:
          'Draw an AWS-style network and watch traffic flows pass or stop at each security layer.',
        start_url: '.',
        scope: '.',
        display: 'standalone',
        theme_color: '#7c3aed',
        background_color: '#f8fafc',
        icons: [{ src: 'favicon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ico,json,wasm,webmanifest}'],
        // The layout engine (elkjs) is one large chunk: precache it too, so import works offline.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
        navigateFallback: 'index.html',
        // Links carry the scenario in the fragment and `?e2e=1` in the query: any query opens the app.
        ignoreURLParametersMatching: [/.*/],
        cleanupOutdatedCaches: true,
        clientsClaim: true,
        skipWaiting: true,
        runtimeCaching: [],
      },
    }),
    cspPlugin(),
  ],
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    benchmark: { include: ['src/**/*.bench.ts'] },
    environment: 'node',
    // The CLI tests spawn real processes: on a busy 2-core machine one can take seconds.
    testTimeout: 30_000,
  },
});
