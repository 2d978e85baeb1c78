/**
 * en dates extractors, one per pattern family. Families that state a year run first; the
 * families of mentions without a year run last and take the year from a stated date in the
 * same sentence, else from `referenceDate` (`yearInferred: true`).
 *
 * d/m/yyyy is day-first (this genre is translated from Vietnamese), see common/dates.ts.
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
  readNumber,
  ruleExtractor,
  spanOf,
  YEAR,
  YEAR_END,
  coordinatedYearRule,
  centuryOf,
  dayRangeStartRule,
  yearDraft,
  yearRangeRule,
  yearFromToRule,
  iso,
  type DateRule,
} from '../../common/dates.js';
import type { DateDraft } from '../../types.js';
import { alternation, B_END, B_START, re } from '../../patterns.js';
import type { Extractor } from '../../types.js';
import {
  EN_FIRST_LAST,
  EN_MONTH_PREPOSITIONS,
  EN_MONTHS,
  EN_NUMBERS,
  EN_ORDINALS,
  EN_PERIOD_WORDS,
  EN_TERM_CONTEXT,
  EN_TERM_WORDS,
  EN_YEAR_PREPOSITIONS,
  EN_COUNT_WORDS,
  EN_CONJUNCTIONS,
  EN_DAY_WORDS,
} from './dates.lexicon.js';

const CAPITAL_FIRST = /^\p{Lu}/u;

const S = '[ \\u00A0]{1,3}';
/** "April", "Apr.", "Sept" */
const MONTH = `(?<month>${keysOf(EN_MONTHS)})\\.?`;
/** "14", "14th", "1st", "third" (a word only beside a month: "March third", "the third of March") */
const DAY = '(?<day>\\d{1,2})(?:st|nd|rd|th)?';
const DAY_OR_WORD = `(?:${DAY}|(?<dayw>${keysOf(EN_DAY_WORDS)}))`;
/** The day of a match: digits or an ordinal word. */
function dayOf(g: Record<string, string | undefined>): number {
  return g.day !== undefined ? Number(g.day) : (EN_DAY_WORDS[g.dayw!.toLowerCase().replace(/\s+/g, ' ')] ?? 0);
}
/** A year not followed by more digits, a range or a code part. */
const Y = `(?<year>${YEAR})${YEAR_END}`;
const Y2 = `(?<year2>${YEAR})${YEAR_END}`;
const Y3 = `(?<year3>${YEAR})${YEAR_END}`;
const NUM = `(?<n>\\d{1,2}|${keysOf(EN_NUMBERS)})`;
const WHICH = `(?<which>${keysOf(EN_FIRST_LAST)})`;
const ORD = `(?<ord>${keysOf(EN_ORDINALS)})`;
/** "of 2025", "of the year", "of this year" */
const OF_YEAR = `(?:${S}(?:of|in)${S}(?:${Y}|(?<thisyear>(?:the|this|the current)${S}year)))`;

/**
 * Month names must be capitalised ("May" is a month, "may" is not), unless a day and a year
 * stand beside them ("march 3 2015").
 */
function monthOf(name: string | undefined, lowerOk = false): number | undefined {
  if (!name || (!lowerOk && !CAPITAL_FIRST.test(name))) return undefined;
  const key = Object.keys(EN_MONTHS).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? EN_MONTHS[key] : undefined;
}

/** "April 14, 2025", "April 14 2025", "April 14th, 2025" */
const monthDayYear: DateRule = {
  name: 'en.dates.monthDayYear',
  pattern: re(`${B_START}${MONTH}${S}(?:the${S})?${DAY_OR_WORD}(?:,[ \\u00A0]{0,3}|${S})${Y}`),
  build(m, ctx) {
    const month = monthOf(m.groups!.month, true);
    if (!month) return undefined;
    const span = spanOf(m);
    const day = dayOf(m.groups!);
    const year = Number(m.groups!.year);
    if (!isValidDay(day, month, year)) return impossible(ctx, span);
    return dayDraft(span, year, month, day);
  },
};

/** "14 April 2025", "14th of April, 2025" */
const dayMonthYear: DateRule = {
  name: 'en.dates.dayMonthYear',
  // "14 April 2025", "14april 2015", "the third of March 2015", "14th April 15" (two-digit year)
  pattern: re(`${B_START}(?:the${S})?${DAY_OR_WORD}(?:${S}|(?<=\\d))(?:of${S})?${MONTH},?${S}(?:${Y}|(?<yy>\\d{2})(?![\\p{L}\\p{N}]|[./\\-]\\p{N}))`),
  build(m, ctx) {
    const g = m.groups!;
    const month = monthOf(g.month, true);
    if (!month || (g.dayw && !/of/.test(m[0]))) return undefined; // "third March" is not a date
    const span = spanOf(m);
    const day = dayOf(g);
    const year = g.year ? Number(g.year) : centuryOf(Number(g.yy));
    if (!isValidDay(day, month, year)) return impossible(ctx, span);
    return dayDraft(span, year, month, day);
  },
};

/** "31/Oct/1974", "31-Oct-74": a month name between separators. */
const dayMonSepYear: DateRule = {
  name: 'en.dates.dayMonSepYear',
  pattern: re(`(?<![\\p{L}\\p{N}./\\-])(?<day>\\d{1,2})(?<sep>[/\\-])${MONTH}\\k<sep>(?:${Y}|(?<yy>\\d{2})(?![\\p{L}\\p{N}]|[./\\-]\\p{N}))`),
  build(m, ctx) {
    const g = m.groups!;
    const month = monthOf(g.month, true);
    if (!month) return undefined;
    const span = spanOf(m);
    const year = g.year ? Number(g.year) : centuryOf(Number(g.yy));
    const day = Number(g.day);
    if (!isValidDay(day, month, year)) return impossible(ctx, span);
    return dayDraft(span, year, month, day);
  },
};

/** "2/2013": a month and a year written with a slash (not part of a code: "2/2013/QĐ"). */
const numericMonthYear: DateRule = {
  name: 'en.dates.numericMonthYear',
  pattern: re(`(?<![\\p{L}\\p{N}./\\-])(?<m>\\d{1,2})\\/(?<year>${YEAR})(?![\\p{L}\\p{N}]|[./\\-]\\p{N}|\\/)`),
  build(m, ctx) {
    const mo = Number(m.groups!.m);
    const span = spanOf(m);
    if (mo < 1 || mo > 12 || alreadyFound(ctx, span)) return undefined;
    return monthDraft(span, Number(m.groups!.year), mo);
  },
};

/** "July 2025", "March of 2026" */
const monthYear: DateRule = {
  name: 'en.dates.monthYear',
  pattern: re(`${B_START}(?<!\\p{N}(?:st|nd|rd|th)?[ \\u00A0]{1,3}(?:of[ \\u00A0]{1,3})?)${MONTH},?${S}(?:of${S})?${Y}`),
  build(m) {
    const month = monthOf(m.groups!.month);
    if (!month) return undefined;
    return monthDraft(spanOf(m), Number(m.groups!.year), month);
  },
};

/** "the first 9 months of 2025", "the last three months of the year", "the first 6 months" */
const firstLastMonths: DateRule = {
  name: 'en.dates.firstLastMonths',
  pattern: re(`${B_START}(?:the${S})?${WHICH}${S}${NUM}${S}months${OF_YEAR}?${B_END}`),
  build(m, ctx, sofar) {
    const g = m.groups!;
    const n = readNumber(g.n, EN_NUMBERS);
    const which = EN_FIRST_LAST[g.which!.toLowerCase()];
    const months = n !== undefined && which ? monthsOfYear(which, n) : undefined;
    if (!months) return undefined;
    const span = spanOf(m);
    return monthsWithYear(ctx, span, sofar, g.year, months[0], months[1]);
  },
};

/** "the third quarter of 2025", "Q3 2025", "Q3/2025", "the end of the third quarter" */
const quarter: DateRule = {
  name: 'en.dates.quarter',
  pattern: re(
    `${B_START}(?:(?:the${S})?${ORD}${S}quarter(?:${OF_YEAR}|,?${S}${Y2})?|Q(?<q>[1-4])(?:[ \\u00A0/]{1,2}${Y3})?)${B_END}`,
  ),
  build(m, ctx, sofar) {
    const g = m.groups!;
    const q = g.q ? Number(g.q) : EN_ORDINALS[g.ord!.toLowerCase()];
    if (!q) return undefined;
    const [from, to] = quarterMonths(q);
    const span = spanOf(m);
    const stated = g.year ?? g.year2 ?? g.year3;
    return monthsWithYear(ctx, span, sofar, stated, from, to);
  },
};

/** "the first half of 2025", "the second half of the year" */
const half: DateRule = {
  name: 'en.dates.half',
  pattern: re(`${B_START}(?:the${S})?(?<ord>first|second)${S}half${OF_YEAR}`),
  build(m, ctx, sofar) {
    const g = m.groups!;
    const [from, to] = g.ord!.toLowerCase() === 'first' ? [1, 6] : [7, 12];
    const span = spanOf(m);
    return monthsWithYear(ctx, span, sofar, g.year, from, to);
  },
};

/** "in 2025", "by 2030", "the 2025 Working Program": a year needs such a word before it. */
const year: DateRule = {
  name: 'en.dates.year',
  pattern: re(
    `${B_START}(?:${alternation(EN_YEAR_PREPOSITIONS)})[ \\u00A0\\-]{1,3}(?<![\\p{N}])${Y}(?![ \\u00A0]{1,3}(?:${alternation(EN_COUNT_WORDS)})${B_END}|[ \\u00A0]?%)`,
  ),
  build(m) {
    const p = m.indices!.groups!.year!;
    return yearDraft({ start: p[0], end: p[1] }, Number(m.groups!.year));
  },
};

/**
 * "April 14-16, 2025", "from April 14–16", "January 19 to 23": days of one month, one `period`
 * (days joined by "and" are two dates: "April 14 and 16", read by the day families).
 */
const monthDayRange: DateRule = {
  name: 'en.dates.monthDayRange',
  pattern: re(
    `${B_START}${MONTH}${S}(?<d1>\\d{1,2})(?:st|nd|rd|th)?(?:[ \\u00A0]?[-\\u2013][ \\u00A0]?|${S}(?:to|through|until|till)${S})${DAY}(?![\\p{L}\\p{N}])(?:,?${S}${Y})?`,
  ),
  build(m, ctx, sofar) {
    const g = m.groups!;
    const month = monthOf(g.month);
    const d1 = Number(g.d1);
    const d2 = Number(g.day);
    if (!month || !(d1 < d2) || !isValidDay(d2, month)) return undefined;
    const span = spanOf(m);
    if (alreadyFound(ctx, span)) return undefined;
    const ix = m.indices!.groups!;
    const first = { start: m.index, end: ix.d1![1] };
    const y = g.year ? Number(g.year) : inferYear(ctx, first, sofar);
    // no year known: a period needs one, so the two days are dates without a year
    if (y === undefined) return [dayDraft(first, undefined, month, d1), dayDraft({ start: ix.day![0], end: ix.day![1] }, undefined, month, d2)];
    const d: DateDraft = { kind: 'period', start: iso(y, month, d1), end: iso(y, month, d2), span };
    if (!g.year) d.yearInferred = true;
    return d;
  },
};

/** "June 24", "July 21st": a day without a year. */
const monthDay: DateRule = {
  name: 'en.dates.monthDay',
  pattern: re(`${B_START}${MONTH}${S}(?:the${S})?${DAY_OR_WORD}${B_END}`),
  build(m, ctx, sofar) {
    // beside a day a lowercase month is a month too ("february 15"), but not "may" or "march"
    const month = monthOf(m.groups!.month, !/^(?:may|march|mar)$/.test(m.groups!.month!));
    if (!month) return undefined;
    const span = spanOf(m);
    if (alreadyFound(ctx, span)) return undefined;
    const day = dayOf(m.groups!);
    if (!isValidDay(day, month)) return impossible(ctx, span);
    const y = inferYear(ctx, span, sofar);
    if (y !== undefined && !isValidDay(day, month, y)) return impossible(ctx, span);
    return dayDraft(span, y, month, day, true);
  },
};

/** "24 June", "1st of July": a day without a year. */
const dayMonth: DateRule = {
  name: 'en.dates.dayMonth',
  // "24 June", "the first of July" (a word day needs "of")
  pattern: re(`${B_START}(?:the${S})?(?:${DAY}${S}(?:of${S})?|(?<dayw>${keysOf(EN_DAY_WORDS)})${S}of${S})${MONTH}${B_END}(?!,?[ \\u00A0]{1,3}\\d)`),
  build: monthDay.build,
};

/** "in July", "since March": a month without a year. */
const monthAlone: DateRule = {
  name: 'en.dates.monthAlone',
  pattern: re(`${B_START}(?:${alternation(EN_MONTH_PREPOSITIONS)})[ \\u00A0\\-]{1,3}${MONTH}${B_END}(?![ \\u00A0]{1,3}\\d)`),
  build(m, ctx, sofar) {
    const month = monthOf(m.groups!.month);
    if (!month) return undefined;
    const p = m.indices!.groups!.month!;
    const span = { start: p[0], end: p[1] };
    if (alreadyFound(ctx, span)) return undefined;
    const y = inferYear(ctx, span, sofar);
    return y === undefined ? undefined : monthDraft(span, y, month, true);
  },
};

const range = yearRangeRule('en', {
  termWords: EN_TERM_WORDS,
  periodWords: EN_PERIOD_WORDS,
  termContext: EN_TERM_CONTEXT,
});

export const datesExtractors: readonly Extractor[] = [
  // stated years first
  monthDayRange,
  dayMonSepYear,
  monthDayYear,
  dayMonthYear,
  numericDateRule('en'),
  isoDateRule('en'),
  numericShortYearRule('en'),
  numericMonthYear,
  monthYear,
  yearFromToRule('en', { opens: ['from', 'between'], joins: ['to|until|till|through', 'and'] }),
  range,
  year,
  coordinatedYearRule('en', EN_CONJUNCTIONS),
  // periods: stated or inferred year
  firstLastMonths,
  quarter,
  half,
  // no year: inferred from the sentence or referenceDate
  monthDay,
  dayMonth,
  dayRangeStartRule('en', ['and'], ['to', 'through', 'until', 'till']),
  monthAlone,
].map(ruleExtractor);
