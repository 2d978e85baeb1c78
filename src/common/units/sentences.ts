/** Sentence bounds for the units stages: bounded windows, never a search of the whole text. */

const SENTENCE_END = /[.!?;](?=[ \u00A0\r\n"'”»)]|$)|[\r\n]/gu;

/** Where the sentence containing `from` ends, at most `max` characters on. */
export function sentenceEnd(text: string, from: number, max: number): number {
  const limit = Math.min(text.length, from + max);
  // search a bounded slice: a global search of the whole text per call would be quadratic
  const w = text.slice(from, Math.min(text.length, limit + 1));
  SENTENCE_END.lastIndex = 0;
  const m = SENTENCE_END.exec(w);
  return m && from + m.index < limit ? from + m.index : limit;
}

/** Where the sentence containing `pos` starts, at most `max` characters back. */
export function sentenceStart(text: string, pos: number, max: number): number {
  const from = Math.max(0, pos - max);
  const w = text.slice(from, pos);
  let start = from;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(w); m; m = SENTENCE_END.exec(w)) start = from + m.index + m[0].length;
  return start;
}
