import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // type-level tests (expectTypeOf, @ts-expect-error) are compiled with tsc, not run
    typecheck: { enabled: true, include: ['tests/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // the packaging test builds with tsup; property tests feed megabytes
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
