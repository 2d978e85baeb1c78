/**
 * Changes: "from A ... to B" and "A ... into B" (with a change verb), a target or source that
 * drops the noun takes the other side's units and level; a stated percentage after them.
 */
import { scan } from '../../patterns.js';
import { parseDecimal, type Compiled } from './lexicon.js';
import {
  communeContext,
  communeListKey,
  countOrBareAt,
  partsAfter,
  readPhrase,
  takePhrase,
  unique,
  YEAR,
  type CountHit,
} from './counts.js';
import { sentenceEnd, sentenceStart } from './sentences.js';

// ---------------------------------------------------------------------------------------------
// Stage 3: changes

interface ChangeHit {
  start: number;
  end: number;
  from: CountHit;
  to: CountHit;
  parts?: CountHit[];
  stated?: number;
}

function inherit(target: CountHit, source: CountHit): void {
  target.units = [...source.units];
  target.entries = [...source.entries];
  if (source.level) target.level = source.level;
  else delete target.level;
  if (target.bare) target.noun = source.noun;
}

/** Gives each side of a change its units; false when no unit noun can be found for them. */
function resolveSides(c: Compiled, text: string, ch: ChangeHit, anchor: number): boolean {
  const { from, to } = ch;
  const sourceKnows = !from.bare && !(from.weak && !from.level);
  const targetKnows = !to.bare && !(to.weak && !to.level);
  if (from.bare && to.bare) {
    // "the number of provincial-level units falls from 63 to 34": a bare number takes the noun phrase
    const s = sentenceStart(text, anchor, 200);
    const window = text.slice(s, anchor);
    // the noun after "the number of" ("число административных единиц ... в провинции
    // сократится со 171 до 54"), else the last noun before the numbers
    let last: RegExpExecArray | undefined;
    let named: RegExpExecArray | undefined;
    c.phrase.lastIndex = 0;
    for (let m = c.phrase.exec(window); m; m = c.phrase.exec(window)) {
      last = m;
      if (c.numberOf?.test(window.slice(Math.max(0, m.index - 30), m.index))) named = m;
      if (m[0].length === 0) c.phrase.lastIndex++;
    }
    if (named) last = named;
    if (!last) return false;
    const np = readPhrase(c, window, last);
    if (!np) return false;
    if (np.entries.some((e) => communeListKey(e)) && (np.units.includes('commune') || communeContext(c, window.slice(0, last.index)))) {
      np.units = unique(np.entries.map((e) => (communeListKey(e) ?? e.key)));
    }
    // a change verb anywhere in the sentence before the target ("Сократить число коммун с 200 до 75")
    c.verb.lastIndex = 0;
    if (!c.verb.test(text.slice(s, to.start))) return false;
    for (const side of [from, to]) takePhrase(side, np);
    return true;
  }
  if (!targetKnows && (sourceKnows || !from.bare)) inherit(to, from);
  else if (from.bare && !to.bare) inherit(from, to);
  else if (!sourceKnows && targetKnows && from.weak) inherit(from, to);
  return from.units.length > 0 && to.units.length > 0;
}
/**
 * "... sắp xếp 63 tỉnh, thành phố.\nCòn 34 tỉnh, thành phố": a target in the next sentence when
 * that sentence opens with the connector, nothing else between.
 */
function nextSentenceTarget(c: Compiled, connector: RegExp, text: string, from: number): CountHit | undefined {
  const gap = SENTENCE_GAP.exec(text.slice(from, from + 12));
  if (!gap || !/[.;!\n]/u.test(gap[0])) return undefined;
  const at = from + gap[0].length;
  return targetAfter(c, connector, text, at, at + 1);
}
const SENTENCE_GAP = /^[ \u00A0]{0,2}[.;!]?[ \u00A0]{0,2}(?:\r?\n[ \u00A0]{0,2}){0,2}/u;

/** First connector starting in `[from, limit)` that is followed by a count or a bare number. */
function targetAfter(c: Compiled, connector: RegExp, text: string, from: number, limit: number): CountHit | undefined {
  // a bounded slice (plus room for the connector itself) keeps every search local
  const w = text.slice(from, Math.min(text.length, limit + 16));
  connector.lastIndex = 0;
  for (let m = connector.exec(w); m && m.index < limit - from; m = connector.exec(w)) {
    let at = from + m.index + m[0].length;
    // "còn lại khoảng 30 đơn vị", "to about 30": an approximation word before the target
    const approx = c.approx?.exec(text.slice(at, at + 24));
    if (approx) at += approx[0].length;
    const t = countOrBareAt(c, text, at);
    if (t) return t;
    if (m[0].length === 0) connector.lastIndex++;
  }
  return undefined;
}

/** Index of the first count (sorted by start) that starts at or after `pos`. */
function firstStartingAt(counts: readonly CountHit[], pos: number): number {
  let lo = 0;
  let hi = counts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (counts[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function findChanges(c: Compiled, text: string, counts: CountHit[]): ChangeHit[] {
  const found: ChangeHit[] = [];
  const byStart = new Map(counts.map((k) => [k.start, k] as const));
  const known = (h: CountHit) => {
    const k = byStart.get(h.start);
    return k && k.end === h.end ? k : h;
  };
  // (a) "from A ... to B", "с A до B", "từ A xuống còn B"
  for (const m of scan(c.from, text)) {
    const srcPos = m.index + m[0].length;
    const src = countOrBareAt(c, text, srcPos);
    if (!src) continue;
    const limit = sentenceEnd(text, src.end, 120);
    const tgt = targetAfter(c, c.to, text, src.end, limit) ?? nextSentenceTarget(c, c.to, text, src.end);
    if (tgt) found.push({ start: m.index, end: tgt.end, from: known(src), to: known(tgt) });
  }
  // (b) "rearrange A into B", "A will be rearranged into B", "реорганизации A в B", "sắp xếp A thành B"
  for (const [si, src] of counts.entries()) {
    // the connector must start within intoMaxGap characters of the source's end, after its
    // parts in parentheses ("70 единиц (50 коммун, 17 районов, 3 города) в 24 единицы") or
    // after the names of what is counted: "hợp nhất hai tỉnh Lào Cai và Yên Bái thành một"
    const parts = partsAfter(text, src.end, counts, si + 1, src.count);
    const srcEnd = parts ? parts.end : src.end;
    const names = c.namesGap.exec(text.slice(srcEnd, Math.min(text.length, srcEnd + 60)));
    let from = names ? srcEnd + names[0].length : srcEnd;
    // "163 единицы будут объединены в 57": a change verb before a short connector
    const verbGap = c.intoVerbGap?.exec(text.slice(from, Math.min(text.length, from + 60)));
    if (verbGap) from += verbGap[0].length;
    const limit = Math.min(sentenceEnd(text, src.end, 200), from + c.lex.intoMaxGap + 1);
    const tgt = targetAfter(c, c.into, text, from, limit) ?? nextSentenceTarget(c, c.to, text, from);
    if (!tgt) continue;
    // "5 district-level units and 31 commune-level units to form 4 district-level units and 20
    // ...": lists on both sides pair up in order; otherwise a count between the source and its
    // target ("1 district (X town) and merge 25 units to form 14") is the source
    const next = counts[si + 1];
    const between = next !== undefined && next.start >= from && next.start < tgt.start && !parts?.hits.includes(next);
    const gapStart = Math.max(sentenceStart(text, src.start, 80), src.start - 60);
    c.verb.lastIndex = 0;
    if (!c.verb.test(text.slice(gapStart, src.start)) && !c.verb.test(text.slice(src.end, tgt.start))) continue;
    const sources = [src];
    for (let k = si - 1; k >= 0 && c.join.test(text.slice(counts[k]!.end, sources[0]!.start)); k--) sources.unshift(counts[k]!);
    const targets = [known(tgt)];
    for (let k = counts.indexOf(targets[0]!) + 1; k > 0 && k < counts.length && c.join.test(text.slice(targets[targets.length - 1]!.end, counts[k]!.start)); k++) targets.push(counts[k]!);
    const verbStart = lastVerbStart(c, text, gapStart, sources[0]!.start);
    if (sources.length > 1 && sources.length === targets.length) {
      sources.forEach((s, k) => found.push({ start: k === 0 ? (verbStart ?? s.start) : s.start, end: targets[k]!.end, from: s, to: targets[k]! }));
      continue;
    }
    if (between) continue;
    const bare = bareSourceBefore(c, text, from, tgt.start);
    if (bare) found.push({ start: bare.start, end: tgt.end, from: bare, to: known(tgt) });
    else found.push({ start: verbStart ?? src.start, end: tgt.end, from: src, to: known(tgt) });
  }
  // (b') "The other 41 are to be merged into 15 provinces": a bare source with no
  // count before it in the sentence, read from the target back
  for (const tgt of counts) {
    if (tgt.bare) continue;
    const back = Math.max(sentenceStart(text, tgt.start, 120), tgt.start - 24);
    const w = text.slice(back, tgt.start);
    let conn: RegExpExecArray | undefined;
    c.into.lastIndex = 0;
    for (let m = c.into.exec(w); m; m = c.into.exec(w)) conn = m;
    if (!conn || conn.index + conn[0].length < w.length - 12) continue;
    const connStart = back + conn.index;
    const bare = bareSourceBefore(c, text, Math.max(sentenceStart(text, connStart, 120), connStart - 60), connStart);
    if (bare) found.push({ start: bare.start, end: tgt.end, from: bare, to: tgt });
  }
  // (c) "34 provinces, down from 63": the source after the target
  if (c.backFrom) {
    for (const tgt of counts) {
      const b = c.backFrom.exec(text.slice(tgt.end, tgt.end + 40));
      if (!b) continue;
      const src = countOrBareAt(c, text, tgt.end + b[0].length);
      if (src) found.push({ start: tgt.start, end: src.end, from: known(src), to: tgt });
    }
  }
  // "163 xã sẽ giảm 106 đơn vị, còn 57": the count after "giảm" is the size of the cut; the
  // source is the total before it in the sentence that it was cut from (163 - 106 = 57)
  if (c.byBefore) {
    for (let i = found.length - 1; i >= 0; i--) {
      const ch = found[i]!;
      if (!c.byBefore.test(text.slice(Math.max(0, ch.from.start - 16), ch.from.start))) continue;
      const s = sentenceStart(text, ch.from.start, 240);
      // counts are sorted by start: only those of this sentence, not every count of the text
      let total: CountHit | undefined;
      for (let k = firstStartingAt(counts, s); k < counts.length && counts[k]!.start < ch.from.start; k++) {
        const c = counts[k]!;
        if (c.end <= ch.from.start && c.count - ch.from.count === ch.to.count) {
          total = c;
          break;
        }
      }
      if (total) found[i] = { ...ch, start: Math.min(ch.start, total.start), from: total };
      else found.splice(i, 1);
    }
  }
  // one change per (source, target); the first form found wins
  const seen = new Set<string>();
  const out: ChangeHit[] = [];
  for (const ch of found) {
    const k = `${ch.from.start}:${ch.to.start}`;
    if (seen.has(k)) continue;
    seen.add(k);
    if (!resolveSides(c, text, ch, ch.start)) continue;
    // a reduction, or an increase ("adjusted from 2 to 3 wards", "split 1 district into 2")
    if (ch.from.count === ch.to.count || ch.from.count === 0) continue;
    out.push(ch);
  }
  return out.sort((a, b) => a.start - b.start || a.from.start - b.from.start);
}

/** Digits not glued to a word, a code or a longer number. */
const BARE_DIGITS = /(?<![\p{L}\p{N}.,/\-\u2013])[0-9]{1,7}(?![\p{L}\p{N}%]|[.,/:\-\u2013][0-9])/gu;

/**
 * "Of the 63 provinces, 11 stay as they are, and the other 52 will be merged into 23": a bare
 * number shortly before the connector (at most 40 characters, a change verb between) is the source,
 * not the count before it; it takes the target's units. Not a year, not a number after a
 * capitalised word ("under Resolution 60 into 34").
 */
function bareSourceBefore(c: Compiled, text: string, from: number, tgtStart: number): CountHit | undefined {
  const gap = text.slice(from, tgtStart);
  let last: RegExpExecArray | undefined;
  BARE_DIGITS.lastIndex = 0;
  for (let m = BARE_DIGITS.exec(gap); m; m = BARE_DIGITS.exec(gap)) last = m;
  if (!last || gap.length - last.index > 48 || YEAR.test(last[0])) return undefined;
  const at = from + last.index;
  // a capitalised word that does not open the sentence names something: "Resolution 60"
  const cap = /(?:^|(.)[ \u00A0]{1,2})\p{Lu}[\p{L}\p{M}.]*[ \u00A0]{1,2}$/u.exec(text.slice(Math.max(0, at - 40), at));
  if (cap && cap[1] !== undefined && !/[.!?:\n]/u.test(cap[1])) return undefined;
  c.verb.lastIndex = 0;
  if (!c.verb.test(text.slice(at, tgtStart))) return undefined;
  const h = countOrBareAt(c, text, at);
  return h?.bare ? h : undefined;
}

function lastVerbStart(c: Compiled, text: string, from: number, to: number): number | undefined {
  let last: number | undefined;
  const w = text.slice(from, to);
  c.verb.lastIndex = 0;
  for (let m = c.verb.exec(w); m; m = c.verb.exec(w)) {
    last = from + m.index;
    if (m[0].length === 0) c.verb.lastIndex++;
  }
  return last;
}

/** A stated percentage in the same sentence shortly after `after`, before `stop`. */
export function statedPercent(c: Compiled, text: string, after: number, stop: number): { pct: number; end: number } | undefined {
  const limit = Math.min(sentenceEnd(text, after, 90), stop);
  const w = text.slice(after, limit);
  c.percent.lastIndex = 0;
  const m = c.percent.exec(w);
  if (!m) return undefined;
  const pct = parseDecimal(m.groups?.pct ?? '');
  return pct === undefined ? undefined : { pct, end: after + m.index + m[0].length };
}
