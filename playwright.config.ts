// End-to-end tests against the production build served by `vite preview`, in Debian's Chromium.
import { defineConfig } from '@playwright/test';
import * as path from 'node:path';

// A helper running its own copy sets E2E_PORT / E2E_DIST so parallel runs do not collide.
const PORT = Number(process.env.E2E_PORT ?? 4391);
const DIST = path.resolve(process.env.E2E_DIST ?? 'dist/renderer');

export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  // On a shared 2-core CI machine a test may once lose a race with software WebGL; it gets one more try there,
  // and `npm test` names every test that needed it (see test/run.mjs), so flakiness stays visible.
  retries: process.env.CI ? 1 : 0,
  workers: 1,
  forbidOnly: !!process.env.CI,
  reporter: process.env.PW_JSON_OUT ? [['list'], ['json', { outputFile: process.env.PW_JSON_OUT }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--enable-unsafe-swiftshader',
        '--use-angle=swiftshader',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `npx --no-install vite preview --port ${PORT} --strictPort --host 127.0.0.1 --outDir ${DIST}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
