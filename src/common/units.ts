/**
 * Unit counts and restructurings, shared by the three locales.
 *
 * A locale gives a `UnitsLexicon` (data: unit nouns with every written form, level phrases,
 * number words, change verbs and connectors); `unitsExtractor` turns it into one extractor.
 *
 * Stages, in order:
 * 1. counts: NUMBER + noun phrase ("200 commune-level administrative units", "8 районов",
 *    "16 xã, thị trấn"); coordinated nouns without a second number are one count.
 * 2. parts: counts inside parentheses right after a count are its parts; a district noun that
 *    breaks down commune-level units is `ward`, a "town" under a district-level total is `town`.
 * 3. changes: "from A ... to B" and "A ... into B" (with a change verb), a target or source that
 *    drops the noun takes the other side's units and level; a stated percentage after them.
 * 4. arithmetic: computed reduction, parts sum, stated vs computed; inconsistencies warn.
 *
 * All patterns are linear: bounded repetitions, alternations of literal lexicon entries.
 */
import { alternation, B_END, B_START, re, trieAlternation } from '../patterns.js';
import { compoundPattern, readCompound, type NumberWordTable } from './numbers.js';
import type { UnitKey, UnitLevel } from '../schema.js';
import type { Context, Extractor, UnitChangeDraft, UnitDraft } from '../types.js';

// ---------------------------------------------------------------------------------------------
// Lexicon shape

export interface NounEntry {
  /** Canonical key. */
  readonly key: UnitKey;
  /** Every written form (all case forms for Russian), lowercase. */
  readonly forms: readonly string[];
  /** Too generic to count alone ("units", "đơn vị"): counted only with a level or inside a change. */
  readonly weak?: boolean;
  /** Key to use when the count is (or is a part of) a district-level total: English "towns". */
  readonly districtLevelKey?: UnitKey;
  /** Russian "район": renders phường (ward) when listed with communes. */
  readonly wardWithCommunes?: boolean;
  /**
   * The key when listed with communes or among commune-level units: Russian "город" there
   * renders thị trấn (township), "район" phường (ward, as `wardWithCommunes`).
   */
  readonly communeLevelKey?: UnitKey;
  /**
   * Russian "район" counted above this is phường (ward): no province has ever had more than 30
   * district-level units. Once one count in a text is read so, every count of the noun in that
   * text is: a page renders one Vietnamese word one way.
   */
  readonly wardAbove?: number;
}

export interface UnitsLexicon {
  readonly language: 'en' | 'ru' | 'vi';
  readonly nouns: readonly NounEntry[];
  /** Level phrases before the noun ("commune-level") -> level. */
  readonly levelBefore: Readonly<Record<string, UnitLevel>>;
  /** Level phrases after the noun ("cấp xã", "уровня коммун", "районного уровня") -> level. */
  readonly levelAfter: Readonly<Record<string, UnitLevel>>;
  /** Words allowed between the number and the noun ("centrally-run", "new"). */
  readonly adjectives?: readonly string[];
  /**
   * A regex source for one free adjective between number and noun (Russian: any word with a
   * plural adjective ending). Must be linear and bounded.
   */
  readonly adjectivePattern?: string;
  /** Phrases that may follow a noun and belong to it ("провинциального подчинения"). */
  readonly nounTails?: readonly string[];
  /** Words that, right after a noun, show it is not a unit ("xã hội" = society). */
  readonly notAfterNoun?: readonly string[];
  /** Coordinating words between nouns of one count ("and", "и", "và"); a comma always is one. */
  readonly coordinators: readonly string[];
  /** Number words -> value (counted only when a unit noun follows). */
  readonly numberWords: Readonly<Record<string, number>>;
  /** Compound number words ("тридцать три", "ba mươi ba"): read whole, never by their last word. */
  readonly numberTable?: NumberWordTable;
  /** Number words read only as the bare side of a change ("в один"), not before a noun ("один из"). */
  readonly bareNumberWords?: Readonly<Record<string, number>>;
  /** A space may separate thousands ("1 036"). */
  readonly spaceThousands: boolean;
  /** "the number of" words: a bare change ("с 171 до 54") counts the noun they name. */
  readonly numberOfWords?: readonly string[];
  /** Words before a decrement after "the number of X": "cut the number of districts by four", "на". */
  readonly byWords?: readonly string[];
  /** Words after a target count that give its source: "34 provinces, down from 63", "34 провинции вместо 63". */
  readonly fromAfterTarget?: readonly string[];
  /** "from" words that open a change: from, с/со, từ. */
  readonly fromWords: readonly string[];
  /** Words between source and target after a "from" word: to/into, до, xuống còn. */
  readonly toWords: readonly string[];
  /** Words joining a source count to its target without a "from" word: into, в, thành. */
  readonly intoWords: readonly string[];
  /** Most characters between the source count and an `intoWords` connector. */
  readonly intoMaxGap: number;
  /** Stems of words saying a count grew or was split ("increas", "split", "увелич", "tăng", "chia"). */
  readonly growthVerbs?: readonly string[];
  /** Stems of change verbs ("rearrang", "сокра", "sắp xếp"), matched as word starts. */
  readonly changeVerbs: readonly string[];
  /** Phrases that introduce a stated reduction percentage ("a reduction of", "на", "giảm"). */
  readonly percentLeads: readonly string[];
  /** Hedges around the percentage ("about", "примерно", "khoảng"). */
  readonly approxWords: readonly string[];
  /** Words before a four-digit number that make it a year ("in 2025 communes ..."). */
  readonly yearLeads: readonly string[];
  /** Words that, right after a bare number, make it a date or duration, not a count. */
  readonly dateWords: readonly string[];
}

// ---------------------------------------------------------------------------------------------
// Numbers

/**
 * Parses an integer count as written: "75", "10,035", "1.512", "1 036" (thousands separators).
 * Returns undefined for anything else (decimals such as "62,5" are not counts).
 */
export function parseCount(s: string): number | undefined {
  const t = s.trim();
  if (/^[0-9]{1,7}$/.test(t)) return toInt(t);
  if (/^[0-9]{1,3}(?:[,. \u00A0\u202F][0-9]{3}){1,3}$/.test(t)) return toInt(t.replace(/[^0-9]/g, ''));
  return undefined;
}

/** Parses a decimal as written with either decimal mark: "62.5", "62,5", "46" -> number. */
export function parseDecimal(s: string): number | undefined {
  const t = s.trim();
  const m = /^([0-9]{1,3})(?:[.,]([0-9]{1,3}))?$/.exec(t);
  if (!m) return undefined;
  const whole = toInt(m[1]!);
  if (whole === undefined) return undefined;
  if (!m[2]) return whole;
  const frac = toInt(m[2]);
  return frac === undefined ? undefined : whole + frac / 10 ** m[2].length;
}

function toInt(digits: string): number | undefined {
  if (!/^[0-9]{1,16}$/.test(digits)) return undefined;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : undefined;
}

/** Value of a number word, case-insensitive ("Seventy-five" -> 75, "двух" -> 2, "hai" -> 2). */
export function numberWordValue(words: Readonly<Record<string, number>>, s: string): number | undefined {
  return words[fold(s)];
}

/** A number written in words: a compound when the locale has a table, else one listed word. */
function wordsValue(lex: UnitsLexicon, s: string): number | undefined {
  // a lone "one" / "một" / "один" is most often the indefinite article ("một làng cổ", "giao cho
  // một cơ quan chủ trì"): only a change reads it ("thành một", "into one"), through bareNumberWords
  if (lex.numberTable && !/[\s-]/.test(s.trim()) && readCompound(lex.numberTable, s) === 1) return undefined;
  const v = lex.numberTable ? readCompound(lex.numberTable, s) : undefined;
  return v !== undefined && v > 0 ? v : numberWordValue(lex.numberWords, s);
}

// ---------------------------------------------------------------------------------------------
// Arithmetic

/** (from - to) / from * 100, rounded to 2 decimals; undefined when from is 0. */
export function reductionPercent(from: number, to: number): number | undefined {
  if (!(from > 0)) return undefined;
  return Math.round(((from - to) / from) * 100 * 100) / 100;
}

export interface ConsistencyResult {
  consistent: boolean;
  computedReductionPercent: number;
  /** Human-readable reasons, empty when consistent. */
  problems: string[];
}

/** Tolerance between a stated and the computed percentage (GOLD.md: within 0.1). */
export const PERCENT_TOLERANCE = 0.1;

/**
 * Checks a restructuring: parts (if any) add up to `to`, and a stated percentage agrees with
 * the computed one within 0.1.
 */
export function checkChange(from: number, to: number, parts?: readonly number[], stated?: number, grew = true): ConsistencyResult {
  const computed = reductionPercent(from, to) ?? 0;
  const problems: string[] = [];
  // a reduction outside 0-100% is an increase: consistent only where the text says so
  if (to > from && !grew) problems.push(`the count grows from ${from} to ${to} but the text does not say it grew`);
  if (parts && parts.length > 0) {
    const sum = parts.reduce((a, b) => a + b, 0);
    if (sum !== to) problems.push(`its parts add up to ${sum}, not ${to}`);
  }
  if (stated !== undefined && Math.abs(stated - computed) > PERCENT_TOLERANCE + 1e-9) {
    problems.push(`the stated reduction of ${stated}% differs from the computed (${from} - ${to}) / ${from} = ${computed}%`);
  }
  return { consistent: problems.length === 0, computedReductionPercent: computed, problems };
}

// ---------------------------------------------------------------------------------------------
// Patterns built from a lexicon

/** Lowercase, ё -> е, runs of spaces -> one space: the lookup key of a lexicon form. */
function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/[ \u00A0]+/g, ' ').trim();
}

const WS = '[ \\u00A0]{1,3}';
/** Number digits: plain, or grouped by a thousands separator ("10,035", "1.512"). */
const DIGITS_GROUPED = (space: boolean) => `[0-9]{1,3}(?:[,.${space ? ' \\u00A0\\u202F' : ''}][0-9]{3}){1,3}`;
/** Not a part of a longer number, a decimal, a ratio ("459/465"), a range or a code. */
/**
 * Not glued to a word or another number ("Covid-19 huyện", "3.5"), and not a serial number
 * ("Bệnh viện Dã chiến số 1 tỉnh Đắk Lắk", "No. 2 district").
 */
const NUM_BEFORE =
  '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][.,/:\\-\\u2013]|[/№#])(?<!(?<![\\p{L}])(?:số|Số|No\\.?|no\\.|№|номер)[ \\u00A0]{1,2})';
const NUM_AFTER = '(?![\\p{L}\\p{N}]|[.,/:\\-\\u2013]\\p{N}|[ \\u00A0]?%)';

interface Compiled {
  lex: UnitsLexicon;
  nounMap: Map<string, NounEntry>;
  levelBefore: Map<string, UnitLevel>;
  levelAfter: Map<string, UnitLevel>;
  /** An approximation word and its space at the start of a slice: "khoảng ", "about ". */
  approx: RegExp | undefined;
  /** Global: NUMBER + noun phrase. */
  count: RegExp;
  /** Sticky: a count at a position. */
  countAt: RegExp;
  /** Sticky: digits only, at a position (a bare number such as "into 75"). */
  bareAt: RegExp;
  /** Global: a noun phrase without a number (for "the number of X ... from 63 to 34"). */
  phrase: RegExp;
  /** The phrase pattern, sticky: tried at one position only. */
  phraseAt: RegExp;
  /** Global: a single noun (to split a coordinated noun phrase). */
  noun: RegExp;
  from: RegExp;
  to: RegExp;
  into: RegExp;
  verb: RegExp;
  numberOf: RegExp | undefined;
  growth: RegExp | undefined;
  /** "the number of X" anywhere (global), for "reducing the number of provinces to 34". */
  numberOfAll: RegExp | undefined;
  /** "by" before a decrement after "the number of X" (global). */
  by: RegExp | undefined;
  /** A back-source after a target, anchored: ", down from ". */
  backFrom: RegExp | undefined;
  namesGap: RegExp;
  /** What joins two counts of one list: ", ", " and ", " и ". */
  join: RegExp;
  percent: RegExp;
  keywords: RegExp;
}

const compiled = new WeakMap<UnitsLexicon, Compiled>();

function compile(lex: UnitsLexicon): Compiled {
  const hit = compiled.get(lex);
  if (hit) return hit;
  const nounMap = new Map<string, NounEntry>();
  for (const e of lex.nouns) for (const f of e.forms) if (!nounMap.has(fold(f))) nounMap.set(fold(f), e);
  const levelBefore = new Map(Object.entries(lex.levelBefore).map(([k, v]) => [fold(k), v] as const));
  const levelAfter = new Map(Object.entries(lex.levelAfter).map(([k, v]) => [fold(k), v] as const));
  // ё is also written е: both spellings go into the pattern
  const forms = lex.nouns.flatMap((e) => e.forms.flatMap((f) => [f, f.replace(/ё/g, 'е')]));
  const notAfter = lex.notAfterNoun?.length ? `(?!${WS}(?:${alternation(lex.notAfterNoun)})${B_END})` : '';
  const tail = lex.nounTails?.length ? `(?:${WS}(?:${alternation(lex.nounTails)})${B_END})?` : '';
  // NOUN: one unit noun, e.g. "communes", "административных единиц", "thị trấn".
  // a trie: the flat list of every Russian case form (22,000 characters) is over V8's limit for
  // optimised patterns (20,480) and, twice inside the count pattern, made it 48,000 characters
  const NOUN = `${B_START}(?:${trieAlternation(forms, { caseInsensitive: true })})${B_END}${notAfter}${tail}`;
  // COORD: ", " / " and " / ", and " between nouns of one count ("communes and wards").
  const COORD = `(?:[ \\u00A0]{0,2},[ \\u00A0]{1,2}(?:(?:${alternation(lex.coordinators)})${WS})?|${WS}(?:${alternation(lex.coordinators)})${WS})`;
  const ADJ_WORDS = lex.adjectives?.length ? `${B_START}(?:${alternation(lex.adjectives)})${B_END}` : '';
  const ADJ = [ADJ_WORDS, lex.adjectivePattern ?? ''].filter(Boolean).join('|');
  // a second noun may carry its own listed adjective: "provinces and centrally-run cities"
  const NEXT = ADJ_WORDS ? `(?:${ADJ_WORDS}${WS})?${NOUN}` : NOUN;
  const LB = Object.keys(lex.levelBefore).length ? `(?:(?<lb>${alternation(Object.keys(lex.levelBefore))})${WS})?` : '';
  const LA = Object.keys(lex.levelAfter).length ? `(?:${WS}(?<la>${alternation(Object.keys(lex.levelAfter))})${B_END})?` : '';
  // PHRASE: "commune-level administrative units", "приграничных уездов", "xã, thị trấn".
  // an adjective may also stand before the level: "2 new commune-level units"
  const PHRASE = `${LB ? `(?:(?:${ADJ})${WS})?` : ''}${LB}(?:(?:${ADJ})${WS}){0,2}(?<nouns>${NOUN}(?:${COORD}${NEXT}){0,4})${LA}`;
  const PHRASE_NOADJ = `${LB}(?<nouns>${NOUN}(?:${COORD}${NEXT}){0,4})${LA}`;
  const phraseSrc = ADJ ? PHRASE : PHRASE_NOADJ;
  const BARE_WORDS = lex.bareNumberWords ? `|${B_START}(?:${alternation(Object.keys(lex.bareNumberWords))})${B_END}` : '';
  const WORDS = lex.numberTable
    ? `|${compoundPattern(lex.numberTable)}`
    : Object.keys(lex.numberWords).length
      ? `|${B_START}(?:${alternation(Object.keys(lex.numberWords))})${B_END}`
      : '';
  const NUM = `(?<num>${NUM_BEFORE}(?:${DIGITS_GROUPED(lex.spaceThousands)}|[0-9]{1,7})${NUM_AFTER}${WORDS})`;
  // (?=\p{L}): fail fast when no word follows the number
  const countSrc = `${NUM}${WS}(?=\\p{L})${phraseSrc}`;
  const dateGuard = lex.dateWords.length ? `(?!${WS}(?:${alternation(lex.dateWords)})${B_END})` : '';
  const c: Compiled = {
    lex,
    nounMap,
    levelBefore,
    levelAfter,
    count: re(countSrc),
    countAt: re(countSrc, 'iuyd'),
    // a bare side of a change: "into 75", "into one", "thành một", "в один"
    bareAt: re(`(?:${NUM_BEFORE}(?<num>${DIGITS_GROUPED(lex.spaceThousands)}|[0-9]{1,7})${NUM_AFTER}${WORDS}${BARE_WORDS})${dateGuard}`, 'iuyd'),
    phrase: re(`${B_START}${phraseSrc}`),
    phraseAt: re(`${B_START}${phraseSrc}`, 'iuyd'),
    noun: re(NOUN),
    from: re(`${B_START}(?:${alternation(lex.fromWords)})${WS}`),
    to: re(`${B_START}(?:${alternation(lex.toWords)})${WS}`),
    into: re(`${B_START}(?:${alternation(lex.intoWords)})${WS}`),
    verb: re(`${B_START}(?:${alternation(lex.changeVerbs)})`),
    growth: lex.growthVerbs?.length ? re(`${B_START}(?:${alternation(lex.growthVerbs)})`, 'iu') : undefined,
    // proper names (capitalised words joined by commas, dashes or a conjunction), at most six
    join: re(`^(?:[ \\u00A0]{0,2},[ \\u00A0]{0,2}|${WS}(?:${alternation(lex.coordinators)})${WS})$`, 'iu'),
    namesGap: re(
      `^(?:[ \\u00A0]{1,2}(?:[-\\u2013\\u2014,][ \\u00A0]{0,2})?(?:\\p{Lu}[\\p{Ll}\\p{M}-]{0,15}|(?:${alternation(lex.coordinators)})(?=[ \\u00A0]\\p{Lu}))){1,6}(?:[ \\u00A0]{0,2}[\\u2013\\u2014,])?`,
      // anchored with ^ on a slice, not sticky: a sticky pattern keeps lastIndex between calls
      'u',
    ),
    approx: lex.approxWords.length ? re(`^(?:${alternation(lex.approxWords)})${WS}`, 'iu') : undefined,
    numberOf: lex.numberOfWords?.length ? re(`${B_START}(?:${alternation(lex.numberOfWords)})[ \\u00A0]{1,3}$`, 'iu') : undefined,
    numberOfAll: lex.numberOfWords?.length ? re(`${B_START}(?:${alternation(lex.numberOfWords)})[ \\u00A0]{1,3}`, 'giu') : undefined,
    by: lex.byWords?.length ? re(`${B_START}(?:${alternation(lex.byWords)})${WS}`, 'giu') : undefined,
    backFrom: lex.fromAfterTarget?.length ? re(`^[ \\u00A0]{0,2},?[ \\u00A0]{0,2}(?:${alternation(lex.fromAfterTarget)})${WS}`, 'iu') : undefined,
    percent: re(
      `${B_START}(?:(?:${alternation(lex.approxWords)})${WS})?(?:${alternation(lex.percentLeads)})${WS}(?:(?:${alternation(lex.approxWords)})${WS})?(?<pct>[0-9]{1,3}(?:[.,][0-9]{1,3})?)[ \\u00A0]?%`,
    ),
    keywords: re(NOUN, 'iu'),
  };
  compiled.set(lex, c);
  return c;
}

// ---------------------------------------------------------------------------------------------
// Stage 1: counts

interface CountHit {
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

function readCount(c: Compiled, text: string, m: RegExpExecArray): CountHit | undefined {
  const g = m.groups ?? {};
  const numText = g.num ?? '';
  const count = parseCount(numText) ?? wordsValue(c.lex, numText);
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
  if (!/^(?:19[4-9][0-9]|20[0-9]{2}|2100)$/.test(numText)) return false;
  const before = fold(text.slice(Math.max(0, at - 12), at));
  return c.lex.yearLeads.some((w) => before === w || before.endsWith(` ${w}`));
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

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}

function findCounts(c: Compiled, text: string): CountHit[] {
  const out: CountHit[] = [];
  c.count.lastIndex = 0;
  for (let m = c.count.exec(text); m; m = c.count.exec(text)) {
    const h = readCount(c, text, m);
    if (h) out.push(h);
    if (m[0].length === 0) c.count.lastIndex++;
  }
  const named = namedTargets(c, text, out);
  if (named.length === 0) return out;
  return [...out, ...named].sort((a, b) => a.start - b.start);
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
  c.numberOfAll.lastIndex = 0;
  for (let m = c.numberOfAll.exec(text); m; m = c.numberOfAll.exec(text)) {
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
    if (/^(?:19[4-9][0-9]|20[0-9]{2}|2100)$/.test(String(h.count))) continue;
    takePhrase(h, np);
    h.bare = false;
    h.weak = np.entries.every((e) => e.weak === true);
    out.push(h);
  }
  return out;
}

/** A count (number + noun) or a bare number (digits) starting exactly at `pos`. */
function countOrBareAt(c: Compiled, text: string, pos: number): CountHit | undefined {
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

// ---------------------------------------------------------------------------------------------
// Sentences

const SENTENCE_END = /[.!?;](?=[ \u00A0\r\n"'”»)]|$)|[\r\n]/gu;

/** Where the sentence containing `from` ends, at most `max` characters on. */
function sentenceEnd(text: string, from: number, max: number): number {
  const limit = Math.min(text.length, from + max);
  // search a bounded slice: a global search of the whole text per call would be quadratic
  const w = text.slice(from, Math.min(text.length, limit + 1));
  SENTENCE_END.lastIndex = 0;
  const m = SENTENCE_END.exec(w);
  return m && from + m.index < limit ? from + m.index : limit;
}

/** Where the sentence containing `pos` starts, at most `max` characters back. */
function sentenceStart(text: string, pos: number, max: number): number {
  const from = Math.max(0, pos - max);
  const w = text.slice(from, pos);
  let start = from;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(w); m; m = SENTENCE_END.exec(w)) start = from + m.index + m[0].length;
  return start;
}

// ---------------------------------------------------------------------------------------------
// Stage 2: parts in parentheses

interface Parts {
  hits: CountHit[];
  end: number;
}

/** Counts inside "( ... )" right after `after`; the parenthesis holds nothing but a short list. */
function partsAfter(text: string, after: number, counts: CountHit[], from = 0): Parts | undefined {
  let i = skipSpaces(text, after);
  if (text[i] !== '(') return undefined;
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

/** Applies the GOLD.md readings of ambiguous nouns inside parts of a total. */
function applyPartRules(total: { level?: UnitLevel; units: UnitKey[] }, parts: CountHit[]): void {
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
function communeContext(c: Compiled, window: string): boolean {
  c.phrase.lastIndex = 0;
  for (let m = c.phrase.exec(window); m; m = c.phrase.exec(window)) {
    const np = readPhrase(c, window, m);
    if (np && (np.level === 'commune' || np.units.includes('commune'))) return true;
    if (m[0].length === 0) c.phrase.lastIndex++;
  }
  return false;
}

/** What an entry renders when listed with communes: "район" a ward, "город" a township. */
function communeListKey(e: NounEntry): UnitKey | undefined {
  return e.communeLevelKey ?? (e.wardWithCommunes ? 'ward' : undefined);
}

/** "8 районов и 67 коммун": a "район" listed with communes is a ward (phường). */
function applyListRules(c: Compiled, text: string, counts: CountHit[]): void {
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
function applySizeRule(hits: readonly CountHit[]): void {
  const big = hits.some((h) => h.entries.some((e) => e.wardAbove !== undefined && h.count > e.wardAbove));
  if (!big) return;
  for (const h of hits) {
    if (h.level) continue;
    h.units = unique(h.entries.map((e) => (e.wardAbove !== undefined ? 'ward' : e.key)));
  }
}

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

/** A bare number counts the noun phrase named elsewhere ("the number of X ... 34", "с 63 до 34"). */
function takePhrase(h: CountHit, np: Pick<CountHit, 'units' | 'level' | 'entries' | 'noun'>): void {
  h.units = [...np.units];
  h.entries = [...np.entries];
  if (np.level) h.level = np.level;
  h.noun = np.noun;
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
    // "the number of provincial-level administrative units is reduced from 63 to 34"
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

function readPhrase(c: Compiled, text: string, m: RegExpExecArray): Pick<CountHit, 'units' | 'level' | 'entries' | 'noun'> | undefined {
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

/** First connector starting in `[from, limit)` that is followed by a count or a bare number. */
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

function findChanges(c: Compiled, text: string, counts: CountHit[]): ChangeHit[] {
  const found: ChangeHit[] = [];
  const byStart = new Map(counts.map((k) => [k.start, k] as const));
  const known = (h: CountHit) => {
    const k = byStart.get(h.start);
    return k && k.end === h.end ? k : h;
  };
  // (a) "from A ... to B", "с A до B", "từ A xuống còn B"
  c.from.lastIndex = 0;
  for (let m = c.from.exec(text); m; m = c.from.exec(text)) {
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
    const parts = partsAfter(text, src.end, counts, si + 1);
    const srcEnd = parts ? parts.end : src.end;
    const names = c.namesGap.exec(text.slice(srcEnd, Math.min(text.length, srcEnd + 60)));
    const from = names ? srcEnd + names[0].length : srcEnd;
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
    found.push({ start: verbStart ?? src.start, end: tgt.end, from: src, to: known(tgt) });
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
function statedPercent(c: Compiled, text: string, after: number, stop: number): { pct: number; end: number } | undefined {
  const limit = Math.min(sentenceEnd(text, after, 90), stop);
  const w = text.slice(after, limit);
  c.percent.lastIndex = 0;
  const m = c.percent.exec(w);
  if (!m) return undefined;
  const pct = parseDecimal(m.groups?.pct ?? '');
  return pct === undefined ? undefined : { pct, end: after + m.index + m[0].length };
}

// ---------------------------------------------------------------------------------------------
// Drafts

function draft(h: CountHit): UnitDraft {
  const d: UnitDraft = { span: { start: h.start, end: h.end }, count: h.count, units: [...h.units], noun: h.noun };
  if (h.level) d.level = h.level;
  return d;
}

/** Runs every stage on `ctx.text`. Never throws on any input (bounded windows, linear patterns). */
export function extractUnitsWith(lex: UnitsLexicon, ctx: Context): { units: UnitDraft[]; unitChanges: UnitChangeDraft[] } {
  const c = compile(lex);
  const text = ctx.text;
  const counts = findCounts(c, text);
  applyListRules(c, text, counts);
  for (const h of counts) applySizeRule([h]);
  // parts of counts that are totals (with or without a change)
  const partsOf = new Map<CountHit, Parts>();
  const isPart = new Set<CountHit>();
  for (let i = 0; i < counts.length; i++) {
    const h = counts[i]!;
    if (isPart.has(h)) continue;
    const p = partsAfter(text, h.end, counts, i + 1);
    if (p) {
      applyPartRules(h, p.hits);
      partsOf.set(h, p);
      for (const x of p.hits) isPart.add(x);
    }
  }
  const changes = findChanges(c, text, counts);
  const unitChanges: UnitChangeDraft[] = [];
  const extra: CountHit[] = [];
  const inCounts = new Set(counts);
  const extraAt = new Set<string>();
  let nextIdx = 0;
  for (let i = 0; i < changes.length; i++) {
    const ch = changes[i]!;
    applySizeRule([ch.from, ch.to]);
    for (const side of [ch.from, ch.to]) {
      side.used = true;
      const at = `${side.start}:${side.end}`;
      if (!inCounts.has(side) && !extraAt.has(at)) {
        extraAt.add(at);
        extra.push(side);
      }
    }
    let end = ch.to.end;
    let parts = partsOf.get(ch.to);
    if (!parts) {
      parts = partsAfter(text, ch.to.end, counts, nextIdx);
      if (parts) applyPartRules(ch.to, parts.hits);
    } else {
      applyPartRules(ch.to, parts.hits);
    }
    if (parts) end = parts.end;
    const next = changes[i + 1]?.start ?? text.length;
    while (nextIdx < counts.length && counts[nextIdx]!.start < end) nextIdx++;
    const nextCount = counts[nextIdx]?.start ?? text.length;
    const pct = statedPercent(c, text, end, Math.min(next, nextCount));
    if (pct) end = pct.end;
    // "split 1 district into 2", "increased from 2 to 3 wards": an increase the text states
    const grew = ch.to.count <= ch.from.count || (c.growth?.test(text.slice(sentenceStart(text, ch.start, 200), end)) ?? true);
    const check = checkChange(ch.from.count, ch.to.count, parts?.hits.map((p) => p.count), pct?.pct, grew);
    const d: UnitChangeDraft = {
      span: { start: ch.start, end },
      from: draft(ch.from),
      to: draft(ch.to),
      computedReductionPercent: check.computedReductionPercent,
      consistent: check.consistent,
    };
    if (parts) d.breakdown = parts.hits.map(draft);
    if (pct) d.statedReductionPercent = pct.pct;
    if (!check.consistent) {
      const quote = text.slice(ch.start, end).replace(/\s+/g, ' ');
      ctx.warn(`units: the restructuring "${quote}" is inconsistent: ${check.problems.join('; ')}.`);
    }
    unitChanges.push(d);
  }
  for (const p of partsOf.values()) for (const h of p.hits) h.used = true;
  const units = [...counts, ...extra].filter((h) => h.used || !h.weak || h.level).map(draft);
  return { units, unitChanges };
}

/** One extractor for a locale's unit counts and restructurings. */
export function unitsExtractor(name: string, lex: UnitsLexicon): Extractor {
  return {
    name,
    family: 'units',
    keywords: compile(lex).keywords,
    run: (ctx) => extractUnitsWith(lex, ctx),
  };
}
