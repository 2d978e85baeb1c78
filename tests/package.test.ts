/**
 * Packaging: builds with tsup and imports the built package with `import` and with `require`,
 * runs the built CLI on a fixture, and checks that schema.json and VERSION are current.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AlignmentSchema, ReportSchema, VERSION } from '../src/index.js';
import { ROOT } from './helpers.js';

const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const node = (args: string[]) => execFileSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });

describe('built package', () => {
  beforeAll(() => {
    execFileSync(process.execPath, [resolve(ROOT, 'node_modules/tsup/dist/cli-default.js')], { cwd: ROOT, stdio: 'pipe' });
  });

  it('imports as ESM by package name', () => {
    const out = node([
      '--input-type=module',
      '-e',
      `import { parseReport, detectLanguage, ReportSchema } from 'newsreport';
       const r = parseReport('Resolution No. 60-NQ/TW', { language: 'en' });
       console.log(JSON.stringify([r.documents[0].key, detectLanguage('Bí thư Tỉnh ủy phát biểu').code, ReportSchema.safeParse(r).success]));`,
    ]);
    expect(JSON.parse(out)).toEqual(['60-NQ/TW', 'vi', true]);
  });

  it('requires as CommonJS by package name', () => {
    const out = node([
      '-e',
      `const { parseReport, detectLanguage } = require('newsreport');
       const r = parseReport('Постановление № 60-NQ/TW', {});
       console.log(JSON.stringify([r.language.code, r.documents[0].key, detectLanguage('Comrade Vu Manh Ha spoke.').code]));`,
    ]);
    expect(JSON.parse(out)).toEqual(['ru', '60-NQ/TW', 'en']);
  });

  it('resolves the subpaths newsreport/schema and newsreport/detect, in ESM and CommonJS', () => {
    const esm = node([
      '--input-type=module',
      '-e',
      `import { ReportSchema, AlignmentSchema } from 'newsreport/schema';
       import { detectLanguage } from 'newsreport/detect';
       console.log(JSON.stringify([typeof ReportSchema.parse, typeof AlignmentSchema.parse, detectLanguage('Bí thư Tỉnh ủy phát biểu').code]));`,
    ]);
    expect(JSON.parse(esm)).toEqual(['function', 'function', 'vi']);
    const cjs = node(['-e', `const s = require('newsreport/schema'); const d = require('newsreport/detect'); console.log(typeof s.ReportSchema.parse + '|' + d.detectLanguage('Comrade Vu Manh Ha spoke.').code)`]);
    expect(cjs.trim()).toBe('function|en');
  });

  it('reads HTML and runs worker threads from both builds (the HTML reader is installed by the entry point)', () => {
    const html = JSON.stringify('<p>Nghị quyết số <b>60</b>-NQ/TW</p>');
    const esm = node(['--input-type=module', '-e', `import { parseReport } from 'newsreport'; console.log(parseReport(${html}, { input: 'html', language: 'vi' }).documents[0].key);`]);
    expect(esm.trim()).toBe('60-NQ/TW');
    const cjs = node(['-e', `const { parseReport } = require('newsreport'); console.log(parseReport(${html}, { input: 'html', language: 'vi' }).documents[0].key);`]);
    expect(cjs.trim()).toBe('60-NQ/TW');
    const batch = (loader: string) =>
      `(async () => { const out = []; for await (const r of parseReports(['Resolution No. 60-NQ/TW.', 'Plan No. 5-KH/TU.', 42], { workers: 2, language: 'en' })) out.push(r.report ? r.report.documents[0].key : 'error'); console.log(out.join(',')); })()`.replace('parseReports', loader);
    expect(node(['--input-type=module', '-e', `import { parseReports } from 'newsreport'; ${batch('parseReports')}`]).trim()).toBe('60-NQ/TW,5-KH/TU,error');
    expect(node(['-e', `const { parseReports } = require('newsreport'); ${batch('parseReports')}`]).trim()).toBe('60-NQ/TW,5-KH/TU,error');
  });

  it('resolves newsreport/schema.json and newsreport/package.json', () => {
    const out = node(['-e', `console.log(require('newsreport/schema.json').title + '|' + require('newsreport/package.json').name)`]);
    expect(out.trim()).toBe('newsreport Report|newsreport');
  });

  it('runs the built CLI', () => {
    const out = node([resolve(ROOT, pkg.bin.newsreport), '--format', 'json', resolve(ROOT, 'fixtures/en/en-01.txt')]);
    const r = JSON.parse(out);
    expect(ReportSchema.safeParse(r.report ?? r).success).toBe(true);
  });
});

describe('package metadata', () => {
  it('VERSION equals package.json version', () => {
    expect(VERSION).toBe(pkg.version);
  });

  it('schema.json is the JSON Schema generated from ReportSchema, with AlignmentSchema in $defs (run npm run schema)', () => {
    const shipped = JSON.parse(readFileSync(resolve(ROOT, 'schema.json'), 'utf8'));
    const fresh = z.toJSONSchema(ReportSchema, { io: 'output', unrepresentable: 'any' });
    const { $id: _id, title: _t, $defs, ...rest } = shipped;
    expect(rest).toEqual(JSON.parse(JSON.stringify(fresh)));
    expect($defs.Alignment).toEqual(JSON.parse(JSON.stringify(z.toJSONSchema(AlignmentSchema, { io: 'output', unrepresentable: 'any' }))));
  });

  /**
   * Budgets (issue 15): what a browser bundle of one import costs, minified and gzipped, built
   * with esbuild from the package as shipped (unbundled ESM, "sideEffects": false), and the
   * packed tarball. Sizes in bytes, KB = 1,000.
   */
  it('fits the size budgets: parseReport <= 120 KB gz, detectLanguage <= 60 KB, VERSION <= 1 KB, renderHtml <= 5 KB, tarball <= 400 KB', async () => {
    const { build } = await import('esbuild');
    const texts: Record<string, string> = {};
    const gz = async (name: string, from = 'newsreport') => {
      const r = await build({
        stdin: { contents: `import { ${name} } from '${from}'; console.log(${name});`, resolveDir: ROOT, loader: 'js' },
        bundle: true,
        minify: true,
        format: 'esm',
        platform: 'browser',
        write: false,
        logLevel: 'silent',
      });
      texts[name] ??= r.outputFiles[0]!.text;
      return gzipSync(r.outputFiles[0]!.contents, { level: 9 }).length;
    };
    const sizes = {
      parseReport: await gz('parseReport'),
      detectLanguage: await gz('detectLanguage'),
      detectFromSubpath: await gz('detectLanguage', 'newsreport/detect'),
      VERSION: await gz('VERSION'),
      renderHtml: await gz('renderHtml'),
    };
    expect(sizes.parseReport, JSON.stringify(sizes)).toBeLessThanOrEqual(120_000);
    expect(sizes.detectLanguage, JSON.stringify(sizes)).toBeLessThanOrEqual(60_000);
    expect(sizes.detectFromSubpath, JSON.stringify(sizes)).toBeLessThanOrEqual(60_000);
    expect(sizes.VERSION, JSON.stringify(sizes)).toBeLessThanOrEqual(1_000);
    // the HTML view (issue 17) is its own module: a bundle that parses does not carry it
    expect(sizes.renderHtml, JSON.stringify(sizes)).toBeLessThanOrEqual(5_000);
    expect(texts.parseReport).not.toContain('role="tooltip"');
    expect(texts.renderHtml).toContain('role="tooltip"');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const pack = JSON.parse(execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' })) as { size: number; files: { path: string }[] }[];
    expect(pack[0]!.size, `packed tarball: ${pack[0]!.size} bytes`).toBeLessThanOrEqual(400_000);
    // nothing that cannot run or is not meant for users: no sourcemaps, no tests, no fixtures
    expect(pack[0]!.files.filter((f) => /\.map$|^tests\/|^fixtures\/|cli\.cjs$/.test(f.path))).toEqual([]);
  }, 120_000);

  it('ships only dist, schema.json and README', () => {
    expect(pkg.files.sort()).toEqual(['README.md', 'dist', 'schema.json']);
    expect(pkg.exports['.'].import.types).toBe('./dist/esm/index.d.ts');
    expect(pkg.exports['.'].require.default).toBe('./dist/cjs/index.cjs');
  });
});
