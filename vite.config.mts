// Builds the renderer into dist/renderer with relative asset paths (Electron loads it from app://).
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const pkg = JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string };
const CONTENT_SECURITY_POLICY = (JSON.parse(readFileSync(here('./shared/csp.json'), 'utf8')) as { directives: string[] }).directives.join('; ');

/** Puts the app's Content-Security-Policy into the built index.html (not in dev, where Vite injects inline code). */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'steppe-csp',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

/**
 * Runs renderer/zod-jitless.ts as a classic script ahead of every page's modules, so zod never probes
 * `new Function` under the CSP. (As a module it would be bundled after the shared chunks that build schemas.)
 */
function zodWithoutEval(): Plugin {
  const file = 'assets/zod-jitless.js';
  const source = readFileSync(here('./renderer/zod-jitless.ts'), 'utf8').replace(/^export \{\};\s*$/m, '');
  return {
    name: 'steppe-zod-without-eval',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'script', attrs: { src: `./${file}` }, injectTo: 'head' }],
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: file, source });
    },
  };
}

export default defineConfig({
  root: here('./renderer'),
  base: './',
  publicDir: false,
  plugins: [react(), contentSecurityPolicy(), zodWithoutEval()],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    outDir: process.env.STEPPE_OUT_DIR ?? here('./dist/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    sourcemap: false,
    // The audience window (presenter mode) is a second page: the slide without notes or app chrome.
    rollupOptions: { input: { index: here('./renderer/index.html'), audience: here('./renderer/audience.html') } },
  },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
