/**
 * Helpers to build readable, linear, Unicode-aware patterns from lexicons.
 * No `\b` or `\w`: they are ASCII-only and wrong for Russian and Vietnamese.
 */

/** Not preceded by a letter or digit. */
export const B_START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
export const B_END = '(?![\\p{L}\\p{N}])';
/** Not followed by a letter (a digit may follow). */
export const B_END_L = '(?![\\p{L}])';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * An alternation from lexicon entries, longest first so that "Nghị quyết liên tịch" wins over
 * "Nghị quyết"; spaces match any run of one to three spaces (real text doubles them).
 */
export function alternation(words: Iterable<string>): string {
  const uniq = [...new Set(words)].filter((w) => w.length > 0);
  uniq.sort((a, b) => b.length - a.length || a.localeCompare(b));
  return uniq.map((w) => escapeRegExp(w).replace(/ /g, '[ \\u00A0]{1,3}')).join('|');
}

/** Case-insensitive Unicode regexp with match indices (`d`) from a source string. */
export function re(source: string, flags = 'giud'): RegExp {
  return new RegExp(source, flags);
}
