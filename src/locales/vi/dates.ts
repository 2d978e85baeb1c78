/**
 * vi dates extractors, one per pattern family. Families that state a year run first; the
 * families of mentions without a year run last and take the year from a stated date in the
 * same sentence, else from `referenceDate` (`yearInferred: true`).
 *
 * "tháng 7" is July but "7 tháng" is seven months: a month number follows "tháng".
 */
import {
  alreadyFound,
  dayDraft,
  impossible,
  inferYear,
  isValidDay,
  keysOf,
  monthDraft,
  monthsWithYear,
  monthsOfYear,
  numericDateRule,
  numericShortYearRule,
  isoDateRule,
  quarterMonths,
  readDayFirst,
  readNumber,
  ruleExtractor,
  spanOf,
  YEAR,
  YEAR_END,
  coordinatedYearRule,
  dayRangeStartRule,
  yearDraft,
  yearRangeRule,
  yearFromToRule,
  type DateRule,
} from '../../common/dates.js';
import { alternation, B_END, B_START, re } from '../../patterns.js';
import type { Extractor } from '../../types.js';
import {
  VI_DAY,
  VI_FIRST_LAST,
  VI_HALVES,
  VI_MONTH,
  VI_MONTH_PREPOSITIONS,
  VI_NUMBERS,
  VI_PERIOD_WORDS,
  VI_QUARTER,
  VI_QUARTER_NUMBERS,
  VI_TERM_CONTEXT,
  VI_TERM_WORDS,
  VI_YEAR,
  VI_CONJUNCTIONS,
  VI_PART_OF_DAY,
  VI_MONTH_WORDS,
} from './dates.lexicon.js';

const S = '[ \\u00A0]{1,3}';
const NGAY = `(?:${alternation(VI_DAY)})`;
const THANG = `(?:${alternation(VI_MONTH)})`;
const NAM = `(?:${alternation(VI_YEAR)})`;
const Y = (name = 'year'): string => `(?<${name}>${YEAR})${YEAR_END}`;
/** A day or month number not glued to another number: "14", "04". */
const N2 = (name: string): string => `(?<${name}>\\d{1,2})(?![\\p{N}])`;
/** A month after "tháng": a number or a word ("tháng mười", "tháng giêng", "tháng tư"). */
const MONTH_NO = `(?<m>\\d{1,2}(?![\\p{N}])|(?:${keysOf(VI_MONTH_WORDS)})(?![\\p{L}]))`;
function monthNo(s: string | undefined): number {
  if (!s) return NaN;
  return /^\d/.test(s) ? Number(s) : (VI_MONTH_WORDS[s.toLowerCase()] ?? NaN);
}

/** "ngày 14 tháng 4 năm 2025", "14 tháng 4 năm 2025" */
const longDate: DateRule = {
  name: 'vi.dates.long',
  pattern: re(`${B_START}(?:${NGAY}${S})?${N2('d')}${S}${THANG}${S}${MONTH_NO}(?:${S}${NAM}${S}|,?${S})${Y()}`),
  build(m, ctx) {
    const g = m.groups!;
    const span = spanOf(m);
    const y = Number(g.year);
    const day = Number(g.d);
    const month = monthNo(g.m);
    if (!isValidDay(day, month, y)) return impossible(ctx, span);
    return dayDraft(span, y, month, day);
  },
};

/** "tháng 7/2025", "tháng 7 năm 2025", "tháng 04-2025" */
const monthYear: DateRule = {
  name: 'vi.dates.monthYear',
  pattern: re(`${B_START}(?<!\\p{N}[ \\u00A0]{1,3})${THANG}${S}${MONTH_NO}(?:[ \\u00A0]{0,2}[/\\-.][ \\u00A0]{0,2}|${S}${NAM}${S})${Y()}`),
  build(m) {
    const month = monthNo(m.groups!.m);
    if (month < 1 || month > 12) return undefined;
    return monthDraft(spanOf(m), Number(m.groups!.year), month);
  },
};

/** "năm 2025": a year needs the word "năm". */
const year: DateRule = {
  name: 'vi.dates.year',
  pattern: re(`${B_START}${NAM}${S}${Y()}`),
  build(m) {
    return yearDraft(spanOf(m), Number(m.groups!.year));
  },
};

const NUM = `(?<n>\\d{1,2}|${keysOf(VI_NUMBERS)})`;

/** "9 tháng đầu năm 2025", "3 tháng cuối năm" */
const firstLastMonths: DateRule = {
  name: 'vi.dates.firstLastMonths',
  pattern: re(`${B_START}${NUM}${S}${THANG}${S}(?<which>${keysOf(VI_FIRST_LAST)})${S}${NAM}(?:${S}(?:${Y()}|(?<nay>nay)${B_END}))?${B_END}`),
  build(m, ctx, sofar) {
    const g = m.groups!;
    const n = readNumber(g.n, VI_NUMBERS);
    const which = VI_FIRST_LAST[g.which!.toLowerCase()];
    const months = n !== undefined && which ? monthsOfYear(which, n) : undefined;
    if (!months) return undefined;
    const span = spanOf(m);
    return monthsWithYear(ctx, span, sofar, g.year, months[0], months[1]);
  },
};

/**
 * "11 tháng năm 2025" without "ngày" and without "đầu": the first 11 months of 2025, not 11 May
 * ("ngày 11 tháng năm 2025" stays a day).
 */
const monthsOfYearPlain: DateRule = {
  name: 'vi.dates.monthsOfYearPlain',
  pattern: re(`${B_START}(?<!(?:${NGAY})${S})${NUM}${S}${THANG}${S}${NAM}${S}${Y()}`),
  build(m, ctx, sofar) {
    const n = readNumber(m.groups!.n, VI_NUMBERS);
    const months = n !== undefined && n >= 2 && n <= 12 ? monthsOfYear('first', n) : undefined;
    if (!months) return undefined;
    return monthsWithYear(ctx, spanOf(m), sofar, m.groups!.year, months[0], months[1]);
  },
};

/** "quý III/2025", "quý 2 năm 2025", "quý IV" */
const quarter: DateRule = {
  name: 'vi.dates.quarter',
  pattern: re(
    `${B_START}(?:${alternation(VI_QUARTER)})${S}(?<q>${keysOf(VI_QUARTER_NUMBERS)})(?:[ \\u00A0]{0,2}[/\\-][ \\u00A0]{0,2}${Y()}|${S}${NAM}${S}${Y('year2')}|${B_END})`,
  ),
  build(m, ctx, sofar) {
    const g = m.groups!;
    const q = VI_QUARTER_NUMBERS[g.q!.toUpperCase()];
    if (!q) return undefined;
    const [from, to] = quarterMonths(q);
    const span = spanOf(m);
    const stated = g.year ?? g.year2;
    return monthsWithYear(ctx, span, sofar, stated, from, to);
  },
};

/** "nửa đầu năm 2025" */
const half: DateRule = {
  name: 'vi.dates.half',
  pattern: re(`${B_START}(?<h>${keysOf(VI_HALVES)})(?:${S}${Y()})?${B_END}`),
  build(m, ctx, sofar) {
    const g = m.groups!;
    const key = Object.keys(VI_HALVES).find((k) => k === g.h!.toLowerCase().replace(/\s+/g, ' '));
    const months = key ? VI_HALVES[key] : undefined;
    if (!months) return undefined;
    const span = spanOf(m);
    return monthsWithYear(ctx, span, sofar, g.year, months[0], months[1]);
  },
};

/** "ngày 24/6", "Ngày 14/10", "ngày 14 tháng 10": a day without a year. */
const dayMonth: DateRule = {
  name: 'vi.dates.dayMonth',
  pattern: re(
    `${B_START}${NGAY}${S}${N2('d')}(?:[/\\-]|${S}${THANG}${S})${MONTH_NO}(?![\\p{L}]|[./\\-]\\p{N}|${S}${NAM}${S}\\p{N})`,
  ),
  build(m, ctx, sofar) {
    const g = m.groups!;
    const span = spanOf(m);
    if (alreadyFound(ctx, span)) return undefined;
    const dm = readDayFirst(Number(g.d), monthNo(g.m));
    if (!dm) return impossible(ctx, span);
    const y = inferYear(ctx, span, sofar);
    if (y !== undefined && !isValidDay(dm.day, dm.month, y)) return impossible(ctx, span);
    return dayDraft(span, y, dm.month, dm.day, true);
  },
};

/**
 * "Chiều 12/8", "Sáng 21/7", "hôm qua (12/8)": a day/month after a part of the day. The span is
 * the numbers only; the relative word itself is not resolved.
 */
const partOfDay: DateRule = {
  name: 'vi.dates.partOfDay',
  pattern: re(
    `(?<=(?<![\\p{L}])(?:${alternation(VI_PART_OF_DAY)})[ \\u00A0]{1,3}\\(?)${N2('d')}[/\\-]${N2('m')}(?![\\p{L}]|[./\\-]\\p{N}|${S}${NAM}${S}\\p{N})`,
  ),
  build: dayMonth.build,
};

/** "trong hai ngày 10 và 11/12": the D/M closing a list of days after "ngày". */
const dayListEnd: DateRule = {
  name: 'vi.dates.dayListEnd',
  pattern: re(
    `(?<=${NGAY}${S}\\d{1,2}(?:[ \\u00A0]{0,2}(?:,|và|đến|tới|-|\\u2013)[ \\u00A0]{0,2}(?:ngày[ \\u00A0]{1,2})?))${N2('d')}[/\\-]${N2('m')}(?![\\p{L}]|[./\\-]\\p{N}|${S}${NAM}${S}\\p{N})`,
  ),
  build: dayMonth.build,
};

/** "trong tháng 7", "từ tháng 5": a month without a year. */
const monthAlone: DateRule = {
  name: 'vi.dates.monthAlone',
  pattern: re(
    `${B_START}(?:${alternation(VI_MONTH_PREPOSITIONS)})${S}(?<mw>${THANG}${S}${MONTH_NO})(?![\\p{L}]|[./\\-]\\p{N}|${S}${NAM}${S}\\p{N})`,
  ),
  build(m, ctx, sofar) {
    const month = monthNo(m.groups!.m);
    if (month < 1 || month > 12) return undefined;
    const p = m.indices!.groups!.mw!;
    const span = { start: p[0], end: p[1] };
    if (alreadyFound(ctx, span)) return undefined;
    const y = inferYear(ctx, span, sofar);
    return y === undefined ? undefined : monthDraft(span, y, month, true);
  },
};

const range = yearRangeRule('vi', {
  termWords: VI_TERM_WORDS,
  periodWords: VI_PERIOD_WORDS,
  termContext: VI_TERM_CONTEXT,
});

export const datesExtractors: readonly Extractor[] = [
  monthsOfYearPlain,
  // stated years first
  longDate,
  numericDateRule('vi'),
  isoDateRule('vi'),
  numericShortYearRule('vi'),
  monthYear,
  yearFromToRule('vi', { opens: ['từ'], joins: ['đến|tới'], yearWord: 'năm' }),
  range,
  year,
  coordinatedYearRule('vi', VI_CONJUNCTIONS),
  // periods: stated or inferred year
  firstLastMonths,
  quarter,
  half,
  // no year: inferred from the sentence or referenceDate
  dayMonth,
  dayListEnd,
  partOfDay,
  dayRangeStartRule('vi', ['và'], ['đến', 'tới', 'đến ngày', 'tới ngày']),
  monthAlone,
].map(ruleExtractor);
