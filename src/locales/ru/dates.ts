/**
 * ru dates extractors, one per pattern family. Families that state a year run first; the
 * families of mentions without a year run last and take the year from a stated date in the
 * same sentence, else from `referenceDate` (`yearInferred: true`).
 *
 * Month names come in every case form (dates.lexicon.ts). "XIII созыва" and "13-го созыва" are
 * ordinals, never dates: nothing here reads a number before "созыва".
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
  dayRangeStartRule,
  yearDraft,
  yearRangeRule,
  yearFromToRule,
  type DateRule,
} from '../../common/dates.js';
import { alternation, B_END, B_START, re } from '../../patterns.js';
import type { Extractor } from '../../types.js';
import {
  RU_FIRST_LAST,
  RU_HALF_ORDINALS,
  RU_HALF_WORDS,
  RU_MONTH_PREPOSITIONS,
  RU_MONTH_WORDS,
  RU_MONTHS,
  RU_MONTHS_GENITIVE,
  RU_MONTH_ABBR_ALT,
  RU_DAY_WORDS,
  RU_NUMBERS,
  RU_PERIOD_WORDS,
  RU_QUARTER_ORDINALS,
  RU_QUARTER_WORDS,
  RU_TERM_CONTEXT,
  RU_OFFICE_STEMS,
  RU_PLAN_STEMS,
  RU_TERM_WORDS,
  RU_YEAR_WORDS,
  RU_YEARS_WORDS,
  RU_CONJUNCTIONS,
} from './dates.lexicon.js';

const S = '[ \\u00A0]{1,3}';
/** "г." ends with a dot, the other words at a word end. */
const END_WORD = `(?:(?<=\\.)|${B_END})`;
/** A year and its optional word: "2025", "2025 года", "2025 г.", "2025г.", "2025-го года". */
const Y = (name = 'year'): string =>
  `(?<${name}>${YEAR})${YEAR_END}(?:[-\\u2010\\u2011](?:го|м|му|й|ом)(?![\\p{L}]))?(?:[ \\u00A0]{0,2}(?:${alternation(RU_YEAR_WORDS)})${END_WORD})?`;
/** A day: digits, with an ordinal ending ("3-его", "31-ое", "18-е", "24-ого"), or a word ("третье"). */
const DAY = `(?:(?<d>\\d{1,2})(?![\\p{N}])(?:-?(?:его|ого|ое|го|е|ему|ому|му|ом)(?![\\p{L}]))?|(?<dw>${keysOf(RU_DAY_WORDS)})(?![\\p{L}]))`;
function dayOf(g: Record<string, string | undefined>): number {
  return g.d !== undefined ? Number(g.d) : (RU_DAY_WORDS[g.dw!.toLowerCase().replace(/\s+/g, ' ').replace(/ё/g, 'ё')] ?? 0);
}
// the dot belongs to an abbreviation ("3 мар."), not to the sentence ("до 10 декабря.")
const MONTH_GEN = `(?<month>${keysOf(RU_MONTHS_GENITIVE)})${B_END}(?:(?<=${RU_MONTH_ABBR_ALT})\\.)?`;
const MONTH_ANY = `(?<month>${keysOf(RU_MONTHS)})${B_END}`;

function monthOf(s: string | undefined): number | undefined {
  return s ? (RU_MONTHS[s.toLowerCase()] ?? RU_MONTHS_GENITIVE[s.toLowerCase().replace(/\.$/, "")]) : undefined;
}

/** "14 апреля 2025 г.", "25 октября 2017 года" */
const dayMonthYear: DateRule = {
  name: 'ru.dates.dayMonthYear',
  pattern: re(`${B_START}${DAY}${S}${MONTH_GEN}${S}${Y()}`),
  build(m, ctx) {
    const g = m.groups!;
    const month = monthOf(g.month);
    if (!month) return undefined;
    const span = spanOf(m);
    const y = Number(g.year);
    const day = dayOf(g);
    if (!isValidDay(day, month, y)) return impossible(ctx, span);
    return dayDraft(span, y, month, day);
  },
};

/** "в июле 2025 года", "апрель 2025 г." */
const monthYear: DateRule = {
  name: 'ru.dates.monthYear',
  pattern: re(`${B_START}(?<!\\p{N}[ \\u00A0]{1,3})${MONTH_ANY}${S}${Y()}`),
  build(m) {
    const month = monthOf(m.groups!.month);
    if (!month) return undefined;
    return monthDraft(spanOf(m), Number(m.groups!.year), month);
  },
};

/** "в 2025 году", "на 2025 год", "2025 г.": a year needs the word "год". */
const year: DateRule = {
  name: 'ru.dates.year',
  pattern: re(
    `(?<![\\p{L}\\p{N}./\\-\\u2010-\\u2015])(?<![\\-\\u2010-\\u2015][ \\u00A0])(?<year>${YEAR})${YEAR_END}[ \\u00A0]{0,2}(?:${alternation(RU_YEAR_WORDS)})${END_WORD}`,
  ),
  build(m) {
    return yearDraft(spanOf(m), Number(m.groups!.year));
  },
};

const NUM = `(?<n>\\d{1,2}|${keysOf(RU_NUMBERS)})`;

/** "первые 9 месяцев 2025 года", "последние три месяца года" */
const firstLastMonths: DateRule = {
  name: 'ru.dates.firstLastMonths',
  pattern: re(
    `${B_START}(?<which>${keysOf(RU_FIRST_LAST)})${S}${NUM}${S}(?:${alternation(RU_MONTH_WORDS)})${B_END}(?:${S}(?:${Y()}|(?:(?:этого|текущего|нынешнего|сего)${S})?года${B_END}))?`,
  ),
  build(m, ctx, sofar) {
    const g = m.groups!;
    const n = readNumber(g.n, RU_NUMBERS);
    const which = RU_FIRST_LAST[g.which!.toLowerCase()];
    const months = n !== undefined && which ? monthsOfYear(which, n) : undefined;
    if (!months) return undefined;
    const span = spanOf(m);
    return monthsWithYear(ctx, span, sofar, g.year, months[0], months[1]);
  },
};

/** "в третьем квартале 2025 года", "I квартал 2025 г.", "в 3-м квартале" */
const quarter: DateRule = {
  name: 'ru.dates.quarter',
  pattern: re(
    `${B_START}(?<q>${keysOf(RU_QUARTER_ORDINALS)})${S}(?:${alternation(RU_QUARTER_WORDS)})${B_END}(?:${S}${Y()})?`,
  ),
  build(m, ctx, sofar) {
    const g = m.groups!;
    const key = Object.keys(RU_QUARTER_ORDINALS).find((k) => k.toLowerCase() === g.q!.toLowerCase());
    const q = key ? RU_QUARTER_ORDINALS[key] : undefined;
    if (!q) return undefined;
    const [from, to] = quarterMonths(q);
    const span = spanOf(m);
    // without a year, a quarter is a time only after a preposition: "в третьем квартале" is,
    // "станет первым кварталом, в котором ..." is not
    if (!g.year && !QUARTER_PREP.test(ctx.text.slice(Math.max(0, span.start - 16), span.start))) return undefined;
    return monthsWithYear(ctx, span, sofar, g.year, from, to);
  },
};
const QUARTER_PREP = /(?<![\p{L}])(?:в|во|за|на|до|к|с|со|по|течение|конца|концу|начала|началу|итогам)[ \u00A0]{1,3}$/iu;

/** "в первом полугодии 2025 года" */
const half: DateRule = {
  name: 'ru.dates.half',
  pattern: re(`${B_START}(?<h>${keysOf(RU_HALF_ORDINALS)})${S}(?:${alternation(RU_HALF_WORDS)})${B_END}(?:${S}${Y()})?`),
  build(m, ctx, sofar) {
    const g = m.groups!;
    const h = RU_HALF_ORDINALS[g.h!.toLowerCase()];
    if (!h) return undefined;
    const [from, to] = h === 1 ? [1, 6] : [7, 12];
    const span = spanOf(m);
    return monthsWithYear(ctx, span, sofar, g.year, from, to);
  },
};

/** "15 октября", "до 15 мая": a day without a year. */
const dayMonth: DateRule = {
  name: 'ru.dates.dayMonth',
  pattern: re(`${B_START}${DAY}${S}${MONTH_GEN}`),
  build(m, ctx, sofar) {
    const g = m.groups!;
    const month = monthOf(g.month);
    if (!month) return undefined;
    const span = spanOf(m);
    if (alreadyFound(ctx, span)) return undefined;
    const day = dayOf(g);
    if (!isValidDay(day, month)) return impossible(ctx, span);
    const y = inferYear(ctx, span, sofar, { month, past: RU_PAST_VERB });
    if (y !== undefined && !isValidDay(day, month, y)) return impossible(ctx, span);
    return dayDraft(span, y, month, day, true);
  },
};

/** A verb in the past tense: "встречался", "подписал", "прошла", "избрали". */
const RU_PAST_VERB = /(?<![\p{L}])\p{Ll}{2,}(?:ал|ял|ел|ёл|ил|ыл|ул)(?:а|и|о|ся|ась|ись|ось)?(?![\p{L}])/u;

/** "в апреле", "с июля": a month without a year. */
const monthAlone: DateRule = {
  name: 'ru.dates.monthAlone',
  pattern: re(`${B_START}(?:${alternation(RU_MONTH_PREPOSITIONS)})${S}${MONTH_ANY}(?![ \\u00A0]{1,3}\\p{N})`),
  build(m, ctx, sofar) {
    const month = monthOf(m.groups!.month);
    if (!month) return undefined;
    const p = m.indices!.groups!.month!;
    const span = { start: p[0], end: p[1] };
    if (alreadyFound(ctx, span)) return undefined;
    const y = inferYear(ctx, span, sofar, { month, past: RU_PAST_VERB });
    return y === undefined ? undefined : monthDraft(span, y, month, true);
  },
};

const range = yearRangeRule('ru', {
  termWords: RU_TERM_WORDS,
  periodWords: RU_PERIOD_WORDS,
  yearSuffixes: RU_YEARS_WORDS,
  termContext: RU_TERM_CONTEXT,
  officeStems: RU_OFFICE_STEMS,
  planStems: RU_PLAN_STEMS,
});

export const datesExtractors: readonly Extractor[] = [
  // stated years first
  dayMonthYear,
  numericDateRule('ru'),
  isoDateRule('ru'),
  numericShortYearRule('ru', true),
  monthYear,
  yearFromToRule('ru', { opens: ['с|со'], joins: ['по'], suffixes: [...RU_YEARS_WORDS, 'год'] }),
  range,
  year,
  coordinatedYearRule('ru', RU_CONJUNCTIONS),
  // periods: stated or inferred year
  firstLastMonths,
  quarter,
  half,
  // no year: inferred from the sentence or referenceDate
  dayMonth,
  dayRangeStartRule('ru', ['и'], ['по', 'до']),
  monthAlone,
].map(ruleExtractor);
