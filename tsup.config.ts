import { defineConfig } from 'tsup';

// Kept trivial on purpose (STYLE.md note 11): moving to tsdown later is a one-file change.
// franc and its helpers are ESM-only, so they are bundled into the CommonJS build.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/bin.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  // es2022, not node20: for node targets esbuild rewrites every regex literal with \p{...} as
  // new RegExp(...), rebuilt on each call inside a function
  target: 'es2022',
  noExternal: [/^franc/, /^trigram-utils/, /^n-gram/, /^collapse-white-space/],
});
