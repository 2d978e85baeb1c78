/**
 * What npm would publish (issue 15, "Packaging hygiene" and "Types and docs"): builds the package
 * in a temporary copy of the repository (sources, build config, package.json; not in dist/, which
 * tests/package.test.ts builds at the same time), with whatever layout tsup.config.ts gives it,
 * packs it, and checks the tarball:
 * - its contents: no tests, fixtures, sources or scripts, no file nothing can load, no sourcemap
 *   carrying the sources;
 * - publint (strict, every suggestion) and Are the Types Wrong (attw, node16 profile: node16
 *   from CJS and ESM, bundler) report nothing;
 * - a strict consumer project, with the tarball installed in its node_modules, compiles with
 *   named types under `moduleResolution: node16` (ESM and CommonJS files) and `bundler`;
 * - the JSDoc reaches the consumer: the .d.ts carries the field comments, and the TypeScript
 *   language service shows them on hover.
 * The consumer checks live here rather than in a file of their own so the package is built once.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ParseOptionsSchema, ReportSchema, RoleSchema, SpanSchema } from '../src/index.js';
import { ROOT } from './helpers.js';

const bin = (p: string) => resolve(ROOT, 'node_modules', p);
const run = (args: string[], cwd: string) => execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: 'pipe' });

let tmp: string;
/** A copy of what the build reads (sources, configs, package.json, README...), built: what npm packs. */
let pkgDir: string;
/** Its package.json. */
let pkg: { files: string[]; exports: Record<string, unknown>; [k: string]: unknown };
let tarball: string;
/** `npm pack --dry-run --json` of pkgDir: the files npm would publish. */
let packed: { path: string; size: number }[];
/** The tarball unpacked into a consumer project's node_modules. */
let installed: string;
let consumer: string;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'newsreport-publish-'));
  pkgDir = join(tmp, 'pkg');
  mkdirSync(pkgDir);
  for (const f of ['src', 'package.json', 'tsconfig.json', 'tsup.config.ts', 'README.md', 'LICENSE', 'schema.json']) {
    cpSync(resolve(ROOT, f), join(pkgDir, f), { recursive: true });
  }
  symlinkSync(resolve(ROOT, 'node_modules'), join(pkgDir, 'node_modules'), 'dir');
  pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  run([bin('tsup/dist/cli-default.js')], pkgDir);
  const npm = (args: string[]) => execFileSync('npm', args, { cwd: pkgDir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  packed = JSON.parse(npm(['pack', '--dry-run', '--json', '--ignore-scripts']))[0].files;
  const [{ filename }] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', tmp]));
  tarball = join(tmp, filename);

  consumer = join(tmp, 'consumer');
  installed = join(consumer, 'node_modules', 'newsreport');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
  // the .d.ts imports zod's types; the consumer gets the one this repository installs, and
  // Node's types for the node16 projects (a bundler project gets the DOM lib instead)
  symlinkSync(bin('zod'), join(consumer, 'node_modules', 'zod'), 'dir');
  mkdirSync(join(consumer, 'node_modules', '@types'));
  symlinkSync(bin('@types/node'), join(consumer, 'node_modules', '@types', 'node'), 'dir');
}, 180_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('packed tarball', () => {
  it('holds only the built package, README, LICENSE and schema.json: no tests, fixtures, sources or scripts', () => {
    const paths = packed.map((f) => f.path).sort();
    for (const f of ['LICENSE', 'README.md', 'schema.json', 'package.json']) expect(paths).toContain(f);
    expect(paths.some((p) => p.startsWith('dist/'))).toBe(true);
    expect(paths.filter((p) => !/^dist\//.test(p) && !['LICENSE', 'README.md', 'schema.json', 'package.json'].includes(p))).toEqual([]);
    expect(paths.filter((p) => /(^|\/)(tests?|fixtures|scripts|bench|src|node_modules)\//.test(p) || /\.(txt|ts|tgz)$/.test(p.replace(/\.d\.c?ts$/, '')) || /gold/.test(p))).toEqual([]);
  });

  it('every built file is reachable from package.json (exports, main, module, types, bin) or from a file that is', () => {
    const roots = new Set<string>();
    const addTargets = (v: unknown): void => {
      if (typeof v === 'string') roots.add(v.replace(/^\.\//, ''));
      else if (v && typeof v === 'object') Object.values(v).forEach(addTargets);
    };
    addTargets(pkg.exports);
    addTargets(pkg.bin);
    for (const k of ['main', 'module', 'types']) addTargets(pkg[k]);
    const files = new Set(packed.map((f) => f.path));
    const live = new Set<string>();
    const visit = (p: string) => {
      if (live.has(p) || !files.has(p)) return;
      live.add(p);
      const src = readFileSync(join(pkgDir, p), 'utf8');
      const dir = p.slice(0, p.lastIndexOf('/') + 1);
      for (const m of src.matchAll(/(?:from\s*|import\s*\(\s*|require\s*\(\s*|import\s+|new URL\(\s*)["'](\.\.?\/[^"']+)["']/g)) {
        const target = new URL(m[1]!, `file:///${dir}`).pathname.slice(1);
        for (const t of [target, target.replace(/\.js$/, '.d.ts'), target.replace(/\.cjs$/, '.d.cts')]) visit(t);
      }
      const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(src);
      if (map) visit(dir + map[1]);
    };
    for (const r of roots) visit(r);
    const dead = [...files].filter((f) => f.startsWith('dist/') && !live.has(f)).sort();
    // KNOWN: the unbundled ESM build emits every source file, and src/types-public.ts holds only
    // types (its imports are erased everywhere), so it becomes an empty module nothing loads.
    // Excluding it from the ESM entries in tsup.config.ts ('!src/types-public.ts') empties this list.
    const KNOWN_DEAD = ['dist/esm/types-public.js'];
    expect(dead).toEqual(KNOWN_DEAD.filter((f) => files.has(f)));
  });

  it('no sourcemap embeds the sources', () => {
    const maps = packed.filter((f) => f.path.endsWith('.map'));
    const embedding = maps.filter((f) => {
      const m = JSON.parse(readFileSync(join(pkgDir, f.path), 'utf8')) as { sourcesContent?: (string | null)[] };
      return (m.sourcesContent ?? []).some((s) => s);
    });
    expect(embedding.map((f) => f.path)).toEqual([]);
  });

  it('publint (strict, suggestions included) finds nothing', async () => {
    const buf = readFileSync(tarball);
    const { messages, pkg } = await publint({
      pack: { tarball: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer },
      level: 'suggestion',
      strict: true,
    });
    expect(messages.map((m) => `${m.type}: ${formatMessage(m, pkg, { color: false })}`)).toEqual([]);
  });

  it('attw (Are the Types Wrong: node16 from CJS and ESM, bundler) finds nothing', () => {
    let out: string;
    try {
      // --profile node16 leaves out node10 resolution, which ignores `exports` and so cannot find
      // the subpaths newsreport/schema and newsreport/detect (the main entry resolves there too).
      // node10 is TypeScript's legacy `moduleResolution: node`; Node itself (engines >= 20), every
      // bundler and TypeScript's node16 / nodenext / bundler modes read `exports`.
      out = run([bin('@arethetypeswrong/cli/dist/index.js'), tarball, '--format', 'json', '--profile', 'node16'], tmp);
    } catch (e) {
      out = (e as { stdout?: string }).stdout ?? '';
    }
    const report = JSON.parse(out) as { analysis: { problems: { resolutionKind?: string }[]; entrypoints: Record<string, unknown> } };
    // the JSON lists every problem; the profile only decides which ones count (as in attw's exit code)
    expect(report.analysis.problems.filter((p) => p.resolutionKind !== 'node10')).toEqual([]);
    expect(Object.keys(report.analysis.entrypoints).sort()).toEqual(Object.keys(pkg.exports).sort());
  });

  it('ships the LICENSE named in package.json', () => {
    expect(pkg.license).toBe('MIT');
    expect(readFileSync(join(installed, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n\nCopyright \(c\) 2026 newsreport contributors\n/);
    for (const k of ['repository', 'homepage', 'bugs', 'author']) expect(pkg[k], k).toBeTruthy();
  });
});

// --- a strict consumer -----------------------------------------------------------------------------

const CONSUMER_SOURCE = `
import { parseReport, alignReports, detectLanguage, RECORD_TYPES } from 'newsreport';
import type { Report, Role, LanguageCode, ParseOptions, RecordType, DocumentReference, PersonMention, DateKind, Alignment } from 'newsreport';

const only: readonly RecordType[] = ['documents', 'people'];
const language: LanguageCode = 'en';
const options: ParseOptions = { language, referenceDate: new Date(Date.UTC(2025, 5, 23)), only };
const report: Report = parseReport('Resolution No. 60-NQ/TW', options);
const first: DocumentReference | undefined = report.documents[0];
const roles: Role[] = report.people.flatMap((p: PersonMention) => p.roles);
const positions: (string | undefined)[] = roles.map((r) => r.position);
const kinds: DateKind[] = report.dates.map((d) => d.kind);
const all: readonly RecordType[] = RECORD_TYPES;
const aligned: Alignment = alignReports([report, parseReport('x', { only: ['dates'] as const })] as const, { labels: ['a', 'b'] as const });
const code: LanguageCode | 'und' = detectLanguage('x').code;
export { first, positions, kinds, all, aligned, code };
`;

/** Writes a consumer source file and a strict tsconfig, compiles with tsc, returns its output. */
function compile(name: string, compilerOptions: Record<string, unknown>, files: Record<string, string>, pkgType?: 'module' | 'commonjs'): string {
  const dir = join(consumer, name);
  mkdirSync(dir, { recursive: true });
  for (const [f, src] of Object.entries(files)) writeFileSync(join(dir, f), src);
  if (pkgType) writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: pkgType }));
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        verbatimModuleSyntax: true,
        // the package's own .d.ts is checked too in the node16 projects (index.d.ts, index.d.cts);
        // the others skip it, as most projects do (checking zod's .d.ts costs seconds)
        skipLibCheck: true,
        types: [],
        lib: ['ES2022', 'DOM'],
        target: 'ES2022',
        ...compilerOptions,
      },
      files: Object.keys(files),
    }),
  );
  try {
    return run([bin('typescript/bin/tsc'), '-p', dir], dir);
  } catch (e) {
    const err = e as { stdout?: string; stderr?: string };
    throw new Error(`tsc failed for ${name}:\n${err.stdout ?? ''}${err.stderr ?? ''}`);
  }
}

describe('strict consumer compiled against the packed tarball', () => {
  it('moduleResolution node16, an ES module', () => {
    expect(compile('node16-esm', { module: 'node16', moduleResolution: 'node16', types: ['node'], lib: ['ES2022'], skipLibCheck: false }, { 'index.ts': CONSUMER_SOURCE }, 'module')).toBe('');
  });

  it('moduleResolution node16, a CommonJS module (resolves the require condition: index.d.cts)', () => {
    expect(compile('node16-cjs', { module: 'node16', moduleResolution: 'node16', types: ['node'], lib: ['ES2022'], skipLibCheck: false, verbatimModuleSyntax: false }, { 'index.cts': CONSUMER_SOURCE }, 'commonjs')).toBe('');
  });

  it('moduleResolution bundler', () => {
    expect(compile('bundler', { module: 'esnext', moduleResolution: 'bundler' }, { 'index.ts': CONSUMER_SOURCE })).toBe('');
  });

  it('a type error in the consumer is reported (the compile checks are not vacuous)', () => {
    const bad = `import type { ParseOptions } from 'newsreport';\nexport const o: ParseOptions = { only: ['document'] };\n`;
    expect(() => compile('bad', { module: 'esnext', moduleResolution: 'bundler' }, { 'index.ts': bad })).toThrow(/index\.ts\(2,\d+\): error TS\d+: Type '"document"' is not assignable/);
  });
});

describe('documentation reaches the consumer', () => {
  it('the .d.ts and .d.cts carry the JSDoc of records and fields', () => {
    // all declaration files of each kind, read together: the types may sit in a shared chunk
    const decl = packed.map((f) => f.path).filter((p) => /\.d\.c?ts$/.test(p));
    for (const ext of ['.d.ts', '.d.cts']) {
      const f = `every ${ext}`;
      const files = decl.filter((p) => p.endsWith(ext));
      expect(files.length, f).toBeGreaterThan(0);
      const dts = files.map((p) => readFileSync(join(installed, p), 'utf8')).join('\n').replace(/\s*\n\s*\*\s*/g, ' ');
      for (const sentence of [
        ReportSchema.description!,
        RoleSchema.shape.position.description!,
        RoleSchema.shape.body.description!,
        SpanSchema.shape.end.description!,
        // zod/mini keeps descriptions in the registry only
        z.globalRegistry.get(ParseOptionsSchema.shape.referenceDate)!.description!,
        z.globalRegistry.get(ParseOptionsSchema.shape.only)!.description!,
      ]) {
        expect(dts, `${f}: "${sentence}"`).toContain(sentence.replace(/\s+/g, ' '));
      }
      expect(dts).toMatch(/interface Report \{/);
      expect(dts).toMatch(/interface Role \{/);
      expect(dts).toMatch(/type LanguageCode = /);
    }
  });

  it('hover (the language service quick info) shows the meaning of types and fields', () => {
    const dir = join(consumer, 'hover');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'index.ts');
    const src = `import { parseReport, detectLanguage, alignReports } from 'newsreport';
import type { Report, DocumentReference, PersonMention, Role, ParseOptions, LanguageCode, RecordType, DateKind, UnitChange } from 'newsreport';
const options: ParseOptions = { referenceDate: '2025-06-23', only: ['documents'] };
const report: Report = parseReport('x', options);
const doc: DocumentReference = report.documents[0]!;
doc.key;
const person: PersonMention = report.people[0]!;
person.nameKey;
const role: Role = person.roles[0]!;
role.position;
const lang: LanguageCode = 'vi';
const fam: RecordType = 'units';
const kind: DateKind = 'term';
const change: UnitChange = report.unitChanges[0]!;
change.computedReductionPercent;
report.language.confidence;
detectLanguage('x');
alignReports([report, report]);
export { lang, fam, kind };
`;
    writeFileSync(file, src);
    const options: ts.CompilerOptions = { strict: true, module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16, target: ts.ScriptTarget.ES2022, types: [] };
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
    const host: ts.LanguageServiceHost = {
      getCompilationSettings: () => options,
      getScriptFileNames: () => [file],
      getScriptVersion: () => '1',
      getScriptSnapshot: (f) => (existsSync(f) ? ts.ScriptSnapshot.fromString(readFileSync(f, 'utf8')) : undefined),
      getCurrentDirectory: () => dir,
      getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
      fileExists: ts.sys.fileExists,
      readFile: ts.sys.readFile,
      readDirectory: ts.sys.readDirectory,
      directoryExists: ts.sys.directoryExists,
      getDirectories: ts.sys.getDirectories,
      realpath: ts.sys.realpath,
    };
    const ls = ts.createLanguageService(host, ts.createDocumentRegistry());
    /** The documentation shown on hovering the `nth` occurrence of the word `word`, spaces folded. */
    const hover = (word: string, nth = 0) => {
      const at = [...src.matchAll(new RegExp(`\\b${word}\\b`, 'g'))][nth]?.index ?? -1;
      const info = ls.getQuickInfoAtPosition(file, at);
      return ts.displayPartsToString(info?.documentation ?? []).replace(/\s+/g, ' ');
    };
    const probes: [string, number, RegExp][] = [
      ['ParseOptions', 1, /Options of `parseReport`/],
      ['referenceDate', 0, /resolved against.*or a `Date`/],
      ['only', 0, /Report only these record families/],
      ['Report', 1, /Everything `parseReport` found/],
      ['DocumentReference', 1, /A reference to a legal or party document/],
      ['key', 0, /Language-neutral matching key/],
      ['PersonMention', 1, /A person named in the text/],
      ['nameKey', 0, /Lowercase ASCII key in Vietnamese romanisation/],
      ['Role', 1, /A post the text gives a person/],
      ['position', 0, /language-neutral id, the same in every language/],
      ['LanguageCode', 1, /English, Russian or Vietnamese/],
      ['RecordType', 1, /record family/],
      ['DateKind', 1, /an office term/],
      ['UnitChange', 1, /A restructuring/],
      ['computedReductionPercent', 0, /negative for an increase/],
      ['confidence', 0, /heuristic score, not a calibrated probability/],
      ['detectLanguage', 1, /The language of `text`/],
      ['alignReports', 1, /Lines up the facts of several versions of one story/],
    ];
    const missing = probes.filter(([w, n, re]) => !re.test(hover(w, n))).map(([w, n]) => `${w}: "${hover(w, n)}"`);
    expect(missing).toEqual([]);
    expect(ls.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });
});

it('the temporary package was packed from this checkout', () => {
  expect(readdirSync(join(pkgDir, 'dist'), { recursive: true }).length).toBeGreaterThan(0);
  expect(JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')).version).toBe(JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version);
});
