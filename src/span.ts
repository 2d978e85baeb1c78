/** Span helpers. Spans are half-open UTF-16 offsets into the caller's original string. */
import type { Span } from './schema.js';

export type { Span };

/** A candidate found in the normalised text, before its span is mapped back. */
export interface Hit {
  start: number;
  end: number;
}

export function overlaps(a: Hit, b: Hit): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Hit, inner: Hit): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}

/**
 * A query for the spans of `spans` that overlap a hit: sorted once, then a binary search per
 * query plus a walk over the spans that can reach it (spans longer than `maxLen` are checked
 * one by one, so any input stays correct).
 */
export function overlapFinder(spans: readonly Hit[], maxLen = 200): (h: Hit) => Hit[] {
  const short = spans.filter((s) => s.end - s.start <= maxLen).sort((a, b) => a.start - b.start);
  const long = spans.filter((s) => s.end - s.start > maxLen);
  return (h) => {
    let lo = 0;
    let hi = short.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (short[mid]!.start < h.start - maxLen) lo = mid + 1;
      else hi = mid;
    }
    const out: Hit[] = [];
    for (let i = lo; i < short.length && short[i]!.start < h.end; i++) if (overlaps(short[i]!, h)) out.push(short[i]!);
    for (const s of long) if (overlaps(s, h)) out.push(s);
    return out;
  };
}

/** Index of the first of `xs` (sorted by span start) that starts at or after `pos`: a binary search. */
export function firstFrom(xs: readonly { span: Hit }[], pos: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid]!.span.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Span of a whole match. */
export function matchSpan(m: RegExpExecArray): Hit {
  return { start: m.index, end: m.index + m[0].length };
}

/**
 * Span of a capture group, using the `d` flag's indices when present.
 * Returns undefined when the group did not take part in the match.
 */
export function groupSpan(m: RegExpExecArray, group: number | string): Hit | undefined {
  const ind = m.indices;
  if (!ind) throw new Error('groupSpan needs a RegExp with the d flag');
  const pair = typeof group === 'number' ? ind[group] : ind.groups?.[group];
  return pair ? { start: pair[0], end: pair[1] } : undefined;
}

/** Trims whitespace and the given punctuation from both ends of a span of `text`. */
export function trimSpan(text: string, h: Hit, chars = ' \t\r\n,;:.'): Hit {
  let { start, end } = h;
  while (start < end && chars.includes(text[start]!)) start++;
  while (end > start && chars.includes(text[end - 1]!)) end--;
  return { start, end };
}

/** True when every span in `records` slices `input` to its `text`. */
export function spanSlicesToText(input: string, r: { text: string; span: Span }): boolean {
  return input.slice(r.span.start, r.span.end) === r.text;
}

/** Sorts records by span start, longer first on ties. */
export function byStart(a: { span: Hit }, b: { span: Hit }): number {
  return a.span.start - b.span.start || b.span.end - a.span.end;
}

/**
 * Keeps the longest of overlapping records (earlier first on equal length). O(n log n) on the
 * candidates plus a binary search per kept record over the kept spans, which stay sorted and
 * disjoint.
 */
export function removeOverlaps<T extends { span: Hit }>(items: T[]): T[] {
  const sorted = [...items].sort(
    (a, b) => b.span.end - b.span.start - (a.span.end - a.span.start) || a.span.start - b.span.start,
  );
  const kept: T[] = []; // disjoint, sorted by start
  for (const x of sorted) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.span.start < x.span.start) lo = mid + 1;
      else hi = mid;
    }
    const prev = kept[lo - 1];
    const next = kept[lo];
    if ((prev && overlaps(prev.span, x.span)) || (next && overlaps(next.span, x.span))) continue;
    // a zero-length span sitting at another's start overlaps nothing: keep it too
    kept.splice(lo, 0, x);
  }
  return kept;
}
