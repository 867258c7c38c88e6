import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    environment: 'happy-dom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/**/*.test.{ts,tsx}'],
    // The browser tiers have their own configs (vitest.e2e.config.ts, vitest.firefox.config.ts).
    exclude: ['tests/e2e/**', 'tests/firefox/**', 'node_modules/**'],
    restoreMocks: true,
    // Room for several waits of up to 4 s each (tests/setup.ts) on a loaded machine.
    testTimeout: 15_000,
  },
});
