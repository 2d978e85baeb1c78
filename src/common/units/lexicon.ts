/**
 * The units lexicon: the shape a locale fills (unit nouns with every written form, level
 * phrases, number words, change verbs and connectors), the patterns compiled from it (once per
 * lexicon), and the reading of numbers as written.
 *
 * All patterns are linear: bounded repetitions, alternations of literal lexicon entries.
 */
import { alternation, B_END, B_START, re, trieAlternation } from '../../patterns.js';
import { compoundPattern, readCompound, type NumberWordTable } from '../numbers.js';
import type { UnitKey, UnitLevel } from '../../schema.js';

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
  /**
   * The "and" of "10 and 5 districts", "26 и 10 коммун", "26 và 10 xã": numbers joined by it to a
   * count share its noun phrase (each is a count of its own). Default: the first coordinator.
   */
  readonly andWords?: readonly string[];
  /** Words before such numbers that make them a range, not counts: "between 10 and 15 communes". */
  readonly rangeWords?: readonly string[];
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
  /**
   * A change verb that may stand between the source and a short connector ("163 единицы будут
   * объединены в 57", "163 xã sẽ được sắp xếp thành 57"): a regex source matched right after
   * the source, bounded; it does not count against `intoMaxGap`.
   */
  readonly intoVerbGap?: string;
  /** Stems of words saying a count grew or was split ("increas", "split", "увелич", "tăng", "chia"). */
  readonly growthVerbs?: readonly string[];
  /** Stems of change verbs ("rearrang", "сокра", "sắp xếp"), matched as word starts. */
  readonly changeVerbs: readonly string[];
  /**
   * Words before a count that is the size of a cut, not a source ("giảm 106 đơn vị, còn 57",
   * "reduced by 106 to 57"): such a count gives way to the total before it that it was cut from.
   */
  readonly cutByWords?: readonly string[];
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
export function wordsValue(lex: UnitsLexicon, s: string): number | undefined {
  // a lone "one" / "một" / "один" is most often the indefinite article ("một làng cổ", "giao cho
  // một cơ quan chủ trì"): only a change reads it ("thành một", "into one"), through bareNumberWords
  if (lex.numberTable && !/[\s-]/.test(s.trim()) && readCompound(lex.numberTable, s) === 1) return undefined;
  const v = lex.numberTable ? readCompound(lex.numberTable, s) : undefined;
  return v !== undefined && v > 0 ? v : numberWordValue(lex.numberWords, s);
}

// ---------------------------------------------------------------------------------------------
// Patterns built from a lexicon

/** Lowercase, ё -> е, runs of spaces -> one space: the lookup key of a lexicon form. */
export function fold(s: string): string {
  return s.toLowerCase().replace(/ё/g, 'е').replace(/[ \u00A0]+/g, ' ').trim();
}

const WS = '[ \\u00A0]{1,3}';
/** Number digits: plain, or grouped by a thousands separator ("10,035", "1.512"). */
const DIGITS_GROUPED = (space: boolean) => `[0-9]{1,3}(?:[,.${space ? ' \\u00A0\\u202F' : ''}][0-9]{3}){1,3}`;
/**
 * Not glued to a word or another number ("Covid-19 huyện", "3.5"), and not a serial number
 * ("Bệnh viện Dã chiến số 1 tỉnh Đắk Lắk", "No. 2 district").
 */
// "số 92" is a document number, but "trong số 92 xã" is "among 92 communes"
const NUM_BEFORE =
  '(?<![\\p{L}\\p{N}]|[\\p{L}\\p{N}][.,/:\\-\\u2013]|[/№#])(?<!(?<![\\p{L}])(?<![Tt]rong[ \\u00A0])(?:số|Số|No\\.?|no\\.|№|номер)[ \\u00A0]{1,2})';
/** Not a part of a longer number, a decimal, a ratio ("459/465"), a range or a code. */
const NUM_AFTER = '(?![\\p{L}\\p{N}]|[.,/:\\-\\u2013]\\p{N}|[ \\u00A0]?%)';

export interface Compiled {
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
  byBefore: RegExp | undefined;
  numberOf: RegExp | undefined;
  growth: RegExp | undefined;
  /** "the number of X" anywhere (global), for "reducing the number of provinces to 34". */
  numberOfAll: RegExp | undefined;
  /** "by" before a decrement after "the number of X" (global). */
  by: RegExp | undefined;
  /** A back-source after a target, anchored: ", down from ". */
  backFrom: RegExp | undefined;
  namesGap: RegExp;
  intoVerbGap: RegExp | undefined;
  /** What joins two counts of one list: ", ", " and ", " и ". */
  join: RegExp;
  /** Anchored at the end of a slice: "10 and ", "30, 24 and " before a count (numbers sharing its noun). */
  coordBefore: RegExp;
  /** The cheap test before `coordBefore`: the slice ends with the "and" word. */
  andEnd: RegExp;
  /** Global: a number and a level without a noun, "over 9,500 at commune level" (administrative units). */
  levelCount: RegExp | undefined;
  percent: RegExp;
  keywords: RegExp;
}

const compiled = new WeakMap<UnitsLexicon, Compiled>();

export function compile(lex: UnitsLexicon): Compiled {
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
  // one number of a coordination: not after a capitalised word ("Resolution 60 and 20 communes",
  // "March 3 and 4 communes"), even one opening the sentence
  const NUM1 = `(?<!\\p{Lu}[\\p{L}\\p{M}.]{0,20}[ \\u00A0]{1,2})(?:${NUM_BEFORE}(?:${DIGITS_GROUPED(lex.spaceThousands)}|[0-9]{1,7})${NUM_AFTER}${WORDS})`;
  const AND = alternation(lex.andWords ?? lex.coordinators.slice(0, 1));
  const RANGE = lex.rangeWords?.length ? `(?<!${B_START}(?:${alternation(lex.rangeWords)})[ \\u00A0]{1,2})` : '';
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
    byBefore: lex.cutByWords?.length ? re(`${B_START}(?:${alternation(lex.cutByWords)})[ \\u00A0]{1,3}$`, 'iu') : undefined,
    growth: lex.growthVerbs?.length ? re(`${B_START}(?:${alternation(lex.growthVerbs)})`, 'iu') : undefined,
    // proper names (capitalised words joined by commas, dashes or a conjunction), at most six
    join: re(`^(?:[ \\u00A0]{0,2},[ \\u00A0]{0,2}|${WS}(?:${alternation(lex.coordinators)})${WS})$`, 'iu'),
    // digits only, opening the body: the scan skips ahead to a digit (see scan() in patterns.ts)
    levelCount: Object.keys(lex.levelAfter).length
      ? re(`(?<![\\p{L}\\p{N}.,/\\-\\u2013])(?<num>${DIGITS_GROUPED(lex.spaceThousands)}|[0-9]{1,7})${NUM_AFTER}${WS}(?<la>${alternation(Object.keys(lex.levelAfter))})${B_END}`)
      : undefined,
    andEnd: re(`(?<![\\p{L}])(?:${AND})[ \\u00A0]{1,3}$`, 'u'),
    coordBefore: re(`${RANGE}(?<lead>${NUM1}(?:[ \\u00A0]{0,2},[ \\u00A0]{1,2}${NUM1}){0,5})[ \\u00A0]{0,2},?${WS}(?:${AND})${WS}$`, 'u'),
    namesGap: re(
      `^(?:[ \\u00A0]{1,2}(?:[-\\u2013\\u2014,][ \\u00A0]{0,2})?(?:\\p{Lu}[\\p{Ll}\\p{M}-]{0,15}|(?:${alternation(lex.coordinators)})(?=[ \\u00A0]\\p{Lu}))){1,6}(?:[ \\u00A0]{0,2}[\\u2013\\u2014,])?`,
      // anchored with ^ on a slice, not sticky: a sticky pattern keeps lastIndex between calls
      'u',
    ),
    intoVerbGap: lex.intoVerbGap ? re(`^(?:${lex.intoVerbGap})`, 'iu') : undefined,
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
