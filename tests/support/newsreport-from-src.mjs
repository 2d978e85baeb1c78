/**
 * `node --import tsx --import ./tests/support/newsreport-from-src.mjs script.mjs`: the script's
 * `import ... from 'newsreport'` loads the sources (src/index.ts) instead of a build, the way
 * tests/readme.test.ts runs the README's examples. Used to run examples/ as a user would write them.
 */
import { register } from 'node:module';

register('./newsreport-from-src-hooks.mjs', import.meta.url);
