import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // the packaging test builds with tsup; property tests feed megabytes
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
