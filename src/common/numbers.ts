/**
 * Numbers written as words, in compounds: "seventy-five", "one hundred and twenty", "тридцать три",
 * "четыреста сорок четыре", "ba mươi ba", "hai trăm", "năm nghìn". A locale gives its words as
 * data; `compoundPattern` matches a run of them and `readCompound` adds them up, so the last word
 * of a compound is never read as the whole number ("тридцать три уезда" is 33, not 3).
 */
import { alternation, B_END, B_START } from '../patterns.js';

export interface NumberWordTable {
  /** Words that add their value: one..nine, teens, tens, Russian hundreds (двести). */
  readonly values: Readonly<Record<string, number>>;
  /** Words that multiply the last value added (mươi ×10, trăm/hundred/сотни ×100). */
  readonly multiplyLast?: Readonly<Record<string, number>>;
  /** Scale words that close a group (thousand, nghìn, ngàn, тысяча ×1000, million ×10⁶). */
  readonly scales?: Readonly<Record<string, number>>;
  /** Words between parts that add nothing: "and", "linh", "lẻ". */
  readonly fillers?: readonly string[];
}

const fold = (s: string) => s.toLowerCase().replace(/ё/g, 'е');

/** Regex source of a compound: 1 to 7 number words joined by spaces or hyphens. */
export function compoundPattern(t: NumberWordTable): string {
  const words = [...Object.keys(t.values), ...Object.keys(t.multiplyLast ?? {}), ...Object.keys(t.scales ?? {})];
  const W = `(?:${alternation(words)})`;
  const V = `(?:${alternation(Object.keys(t.values))})`;
  const SC = t.scales ? `(?:${alternation(Object.keys(t.scales))})` : '(?!)';
  // a filler only after a multiplier or scale word: "one hundred and five", "hai trăm linh năm";
  // "two and one communes" is two counts, not three
  const MS = [...Object.keys(t.multiplyLast ?? {}), ...Object.keys(t.scales ?? {})];
  const F = t.fillers?.length && MS.length ? `(?:(?<=(?:${alternation(MS)})[ \\u00A0]{1,2})(?:${alternation(t.fillers)})[ \\u00A0]{1,2})?` : '';
  // a compound starts with a value word ("thousand" alone is no count), or with digits before a
  // scale word ("5 thousand", "5 nghìn")
  return `${B_START}(?:${V}|\\d{1,3}(?=[ \\u00A0]${SC}${B_END}))(?:(?:[ \\u00A0]{1,2}|-)${F}${W}){0,11}${B_END}`;
}

/** The value of a compound, or undefined when a word is unknown or the order makes no sense. */
export function readCompound(t: NumberWordTable, text: string): number | undefined {
  const values = new Map(Object.entries(t.values).map(([k, v]) => [fold(k), v] as const));
  const mult = new Map(Object.entries(t.multiplyLast ?? {}).map(([k, v]) => [fold(k), v] as const));
  const scales = new Map(Object.entries(t.scales ?? {}).map(([k, v]) => [fold(k), v] as const));
  const fillers = new Set((t.fillers ?? []).map(fold));
  let total = 0;
  let cur = 0;
  let last = 0;
  let hasLast = false;
  let words = 0;
  let afterScale = false;
  for (const raw of text.split(/[ \u00A0-]+/)) {
    const w = fold(raw);
    if (!w) continue;
    if (fillers.has(w)) {
      // only after a multiplier or a scale word ("hundred and five"), as the pattern allows
      if (!afterScale) return undefined;
      continue;
    }
    const v = /^\d{1,3}$/.test(w) ? Number(w) : values.get(w);
    if (v !== undefined) {
      cur += v;
      last = v;
      hasLast = true;
    } else if (mult.has(w)) {
      const m = mult.get(w)!;
      const base = hasLast ? last : 1; // "không trăm" is 0 × 100; "trăm" alone is 100
      cur = cur - (hasLast ? last : 0) + base * m;
      last = base * m;
      hasLast = true;
    } else if (scales.has(w)) {
      total += (cur || 1) * scales.get(w)!;
      cur = 0;
      last = 0;
      hasLast = false;
    } else return undefined;
    afterScale = mult.has(w) || scales.has(w);
    words++;
  }
  return words ? total + cur : undefined;
}
