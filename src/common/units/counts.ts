/**
 * Counts and their parts.
 * 1. counts: NUMBER + noun phrase ("200 commune-level administrative units", "8 районов",
 *    "16 xã, thị trấn"); coordinated nouns without a second number are one count.
 * 2. parts: counts inside parentheses right after a count are its parts; a district noun that
 *    breaks down commune-level units is `ward`, a "town" under a district-level total is `town`.
 */
import { scan } from '../../patterns.js';
import { readCompound } from '../numbers.js';
import { fold, numberWordValue, parseCount, wordsValue, type Compiled, type NounEntry } from './lexicon.js';
import { sentenceEnd, sentenceStart } from './sentences.js';
import type { UnitKey, UnitLevel } from '../../schema.js';

// ---------------------------------------------------------------------------------------------
// Stage 1: counts

export interface CountHit {
  start: number;
  end: number;
  count: number;
  units: UnitKey[];
  level?: UnitLevel;
  /** Start of the noun phrase (after the number); equals `end` for a bare number. */
  nounStart: number;
  noun: string;
  weak: boolean;
  bare: boolean;
  /** Entries behind `units`, in order, for the part rules. */
  entries: NounEntry[];
  /** Set when the count belongs to a change or is a part, so that it is emitted. */
  used?: boolean;
}

/** The value of a number as a count; `alone` also takes a lone "one" (the last of "two and one communes"). */
function numberValue(c: Compiled, s: string, alone = false): number | undefined {
  const v = parseCount(s) ?? wordsValue(c.lex, s);
  if (v !== undefined || !alone) return v;
  return c.lex.numberTable ? readCompound(c.lex.numberTable, s) : numberWordValue(c.lex.numberWords, s);
}

/** A plain four-digit year of the range dates read (1940-2100): not a count. */
export const YEAR = /^(?:19[4-9][0-9]|20[0-9]{2}|2100)$/;

function readCount(c: Compiled, text: string, m: RegExpExecArray, alone = false): CountHit | undefined {
  const g = m.groups ?? {};
  const numText = g.num ?? '';
  const count = numberValue(c, numText, alone);
  if (count === undefined) return undefined;
  if (isYearAfterLead(c, text, m.index, numText)) return undefined;
  const phrase = readPhrase(c, text, m);
  if (!phrase) return undefined;
  const start = m.index;
  const end = m.index + m[0].length;
  const numEnd = m.indices?.groups?.num?.[1] ?? start;
  const nounStart = skipSpaces(text, numEnd);
  const hit: CountHit = {
    start,
    end,
    count,
    units: phrase.units,
    nounStart,
    noun: text.slice(nounStart, end),
    weak: phrase.entries.every((e) => e.weak === true),
    bare: false,
    entries: phrase.entries,
  };
  if (phrase.level) hit.level = phrase.level;
  return hit;
}

/** "in 2025 communes": a plain four-digit year after a year preposition is not a count. */
function isYearAfterLead(c: Compiled, text: string, at: number, numText: string): boolean {
  if (!YEAR.test(numText)) return false;
  const before = fold(text.slice(Math.max(0, at - 12), at));
  if (c.lex.yearLeads.some((w) => before === w || before.endsWith(` ${w}`))) return true;
  // "in 2024 and 2025 communes": the second of two years
  const pair = /(?:^|[^0-9])(?:19[4-9][0-9]|20[0-9]{2}|2100),? (\S+)$/.exec(fold(text.slice(Math.max(0, at - 16), at)));
  return pair !== null && c.lex.coordinators.includes(pair[1]!);
}

/** The lexicon entry of a matched noun (a tail such as "провинциального подчинения" is ignored). */
function lookupNoun(c: Compiled, s: string): NounEntry | undefined {
  const f = fold(s);
  const direct = c.nounMap.get(f);
  if (direct) return direct;
  // A noun followed by a tail: try successively shorter word prefixes (at most a few words).
  const words = f.split(' ');
  for (let k = words.length - 1; k > 0; k--) {
    const e = c.nounMap.get(words.slice(0, k).join(' '));
    if (e) return e;
  }
  return undefined;
}

function skipSpaces(text: string, i: number): number {
  while (i < text.length && (text[i] === ' ' || text[i] === '\u00A0')) i++;
  return i;
}

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

export function findCounts(c: Compiled, text: string): CountHit[] {
  const out: CountHit[] = [];
  c.count.lastIndex = 0;
  for (let m = c.count.exec(text); m; m = c.count.exec(text)) {
    const h = readCount(c, text, m);
    const co = coordinated(c, text, m, h);
    if (co) out.push(...co);
    else if (h) out.push(h);
    if (m[0].length === 0) c.count.lastIndex++;
  }
  const extra = [...namedTargets(c, text, out), ...levelCounts(c, text)];
  if (extra.length === 0) return out;
  return [...out, ...extra].sort((a, b) => a.start - b.start);
}

/**
 * "some 640 units at district level and over 9,500 at commune level": a number
 * followed at once by a level phrase, without a noun, counts administrative units of that level.
 */
function levelCounts(c: Compiled, text: string): CountHit[] {
  if (!c.levelCount) return [];
  const out: CountHit[] = [];
  for (const m of scan(c.levelCount, text)) {
    const count = numberValue(c, m.groups?.num ?? '');
    const level = c.levelAfter.get(fold(m.groups?.la ?? ''));
    if (count === undefined || !level || YEAR.test(String(count))) continue;
    const end = m.index + m[0].length;
    const nounStart = skipSpaces(text, m.indices?.groups?.num?.[1] ?? m.index);
    out.push({ start: m.index, end, count, units: ['administrative-unit'], level, nounStart, noun: text.slice(nounStart, end), weak: false, bare: false, entries: [] });
  }
  return out;
}

/**
 * "10 and 5 districts", "30, 24 and 12 communes", "two and one communes", "26 và 10 xã": numbers
 * joined by commas and an "and" to a count are counts of their own with its noun phrase (the
 * number alone is each one's span). The last number may be "one" here. Nothing when a number is a
 * year ("in 2024 and 2025 communes") or follows a capitalised word ("Resolution 60 and 20 ...").
 */
function coordinated(c: Compiled, text: string, m: RegExpExecArray, h: CountHit | undefined): CountHit[] | undefined {
  if (!c.andEnd.test(text.slice(Math.max(0, m.index - 8), m.index))) return undefined;
  const from = Math.max(0, m.index - 80);
  const lead = c.coordBefore.exec(text.slice(from, m.index));
  if (!lead?.groups?.lead) return undefined;
  // "fell by 4, and 2 more communes": a comma before the "and" of a single number ends a clause
  if (!lead.groups.lead.includes(',') && lead[0].slice(lead.groups.lead.length).includes(',')) return undefined;
  const last = h ?? readCount(c, text, m, true);
  if (!last) return undefined;
  if (YEAR.test(String(last.count))) return undefined;
  const base = from + lead.index;
  const hits: CountHit[] = [];
  for (const t of lead.groups.lead.matchAll(/[^,]+/g)) {
    const raw = t[0];
    const start = base + t.index + (raw.length - raw.trimStart().length);
    const num = raw.trim();
    const count = numberValue(c, num, true);
    if (count === undefined || YEAR.test(num)) return undefined;
    const end = start + num.length;
    hits.push({ ...last, start, end, count, units: [...last.units], entries: [...last.entries], nounStart: end, bare: false });
  }
  return [...hits, last];
}

/**
 * "reducing the number of provinces to 34", "сократить число провинций до 34", "giảm số tỉnh
 * xuống còn 34", "cut the number of districts by four": a bare number after "the number of X"
 * and a "to" or "by" word, in the same clause and with no "from" before it, counts X. (With a
 * "from" it is the target of a change, read there.)
 */
function namedTargets(c: Compiled, text: string, counts: readonly CountHit[]): CountHit[] {
  if (!c.numberOfAll) return [];
  const out: CountHit[] = [];
  const starts = new Set(counts.map((h) => h.start));
  for (const m of scan(c.numberOfAll, text)) {
    const at = m.index + m[0].length;
    const window = text.slice(at, Math.min(sentenceEnd(text, at, 120), at + 120));
    c.phraseAt.lastIndex = 0;
    const p = c.phraseAt.exec(window);
    if (!p) continue;
    const np = readPhrase(c, window, p);
    if (!np) continue;
    // the "to" word (or "by" for a decrement) within 40 characters after the noun, and no
    // "from" word before it
    const rest = window.slice(p[0].length, p[0].length + 48);
    let t: RegExpExecArray | null = null;
    for (const w of [c.to, c.by]) {
      if (!w) continue;
      w.lastIndex = 0;
      const x = w.exec(rest);
      if (x && x.index <= 40 && (!t || x.index < t.index)) t = x;
    }
    if (!t) continue;
    c.from.lastIndex = 0;
    const f = c.from.exec(rest);
    if (f && f.index < t.index) continue;
    const pos = at + p[0].length + t.index + t[0].length;
    const h = countOrBareAt(c, text, pos);
    if (!h || !h.bare || starts.has(h.start)) continue;
    // "the number of communes by 2025": a year, not a decrement
    if (YEAR.test(String(h.count))) continue;
    takePhrase(h, np);
    h.bare = false;
    h.weak = np.entries.every((e) => e.weak === true);
    out.push(h);
  }
  return out;
}

/** A count (number + noun) or a bare number (digits) starting exactly at `pos`. */
export function countOrBareAt(c: Compiled, text: string, pos: number): CountHit | undefined {
  c.countAt.lastIndex = pos;
  const m = c.countAt.exec(text);
  if (m) {
    const h = readCount(c, text, m);
    if (h) return h;
  }
  c.bareAt.lastIndex = pos;
  const b = c.bareAt.exec(text);
  if (!b) return undefined;
  const count = b.groups?.num
    ? parseCount(b.groups.num)
    : (wordsValue(c.lex, b[0]) ?? (c.lex.bareNumberWords ? numberWordValue(c.lex.bareNumberWords, b[0]) : undefined));
  if (count === undefined) return undefined;
  const end = b.index + b[0].length;
  return { start: b.index, end, count, units: [], nounStart: end, noun: '', weak: true, bare: true, entries: [] };
}

/** A bare number counts the noun phrase named elsewhere ("the number of X ... 34", "с 63 до 34"). */
export function takePhrase(h: CountHit, np: Pick<CountHit, 'units' | 'level' | 'entries' | 'noun'>): void {
  h.units = [...np.units];
  h.entries = [...np.entries];
  if (np.level) h.level = np.level;
  h.noun = np.noun;
}

export function readPhrase(c: Compiled, text: string, m: RegExpExecArray): Pick<CountHit, 'units' | 'level' | 'entries' | 'noun'> | undefined {
  const nounsPair = m.indices?.groups?.nouns;
  if (!nounsPair) return undefined;
  const entries: NounEntry[] = [];
  const s = text.slice(nounsPair[0], nounsPair[1]);
  c.noun.lastIndex = 0;
  for (let n = c.noun.exec(s); n; n = c.noun.exec(s)) {
    const e = lookupNoun(c, n[0]);
    if (e) entries.push(e);
    if (n[0].length === 0) c.noun.lastIndex++;
  }
  if (entries.length === 0) return undefined;
  const g = m.groups ?? {};
  const level = (g.lb ? c.levelBefore.get(fold(g.lb)) : undefined) ?? (g.la ? c.levelAfter.get(fold(g.la)) : undefined);
  // "1 district-level town": a town at the district level is thị xã
  const key = (e: NounEntry) => (level === 'district' && e.districtLevelKey ? e.districtLevelKey : e.key);
  return { units: unique(entries.map(key)), entries, noun: m[0], ...(level ? { level } : {}) };
}

// ---------------------------------------------------------------------------------------------
// Stage 2: parts in parentheses

export interface Parts {
  hits: CountHit[];
  end: number;
}

/** Counts inside "( ... )" right after `after`; the parenthesis holds nothing but a short list. */
/** ", comprising ", ", gồm ", ", в том числе ": a list of parts without parentheses follows. */
const PART_LEAD = /^,?[ \u00A0]{0,2}(?:comprising|including|consisting[ \u00A0]of|of[ \u00A0]which|bao[ \u00A0]gồm|gồm|trong[ \u00A0]đó[ \u00A0]có|в[ \u00A0]том[ \u00A0]числе|включая)[ \u00A0]{1,3}/iu;
/** Between two parts of such a list: ", ", " and ", " và ", " и ". */
const PART_JOIN = /^(?:,[ \u00A0]{0,2}|,?[ \u00A0]{1,3}(?:and|và|и)[ \u00A0]{1,3})$/iu;

/**
 * Counts that break the count ending at `after` down: in parentheses right after it
 * ("75 (8 wards, 67 communes)"), or a list after "comprising", "gồm", "в том числе" whose counts
 * add up to `total` ("57 communes and wards, comprising 49 communes and eight wards"; a list that
 * does not add up names some of the units, not their breakdown).
 */
export function partsAfter(text: string, after: number, counts: CountHit[], from = 0, total?: number): Parts | undefined {
  let i = skipSpaces(text, after);
  if (text[i] !== '(') return total === undefined ? undefined : listedParts(text, after, counts, from, total);
  const open = i;
  const limit = Math.min(text.length, open + 240);
  for (i = open + 1; i < limit; i++) {
    const ch = text[i];
    if (ch === ')') break;
    if (ch === '(' || ch === '\n') return undefined;
  }
  if (text[i] !== ')') return undefined;
  const close = i;
  const hits: CountHit[] = [];
  // counts are sorted by start: scan from the first one that can follow `after`
  let k = from;
  while (k < counts.length && counts[k]!.start <= open) k++;
  for (; k < counts.length && counts[k]!.start < close; k++) if (counts[k]!.end <= close) hits.push(counts[k]!);
  return hits.length > 0 ? { hits, end: close + 1 } : undefined;
}

function listedParts(text: string, after: number, counts: CountHit[], from: number, total: number): Parts | undefined {
  const lead = PART_LEAD.exec(text.slice(after, after + 40));
  if (!lead) return undefined;
  let k = from;
  while (k < counts.length && counts[k]!.start < after) k++;
  const first = counts[k];
  if (!first || first.start !== after + lead[0].length) return undefined;
  const hits = [first];
  for (k++; k < counts.length && hits.length < 12 && PART_JOIN.test(text.slice(hits[hits.length - 1]!.end, counts[k]!.start)); k++) hits.push(counts[k]!);
  if (hits.length < 2 || hits.reduce((s, h) => s + h.count, 0) !== total) return undefined;
  return { hits, end: hits[hits.length - 1]!.end };
}

/** Applies the GOLD.md readings of ambiguous nouns inside parts of a total. */
export function applyPartRules(total: { level?: UnitLevel; units: UnitKey[] }, parts: CountHit[]): void {
  const communeTotal = total.level === 'commune' || total.units.some((u) => u === 'commune' || u === 'ward');
  const districtTotal = total.level === 'district';
  for (const p of parts) {
    p.units = unique(
      p.entries.map((e) => {
        if (communeTotal && e.key === 'district') return 'ward';
        if (communeTotal && e.communeLevelKey) return e.communeLevelKey;
        if (districtTotal && e.districtLevelKey) return e.districtLevelKey;
        return e.key;
      }),
    );
  }
}

/**
 * True when `window` (the sentence before a count) speaks of commune-level units: there a
 * "район" counts wards ("среди административных единиц уровня коммун число районов ... с 6 до 8").
 */
export function communeContext(c: Compiled, window: string): boolean {
  c.phrase.lastIndex = 0;
  for (let m = c.phrase.exec(window); m; m = c.phrase.exec(window)) {
    const np = readPhrase(c, window, m);
    if (np && (np.level === 'commune' || np.units.includes('commune'))) return true;
    if (m[0].length === 0) c.phrase.lastIndex++;
  }
  return false;
}

/** What an entry renders when listed with communes: "район" a ward, "город" a township. */
export function communeListKey(e: NounEntry): UnitKey | undefined {
  return e.communeLevelKey ?? (e.wardWithCommunes ? 'ward' : undefined);
}

/** "8 районов и 67 коммун": a "район" listed with communes is a ward (phường). */
export function applyListRules(c: Compiled, text: string, counts: CountHit[]): void {
  const join = c.join;
  let i = 0;
  while (i < counts.length) {
    let j = i;
    while (j + 1 < counts.length && join.test(text.slice(counts[j]!.end, counts[j + 1]!.start))) j++;
    const group = counts.slice(i, j + 1);
    const flagged = group.some((h) => h.entries.some((e) => communeListKey(e)));
    if (
      group.some((h) => h.units.includes('commune')) ||
      (flagged && communeContext(c, text.slice(sentenceStart(text, group[0]!.start, 200), group[0]!.start)))
    ) {
      for (const h of group) {
        if (h.entries.some((e) => communeListKey(e))) {
          h.units = unique(h.entries.map((e) => (communeListKey(e) ?? e.key)));
        }
      }
    }
    i = j + 1;
  }
}

/**
 * "число районов станет меньше: с 48 до 39": a count too large for districts is of wards; so
 * are both sides of a change when one side is. Not carried further: one page may use "район"
 * for quận at the district level and for phường inside a commune-level breakdown.
 */
export function applySizeRule(hits: readonly CountHit[]): void {
  const big = hits.some((h) => h.entries.some((e) => e.wardAbove !== undefined && h.count > e.wardAbove));
  if (!big) return;
  for (const h of hits) {
    if (h.level) continue;
    h.units = unique(h.entries.map((e) => (e.wardAbove !== undefined ? 'ward' : e.key)));
  }
}
