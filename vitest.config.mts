import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['{electron,renderer,shared,test/unit}/**/*.test.{ts,tsx}'],
    environment: 'node', // React component tests opt in with: // @vitest-environment happy-dom
    restoreMocks: true,
    testTimeout: 20_000,
  },
});
