// Build of the three Electron parts (`electron-vite build`, `electron-vite preview`, `electron-vite dev`):
// main -> out/main (ES module), preload -> out/preload/index.cjs (ONE CommonJS file: a sandboxed preload
// cannot load ES modules or chunks), renderer -> out/renderer (relative asset paths, so the same build
// also runs from a plain HTTP server, as the e2e tests do).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY, devContentSecurityPolicy } from './src/shared/csp';

/** Writes the Content-Security-Policy <meta> tag as the first thing in the page's <head>. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'shotline:csp-meta',
    transformIndexHtml: {
      order: 'pre',
      // The dev server (electron-vite dev) needs inline styles, the React Refresh preamble and its socket.
      handler: (_html, ctx) => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: ctx.server ? devContentSecurityPolicy() : CONTENT_SECURITY_POLICY,
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

export default defineConfig({
  main: {
    build: {
      rolldownOptions: { input: { index: resolve('src/main/index.ts') } },
    },
  },
  preload: {
    build: {
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve('src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve('src/renderer'),
    base: './',
    plugins: [react(), contentSecurityPolicyMeta()],
    build: {
      outDir: resolve('out/renderer'),
      rolldownOptions: { input: { index: resolve('src/renderer/index.html') } },
    },
  },
});
