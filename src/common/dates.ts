/**
 * Date helpers shared by the en, ru and vi date extractors: ISO formatting, day validity,
 * day-first numeric dates, year ranges (periods and terms), and year inference from the
 * sentence or `referenceDate`.
 *
 * Every pattern here is linear: fixed or bounded repetition ({1,3}) over classes that do not
 * overlap with their neighbours.
 */
import { alternation, B_END, B_START, re, scan } from '../patterns.js';
import { firstFrom, overlaps, type Hit } from '../span.js';
import type { Context, DateDraft, Extractor } from '../types.js';

/** A character that may open a sentence. Module-level: see name-keys.ts CYRILLIC. */
const OPENS_SENTENCE = /[\p{Lu}\p{N}"“«(]/u;

// ---------------------------------------------------------------------------------------------
// Values

export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** ISO 8601 of what is known: `2025`, `2025-04`, `2025-04-14`, or `--04-14` without a year. */
export function iso(year: number | undefined, month?: number, day?: number): string {
  if (year === undefined) return `--${pad2(month ?? 1)}-${pad2(day ?? 1)}`;
  if (month === undefined) return String(year);
  if (day === undefined) return `${year}-${pad2(month)}`;
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Years this genre writes about; anything else is a count, a code or a phone number. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;
/** A four-digit year 1900..2099, as a regex fragment (no groups). */
export const YEAR = '(?:19|20)\\d{2}';
/** After a year: not more digits or letters, not a range ("2025-2030") or a code part ("2025/QH15"). */
export const YEAR_END =
  // not a range of years ("2025 - 2030", "2021-25"), but a dash before another date is fine
  // ("1 сентября 1939 — 2 сентября 1945")
  '(?![\\p{L}\\p{N}]|[./\\-\\u2010-\\u2015]\\p{N}|[ \\u00A0]?[\\-\\u2010-\\u2015][ \\u00A0]?(?:\\d{4}|\\d{2}(?![\\p{N}]|[ \\u00A0]?\\p{L}|[./]\\d)))';

export function isPlausibleYear(y: number): boolean {
  return Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;
}

/** Days in a month; February of a leap year has 29. With no year, 29 is allowed. */
export function daysInMonth(month: number, year?: number): number {
  if (month === 2) {
    if (year === undefined) return 29;
    return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isValidDay(day: number, month: number, year?: number): boolean {
  return (
    Number.isInteger(day) &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(month, year)
  );
}

/**
 * Reads `a sep b sep yyyy` day-first (Vietnamese, Russian, and English translated from
 * Vietnamese). Month-first only when day-first is impossible and month-first is possible
 * ("4/14/2025"). Undefined when neither reading is a real day.
 */
export function readDayFirst(a: number, b: number, year?: number): { day: number; month: number } | undefined {
  if (isValidDay(a, b, year)) return { day: a, month: b };
  if (b > 12 && isValidDay(b, a, year)) return { day: b, month: a };
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Drafts

export function dayDraft(span: Hit, year: number | undefined, month: number, day: number, yearInferred = false): DateDraft {
  const d: DateDraft = { kind: 'date', value: iso(year, month, day), span };
  if (yearInferred && year !== undefined) d.yearInferred = true;
  return d;
}

export function monthDraft(span: Hit, year: number, month: number, yearInferred = false): DateDraft {
  const d: DateDraft = { kind: 'month', value: iso(year, month), span };
  if (yearInferred) d.yearInferred = true;
  return d;
}

export function yearDraft(span: Hit, year: number): DateDraft {
  return { kind: 'year', value: String(year), span };
}

/** A span of months of one year: `2025-01`..`2025-09`. */
export function monthsDraft(span: Hit, year: number, from: number, to: number, yearInferred = false): DateDraft {
  const d: DateDraft = { kind: 'period', start: iso(year, from), end: iso(year, to), span };
  if (yearInferred) d.yearInferred = true;
  return d;
}

/**
 * A span of months of the stated year; else of the year inferred from the sentence or
 * `referenceDate` (flagged `yearInferred`); else no record, since the period cannot be placed.
 */
export function monthsWithYear(
  ctx: Context,
  span: Hit,
  sofar: readonly DateDraft[],
  stated: string | undefined,
  from: number,
  to: number,
): DateDraft | undefined {
  if (stated) return monthsDraft(span, Number(stated), from, to);
  const year = inferYear(ctx, span, sofar);
  return year === undefined ? undefined : monthsDraft(span, year, from, to, true);
}

/** Months of a quarter 1..4. */
export function quarterMonths(q: number): [number, number] {
  return [3 * q - 2, 3 * q];
}

/** The first `n` months (`first`) or the last `n` months (`last`) of a year, or undefined. */
export function monthsOfYear(which: 'first' | 'last', n: number): [number, number] | undefined {
  if (!Number.isInteger(n) || n < 1 || n > 12) return undefined;
  return which === 'first' ? [1, n] : [13 - n, 12];
}

/** Warns about an impossible date as written and returns undefined (the mention is skipped). */
export function impossible(ctx: Context, span: Hit): undefined {
  ctx.warn(`dates: impossible date "${ctx.text.slice(span.start, span.end)}" at ${ctx.inputOffset ? ctx.inputOffset(span.start) : span.start} was skipped`);
  return undefined;
}

/** Parses a number written in digits, or looks it up in a lexicon of number words. */
export function readNumber(s: string | undefined, words: Readonly<Record<string, number>>): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d{1,3}$/.test(s)) return Number(s);
  return words[s.toLowerCase().replace(/\s+/g, ' ')];
}

/** Roman numerals I..XII (quarters, months in some styles). */
export const ROMAN: Readonly<Record<string, number>> = {
  i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8, ix: 9, x: 10, xi: 11, xii: 12,
};

// ---------------------------------------------------------------------------------------------
// Year inference

/** Start and end of the sentence around `at` (bounded to 400 characters each way). */
export function sentenceAround(text: string, at: Hit): Hit {
  const LIMIT = 400;
  const isStop = (c: string | undefined): boolean => c === '.' || c === '!' || c === '?' || c === ';';
  const opensSentence = (i: number): boolean => OPENS_SENTENCE.test(text.slice(i, i + 4).trimStart()[0] ?? '');
  let start = at.start;
  const lo = Math.max(0, at.start - LIMIT);
  while (start > lo) {
    const c = text[start - 1];
    if (c === '\n') break;
    if (isStop(c) && /\s/.test(text[start] ?? '') && opensSentence(start)) break;
    start--;
  }
  let end = at.end;
  const hi = Math.min(text.length, at.end + LIMIT);
  while (end < hi) {
    const c = text[end];
    if (c === '\n') break;
    if (isStop(c) && /\s/.test(text[end + 1] ?? '') && opensSentence(end + 1)) break;
    end++;
  }
  return { start, end };
}

/** The year a draft states (not inferred), if any. */
export function statedYear(d: DateDraft): number | undefined {
  if (d.yearInferred) return undefined;
  const v = d.value ?? d.start;
  if (!v || v.startsWith('--')) return undefined;
  const y = Number(v.slice(0, 4));
  return isPlausibleYear(y) ? y : undefined;
}

/** Longest span a date pattern can match; bounds the scans below. */
const MAX_MENTION = 200;

/** Drafts of `xs` (sorted by start) lying in [from, to), found by binary search. */
function* within(xs: readonly DateDraft[], from: number, to: number): Generator<DateDraft> {
  for (let i = firstFrom(xs, from - MAX_MENTION); i < xs.length && xs[i]!.span.start < to; i++) yield xs[i]!;
}

/**
 * Dates found so far, sorted by start, for the year inference and overlap checks of one
 * extractor run: each query is a binary search, so many mentions stay linear-ish.
 */
export class FoundDates {
  private readonly sorted: DateDraft[];
  constructor(found: readonly DateDraft[]) {
    this.sorted = [...found].sort((a, b) => a.span.start - b.span.start);
  }
  overlapping(at: Hit, more: readonly DateDraft[] = []): boolean {
    for (const xs of [this.sorted, more]) for (const d of within(xs, at.start, at.end)) if (overlaps(d.span, at)) return true;
    return false;
  }
  /** True when a draft that `ok` accepts ends in [pos - maxGap, pos]: a binary search, not a scan. */
  endingNear(pos: number, maxGap: number, ok: (d: DateDraft) => boolean): boolean {
    for (const d of within(this.sorted, pos - maxGap, pos)) if (d.span.end <= pos && pos - d.span.end <= maxGap && ok(d)) return true;
    return false;
  }
  /** The draft that starts exactly at `pos`, if any. */
  startingAt(pos: number): DateDraft | undefined {
    const i = firstFrom(this.sorted, pos);
    const d = this.sorted[i];
    return d && d.span.start === pos ? d : undefined;
  }
  /** Stated-year drafts within `sent`; `more` must be sorted by start too (drafts of this run). */
  *inSentence(sent: Hit, more: readonly DateDraft[] = []): Generator<DateDraft> {
    for (const xs of [this.sorted, more])
      for (const d of within(xs, sent.start, sent.end)) if (d.span.start >= sent.start && d.span.end <= sent.end) yield d;
  }
}

const indexes = new WeakMap<readonly DateDraft[], { n: number; idx: FoundDates }>();
/** The index of `ctx.found.dates`, rebuilt only when that list has grown. */
function foundIndex(ctx: Context): FoundDates {
  const list = ctx.found.dates;
  const hit = indexes.get(list);
  if (hit && hit.n === list.length) return hit.idx;
  const idx = new FoundDates(list);
  indexes.set(list, { n: list.length, idx });
  return idx;
}

/**
 * The year for a mention written without one: the stated year of the nearest date mention in the
 * same sentence, else the year of `referenceDate`, else undefined. Always `inferred`.
 * `others`: drafts of the current run, sorted by start.
 */
const TEMPORAL_BEFORE = /(?:^|[^\p{L}])(?:in|during|since|until|till|by|from|through|năm|trong năm|в|во|с|со|до|к)[ \u00A0]{1,3}$/iu;

/** "в августе этого же года", "in August of the same year", "tháng 8 cùng năm": the year stated last. */
const SAME_YEAR_AFTER =
  /^(?:[ \u00A0]{1,3}(?:этого[ \u00A0]+же|того[ \u00A0]+же|того)[ \u00A0]+года|,?[ \u00A0]{1,3}(?:of[ \u00A0]+)?(?:that|the)[ \u00A0]+same[ \u00A0]+year|[ \u00A0]{1,3}(?:cùng[ \u00A0]+năm|năm[ \u00A0]+(?:đó|ấy)))(?![\p{L}\p{N}])/iu;

export function inferYear(
  ctx: Context,
  at: Hit,
  others: readonly DateDraft[] = [],
  /** The mention's month, and a pattern for a verb in the past tense in its sentence. */
  tense?: { month: number; past: RegExp },
): number | undefined {
  if (SAME_YEAR_AFTER.test(ctx.text.slice(at.end, at.end + 24))) {
    const y = lastStatedYear(ctx, { start: Math.max(0, at.start - 600), end: at.start }, others);
    if (y !== undefined) return y;
  }
  const sent = sentenceAround(ctx.text, at);
  let best: { year: number; dist: number } | undefined;
  for (const d of foundIndex(ctx).inSentence(sent, others)) {
    if (overlaps(d.span, at)) continue;
    // a range of years ("the 2026–2030 period") does not say which year a day is in
    if (d.start && d.end && d.start.slice(0, 4) !== d.end.slice(0, 4)) continue;
    // only what comes before: "runs until December 11, will consider the estimates for 2026"
    // speaks of this year's December
    if (d.span.start >= at.end) continue;
    // a bare year sets the time only after a temporal word ("in 2024 ..., on December 26"), not
    // as a scope ("the budget for 2024, and on December 10")
    if (d.kind === 'year' && !TEMPORAL_BEFORE.test(ctx.text.slice(Math.max(0, d.span.start - 12), d.span.start))) continue;
    const y = statedYear(d);
    if (y === undefined) continue;
    const dist = d.span.start >= at.end ? d.span.start - at.end : at.start - d.span.end;
    if (!best || dist < best.dist) best = { year: y, dist };
  }
  if (best) return best.year;
  if (ctx.referenceDate) {
    const y = Number(ctx.referenceDate.slice(0, 4));
    if (!isPlausibleYear(y)) return undefined;
    // "встречался ... в декабре" in a January report: the December before, not the one to come
    const refMonth = Number(ctx.referenceDate.slice(5, 7));
    if (tense && tense.month - refMonth >= 6 && tense.past.test(ctx.text.slice(sent.start, sent.end))) return y - 1;
    return y;
  }
  return undefined;
}

/** The stated year of the last single-year mention that ends in `window`. */
function lastStatedYear(ctx: Context, window: Hit, others: readonly DateDraft[]): number | undefined {
  let best: DateDraft | undefined;
  for (const d of foundIndex(ctx).inSentence(window, others)) {
    if (d.start && d.end && d.start.slice(0, 4) !== d.end.slice(0, 4)) continue;
    if (statedYear(d) === undefined) continue;
    if (!best || d.span.end > best.span.end) best = d;
  }
  return best ? statedYear(best) : undefined;
}

/** True when `at` overlaps a date already found (a longer mention took it). */
export function alreadyFound(ctx: Context, at: Hit): boolean {
  return foundIndex(ctx).overlapping(at);
}

// ---------------------------------------------------------------------------------------------
// Pattern families as extractors

/** One pattern family: a regexp and how to turn a match into drafts. */
export interface DateRule {
  readonly name: string;
  readonly pattern: RegExp;
  /** Cheap prefilter (see Extractor.keywords). */
  readonly keywords?: RegExp;
  /** One draft, or several for a mention that names more than one ("April 14-16, 2025"). */
  build(m: RegExpExecArray, ctx: Context, sofar: readonly DateDraft[]): DateDraft | readonly DateDraft[] | undefined;
}

/** Runs `pattern` over the whole text (linear, no throw on zero-length matches). */
export function* allMatches(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  yield* scan(pattern, text);
}

export function ruleExtractor(rule: DateRule): Extractor {
  return {
    name: rule.name,
    family: 'dates',
    ...(rule.keywords ? { keywords: rule.keywords } : {}),
    run(ctx) {
      const dates: DateDraft[] = [];
      for (const m of allMatches(rule.pattern, ctx.text)) {
        const d = rule.build(m, ctx, dates);
        if (Array.isArray(d)) for (const x of d) dates.push(x);
        else if (d) dates.push(d as DateDraft);
      }
      return { dates };
    },
  };
}

/** Span of a match without its leading/trailing spaces. */
export function spanOf(m: RegExpExecArray): Hit {
  const lead = m[0].length - m[0].trimStart().length;
  const trail = m[0].length - m[0].trimEnd().length;
  return { start: m.index + lead, end: m.index + m[0].length - trail };
}

/** Span of a named group, falling back to the whole match. */
export function groupHit(m: RegExpExecArray, name: string): Hit | undefined {
  const p = m.indices?.groups?.[name];
  return p ? { start: p[0], end: p[1] } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Numeric dates: 14/4/2025, 14-4-2025, 14.04.2025, 01-10-1997

/**
 * `d sep m sep yyyy` with one separator repeated; not part of a longer number or code
 * (`120/2025/NĐ-CP`, `0212.3852.111`, `1/7/2025/x`).
 */
export const NUMERIC_DATE =
  // not glued to other numbers, except as the end of a day range: "ngày 14-16/4/2025"
  '(?:(?<![\\p{L}\\p{N}./\\-\u2013])|(?<=(?<![\\p{L}\\p{N}./\\-\u2013])\\d{1,2}[\\-\u2013](?=\\d{1,2}/)))' +
  '(?<d>\\d{1,2})(?<sep>[./\\-])(?<m>\\d{1,2})\\k<sep>(?<y>' + YEAR + ')' +
  '(?![\\p{L}\\p{N}]|[./\\-\u2013]\\p{N}|/\\p{L})';

/** Two-digit years: 00-49 are 20xx, 50-99 are 19xx ("3/9/91", "18.07.14"). */
export function centuryOf(yy: number): number {
  return yy < 50 ? 2000 + yy : 1900 + yy;
}

/**
 * "3/3/15", "31/10/74" (and "18.07.14" where `dots`): day-first with a two-digit year. Both
 * separators must be the same; a number glued to more digits or a code is left alone.
 */
export function numericShortYearRule(lang: string, dots = false): DateRule {
  // "3-1-15" is more often a score than a date: with dashes the day must be over 12 ("31-10-74")
  const sep = dots ? '[./\\-]' : '[/\\-]';
  return {
    name: `${lang}.dates.numericShortYear`,
    pattern: re(
      `(?<![\\p{L}\\p{N}./\\-\u2013])(?<d>\\d{1,2})(?<sep>${sep})(?<m>\\d{1,2})\\k<sep>(?<yy>\\d{2})(?![\\p{L}\\p{N}]|[./\\-\u2013]\\p{N}|\\/\\p{L}|[.,]\\d)`,
    ),
    keywords: /\d[./-]\d{1,2}[./-]\d\d/,
    build(m, ctx) {
      const g = m.groups!;
      const y = centuryOf(Number(g.yy));
      const span = spanOf(m);
      if (alreadyFound(ctx, span) || (g.sep === '-' && Number(g.d) <= 12)) return undefined;
      const dm = readDayFirst(Number(g.d), Number(g.m), y);
      if (!dm) return impossible(ctx, span);
      return dayDraft(span, y, dm.month, dm.day);
    },
  };
}

/**
 * ISO dates "2015-03-03", "2015-3-3", "2015/03/03", and months "2014/10", "2014-03"; a "YYYY-MM"
 * that could be a range of years ("2010-11") is a month only when zero-padded or smaller than the
 * year's last two digits ("2014-10").
 */
export function isoDateRule(lang: string): DateRule {
  return {
    name: `${lang}.dates.iso`,
    pattern: re(
      `(?<![\\p{L}\\p{N}./\\-\u2013])(?<y>${YEAR})(?<sep>[\\-/])(?<m>\\d{1,2})(?:\\k<sep>(?<d>\\d{1,2}))?(?![\\p{L}\\p{N}]|[./\\-\u2013]\\p{N}|\\/\\p{L})`,
    ),
    keywords: /\d{4}[-/]\d/,
    build(m, ctx) {
      const g = m.groups!;
      const y = Number(g.y);
      const mo = Number(g.m);
      const span = spanOf(m);
      if (alreadyFound(ctx, span) || mo < 1 || mo > 12) return undefined;
      if (g.d === undefined) {
        if (g.sep === '-' && !g.m!.startsWith('0') && mo > y % 100) return undefined; // "2010-11": years
        return monthDraft(span, y, mo);
      }
      const d = Number(g.d);
      if (!isValidDay(d, mo, y)) return impossible(ctx, span);
      return dayDraft(span, y, mo, d);
    },
  };
}

export function numericDateRule(lang: string): DateRule {
  return {
    name: `${lang}.dates.numeric`,
    pattern: re(NUMERIC_DATE),
    keywords: /\d[./-]\d/,
    build(m, ctx) {
      const g = m.groups!;
      const y = Number(g.y);
      const span = spanOf(m);
      const dm = readDayFirst(Number(g.d), Number(g.m), y);
      if (!dm) return impossible(ctx, span);
      return dayDraft(span, y, dm.month, dm.day);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Year ranges: 2025-2030, 2025 – 2030, (2021-2026 term), nhiệm kỳ 2025-2030, срок 2021–2026 годов

export interface RangeLexicon {
  /** Words that make a range an office term when next to it ("term", "nhiệm kỳ", "срок"). */
  termWords: readonly string[];
  /** Words that mark a plain span of time ("period", "giai đoạn", "период"). */
  periodWords: readonly string[];
  /** Words that may follow the second year and belong to the mention ("годов", "гг."). */
  yearSuffixes?: readonly string[];
  /** Words that, within a short window before the range, make it a term (elections of deputies). */
  termContext?: readonly string[];
  /**
   * Stems of offices and bodies: a range attached to one ("на должность Президента ... на период
   * 2021–2026 годов", "делегата Народного совета ... на 2021-2026 годы") is its term, unless the
   * clause names a plan or a rearrangement (`planStems`), whose span is a period.
   */
  officeStems?: readonly string[];
  planStems?: readonly string[];
}

const DASH = '[ \\u00A0]{0,2}[\\-\\u2010-\\u2015][ \\u00A0]{0,2}';

/**
 * A year range, optionally with a term or period word right before or after it.
 * Groups: pre (word before), y1, y2, post (word after).
 */
export function yearRangeRule(lang: string, lex: RangeLexicon): DateRule {
  const words = alternation([...lex.termWords, ...lex.periodWords]);
  const suffix = lex.yearSuffixes?.length ? `(?:[ \\u00A0]{1,2}(?:${alternation(lex.yearSuffixes)})${B_END_DOT})?` : '';
  const src =
    `(?:${B_START}(?<pre>${words})[ \\u00A0]{1,3}(?:(?:of|the|for)[ \\u00A0]{1,3})?)?` +
    `(?<![\\p{L}\\p{N}./\\-\\u2010-\\u2015])(?<y1>${YEAR})${DASH}(?<y2>${YEAR}|\\d{2})` +
    `(?![\\p{L}\\p{N}]|[./\\-\\u2010-\\u2015]\\p{N})` +
    suffix +
    `(?:[ \\u00A0]{1,3}(?<post>${words})${B_END})?`;
  const term = new Set(lex.termWords.map((w) => w.toLowerCase()));
  const ctxWords = [...lex.termWords, ...(lex.termContext ?? [])];
  const near = ctxWords.length ? re(`${B_START}(?:${alternation(ctxWords)})`, 'iu') : undefined;
  const termAfter = re(`^[ \\u00A0]{0,3}(?:${alternation(lex.termWords)})`, 'iu');
  const office = lex.officeStems?.length ? re(`${B_START}(?:${alternation(lex.officeStems)})`, 'iu') : undefined;
  const plan = lex.planStems?.length ? re(`${B_START}(?:${alternation(lex.planStems)})`, 'iu') : undefined;
  const periodWord = new Set(lex.periodWords.map((w) => w.toLowerCase()));
  return {
    name: `${lang}.dates.yearRange`,
    pattern: re(src),
    keywords: /\d{4}\s{0,2}[-\u2010-\u2015]\s{0,2}\d{2}/,
    build(m, ctx) {
      const g = m.groups!;
      const y1 = Number(g.y1);
      // "the 2021-25 period": a two-digit end counts only beside a period or term word
      if (g.y2!.length === 2 && g.pre === undefined && g.post === undefined) return undefined;
      const y2 = g.y2!.length === 2 ? Math.floor(y1 / 100) * 100 + Number(g.y2) : Number(g.y2);
      if (!(y2 > y1 && y2 - y1 <= 30)) return undefined;
      const span = spanOf(m);
      const pre = g.pre?.toLowerCase().replace(/\s+/g, ' ');
      const post = g.post?.toLowerCase().replace(/\s+/g, ' ');
      let isTerm = (pre !== undefined && term.has(pre)) || (post !== undefined && term.has(post));
      if (!isTerm && pre === undefined && post === undefined && near) {
        // No word next to it: a term word or an election shortly before makes it a term.
        if (near.test(clauseBefore(ctx.text, span.start, 120))) isTerm = true;
        const after = ctx.text.slice(span.end, span.end + 12);
        if (termAfter.test(after)) isTerm = true;
      }
      if (!isTerm && office && (pre === undefined || periodWord.has(pre)) && post === undefined) {
        const clause = clauseBefore(ctx.text, span.start, 100);
        if (office.test(clause) && !plan?.test(clause)) isTerm = true;
      }
      return { kind: isTerm ? 'term' : 'period', start: String(y1), end: String(y2), span };
    },
  };
}

/**
 * A span of years written with words: "с 2010 по 2016 год", "from 2010 to 2016", "between 2010
 * and 2016", "từ năm 2010 đến năm 2016". A period. `opens`/`joins` pair up by index; `yearWord`
 * may stand before each year (vi "năm"), `suffixes` after the second (ru "год", "годы").
 */
export function yearFromToRule(
  lang: string,
  lex: { opens: readonly string[]; joins: readonly string[]; yearWord?: string; suffixes?: readonly string[] },
): DateRule {
  const yw = lex.yearWord ? `(?:${lex.yearWord}[ \\u00A0]{1,3})?` : '';
  const suffix = lex.suffixes?.length ? `(?:[ \\u00A0]{1,2}(?:${alternation(lex.suffixes)})${B_END_DOT})?` : '';
  const pairs = lex.opens.map((o, i) => `(?:${o})[ \\u00A0]{1,3}${yw}(?<y1_${i}>${YEAR})${YEAR_END}(?:[ \\u00A0]{1,2}года)?[ \\u00A0]{1,3}(?:${lex.joins[i]})[ \\u00A0]{1,3}${yw}(?<y2_${i}>${YEAR})${YEAR_END}`);
  return {
    name: `${lang}.dates.yearFromTo`,
    pattern: re(`${B_START}(?:${pairs.join('|')})${suffix}`, 'giu'),
    build(m) {
      const g = m.groups!;
      const i = lex.opens.findIndex((_, k) => g[`y1_${k}`] !== undefined);
      const y1 = Number(g[`y1_${i}`]);
      const y2 = Number(g[`y2_${i}`]);
      if (!(y2 > y1 && y2 - y1 <= 50)) return undefined;
      return { kind: 'period', start: String(y1), end: String(y2), span: spanOf(m) };
    },
  };
}

/** The text of the clause before `at`, at most `max` characters: cut after a sentence end, "; " or a line break. */
function clauseBefore(text: string, at: number, max: number): string {
  const before = text.slice(Math.max(0, at - max), at);
  const cut = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('; '));
  return before.slice(cut + 1);
}

/**
 * The first day of a day range whose last day is a date already found: "14–16 April 2025",
 * "từ ngày 14 đến 16/4/2025", "с 14 по 16 апреля 2025 года", "from 19 to 23 January". A range
 * (a dash, or one of `rangeWords`: to, по, đến) is one `period` of days from the first to the last,
 * spanning both, which outlasts the last day's date in refine's overlap rule; days joined by one
 * of `connectors` that is not a range word ("ngày 25 và 28/6", "14 и 16 апреля") are two dates, the
 * first taking the month and year of the last. Runs after the families that find whole dates.
 */
export function dayRangeStartRule(lang: string, connectors: readonly string[], rangeWords: readonly string[] = []): DateRule {
  return {
    name: `${lang}.dates.dayRangeStart`,
    pattern: re(
      `(?<![\\p{L}\\p{N}.,/\\-])(?<d>\\d{1,2})(?:\\.(?<m>\\d{1,2})(?![\\p{N}]))?\\.?(?:st|nd|rd|th)?` +
        `(?:[ \\u00A0]?(?<dash>[-\\u2013\\u2014])[ \\u00A0]?|[ \\u00A0]?/[ \\u00A0]?|[ \\u00A0]{1,2}(?<word>${alternation([...connectors, ...rangeWords])})[ \\u00A0]{1,2})(?=\\d{1,2}(?!\\p{N}))`,
    ),
    keywords: /\d\.?(?:\d{1,2}\.?)?[ \u00A0]?[-\u2013\u2014/ ]/,
    build(m, ctx) {
      const last = foundIndex(ctx).startingAt(m.index + m[0].length);
      if (!last || last.kind !== 'date' || !last.value || last.value.startsWith('--')) return undefined;
      const [y, mo, d2] = last.value.split('-').map(Number) as [number, number, number];
      const d1 = Number(m.groups!.d);
      // "14.10. по 15.10.2018": the first day may state its month
      const m1 = m.groups!.m !== undefined ? Number(m.groups!.m) : mo;
      if (!(m1 >= 1 && (m1 < mo || (m1 === mo && d1 < d2)) && isValidDay(d1, m1, y))) return undefined;
      const p = m.indices!.groups!.d!;
      const word = m.groups!.word?.toLowerCase();
      if (m.groups!.dash || (word !== undefined && rangeWords.includes(word))) {
        const d: DateDraft = { kind: 'period', start: iso(y, m1, d1), end: last.value, span: { start: p[0], end: last.span.end } };
        if (last.yearInferred) d.yearInferred = true;
        return d;
      }
      const end = m.indices!.groups!.m ? m.indices!.groups!.m[1] : p[1];
      return dayDraft({ start: p[0], end }, y, m1, d1, last.yearInferred === true);
    },
  };
}

/**
 * A year coordinated with a date mention just before it: "for the 2026-2030 period and 2026",
 * "năm 2024 và 2025". Runs after the families that state years (reads `ctx.found`).
 */
export function coordinatedYearRule(lang: string, conjunctions: readonly string[]): DateRule {
  return {
    name: `${lang}.dates.coordinatedYear`,
    pattern: re(`${B_START}(?:${alternation(conjunctions)})[ \\u00A0]{1,3}(?<year>${YEAR})${YEAR_END}`),
    build(m, ctx) {
      const p = m.indices!.groups!.year!;
      const span = { start: p[0], end: p[1] };
      if (alreadyFound(ctx, span)) return undefined;
      const prev = foundIndex(ctx).endingNear(m.index, 3, (d) => !d.yearInferred);
      return prev ? yearDraft(span, Number(m.groups!.year)) : undefined;
    },
  };
}

/** Not followed by a letter or digit, or the word ended with a dot ("гг."). */
const B_END_DOT = `(?:(?<=\\.)|${B_END})`;

/** Exported for locales: an alternation of lexicon keys (longest first). */
export function keysOf(o: Readonly<Record<string, unknown>>): string {
  return alternation(Object.keys(o));
}
