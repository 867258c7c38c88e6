import { defineConfig } from 'vitest/config';

// The Firefox tier: Debian's Firefox ESR with the Firefox build installed as a temporary
// add-on, driven over WebDriver BiDi.
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
