/** English date vocabulary: data only; regex alternations are generated from it. */

/** Month names and abbreviations (matched only when capitalised: "May" vs "may"). */
export const EN_MONTHS: Readonly<Record<string, number>> = {
  January: 1, February: 2, March: 3, April: 4, May: 5, June: 6,
  July: 7, August: 8, September: 9, October: 10, November: 11, December: 12,
  Jan: 1, Feb: 2, Mar: 3, Apr: 4, Jun: 6, Jul: 7, Aug: 8, Sep: 9, Sept: 9, Oct: 10, Nov: 11, Dec: 12,
};

/** Days written as ordinal words: "March third, 2015", "the first of March". */
export const EN_DAY_WORDS: Readonly<Record<string, number>> = (() => {
  const ones = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const out: Record<string, number> = {};
  ones.forEach((w, i) => (out[w] = i + 1));
  ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'].forEach((w, i) => (out[w] = i + 10));
  out.twentieth = 20;
  out.thirtieth = 30;
  ones.forEach((w, i) => {
    out[`twenty-${w}`] = 21 + i;
    out[`twenty ${w}`] = 21 + i;
  });
  out['thirty-first'] = 31;
  out['thirty first'] = 31;
  return out;
})();

/** Number words for "the first nine months", "the last three months". */
export const EN_NUMBERS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12,
};

/** Ordinals of quarters and halves: "the third quarter", "Q3". */
export const EN_ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, '1st': 1, '2nd': 2, '3rd': 3, '4th': 4,
};

/** "first N months" / "last N months". */
export const EN_FIRST_LAST: Readonly<Record<string, 'first' | 'last'>> = {
  first: 'first', last: 'last', final: 'last', past: 'last', remaining: 'last',
};

/** Words before a bare year that make it a year: "in 2025", "by 2030". */
export const EN_YEAR_PREPOSITIONS = [
  'in', 'by', 'since', 'until', 'till', 'through', 'during', 'before', 'after', 'from', 'for',
  'of', 'the year', 'year', 'the', 'early', 'late', 'mid', 'end of', 'throughout',
] as const;

/** Words before a month name alone that make it a month: "in July", "since March". */
export const EN_MONTH_PREPOSITIONS = [
  'in', 'since', 'until', 'till', 'by', 'during', 'before', 'after', 'from', 'early', 'late',
  'mid', 'end of', 'the end of', 'beginning of', 'the beginning of', 'throughout',
] as const;

/** Office terms: "the 2025-2030 term". */
export const EN_TERM_WORDS = ['term', 'tenure', 'tenures', 'terms'] as const;
/** Spans of time: "the period 2025-2028", "school year 2025-2026". */
export const EN_PERIOD_WORDS = ['period', 'stage', 'phase', 'school year', 'academic year', 'years', 'five-year plan', 'five-year period', 'plan', 'strategy', 'programme', 'program'] as const;
/** Nearby words that make a bare range an office term (elections of deputies). */
export const EN_TERM_CONTEXT = ['election of deputies', 'elections of deputies', 'convocation'] as const;

/** Conjunctions that coordinate a year with a date mention just before it: "... period and 2026". */
export const EN_CONJUNCTIONS = ['and', 'or', 'and in', 'or in'] as const;

/** Words after a number that make it a count, not a year: "of 2025 billion dong". */
export const EN_COUNT_WORDS = [
  'billion', 'million', 'thousand', 'trillion', 'dong', 'VND', 'USD', 'people', 'households',
  'hectares', 'ha', 'km', 'tons', 'tonnes', 'cadres', 'members', 'votes', 'percent',
] as const;
