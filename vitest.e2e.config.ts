import { defineConfig } from 'vitest/config';

// The real browser tier: each file launches Debian's Chromium with the built extension.
// One file at a time, because two Chromiums on a 2-core machine make every timing flaky.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
