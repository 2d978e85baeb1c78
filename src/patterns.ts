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

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * The same language as `alternation(words)`, factored by common prefixes ("Deputy (?:Chairman|
 * Chairmen|Director)"): the source stays small (V8 does not optimise a pattern whose source
 * is over 20,480 characters, and a flat list of a thousand inflected titles is slow to match),
 * and at every branch the longer word is still tried first (a greedy optional end). With
 * `caseInsensitive` (for patterns with the `i` flag) the words are lower-cased first.
 */
export function trieAlternation(words: Iterable<string>, { caseInsensitive = false } = {}): string {
  const root: TrieNode = { end: false, next: new Map() };
  // for a pattern with the `i` flag: case variants share one branch, so the longest still wins
  const all = caseInsensitive ? [...words].map((w) => w.toLowerCase()) : words;
  for (const w of new Set(all)) {
    if (!w) continue;
    let node = root;
    for (const ch of w) {
      let n = node.next.get(ch);
      if (!n) node.next.set(ch, (n = { end: false, next: new Map() }));
      node = n;
    }
    node.end = true;
  }
  const atom = (ch: string) => (ch === ' ' ? '[ \\u00A0]{1,3}' : escapeRegExp(ch));
  const emit = (node: TrieNode): string => {
    // a chain of single children is a literal run
    let lit = '';
    let n = node;
    while (!n.end && n.next.size === 1) {
      const [ch, child] = [...n.next][0]!;
      lit += atom(ch);
      n = child;
    }
    if (n.next.size === 0) return lit;
    const branches = [...n.next].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([ch, child]) => atom(ch) + emit(child));
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    return lit + (n.end ? (branches.length === 1 ? `(?:${body})?` : `${body}?`) : body);
  };
  return root.next.size ? emit(root) : '';
}
