import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// The API server the dev/preview proxies forward to (IEP_API_TARGET points them at another one).
const apiTarget = process.env.IEP_API_TARGET ?? 'http://localhost:3000';

// The Host header stays the page's (changeOrigin: false), so same-origin checks and the collab
// URL the server builds from it point back through this proxy.
const proxy: Record<string, ProxyOptions> = {
  '/api': { target: apiTarget, changeOrigin: false },
  '/socket.io': { target: apiTarget, changeOrigin: false, ws: true },
  '/collab': { target: apiTarget, changeOrigin: false, ws: true },
};

export default defineConfig({
  plugins: [react()],
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
