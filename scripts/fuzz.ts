/**
 * npm run fuzz -- [--minutes 10] [--seed N] [--path P] [--batch 50]
 *
 * Nightly-style fuzzing of the public API: runs fast-check properties in batches (fc.check, a new
 * seed per batch: seed, seed+1, ...) until the time is up, then prints
 *   fuzz: N inputs in M min, 0 failures
 * On a failure it prints the batch seed, the fast-check path and the shrunk counterexample, writes
 * them to tests/artifacts/fuzz-<time>-seed<S>.json and exits 1.
 *
 *   --minutes M  how long to run (default 10; fractions allowed)
 *   --seed N     the first batch's seed (default: random). `--seed S` with the seed printed for a
 *                failing batch replays that batch first.
 *   --path P     with --seed, replay exactly the counterexample at fast-check path P and stop
 *   --batch N    runs per fc.check batch (default 50)
 *
 * Properties, for any input string (arbitrary unicode with lone surrogates and control
 * characters; text built from the genre's pieces in en/ru/vi, also NFD and with Cyrillic
 * look-alikes; fixture articles cut and spliced), with and without a forced language and with
 * random valid options:
 *   - parseReport never throws;
 *   - the report passes ReportSchema; every record, role, count slices the input to its text
 *     (tests/helpers.ts expectSpansSlice); every record list is sorted by span.start;
 *   - determinism: the same input parsed again after another input gives a deep-equal report;
 *   - report JSON bytes <= SIZE_PER_CHAR * input length + SIZE_CONST;
 *   - alignReports on 1-3 of the reports passes AlignmentSchema (one `present` flag per report);
 *   - no single call takes more than SLOW_MS on an input under SLOW_MAX_LEN characters.
 * The fuzzing runs in a worker thread; the main thread prints progress every 30 s and, if one
 * property run takes more than HANG_MS (a hang, e.g. catastrophic backtracking), stops the worker
 * and reports the input it was on.
 *
 * The genre-piece generators are exported for tests/determinism.test.ts.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import fc from 'fast-check';
import {
  alignReports,
  AlignmentSchema,
  ParseOptionsSchema,
  parseReport,
  ReportSchema,
  type ParseOptions,
  type Report,
} from '../src/index.js';
import { expectSpansSlice } from '../tests/helpers.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED_SEEDS = resolve(ROOT, '..', 'shared', 'seeds');

/**
 * Report JSON size bound: bytes <= SIZE_PER_CHAR * input length + SIZE_CONST. Measured (2026-11):
 * fixtures and seeds give 0.4-3.7 bytes per input character; genre text packed with records gives
 * up to ~29 ('từ 63 tỉnh còn 34 tỉnh': 641 bytes for 22 characters; 'từ 63 tỉnh còn 34 tỉnh, '
 * repeated to 9 KB: 22.7; 'hợp nhất 3 xã thành 1 xã. ' repeated: 19.6). 100 leaves a 3x margin
 * and still catches output that grows faster than the text.
 */
export const SIZE_PER_CHAR = 100;
export const SIZE_CONST = 10_000;
/** A call on an input under SLOW_MAX_LEN characters taking more than SLOW_MS is a failure. */
export const SLOW_MS = 2_000;
export const SLOW_MAX_LEN = 10_000;
/** One property run (a handful of calls) taking longer than this is reported as a hang. */
const HANG_MS = 30_000;
const PROGRESS_MS = 30_000;

// ---------------------------------------------------------------------------------------------
// generators (exported)

export type Lang = 'en' | 'ru' | 'vi';
export const LANGS: readonly Lang[] = ['en', 'ru', 'vi'];

const COMMON_PIECES = [
  'No. ', 'số ', '№ ', '60-NQ/TW', '120/2025/NĐ-CP', '148-КЛ/TW', '178-KL/TW', '57-NQ/TW', '01/2025/QH15',
  '19/2025/QĐ-TTg', '2025-2030', '62,5%', '10.035', '3.321', '1,000', ' ', ' ', ' ', '\n', '\n\n', '\t', '\u00A0',
  '-', '–', '—', '/', ',', '.', ';', ':', '(', ')', '"', '«', '»', "'", '’', 'Ð', 'Đ', '\u0301', '\u0300', '\u0323',
  '\uD800', '\uDC00', '\u0000', '\u001F', '\u200B', '\uFEFF', '\u202E', '\r\n', '😀',
  'Source: https://x.vn/nghi-quyet-so-60-nq-tw', 'Nguồn: https://x.vn/ket-luan-so-178-kl-tw.',
  'Источник: https://x.vn/a?b=1...', 'https://x.vn/120-2025-nd-cp',
];

export const GENRE_PIECES: Readonly<Record<Lang, readonly string[]>> = {
  en: [
    'Resolution ', 'Decree ', 'Conclusion ', 'Directive ', 'Law on the Organization of Local Government ',
    'April 14, 2025', '14 April 2025', 'on April 14', 'from July 1', 'in 2025', 'by the end of June 2025',
    '200 communes into 75', 'from 63 provinces to 34', 'merge 3 communes into 1', 'reduce the number of provinces from 63 to 34',
    'comrade Vu Manh Ha', 'Prime Minister Pham Minh Chinh', 'General Secretary To Lam', "the Politburo's ",
    "Chairman of the provincial People's Committee Nguyen Van An", 'Deputy Minister ', 'Mr. ', ' said ', ' and ',
    'the Ministry of Home Affairs', 'Ho Chi Minh City', 'Hanoi', ' issued ', ' signed ',
  ],
  ru: [
    'Постановление ', 'Резолюция № ', 'Заключение ', 'Директива ', 'Закон об организации местного самоуправления ',
    '14 апреля 2025 г.', '14.04.2025', 'с 1 июля', 'в 2025 году', 'до конца июня 2025 года',
    'сократить количество коммун с 200 до 75', 'объединить 63 провинции в 34', 'слить 3 общины в 1',
    'товарищ Ву Мань Ха', 'премьер-министр Фам Минь Тинь', 'Генеральный секретарь То Лам', 'Политбюро ',
    'председатель народного комитета провинции Нгуен Ван Ан', 'заместитель министра ', ' заявил ', ' и ',
    'Министерство внутренних дел', 'Хошимин', 'Ханой', ' подписал ',
  ],
  vi: [
    'Nghị quyết ', 'Nghị định số ', 'Kết luận ', 'Chỉ thị ', 'Luật Tổ chức chính quyền địa phương ',
    'ngày 14/4/2025', 'ngày 14 tháng 4 năm 2025', 'từ ngày 1/7', 'năm 2025', 'trước 30/6/2025',
    'hợp nhất 3 xã thành 1 xã', 'hợp nhất hai tỉnh B thành một', 'từ 63 tỉnh còn 34 tỉnh', 'giảm từ 10.035 xã xuống 3.321 xã',
    'sắp xếp 200 xã thành 75 xã', 'Chủ tịch UBND tỉnh Nguyễn Văn An', 'đồng chí Vũ Mạnh Hà', 'Thủ tướng Phạm Minh Chính',
    'Tổng Bí thư Tô Lâm', 'Bộ Chính trị ', 'Phó Thủ tướng ', ' cho biết ', ' và ', 'Bộ Nội vụ', 'TP.HCM', 'Hà Nội', ' ký ',
  ],
};

const LATIN_TO_CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О',
  P: 'Р', C: 'С', T: 'Т', X: 'Х', N: 'И',
};
const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).filter(([l]) => l !== 'N').map(([l, c]) => [c, l]),
);

/** Swaps Latin and Cyrillic look-alikes at the positions where `mask` has a set bit (cycled). */
export function lookAlikes(s: string, mask: number): string {
  let out = '';
  let i = 0;
  for (const ch of s) {
    const swap = (mask >>> i++ % 31) & 1;
    out += swap ? (LATIN_TO_CYRILLIC[ch] ?? CYRILLIC_TO_LATIN[ch] ?? ch) : ch;
  }
  return out;
}

const capWord = fc
  .tuple(fc.constantFrom(...'ABCDĐGHKLMNPQSTVXАБВГДКЛМНПСТФХ'), fc.string({ unit: fc.constantFrom(...'aăâeêioôơuưyàáảãạđhnmgtcрнаеиоуль'), maxLength: 6 }))
  .map(([a, b]) => a + b);

/** Pieces with random numbers: codes, dates (some impossible), counts, names. */
const numberPiece = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 400 }), fc.constantFrom('NQ/TW', 'KL/TW', 'КЛ/TW', 'CT/TW', 'QĐ-TTg', 'НК/ТВ')).map(([n, k]) => `${n}-${k}`),
  fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1900, max: 2100 }), fc.constantFrom('NĐ-CP', 'QH15', 'TT-BCA', 'NQ-CP')).map(([n, y, k]) => `${n}/${y}/${k}`),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 3000 })).map(([d, m, y]) => `${d}/${m}/${y}`),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('апреля', 'мая', 'декабря'), fc.integer({ min: 0, max: 3000 })).map(([d, m, y]) => `${d} ${m} ${y} г.`),
  fc.tuple(fc.constantFrom('April', 'May', 'December'), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3000 })).map(([m, d, y]) => `${m} ${d}, ${y}`),
  fc.tuple(fc.integer({ min: 0, max: 100000 }), fc.constantFrom('xã', 'tỉnh', 'communes', 'provinces', 'коммун', 'провинций', 'đơn vị hành chính cấp xã')).map(([n, u]) => `${n} ${u}`),
  fc.tuple(fc.constantFrom('hợp nhất ', 'merge ', 'объединить '), fc.nat(99), fc.constantFrom(' xã thành ', ' communes into ', ' коммуны в '), fc.nat(99)).map((p) => p.join('')),
  fc.tuple(fc.constantFrom('comrade ', 'товарищ ', 'đồng chí ', 'Chủ tịch UBND tỉnh ', 'Minister '), fc.array(capWord, { minLength: 1, maxLength: 4 })).map(([t, ns]) => t + ns.join(' ')),
  fc.nat(100000).map(String),
);

export function genrePiece(lang?: Lang): fc.Arbitrary<string> {
  const own = lang ? GENRE_PIECES[lang] : [...GENRE_PIECES.en, ...GENRE_PIECES.ru, ...GENRE_PIECES.vi];
  return fc.oneof(
    { arbitrary: fc.constantFrom(...own), weight: 4 },
    { arbitrary: fc.constantFrom(...COMMON_PIECES), weight: 3 },
    { arbitrary: numberPiece, weight: 2 },
    { arbitrary: fc.constantFrom(...GENRE_PIECES.en, ...GENRE_PIECES.ru, ...GENRE_PIECES.vi), weight: 1 },
  );
}

/** Text made of the genre's pieces, optionally NFD and/or with Cyrillic look-alikes. */
export function genreText(opts: { lang?: Lang; maxPieces?: number } = {}): fc.Arbitrary<string> {
  const base = fc.array(genrePiece(opts.lang), { maxLength: opts.maxPieces ?? 40 }).map((p) => p.join(''));
  return fc
    .tuple(base, fc.constantFrom('none', 'none', 'nfd', 'lookalike', 'both'), fc.integer())
    .map(([s, how, mask]) => {
      let t = s;
      if (how === 'nfd' || how === 'both') t = t.normalize('NFD');
      if (how === 'lookalike' || how === 'both') t = lookAlikes(t, mask);
      return t;
    });
}

/** Long, repetitive genre text (up to ~maxLen characters): for output size and speed. */
export function longGenreText(maxLen = 9_000): fc.Arbitrary<string> {
  return fc
    .tuple(fc.array(genrePiece(), { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 400 }), fc.constantFrom(' ', '\n', '', ', '))
    .map(([parts, times, sep]) => {
      const unit = parts.join('') + sep;
      const n = Math.max(1, Math.min(times, Math.floor(maxLen / Math.max(1, unit.length))));
      return unit.repeat(n);
    });
}

/** Fixture and seed article texts (seeds from ../shared/seeds when present). */
export function loadArticles(): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const l of LANGS) {
    const dir = resolve(ROOT, 'fixtures', l);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
      out.push({ name: `fixtures/${l}/${f}`, text: readFileSync(resolve(dir, f), 'utf8') });
    }
  }
  if (existsSync(SHARED_SEEDS)) {
    for (const f of readdirSync(SHARED_SEEDS).filter((f) => f.endsWith('.txt')).sort()) {
      out.push({ name: `../shared/seeds/${f}`, text: readFileSync(resolve(SHARED_SEEDS, f), 'utf8') });
    }
  }
  return out;
}

/** A fixture article cut to a window, with genre pieces spliced in. */
function articleText(articles: readonly { text: string }[]): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.nat(articles.length - 1),
      fc.nat(),
      fc.integer({ min: 0, max: 4_000 }),
      fc.array(fc.tuple(fc.nat(), genrePiece()), { maxLength: 6 }),
      fc.constantFrom('none', 'none', 'nfd', 'lookalike'),
      fc.integer(),
    )
    .map(([i, start, len, inserts, how, mask]) => {
      const full = articles[i]!.text;
      const s = start % (full.length + 1);
      let t = full.slice(s, s + len);
      for (const [at, piece] of inserts) {
        const p = at % (t.length + 1);
        t = t.slice(0, p) + piece + t.slice(p);
      }
      if (how === 'nfd') t = t.normalize('NFD');
      if (how === 'lookalike') t = lookAlikes(t, mask);
      return t;
    });
}

/** ISO days in the range ParseOptionsSchema accepts (1900-01-01..2100-12-31). */
const referenceDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/**
 * Random valid ParseOptions, or undefined. Filtered through ParseOptionsSchema as well, so that a
 * tightened options contract makes the fuzzer draw fewer option sets, not report false failures.
 */
export const parseOptions: fc.Arbitrary<ParseOptions | undefined> = fc.option(
  fc
    .record(
      {
        language: fc.constantFrom(...LANGS),
        referenceDate,
        only: fc.subarray(['documents', 'dates', 'people', 'units'] as const, { minLength: 1 }),
      },
      { requiredKeys: [] },
    )
    .filter((o) => ParseOptionsSchema.safeParse(o).success),
  { nil: undefined, freq: 3 },
);

// ---------------------------------------------------------------------------------------------
// the property

export interface FuzzCase {
  x: string;
  y: string;
  ox: ParseOptions | undefined;
  oy: ParseOptions | undefined;
  align: number;
}

export function fuzzCase(articles: readonly { text: string }[]): fc.Arbitrary<FuzzCase> {
  const input = fc.oneof(
    { arbitrary: fc.string({ unit: 'binary', maxLength: 300 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }), weight: 1 },
    { arbitrary: genreText(), weight: 4 },
    { arbitrary: genreText({ lang: 'en' }), weight: 1 },
    { arbitrary: genreText({ lang: 'ru' }), weight: 1 },
    { arbitrary: genreText({ lang: 'vi' }), weight: 1 },
    { arbitrary: longGenreText(), weight: 1 },
    ...(articles.length ? [{ arbitrary: articleText(articles), weight: 3 }] : []),
  );
  return fc.record({ x: input, y: input, ox: parseOptions, oy: parseOptions, align: fc.integer({ min: 1, max: 3 }) });
}

class FuzzFailure extends Error {}
const fail = (what: string, detail: string): never => {
  throw new FuzzFailure(`${what}: ${detail}`);
};

/** parseReport, timed; a throw or a slow call is a failure. */
function timedParse(text: string, options: ParseOptions | undefined): Report {
  const t0 = performance.now();
  let r: Report;
  try {
    r = parseReport(text, options);
  } catch (e) {
    return fail('throws', `parseReport threw ${(e as Error)?.stack ?? String(e)}`);
  }
  const ms = performance.now() - t0;
  if (ms > SLOW_MS && text.length < SLOW_MAX_LEN) {
    fail('slow', `parseReport took ${Math.round(ms)} ms on ${text.length} characters (limit ${SLOW_MS} ms under ${SLOW_MAX_LEN})`);
  }
  return r;
}

type Mention = { text: string; span: { start: number; end: number } };

function checkSpan(input: string, where: string, r: Mention): void {
  const got = input.slice(r.span.start, r.span.end);
  if (got !== r.text) {
    fail('spans', `${where}: span ${r.span.start}..${r.span.end} slices to ${JSON.stringify(got)}, text is ${JSON.stringify(r.text)}`);
  }
}

/** Where a span does not slice to its text (for the message; the check is expectSpansSlice). */
function locateBadSpan(input: string, r: Report): string | undefined {
  const bad = (where: string, m: Mention): string | undefined => {
    const got = input.slice(m.span.start, m.span.end);
    return got === m.text
      ? undefined
      : `${where}: span ${m.span.start}..${m.span.end} slices to ${JSON.stringify(got)}, text is ${JSON.stringify(m.text)}`;
  };
  const all: [string, Mention][] = [
    ...r.documents.map((m, i): [string, Mention] => [`documents[${i}]`, m]),
    ...r.dates.map((m, i): [string, Mention] => [`dates[${i}]`, m]),
    ...r.people.flatMap((p, i): [string, Mention][] => [
      [`people[${i}]`, p],
      ...p.roles.map((x, j): [string, Mention] => [`people[${i}].roles[${j}]`, x]),
      ...(p.allRoles ?? []).map((x, j): [string, Mention] => [`people[${i}].allRoles[${j}]`, x]),
    ]),
    ...r.units.map((m, i): [string, Mention] => [`units[${i}]`, m]),
    ...r.unitChanges.flatMap((c, i): [string, Mention][] => [
      [`unitChanges[${i}]`, c],
      [`unitChanges[${i}].from`, c.from],
      [`unitChanges[${i}].to`, c.to],
      ...(c.breakdown ?? []).map((x, j): [string, Mention] => [`unitChanges[${i}].breakdown[${j}]`, x]),
    ]),
    ...(r.source ? [['source', { text: r.source.url, span: r.source.span }] as [string, Mention]] : []),
  ];
  for (const [where, m] of all) {
    const b = bad(where, m);
    if (b) return b;
  }
  return undefined;
}

/** Schema, spans (tests/helpers.ts), order by span.start, size. */
export function checkReport(input: string, r: Report): void {
  const v = ReportSchema.safeParse(r);
  if (!v.success) fail('schema', JSON.stringify(v.error.issues.slice(0, 3)));
  try {
    expectSpansSlice(input, r);
  } catch (e) {
    fail('spans', locateBadSpan(input, r) ?? (e as Error).message);
  }
  const lists: [string, Mention[]][] = [
    ['documents', r.documents],
    ['dates', r.dates],
    ['people', r.people],
    ['units', r.units],
    ['unitChanges', r.unitChanges],
  ];
  for (const [name, list] of lists) {
    for (let i = 1; i < list.length; i++) {
      if (list[i]!.span.start < list[i - 1]!.span.start) {
        fail('order', `${name}[${i}] starts at ${list[i]!.span.start}, before ${name}[${i - 1}] at ${list[i - 1]!.span.start}`);
      }
    }
  }
  const bytes = Buffer.byteLength(JSON.stringify(r));
  const limit = SIZE_PER_CHAR * input.length + SIZE_CONST;
  if (bytes > limit) fail('size', `report JSON is ${bytes} bytes for ${input.length} characters (limit ${limit})`);
}

/** The first path where two values differ, for a readable determinism failure. */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | undefined {
  if (isDeepStrictEqual(a, b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
    return `${path}: same keys, different prototypes`;
  }
  const show = (v: unknown) => (JSON.stringify(v) ?? String(v)).slice(0, 300);
  return `${path}: ${show(a)} then ${show(b)}`;
}

export function runCase(c: FuzzCase): void {
  const r1 = timedParse(c.x, c.ox);
  checkReport(c.x, r1);
  const ry = timedParse(c.y, c.oy);
  checkReport(c.y, ry);
  const r2 = timedParse(c.x, c.ox);
  const d = firstDifference(r1, r2);
  if (d) fail('determinism', `x parsed again after y differs at ${d}`);
  const reports = [r1, ry, r2].slice(0, c.align);
  let a;
  try {
    a = alignReports(reports);
  } catch (e) {
    return fail('align', `alignReports threw ${(e as Error)?.stack ?? String(e)}`);
  }
  const v = AlignmentSchema.safeParse(a);
  if (!v.success) fail('align', JSON.stringify(v.error.issues.slice(0, 3)));
  for (const g of a.groups) {
    if (g.present.length !== reports.length || !g.present.some(Boolean)) {
      fail('align', `group ${JSON.stringify(g.key)} has present ${JSON.stringify(g.present)} for ${reports.length} reports`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// worker: runs batches; main: supervises, prints, reports

interface WorkerIn {
  fuzz: true;
  seed: number;
  path?: string;
  deadline: number;
  batch: number;
  shared: SharedArrayBuffer;
}
type WorkerMsg =
  | { type: 'batch'; runs: number; seed: number }
  | { type: 'failure'; seed: number; path: string | null; runs: number; counterexample: unknown; error: string; numShrinks: number }
  | { type: 'done'; runs: number };

// shared memory: Int32 [0] busy flag, [1] length of the current case's JSON, [2] batch seed;
// Float64 start of the current run; then the JSON's UTF-16 units
const CASE_CAP = 1 << 20;
const HEADER = 4; // Int32 slots
function sharedViews(sab: SharedArrayBuffer) {
  return { head: new Int32Array(sab, 0, HEADER), stamp: new Float64Array(sab, HEADER * 4, 1), data: new Uint16Array(sab, HEADER * 4 + 8, CASE_CAP) };
}

function workerMain(cfg: WorkerIn): void {
  const { head, stamp, data } = sharedViews(cfg.shared);
  const articles = loadArticles();
  // warm up: first calls compile lexicons lazily (~1 s each), which is not a slow input
  for (const a of articles) parseReport(a.text);
  for (const l of LANGS) for (const a of articles.slice(0, 3)) parseReport(a.text, { language: l });

  const property = fc.property(fuzzCase(articles), (c) => {
    const json = JSON.stringify(c);
    const n = Math.min(json.length, CASE_CAP);
    for (let i = 0; i < n; i++) data[i] = json.charCodeAt(i);
    Atomics.store(head, 1, n);
    stamp[0] = Date.now();
    Atomics.store(head, 0, 1);
    try {
      runCase(c);
    } finally {
      Atomics.store(head, 0, 0);
    }
  });
  const post = (m: WorkerMsg) => parentPort!.postMessage(m);
  let runs = 0;
  for (let b = 0; ; b++) {
    if (Date.now() >= cfg.deadline && !cfg.path) break;
    const seed = (cfg.seed + b) | 0;
    Atomics.store(head, 2, seed);
    // no time limit inside a batch: a failure found near the deadline still shrinks fully
    const res = fc.check(property, { seed, numRuns: cfg.batch, ...(cfg.path ? { path: cfg.path } : {}) });
    runs += res.numRuns;
    if (res.failed) {
      const err = res.errorInstance;
      post({
        type: 'failure',
        seed,
        path: res.counterexamplePath,
        runs,
        counterexample: res.counterexample?.[0],
        error: err instanceof FuzzFailure ? err.message : `unexpected: ${(err as Error)?.stack ?? String(err)}`,
        numShrinks: res.numShrinks,
      });
      return;
    }
    post({ type: 'batch', runs, seed });
    if (cfg.path) break;
  }
  post({ type: 'done', runs });
}

function parseArgs(argv: string[]): { minutes: number; seed: number; path?: string; batch: number } {
  const out = { minutes: 10, seed: (Date.now() ^ (Math.random() * 0x7fffffff)) & 0x7fffffff, batch: 50 } as {
    minutes: number;
    seed: number;
    path?: string;
    batch: number;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const val = () => {
      const v = argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v!;
    };
    if (a === '--minutes') out.minutes = Number(val());
    else if (a === '--seed') out.seed = Number(val());
    else if (a === '--path') out.path = val();
    else if (a === '--batch') out.batch = Number(val());
    else if (a === '--help' || a === '-h') usage();
    else usage(`unknown argument ${a}`);
  }
  if (!(out.minutes > 0)) usage('--minutes must be a positive number');
  if (!Number.isInteger(out.seed)) usage('--seed must be an integer');
  if (!(Number.isInteger(out.batch) && out.batch > 0)) usage('--batch must be a positive integer');
  if (out.path && !/^\d+(:\d+)*$/.test(out.path)) usage('--path must look like 12:0:3');
  return out;
}

function usage(err?: string): never {
  if (err) console.error(`fuzz: ${err}`);
  console.error('usage: npm run fuzz -- [--minutes 10] [--seed N] [--path P] [--batch 50]');
  process.exit(err ? 2 : 0);
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const deadline = started + args.minutes * 60_000;
  const shared = new SharedArrayBuffer(HEADER * 4 + 8 + CASE_CAP * 2);
  const { head, stamp, data } = sharedViews(shared);
  const cfg: WorkerIn = { fuzz: true, seed: args.seed, deadline, batch: args.batch, shared, ...(args.path ? { path: args.path } : {}) };
  // tsx's loader is not inherited by worker threads on Node 20: load this file through its API
  const self = import.meta.url;
  const api = import.meta.resolve('tsx/esm/api');
  const worker = new Worker(
    `import(${JSON.stringify(api)}).then(({ tsImport }) => tsImport(${JSON.stringify(self)}, ${JSON.stringify(self)}));`,
    { eval: true, workerData: cfg },
  );
  console.log(
    `fuzz: seed ${args.seed}${args.path ? `, path ${args.path}` : ''}, ${args.minutes} min, batches of ${args.batch}, ` +
      `${loadArticles().length} articles${existsSync(SHARED_SEEDS) ? '' : ' (../shared/seeds absent: fixtures only)'}`,
  );

  let runs = 0;
  let lastSeed = args.seed;
  let finished = false;
  const minutes = () => ((Date.now() - started) / 60_000).toFixed(1);
  const finish = (code: number, failures: number) => {
    if (finished) return;
    finished = true;
    clearInterval(tick);
    console.log(`fuzz: ${runs} inputs in ${minutes()} min, ${failures} failure${failures === 1 ? '' : 's'}`);
    void worker.terminate().finally(() => process.exit(code));
  };
  const report = (kind: string, body: Record<string, unknown>) => {
    const dir = resolve(ROOT, 'tests', 'artifacts');
    mkdirSync(dir, { recursive: true });
    const file = resolve(dir, `fuzz-${new Date().toISOString().replace(/[:.]/g, '-')}-seed${String(body.seed ?? args.seed)}.json`);
    writeFileSync(file, JSON.stringify({ kind, ...body, startSeed: args.seed }, null, 2) + '\n');
    const ce = JSON.stringify(body.counterexample);
    console.error(`\nfuzz: FAILURE (${kind})`);
    console.error(`  error: ${String(body.error)}`);
    if (body.seed !== undefined) {
      console.error(`  seed: ${String(body.seed)}  path: ${String(body.path ?? '-')}  shrinks: ${String(body.numShrinks ?? '-')}`);
    }
    if (body.replay) console.error(`  replay: ${String(body.replay)}`);
    console.error(`  counterexample${ce && ce.length > 4000 ? ` (first 4000 of ${ce.length} chars)` : ''}: ${ce?.slice(0, 4000)}`);
    console.error(`  written to ${file}`);
  };

  let lastProgress = started;
  const currentCase = (): unknown => {
    const n = Atomics.load(head, 1);
    let json = '';
    for (let i = 0; i < n; i += 8192) json += String.fromCharCode(...data.subarray(i, Math.min(n, i + 8192)));
    try {
      return JSON.parse(json);
    } catch {
      return json; // truncated at CASE_CAP: keep the text
    }
  };
  const tick = setInterval(() => {
    const now = Date.now();
    if (Atomics.load(head, 0) === 1 && now - stamp[0]! > HANG_MS) {
      const seed = Atomics.load(head, 2);
      report('hang', {
        error: `hang: one property run has taken more than ${HANG_MS / 1000} s; the input was not shrunk`,
        seed,
        counterexample: currentCase(),
      });
      finish(1, 1);
      return;
    }
    if (now - lastProgress >= PROGRESS_MS) {
      lastProgress = now;
      console.log(`fuzz: ${runs} inputs, ${minutes()}/${args.minutes} min, last batch seed ${lastSeed}`);
    }
  }, 1_000);

  worker.on('message', (m: WorkerMsg) => {
    if (m.type === 'batch') {
      runs = m.runs;
      lastSeed = m.seed;
    } else if (m.type === 'failure') {
      runs = m.runs;
      report('property', {
        error: m.error,
        seed: m.seed,
        path: m.path,
        numShrinks: m.numShrinks,
        replay: `npm run fuzz -- --seed ${m.seed}${m.path ? ` --path ${m.path}` : ''}`,
        counterexample: m.counterexample,
      });
      finish(1, 1);
    } else if (m.type === 'done') {
      runs = m.runs;
      finish(0, 0);
    }
  });
  worker.on('error', (e) => {
    report('worker crashed', { error: `the worker crashed on (or after) the case below: ${e?.stack ?? String(e)}`, seed: Atomics.load(head, 2), counterexample: currentCase() });
    finish(1, 1);
  });
  worker.on('exit', (code) => {
    if (!finished) {
      report('worker exited', { error: `worker exited with code ${code} before finishing`, seed: Atomics.load(head, 2), counterexample: currentCase() });
      finish(1, 1);
    }
  });
}

if (!isMainThread && (workerData as WorkerIn | undefined)?.fuzz) {
  workerMain(workerData as WorkerIn);
} else if (isMainThread && process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main();
}
