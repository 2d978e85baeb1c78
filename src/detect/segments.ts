/**
 * Paragraphs in another language: a text detected as one language may hold a paragraph in
 * another ("Trong đó có Đề án.\n\nProject No. 06 was reviewed."). Paragraphs (blocks between
 * blank lines) that detection reads, with confidence, as another of en / ru / vi are read by that
 * language's extractors; the rest of the text by the main language's. A paragraph is judged by its
 * lower-case words only, and needs two: names ("Attending were Nguyễn Văn An, ..."), captions
 * and codes stay with the main language.
 */
import { detectConfident, scripts } from './index.js';
import type { LanguageCode } from '../schema.js';

export interface LanguageBlock {
  code: LanguageCode;
  start: number;
  end: number;
}

const BLANK_LINES = /\n[ \t\u00A0\r]*\n/g;
/** Words that open in lower case: names ("Nguyễn Văn An" in an English paragraph) say nothing. */
const LOWER_WORDS = /(?<![\p{L}\p{M}])\p{Ll}[\p{L}\p{M}]+/gu;
const CYRILLIC_WORD = /[\u0400-\u04FF]/;
const LATIN_WORD = /[a-z\u00DF-\u024F\u1E00-\u1EFF]/;
/** Lower-case words a paragraph needs before its language is judged apart from the text's. */
const MIN_WORDS = 2;
/** Words judged per paragraph, at most (detection samples a few thousand characters anyway). */
const MAX_WORDS = 400;
/** A paragraph is another language only at this confidence; detectConfident relies on it being over 0.73. */
const MIN_CONFIDENCE = 0.8;

/** Paragraphs of `text` written in a language other than `main`, adjacent ones merged, in order. */
export function otherLanguageBlocks(text: string, main: LanguageCode | 'und'): LanguageBlock[] {
  const out: LanguageBlock[] = [];
  let start = 0;
  const judge = (end: number) => {
    const block = text.slice(start, end);
    const words: string[] = [];
    LOWER_WORDS.lastIndex = 0;
    for (let m = LOWER_WORDS.exec(block); m && words.length < MAX_WORDS; m = LOWER_WORDS.exec(block)) words.push(m[0]);
    if (words.length < MIN_WORDS) return;
    const sample = words.join(' ');
    // a Cyrillic paragraph of a Russian text is Russian or none of ours: no need to ask
    if (main === 'ru' && CYRILLIC_WORD.test(sample) && !LATIN_WORD.test(sample)) return;
    // nor is one whose Latin letters do not outnumber its Cyrillic ones (detection would read it
    // as Russian or none of ours): the letters are counted once, the word shapes never
    if (main === 'ru') {
      const s = scripts(sample);
      if (s.lat <= s.cyr) return;
    }
    // only a confident guess makes a block: detection without its trigram fallback
    const guess = detectConfident(sample);
    if (guess.code === 'und' || guess.code === main || guess.confidence < MIN_CONFIDENCE) return;
    const last = out[out.length - 1];
    // the blank lines between two blocks of one language go with them
    if (last && last.code === guess.code && /^\s*$/.test(text.slice(last.end, start))) last.end = end;
    else out.push({ code: guess.code, start, end });
  };
  BLANK_LINES.lastIndex = 0;
  for (let m = BLANK_LINES.exec(text); m; m = BLANK_LINES.exec(text)) {
    judge(m.index);
    start = m.index + m[0].length;
  }
  if (start > 0) judge(text.length);
  return out;
}

/**
 * `text` with everything outside `keep` (when `inside`) or inside it (when not) replaced by
 * spaces, line breaks kept: offsets do not move, and no sentence runs across a removed block.
 */
export function mask(text: string, blocks: readonly { start: number; end: number }[], inside: boolean): string {
  const parts: string[] = [];
  let at = 0;
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  for (const b of blocks) {
    const before = text.slice(at, b.start);
    const body = text.slice(b.start, b.end);
    parts.push(inside ? blank(before) : before, inside ? body : blank(body));
    at = b.end;
  }
  const rest = text.slice(at);
  parts.push(inside ? blank(rest) : rest);
  return parts.join('');
}
