/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';

export default defineConfig({
  // A relative base lets the built site be served from any path.
  base: './',
  plugins: [react(), tailwindcss()],
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    benchmark: { include: ['src/**/*.bench.ts'] },
    environment: 'node',
  },
});
