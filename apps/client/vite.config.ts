import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';

// The API server the dev/preview proxies forward to (IEP_API_TARGET points them at another one).
const apiTarget = process.env.IEP_API_TARGET ?? 'http://localhost:3000';

// The Host header stays the page's (changeOrigin: false), so same-origin checks and the collab
// URL the server builds from it point back through this proxy.
const proxy: Record<string, ProxyOptions> = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/socket.io': { target: apiTarget, changeOrigin: false, ws: true },
  '/collab': { target: apiTarget, changeOrigin: false, ws: true },
};

/**
 * Emits dist/sw.js: the hand-written service worker (sw/service-worker.js) with the build's file
 * list to precache and a version derived from it, so every release installs a fresh app shell.
 */
function serviceWorker(): Plugin {
  const source = fileURLToPath(new URL('./sw/service-worker.js', import.meta.url));
  return {
    name: 'iep-service-worker',
    apply: 'build',
    generateBundle(_options, bundle) {
      const files = Object.keys(bundle)
        .filter((name) => name !== 'index.html' && !name.endsWith('.map'))
        .map((name) => `/${name}`)
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      const head = `const PRECACHE = ${JSON.stringify(files)};\nconst VERSION = '${version}';\n`;
      this.emitFile({ type: 'asset', fileName: 'sw.js', source: head + readFileSync(source, 'utf8') });
    },
  };
}

export default defineConfig({
  plugins: [react(), serviceWorker()],
  resolve: {
    alias: {
      // The shared package ships CommonJS for the server; the browser build consumes its TS source.
      '@iep/shared': fileURLToPath(new URL('../../packages/shared/src/index.ts', import.meta.url)),
    },
    // One copy of Yjs (the shared source imports it too): two copies break its instanceof checks.
    dedupe: ['yjs', 'zod'],
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // Mantine + React in the entry chunk, Tiptap + Yjs in the lazily loaded section page.
    chunkSizeWarningLimit: 800,
  },
  server: { port: 5173, proxy },
  preview: { port: 4173, proxy },
});
