import { defineConfig } from 'tsup';

// Kept trivial on purpose (STYLE.md note 11): moving to tsdown later is a one-file change.
// franc and its helpers are ESM-only, and so are htmlparser2 (HTML input) and the entity
// decoder it uses: they are bundled, so the CommonJS build loads on every Node 20 (require() of
// an ES module needs 20.19). Only htmlparser2's Parser is imported; the rest is tree-shaken away.
export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/bin.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  // es2022, not node20: for node targets esbuild rewrites every regex literal with \p{...} as
  // new RegExp(...), rebuilt on each call inside a function
  target: 'es2022',
  noExternal: [/^franc/, /^trigram-utils/, /^n-gram/, /^collapse-white-space/, /^htmlparser2/, /^entities/, /^dom(?:handler|elementtype|utils|-serializer)/],
});
