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

/**
 * Keeps app.asar small. Chromium and Electron read WOFF2, so @fontsource's WOFF fallbacks are dropped from
 * its CSS (they would ship as a second copy of every font). The bundled pack ships once, as its JSON file:
 * code that imports it as a module gets a module that fetches that same file (from the app, never the network).
 */
function shipEachAssetOnce(): Plugin {
  const bundledPack = /[\\/]assets[\\/]packs[\\/][^\\/]+\.pack\.json$/;
  return {
    name: 'steppe-ship-each-asset-once',
    apply: 'build',
    enforce: 'pre',
    transform(code, id) {
      if (/[\\/]@fontsource[\\/].*\.css$/.test(id)) return code.replace(/,\s*url\([^)]*\.woff\)\s*format\(['"]woff['"]\)/g, '');
      return undefined;
    },
    // A virtual id (not ending in .json), so Vite's JSON plugin leaves the module alone.
    async resolveId(source, importer) {
      if (!bundledPack.test(source) || !importer) return undefined;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? `\0bundled-pack:${resolved.id}:module` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0bundled-pack:')) return undefined;
      const file = id.slice('\0bundled-pack:'.length, -':module'.length);
      return `import url from ${JSON.stringify(`${file}?url`)};\nconst response = await fetch(url);\nif (!response.ok) throw new Error('The bundled data pack is missing from the app.');\nexport default await response.json();\n`;
    },
  };
}

export default defineConfig({
  root: here('./renderer'),
  base: './',
  publicDir: false,
  plugins: [react(), contentSecurityPolicy(), zodWithoutEval(), shipEachAssetOnce()],
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
