/**
 * Refiners, in declared order, after every extractor ran and before linking:
 * 1. dates: drop dates inside document codes; keep the longest of overlapping dates.
 * 2. every family: drop exact duplicates (same span and same content).
 */
import { contains, overlapFinder, removeOverlaps } from './span.js';
import type { Context, Drafts } from './types.js';

export function refine(_ctx: Context, d: Drafts): void {
  const inCode = overlapFinder(d.documents.filter((x) => x.code).map((x) => x.span));
  d.dates = removeOverlaps(d.dates.filter((x) => !inCode(x.span).some((c) => !contains(x.span, c))));
  d.documents = dedupe(d.documents);
  d.people = dedupe(d.people);
  d.units = dedupe(d.units);
  d.unitChanges = dedupe(d.unitChanges);
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
