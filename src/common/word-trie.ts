/**
 * A word list as a character trie walked in JavaScript: the same matches as the regex
 * `(?:prefixes)?(?:words)` built by `trieAlternation` with the `i` and `u` flags, without
 * compiling that regex. A list of 1,400 inflected Russian post titles compiles, on its first use
 * in a process, to megabytes of machine code (about a second, once per pattern that embeds it);
 * the trie is built from the lexicon data in a few milliseconds and is as fast to walk.
 *
 * Semantics, as the regexes it replaces:
 * - case-insensitive: a text character matches a trie character when its lower case (one code
 *   unit to one code unit) is that character; the words are lower-cased when the trie is built;
 * - a space in a word matches one to three spaces or no-break spaces (`[ \u00A0]{1,3}`);
 * - at one position the longest word wins whose end is not followed by a letter or digit;
 * - an optional prefix ("former ", "бывшего ") is tried first, then the bare word;
 * - `find` takes the leftmost position that is not preceded by a letter or digit.
 * Every walk is bounded by the longest word, so a scan is linear in the text.
 */

interface Node {
  end: boolean;
  next: Map<string, Node>;
}

export interface WordTrie {
  readonly root: Node;
  readonly prefixes: Node | undefined;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** A letter or digit starts at `i` (a whole code point, as the `u` regexes read it). */
function wordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (Number.isNaN(c)) return false;
  if (c < 0x80) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER_OR_DIGIT.test(text.slice(i, i + 2));
}

/** A letter or digit ends at `i` (exclusive), never looking before `lo`. */
function wordCharBefore(text: string, i: number, lo: number): boolean {
  if (i <= lo) return false;
  const c = text.charCodeAt(i - 1);
  // the low half of a surrogate pair: the code point starts one unit earlier
  if (c >= 0xdc00 && c <= 0xdfff && i - 2 >= lo) return wordCharAt(text, i - 2);
  return wordCharAt(text, i - 1);
}

/** One code unit's lower case, or the unit itself when lower-casing would change the length. */
function fold(ch: string): string {
  const l = ch.toLowerCase();
  return l.length === 1 ? l : ch;
}

function build(words: Iterable<string>): Node {
  const root: Node = { end: false, next: new Map() };
  for (const raw of words) {
    if (!raw) continue;
    let node = root;
    for (const ch of raw.toLowerCase()) {
      // one code unit per step: the text is walked by code units
      for (let i = 0; i < ch.length; i++) {
        const u = ch[i]!;
        let n = node.next.get(u);
        if (!n) node.next.set(u, (n = { end: false, next: new Map() }));
        node = n;
      }
    }
    node.end = true;
  }
  return root;
}

export function wordTrie(words: Iterable<string>, prefixes: Iterable<string> = []): WordTrie {
  const p = build(prefixes);
  return { root: build(words), prefixes: p.next.size ? p : undefined };
}

const isSpace = (ch: string | undefined) => ch === ' ' || ch === '\u00A0';

/**
 * Ends of every word of `node`'s trie that matches `text` at `at` (before `to`), longest first.
 * A space of a word takes one to three spaces of the text, the longest run first (greedy, as
 * `[ \u00A0]{1,3}`); a run of spaces can only continue with a non-space, so the first way that
 * continues is the only one.
 */
function ends(node: Node, text: string, at: number, to: number, out: number[]): void {
  const found: number[] = [];
  let n: Node | undefined = node;
  let i = at;
  while (n && i <= to) {
    if (n.end) found.push(i);
    if (i === to) break;
    const ch = text[i]!;
    if (isSpace(ch)) {
      const s = n.next.get(' ');
      if (!s) break;
      let j = i + 1;
      while (j < to && j < i + 3 && isSpace(text[j])) j++;
      n = s;
      i = j;
      continue;
    }
    n = n.next.get(fold(ch));
    i++;
  }
  for (let k = found.length - 1; k >= 0; k--) out.push(found[k]!);
}

/**
 * The end of the match at `at` (sticky, no condition before `at`), or -1: the prefix (if any
 * matches, longest first) then the longest word followed by neither letter nor digit (within
 * `to`: the text stops there, as for a regex run on a slice).
 */
export function matchAt(t: WordTrie, text: string, at: number, to = text.length): number {
  if (t.prefixes) {
    const pre: number[] = [];
    ends(t.prefixes, text, at, to, pre);
    for (const p of pre) {
      const e = wordEnd(t.root, text, p, to);
      if (e >= 0) return e;
    }
  }
  return wordEnd(t.root, text, at, to);
}

function wordEnd(root: Node, text: string, at: number, to: number): number {
  const out: number[] = [];
  ends(root, text, at, to, out);
  for (const e of out) if (e > at && (e === to || !wordCharAt(text, e))) return e;
  return -1;
}

/**
 * The leftmost match in [from, to) that starts where no letter or digit precedes it, as
 * `{ start, end }`. `lo` is where the text is taken to begin (a regex run on a slice sees nothing
 * before it): by default `from`.
 */
export function find(t: WordTrie, text: string, from: number, to = text.length, lo = from): { start: number; end: number } | undefined {
  const root = t.root.next;
  const pre = t.prefixes?.next;
  for (let p = from; p < to; p++) {
    const first = fold(text[p]!);
    if (!root.has(first) && !(pre && pre.has(first))) continue;
    if (wordCharBefore(text, p, lo)) continue;
    const e = matchAt(t, text, p, to);
    if (e >= 0) return { start: p, end: e };
  }
  return undefined;
}

/**
 * Every match in [from, to), left to right, each search starting where the last match ended
 * (as a global regex run on the slice [lo, to)).
 */
export function* findAll(t: WordTrie, text: string, from = 0, to = text.length, lo = from): Generator<{ start: number; end: number }> {
  let p = from;
  for (let m = find(t, text, p, to, lo); m; m = find(t, text, p, to, lo)) {
    yield m;
    p = m.end;
  }
}
