// Builds the benchmark comparison pages (test/bench/pages/*.html) into dist/renderer/bench/.
import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const pages = here('./test/bench/pages');
const inputs = Object.fromEntries(
  readdirSync(pages)
    .filter((f) => f.endsWith('.html'))
    .map((f) => [f.replace(/\.html$/, ''), `${pages}/${f}`]),
);

export default defineConfig({
  root: pages,
  base: './',
  publicDir: false,
  build: {
    outDir: process.env.STEPPE_BENCH_OUT_DIR ?? here('./dist/renderer/bench'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4000,
    rollupOptions: { input: inputs },
  },
  worker: { format: 'es' },
});
