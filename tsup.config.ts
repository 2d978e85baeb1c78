import { defineConfig } from 'tsup';

// Kept small on purpose (STYLE.md note 11): moving to tsdown later is a one-file change.
// es2022, not node20: for node targets esbuild rewrites every regex literal with \p{...} as
// new RegExp(...), rebuilt on each call inside a function.
const target = 'es2022';

export default defineConfig([
  // ESM: one module per source file, not bundled, so that a bundler keeps only what is imported
  // ("sideEffects": false holds: no module does work at import beyond building its constants).
  {
    // types-public.ts holds only types: it would be an empty module
    entry: ['src/**/*.ts', '!src/types-public.ts'],
    outDir: 'dist/esm',
    format: ['esm'],
    bundle: false,
    // white space only: every name stays, so stack traces name their functions; the
    // tarball stays under its 400 KB budget (issue 15) with room for the code still to come
    esbuildOptions(o) {
      o.minifyWhitespace = true;
    },
    target,
    clean: true,
    sourcemap: false,
    // declarations for the public entry points only, beside their modules' names
    dts: { entry: { index: 'src/index.ts', browser: 'src/browser.ts', schema: 'src/schema-entry.ts', detect: 'src/detect/index.ts', html: 'src/html-register.ts' } },
  },
  // CommonJS for require(): one bundle, index.cjs, which newsreport/schema and newsreport/detect
  // also resolve to under require (their .d.cts declare only their part): a CommonJS caller does
  // not tree-shake, and one copy keeps the package small.
  {
    entry: { index: 'src/index.ts' },
    outDir: 'dist/cjs',
    // import.meta.url as the bundle's own file URL: parseReports finds the (ESM) worker from it
    shims: true,
    // minified, with keepNames: functions keep their names in stack traces, and this second
    // copy of the code costs the tarball 8 KB less than white-space minification alone
    esbuildOptions(o) {
      o.minify = true;
      o.keepNames = true;
    },
    format: ['cjs'],
    target,
    clean: true,
    sourcemap: false,
    dts: { entry: { index: 'src/index.ts', schema: 'src/schema-entry.ts', detect: 'src/detect/index.ts', html: 'src/html-register.ts' } },
    // trigram-utils and htmlparser2 (HTML input) with their helpers are ESM-only: bundled, so the
    // CommonJS build loads on every Node 20 (require() of an ES module needs 20.19)
    noExternal: [/^trigram-utils/, /^n-gram/, /^collapse-white-space/, /^htmlparser2/, /^entities/, /^dom(?:handler|elementtype|utils|-serializer)/],
  },
]);
