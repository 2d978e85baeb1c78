/**
 * Normalisation with an offset map back to the caller's string.
 *
 * 1. NFC, one grapheme-ish cluster (a base character and its combining marks) at a time, so that
 *    every output character maps to the cluster it came from.
 * 2. Ð (U+00D0, Icelandic eth) and ð stand in for Vietnamese Đ/đ in this genre: folded.
 * 3. Cyrillic look-alike letters inside code-shaped tokens (`148-КЛ/TW`, `НД-CP`, `57-НК/ТВ`)
 *    folded to Latin, one letter for one letter, so offsets do not move.
 *
 * Spans found in the normalised text go back through `toOriginal`.
 */
import type { Hit } from './span.js';

export interface Normalized {
  /** The normalised text that extractors read. */
  text: string;
  /** Maps a half-open span of `text` to the corresponding span of the original input. */
  toOriginal(h: Hit): Hit;
  /** True when normalisation changed nothing, offsets are the identity. */
  identity: boolean;
}

/** Cyrillic letters that look like (or transliterate one-to-one into) Latin code letters. */
export const CYRILLIC_TO_LATIN: Readonly<Record<string, string>> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'N', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X',
  У: 'Y', І: 'I', Ј: 'J', Ѕ: 'S',
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's',
  // transliterations met in codes written by Russian pages: КЛ = KL, НД = ND, ТТр = TTr
  Л: 'L', Д: 'D', Г: 'G', П: 'P', И: 'I', Б: 'B', Ф: 'F',
};

const ETH: Readonly<Record<string, string>> = { '\u00D0': '\u0110', '\u00F0': '\u0111' };

/**
 * A code-shaped token: digits, then letters and separators, with a `/` or `-` between letter
 * groups. Matches `148-КЛ/TW`, `120/2025/НД-CP`, `57-НК/ТВ`, `759/QĐ-TTg`.
 * Linear: the character classes of consecutive parts do not overlap ambiguously.
 */
const CODE_TOKEN =
  /(?<![\p{L}\p{N}])\p{N}{1,6}(?:\/\p{N}{4})?[ \u00A0]?[-\u2013\/][ \u00A0]?[\p{L}\p{N}]{1,12}(?:[-\u2013\/][\p{L}\p{N}]{1,12}){0,3}(?![\p{L}\p{N}])/gu;
const HAS_CYRILLIC = /[\u0400-\u04FF]/;
const HAS_LATIN = /[A-Za-z\u0110\u0111]/;
/** Fully Cyrillic Party code like `57-НК/ТВ`: uppercase letter groups on both sides of `/`. */
const CYRILLIC_PARTY_CODE = /^\p{N}+[ \u00A0]?[-\u2013][ \u00A0]?[А-ЯЁ]{2,5}\/[А-ЯЁ]{2,8}$/u;

/** "ТВ" after the last slash is TW (Trung ương) transliterated, not the look-alike "TB". */
const CYRILLIC_TW = /\/ТВ$/u;

function foldCode(token: string): string {
  let out = '';
  for (const ch of token) out += CYRILLIC_TO_LATIN[ch] ?? ch;
  return CYRILLIC_TW.test(token) ? `${out.slice(0, -2)}TW` : out;
}

/** Folds look-alikes inside code-shaped tokens; length-preserving. */
export function foldLookalikes(text: string): string {
  if (!HAS_CYRILLIC.test(text)) return text;
  return text.replace(CODE_TOKEN, (tok) => {
    if (!HAS_CYRILLIC.test(tok)) return tok;
    if (HAS_LATIN.test(tok) || CYRILLIC_PARTY_CODE.test(tok)) return foldCode(tok);
    return tok;
  });
}

const NEEDS_ETH = /[\u00D0\u00F0]/;

export function normalize(input: string): Normalized {
  const nfc = input.normalize('NFC');
  if (nfc === input) {
    let text = NEEDS_ETH.test(input) ? input.replace(/[\u00D0\u00F0]/g, (c) => ETH[c]!) : input;
    text = foldLookalikes(text);
    return { text, identity: true, toOriginal: (h) => ({ start: h.start, end: h.end }) };
  }
  // Cluster-wise NFC: a cluster is one non-mark code point followed by its marks.
  const starts: number[] = []; // original start for each output code unit
  const ends: number[] = []; // original end for each output code unit
  let out = '';
  const cluster = /[^\p{M}][\p{M}]*|[\p{M}]+/gsu;
  for (let m = cluster.exec(input); m; m = cluster.exec(input)) {
    const s = m.index;
    const e = s + m[0].length;
    const n = m[0].normalize('NFC');
    out += n;
    for (let i = 0; i < n.length; i++) {
      starts.push(s);
      ends.push(e);
    }
  }
  out = out.replace(/[\u00D0\u00F0]/g, (c) => ETH[c]!);
  out = foldLookalikes(out);
  return {
    text: out,
    identity: false,
    toOriginal(h) {
      if (h.end <= h.start) {
        const p = h.start < starts.length ? starts[h.start]! : input.length;
        return { start: p, end: p };
      }
      return { start: starts[h.start] ?? input.length, end: ends[h.end - 1] ?? input.length };
    },
  };
}
