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

/** A global pattern whose leading one-character lookbehind is checked in JS (see `scanner`). */
export interface Scanner {
  /** The pattern without its leading `(?<![...])`, or the pattern itself. */
  readonly body: RegExp;
  /** The class the character before a match must not be in, or undefined. */
  readonly notAfter: RegExp | undefined;
}

const LEADING_LOOKBEHIND = /^\(\?<!(\[(?:[^\]\\]|\\.)*\])\)/u;
const scanners = new WeakMap<RegExp, Scanner>();

/**
 * The same matches as a global scan with `pattern`, faster when the pattern opens with a
 * one-character negative lookbehind (`(?<![\p{L}\p{N}])`, as most of ours do): V8 cannot skip
 * ahead to the pattern's first characters past a leading lookbehind, which makes such a scan
 * 1.5-4 times slower. The body is scanned without it and a match preceded by a character of
 * the class is rejected, the scan going on one character later. The leftmost accepted match is
 * the one the full pattern finds: no position before it matches the body at all, and the
 * lookbehind stands before everything else, so it cannot change which way the body matches.
 */
export function scanner(pattern: RegExp): Scanner {
  const hit = scanners.get(pattern);
  if (hit) return hit;
  const flags = pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`;
  const m = pattern.sticky ? null : LEADING_LOOKBEHIND.exec(pattern.source);
  const s: Scanner = m
    ? { body: new RegExp(pattern.source.slice(m[0].length), flags), notAfter: new RegExp(`${m[1]}$`, pattern.flags.replace(/[gyd]/g, '')) }
    : { body: pattern.global ? pattern : new RegExp(pattern.source, flags), notAfter: undefined };
  scanners.set(pattern, s);
  return s;
}

/** Every match of `pattern` in `text`, as a global scan with it would give them (see `scanner`). */
export function* scan(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  const { body, notAfter } = scanner(pattern);
  body.lastIndex = 0;
  for (let m = body.exec(text); m; m = body.exec(text)) {
    if (notAfter && m.index > 0 && notAfter.test(text.slice(Math.max(0, m.index - 2), m.index))) {
      // one code point on: with the `u` flag, an index inside a surrogate pair goes back to its start
      body.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    if (m[0].length === 0) body.lastIndex = m.index + ((text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    yield m;
  }
}
