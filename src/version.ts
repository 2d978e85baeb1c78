/** Package version, kept equal to package.json by tests/package.test.ts. */
export const VERSION = '0.1.0';
