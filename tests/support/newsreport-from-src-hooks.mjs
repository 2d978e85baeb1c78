/** Module resolve hook: the specifier 'newsreport' is the repository's src/index.ts. */
const INDEX = new URL('../../src/index.ts', import.meta.url).href;

export async function resolve(specifier, context, next) {
  return next(specifier === 'newsreport' ? INDEX : specifier, context);
}
