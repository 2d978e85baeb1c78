import { defineConfig } from 'tsup';

// Kept small on purpose (STYLE.md note 11): moving to tsdown later is a one-file change.
// es2022, not node20: for node targets esbuild rewrites every regex literal with \p{...} as
// new RegExp(...), rebuilt on each call inside a function.
const target = 'es2022';

export default defineConfig([
  // ESM: one module per source file, not bundled, so that a bundler keeps only what is imported
  // ("sideEffects": false holds: no module does work at import beyond building its constants).
  {
    entry: ['src/**/*.ts'],
    outDir: 'dist/esm',
    format: ['esm'],
    bundle: false,
    target,
    clean: true,
    sourcemap: false,
    // declarations for the public entry points only, beside their modules' names
    dts: { entry: { index: 'src/index.ts', schema: 'src/schema-entry.ts', detect: 'src/detect/index.ts' } },
  },
  // CommonJS for require(): one bundle, index.cjs, which newsreport/schema and newsreport/detect
  // also resolve to under require (their .d.cts declare only their part): a CommonJS caller does
  // not tree-shake, and one copy keeps the package small.
  {
    entry: { index: 'src/index.ts' },
    outDir: 'dist/cjs',
    format: ['cjs'],
    target,
    clean: true,
    sourcemap: false,
    dts: { entry: { index: 'src/index.ts', schema: 'src/schema-entry.ts', detect: 'src/detect/index.ts' } },
    // trigram-utils and its helpers are ESM-only
    noExternal: [/^trigram-utils/, /^n-gram/, /^collapse-white-space/],
  },
]);
