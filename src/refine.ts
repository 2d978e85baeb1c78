/**
 * Refiners, in declared order, after every extractor ran and before linking:
 * 1. dates: drop dates inside document codes; keep the longest of overlapping dates.
 * 2. dates: two months joined by a range word ("April 2021 – January 2023", "с апреля 2021 года по
 *    январь 2023 года", "tháng 4/2021 đến tháng 1/2023") are one period.
 * 3. every family: drop exact duplicates (same span and same content).
 */
import { contains, overlapFinder, removeOverlaps } from './span.js';
import type { Context, DateDraft, Drafts } from './types.js';

export function refine(ctx: Context, d: Drafts): void {
  const inCode = overlapFinder(d.documents.filter((x) => x.code).map((x) => x.span));
  d.dates = monthRanges(ctx.text, removeOverlaps(d.dates.filter((x) => !inCode(x.span).some((c) => !contains(x.span, c)))));
  d.documents = dedupe(d.documents);
  d.people = dedupe(d.people);
  d.units = dedupe(d.units);
  d.unitChanges = dedupe(d.unitChanges);
}

/** What joins the two months of a range: a dash, "to", "until", "по", "до", "đến". */
const RANGE_GAP = /^[ \u00A0]{0,3}(?:[-–—]|to|until|till|through|по|до|đến|tới)[ \u00A0]{0,3}$/iu;
const MONTH = /^\d{4}-\d{2}$/;

/** Months two by two: a stated month, a range word, a later stated month → a period. Sorted input. */
function monthRanges(text: string, dates: DateDraft[]): DateDraft[] {
  const out: DateDraft[] = [];
  for (let i = 0; i < dates.length; i++) {
    const a = dates[i]!;
    const b = dates[i + 1];
    if (
      b && a.kind === 'month' && b.kind === 'month' && !a.yearInferred && !b.yearInferred &&
      a.value && b.value && MONTH.test(a.value) && MONTH.test(b.value) && a.value < b.value &&
      b.span.start - a.span.end <= 12 && RANGE_GAP.test(text.slice(a.span.end, b.span.start))
    ) {
      out.push({ kind: 'period', start: a.value, end: b.value, span: { start: a.span.start, end: b.span.end } });
      i++;
      continue;
    }
    out.push(a);
  }
  return out;
}

/** Drops records identical to an earlier one (same span and fields). */
export function dedupe<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
