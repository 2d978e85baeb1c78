/**
 * Every regular expression of the library, and recheck's verdict on each (the ReDoS gate in
 * tests/recheck.test.ts; the allowlist is tests/recheck-allowlist.ts).
 *
 *  (a) static literals in src/**\/*.ts, found with the TypeScript compiler API;
 *  (b) patterns built at run time (`new RegExp(...)`, e.g. `re()` in src/patterns.ts), captured by
 *      replacing globalThis.RegExp with a Proxy before the library is imported, then running
 *      parseReport on every fixture with each language forced, so that lazily compiled patterns
 *      (people, units) are built too. Only constructions called from src/ are kept.
 *  Deduplicated by source + flags.
 *
 *   npx tsx scripts/collect-patterns.ts --report   recheck on every pattern; table of the flagged ones
 *     --all          list the safe ones too
 *     --time         time each vulnerable pattern's attack string at growing sizes (1k, 10k, 100k chars)
 *     --json         machine-readable
 *   npx tsx scripts/collect-patterns.ts            only list the collected patterns
 *
 * This module must not import src/ statically: the library has to be imported after RegExp is
 * replaced (collectBuilt). In vitest each test file gets a fresh module graph, so the test's
 * dynamic import evaluates the library anew.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import type { Diagnostics } from 'recheck';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

type Lib = typeof import('../src/index.js');

export type PatternKind = 'literal' | 'built';

export interface CollectedPattern {
  /** Allowlist identity: `/source/flags` for a literal, `sha1:<12 hex>` of flags + source for a built one. */
  id: string;
  kind: PatternKind;
  source: string;
  flags: string;
  /** file:line of each literal, and `built at file:line` for each src/ call site that constructs it. */
  where: string[];
}

/** sha1 of `flags/source`, first 12 hex digits. */
export function hashId(source: string, flags: string): string {
  return 'sha1:' + createHash('sha1').update(`${flags}/${source}`).digest('hex').slice(0, 12);
}

export function literalId(source: string, flags: string): string {
  return `/${source}/${flags}`;
}

/** Flags in the canonical order RegExp.prototype.flags uses ('giu' and 'uig' are one pattern). */
function canonFlags(flags: string): string {
  return [...'dgimsuvy'].filter((f) => flags.includes(f)).join('');
}

function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (e.isFile() && p.endsWith('.ts') && !p.endsWith('.d.ts')) yield p;
  }
}

export interface StaticLiteral {
  file: string;
  line: number;
  source: string;
  flags: string;
}

/** (a) Every regular-expression literal in src/**\/*.ts, with file:line (1-based). */
export function collectStatic(root = ROOT): StaticLiteral[] {
  const out: StaticLiteral[] = [];
  for (const file of [...walk(join(root, 'src'))].sort()) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = (node as ts.RegularExpressionLiteral).text;
        const slash = lit.lastIndexOf('/');
        const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
        out.push({
          file: relative(root, file).split(sep).join('/'),
          line: line + 1,
          source: lit.slice(1, slash),
          flags: lit.slice(slash + 1),
        });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

export interface BuiltPattern {
  source: string;
  flags: string;
  /** src/ call sites (the caller of re() rather than src/patterns.ts itself). */
  sites: string[];
}

export interface BuiltCollection {
  patterns: BuiltPattern[];
  /** Distinct patterns constructed while the library was being imported (0: it was not fresh). */
  atImport: number;
  /** Constructions called from outside src/ (dependencies such as zod): not collected. */
  external: number;
  /** parseReport calls made. */
  runs: number;
}

/** The fixture texts fixtures/{en,ru,vi}/*.txt. */
export function fixtureTexts(root = ROOT): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  for (const lang of ['en', 'ru', 'vi']) {
    const dir = join(root, 'fixtures', lang);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      out.push({ file: `fixtures/${lang}/${f}`, text: readFileSync(join(dir, f), 'utf8') });
    }
  }
  return out;
}

const FRAME = /\(?((?:file:\/\/)?\/[^():]+):(\d+):\d+\)?\s*$/;
const SELF = fileURLToPath(import.meta.url);

/** The construction's caller, if in src/: the first src/ frame outside src/patterns.ts. */
function siteOf(stack: string, root: string): { inSrc: boolean; site?: string } {
  const srcDir = join(root, 'src') + sep;
  const frames: { file: string; line: string }[] = [];
  for (const l of stack.split('\n').slice(1)) {
    const m = FRAME.exec(l);
    if (!m) continue;
    let file = m[1]!;
    if (file.startsWith('file://')) file = fileURLToPath(file);
    frames.push({ file: file.replace(/\?.*$/, ''), line: m[2]! });
  }
  const rest = frames.filter((f) => f.file !== SELF);
  const caller = rest[0];
  if (!caller || !caller.file.startsWith(srcDir)) return { inSrc: false };
  const user = rest.find((f) => f.file.startsWith(srcDir) && !f.file.endsWith(`${sep}src${sep}patterns.ts`)) ?? caller;
  return { inSrc: true, site: `${relative(root, user.file).split(sep).join('/')}:${user.line}` };
}

/**
 * (b) Patterns built at run time. Replaces globalThis.RegExp with a Proxy whose construct (and
 * call) trap records (source, flags) of every construction called from src/, imports the library
 * with `importLib` (it must not have been evaluated before in this module graph), runs
 * parseReport on every fixture text with each language forced and once detected, then restores
 * RegExp.
 */
export async function collectBuilt(
  importLib: () => Promise<Lib> = () => import('../src/index.js'),
  root = ROOT,
): Promise<BuiltCollection> {
  const Original = globalThis.RegExp;
  const seen = new Map<string, BuiltPattern>();
  let external = 0;
  let recording = true;
  const record = (args: unknown[]): void => {
    if (!recording) return;
    const [p, f] = args;
    const isRe = p instanceof Original;
    const source = isRe ? (p as RegExp).source : p === undefined ? '(?:)' : String(p);
    const flags = canonFlags(f === undefined ? (isRe ? (p as RegExp).flags : '') : String(f));
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 50;
    const stack = new Error().stack ?? '';
    Error.stackTraceLimit = limit;
    const { inSrc, site } = siteOf(stack, root);
    if (!inSrc) {
      external++;
      return;
    }
    const key = `${flags}/${source}`;
    let e = seen.get(key);
    if (!e) seen.set(key, (e = { source, flags, sites: [] }));
    if (site && !e.sites.includes(site)) e.sites.push(site);
  };
  const proxy: RegExpConstructor = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === proxy ? target : newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  globalThis.RegExp = proxy;
  let atImport = 0;
  let runs = 0;
  try {
    const lib = await importLib();
    atImport = seen.size;
    for (const { text } of fixtureTexts(root)) {
      for (const language of ['en', 'ru', 'vi'] as const) {
        lib.parseReport(text, { language });
        runs++;
      }
      lib.parseReport(text);
      runs++;
    }
  } finally {
    recording = false;
    globalThis.RegExp = Original;
  }
  return { patterns: [...seen.values()], atImport, external, runs };
}

/** Static literals and built patterns, deduplicated by source + flags. */
export function mergePatterns(literals: StaticLiteral[], built: BuiltPattern[]): CollectedPattern[] {
  const byKey = new Map<string, CollectedPattern>();
  for (const l of literals) {
    const key = `${canonFlags(l.flags)}/${l.source}`;
    const where = `${l.file}:${l.line}`;
    const e = byKey.get(key);
    if (e) e.where.push(where);
    else byKey.set(key, { id: literalId(l.source, l.flags), kind: 'literal', source: l.source, flags: l.flags, where: [where] });
  }
  for (const b of built) {
    const key = `${b.flags}/${b.source}`;
    const e = byKey.get(key);
    if (e) {
      // a literal also constructed at run time (`new RegExp(lit.source, lit.flags)`, or a literal
      // the TypeScript transform turned into `new RegExp("...")`): one pattern
      for (const s of b.sites) if (!e.where.includes(s) && !e.where.includes(`built at ${s}`)) e.where.push(`built at ${s}`);
      continue;
    }
    byKey.set(key, { id: hashId(b.source, b.flags), kind: 'built', source: b.source, flags: b.flags, where: b.sites.map((s) => `built at ${s}`) });
  }
  return [...byKey.values()];
}

export interface Collection {
  patterns: CollectedPattern[];
  built: BuiltCollection;
  literals: StaticLiteral[];
}

export async function collectAll(importLib?: () => Promise<Lib>, root = ROOT): Promise<Collection> {
  const literals = collectStatic(root);
  const built = await collectBuilt(importLib, root);
  return { patterns: mergePatterns(literals, built.patterns), built, literals };
}

// ---------------------------------------------------------------------------------------------
// recheck

/**
 * How each pattern is checked.
 *
 * 1. `checker: 'automaton'` first. It is exact where it applies and fast: a pattern without
 *    unbounded repetition (most built ones: `[ \u00A0]{1,3}` between lexicon words) is reported
 *    safe at once whatever its size (70,000 chars in ~0.2 s), and other patterns without
 *    look-around or back-references are decided from the NFA. recheck's default `auto` checker
 *    does not get there for them: it hands patterns over 1,500 chars or with more than 30 repeat
 *    counts to the fuzzer, which times out on the 17k-70k-char title alternations and reports
 *    polynomial growth on bounded (so linear) patterns.
 * 2. `checker: 'fuzz'` when the automaton gives up (look-around, back-references, timeout). The
 *    fuzzer's budgets are time-based, so it runs one pattern at a time, and a timeout is retried
 *    once with a doubled budget before it counts as 'unknown'.
 *
 * The `d` (hasIndices) flag is dropped for recheck 4.5, which rejects it ("unknown flag"); it
 * changes what a match reports, not how it is found.
 */
export const CHECK_OPTIONS = {
  automatonTimeout: 3_000,
  fuzzTimeout: 15_000,
  retryFuzzTimeout: 30_000,
  /** Automaton checks in flight at once (the fuzz phase is sequential). */
  concurrency: 2,
};

export interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  checker: 'automaton' | 'fuzz' | 'none';
  /** e.g. "2nd degree polynomial", "linear", "safe", or the error for 'unknown'. */
  complexity: string;
  /** For 'vulnerable': the polynomial degree, or Infinity when exponential. */
  degree?: number;
  /** For 'vulnerable': prefix + pump×n + suffix, and a concrete attack string. */
  attack?: { pumps: { prefix: string; pump: string }[]; suffix: string; example: string };
  /** Each recheck call: checker, status, ms. */
  trail: string[];
  ms: number;
}

export function recheckFlags(flags: string): string {
  return flags.replace('d', '');
}

function toVerdict(r: Diagnostics, trail: string[], ms: number): Verdict {
  if (r.status === 'unknown') {
    const msg = 'message' in r.error ? `: ${r.error.message}` : '';
    return { status: 'unknown', checker: r.checker ?? 'none', complexity: `unknown (${r.error.kind}${msg})`, trail, ms };
  }
  const v: Verdict = { status: r.status, checker: r.checker, complexity: r.complexity.summary, trail, ms };
  if (r.status === 'vulnerable') {
    v.attack = { pumps: r.attack.pumps.map(({ prefix, pump }) => ({ prefix, pump })), suffix: r.attack.suffix, example: r.attack.string };
    v.degree = r.complexity.type === 'polynomial' ? r.complexity.degree : Infinity;
  }
  return v;
}

type CheckFn = typeof import('recheck').check;
let checkFn: CheckFn | undefined;
async function recheck(): Promise<CheckFn> {
  return (checkFn ??= (await import('recheck')).check);
}

async function run(p: { source: string; flags: string }, checker: 'automaton' | 'fuzz', timeout: number, trail: string[]): Promise<Diagnostics> {
  const check = await recheck();
  const t0 = performance.now();
  const r = await check(p.source, recheckFlags(p.flags), { checker, timeout });
  const err = r.status === 'unknown' ? `:${r.error.kind}` : '';
  trail.push(`${checker} ${r.status}${err} ${Math.round(performance.now() - t0)}ms`);
  return r;
}

/** Phase 1 for one pattern; `{ pending }` (the trail so far) when the fuzzer has to decide. */
export async function automatonVerdict(p: { source: string; flags: string }, o = CHECK_OPTIONS): Promise<Verdict | { pending: string[] }> {
  const trail: string[] = [];
  const t0 = performance.now();
  const r = await run(p, 'automaton', o.automatonTimeout, trail);
  if (r.status !== 'unknown' || r.error.kind === 'invalid') return toVerdict(r, trail, performance.now() - t0);
  return { pending: trail };
}

/** Phase 2 for one pattern. */
export async function fuzzVerdict(p: { source: string; flags: string }, trail: string[] = [], o = CHECK_OPTIONS): Promise<Verdict> {
  const t0 = performance.now();
  let r = await run(p, 'fuzz', o.fuzzTimeout, trail);
  if (r.status === 'unknown' && r.error.kind === 'timeout') r = await run(p, 'fuzz', o.retryFuzzTimeout, trail);
  return toVerdict(r, trail, performance.now() - t0);
}

/** Runs `fn` over `items` with at most `limit` in flight. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (x: T, i: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** recheck's verdict on every pattern: automaton for all (concurrently), then the fuzzer, one at a time. */
export async function checkAll<P extends { source: string; flags: string }>(patterns: readonly P[], o = CHECK_OPTIONS): Promise<{ p: P; v: Verdict }[]> {
  const first = await pool(patterns, o.concurrency, (p) => automatonVerdict(p, o));
  return pool(patterns, 1, async (p, i) => {
    const a = first[i]!;
    return { p, v: 'pending' in a ? await fuzzVerdict(p, a.pending, o) : a };
  });
}

/** `"prefix" + "pump"×n + "suffix"`, with JSON escapes, each piece cut at `max` chars. */
export function attackShape(v: Verdict, max = 40): string {
  if (!v.attack) return '';
  const q = (s: string): string => {
    const j = JSON.stringify(s);
    return j.length > max ? j.slice(0, max) + '…"' : j;
  };
  const parts = v.attack.pumps.map((p) => `${p.prefix ? q(p.prefix) + ' + ' : ''}${q(p.pump)}×n`);
  return parts.join(' + ') + (v.attack.suffix ? ` + ${q(v.attack.suffix)}` : '');
}

/** The attack string with each pump repeated so that the whole is about `size` characters. */
export function attackString(attack: NonNullable<Verdict['attack']>, size: number): string {
  const fixed = attack.pumps.reduce((n, p) => n + p.prefix.length, attack.suffix.length);
  const per = attack.pumps.reduce((n, p) => n + p.pump.length, 0) || 1;
  const n = Math.max(1, Math.round((size - fixed) / per));
  return attack.pumps.map((p) => p.prefix + p.pump.repeat(n)).join('') + attack.suffix;
}

/** ms to run `pattern` over `input` the way a scan does (every match for /g, one exec otherwise). */
export function timeMatch(source: string, flags: string, input: string): number {
  const re = new RegExp(source, flags);
  const t0 = performance.now();
  if (re.global) {
    re.lastIndex = 0;
    for (let m = re.exec(input), k = 0; m && k < 1e6; m = re.exec(input), k++) if (m[0].length === 0) re.lastIndex++;
  } else {
    re.lastIndex = 0;
    re.exec(input);
  }
  return performance.now() - t0;
}

/**
 * Times the attack at 1k, 10k and 100k chars (from 100 chars for degree 3 and up; exponential
 * attacks are not timed), best of three; the next size is skipped when the growth so far predicts
 * it would take over `budgetMs`. `ratio` is t(10n)/t(n) for the largest pair measured: ~10 is
 * linear, ~100 quadratic, ~1000 cubic.
 */
export function timeAttack(p: { source: string; flags: string }, v: Verdict, budgetMs = 30_000): { sizes: [number, number][]; ratio?: number; skipped?: number } {
  if (!v.attack || !Number.isFinite(v.degree ?? 2)) return { sizes: [] };
  const sizes: [number, number][] = [];
  for (const size of (v.degree ?? 2) > 2 ? [100, 1_000, 10_000, 100_000] : [1_000, 10_000, 100_000]) {
    const prev = sizes.at(-1);
    const before = sizes.at(-2);
    const growth = prev && before && before[1] > 0.05 ? Math.max(10, prev[1] / before[1]) : 10 ** (v.degree ?? 2);
    if (prev && prev[1] * growth > budgetMs) return { sizes, skipped: size, ...ratioOf(sizes) };
    const s = attackString(v.attack, size);
    let best = Infinity;
    for (let k = 0; k < 3; k++) {
      const t = timeMatch(p.source, p.flags, s);
      best = Math.min(best, t);
      if (t * 3 > budgetMs) break;
    }
    sizes.push([s.length, best]);
  }
  return { sizes, ...ratioOf(sizes) };
}

function ratioOf(sizes: [number, number][]): { ratio?: number } {
  const [a, b] = sizes.slice(-2);
  return a && b && a[1] > 0.05 ? { ratio: b[1] / a[1] } : {};
}

export interface AllowEntry {
  id: string;
  where: string;
  reason: string;
}

// ---------------------------------------------------------------------------------------------
// CLI

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const asJson = args.includes('--json');
  const t0 = performance.now();
  const { patterns, built, literals } = await collectAll();
  const head =
    `${patterns.length} distinct patterns: ${patterns.filter((p) => p.kind === 'literal').length} literal ` +
    `(${literals.length} literals in src/), ${patterns.filter((p) => p.kind === 'built').length} built only at run time ` +
    `(${built.atImport} at import, then ${built.runs} parseReport runs; ${built.external} constructions outside src/ ignored); ` +
    `collected in ${((performance.now() - t0) / 1000).toFixed(1)} s`;
  if (!args.includes('--report')) {
    if (asJson) console.log(JSON.stringify(patterns, null, 2));
    else {
      console.log(head);
      for (const p of patterns) {
        console.log([p.kind, p.source.length, p.where.join(', '), p.kind === 'built' ? p.id : '', JSON.stringify(p.source.slice(0, 80))].join('\t'));
      }
    }
    return;
  }
  const { ALLOWLIST } = (await import(pathToFileURL(join(ROOT, 'tests', 'recheck-allowlist.ts')).href)) as { ALLOWLIST: AllowEntry[] };
  const allowed = new Map(ALLOWLIST.map((e) => [e.id, e.reason]));
  const t1 = performance.now();
  const results = await checkAll(patterns);
  const checkMs = performance.now() - t1;
  const order = { vulnerable: 0, unknown: 1, safe: 2 } as const;
  results.sort((a, b) => order[a.v.status] - order[b.v.status] || b.p.source.length - a.p.source.length);
  const timed = new Map<CollectedPattern, ReturnType<typeof timeAttack>>();
  if (args.includes('--time')) for (const { p, v } of results) if (v.status === 'vulnerable') timed.set(p, timeAttack(p, v));
  const rows = results.filter((r) => args.includes('--all') || r.v.status !== 'safe');
  if (asJson) {
    console.log(
      JSON.stringify(
        rows.map(({ p, v }) => ({
          id: p.id,
          kind: p.kind,
          where: p.where,
          status: v.status,
          checker: v.checker,
          complexity: v.complexity,
          attack: attackShape(v),
          timing: timed.get(p),
          allowlisted: allowed.get(p.id),
          trail: v.trail,
          length: p.source.length,
          source: p.source.length > 300 ? p.source.slice(0, 300) + '…' : p.source,
          flags: p.flags,
        })),
        null,
        2,
      ),
    );
  } else {
    console.log(head);
    console.log(`recheck: automaton, then fuzz where it gives up (${JSON.stringify(CHECK_OPTIONS)}): ${(checkMs / 1000).toFixed(1)} s\n`);
    console.log(['status', 'complexity', 'checker', 'len', 'allowlisted', 'where', 'id', 'source (first 80)'].join('\t'));
    for (const { p, v } of rows) {
      console.log(
        [v.status, v.complexity, v.checker, p.source.length, allowed.has(p.id) ? 'yes' : '-', p.where.join(', '), p.kind === 'built' ? p.id : '', JSON.stringify(p.source.slice(0, 80))].join('\t'),
      );
      if (v.attack) console.log(`\t  attack: ${attackShape(v)}`);
      const t = timed.get(p);
      if (t) console.log(`\t  timing: ${t.sizes.map(([n, ms]) => `${n} chars ${ms.toFixed(1)} ms`).join(', ')}${t.ratio ? `; ×10 input → ×${t.ratio.toFixed(1)} time` : ''}${t.skipped ? ` (${t.skipped} chars skipped: predicted over budget)` : ''}`);
    }
    const n = (s: string): number => results.filter((r) => r.v.status === s).length;
    console.log(`\nsafe ${n('safe')}, vulnerable ${n('vulnerable')}, unknown ${n('unknown')}; allowlisted ${results.filter((r) => allowed.has(r.p.id)).length}`);
  }
  process.exit(0); // the recheck agent would keep the process alive
}

if (process.argv[1] && resolve(process.argv[1]) === SELF) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
