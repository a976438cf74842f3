// Bundles the Electron main process and preload into dist/electron/ as CommonJS.
import { defineConfig } from 'vite';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  build: {
    outDir: here('./dist/electron'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    lib: {
      entry: { main: here('./electron/main.ts'), preload: here('./electron/preload.ts'), 'preload-audience': here('./electron/preload-audience.ts') },
      formats: ['cjs'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      external: ['electron', /^node:/, ...builtinModules],
    },
  },
});
