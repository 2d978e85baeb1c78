/**
 * The people finder's first stage: what a locale tells it (`PeopleLexicon`, data only) and that
 * lexicon compiled once into the patterns every later stage reads (`compile`, cached per lexicon).
 */
import { alternation, B_END, B_START, escapeRegExp, re } from '../../patterns.js';
import { wordTrie, type WordTrie } from '../word-trie.js';
import type { LanguageCode } from '../../schema.js';

/** What a locale tells the people engine. Every list is data; patterns are generated from it. */
export interface PeopleLexicon {
  readonly language: LanguageCode;
  /** Words before a name: comrade, Mr., đồng chí, товарищ (all case forms), ranks. */
  readonly honorifics: readonly string[];
  /** Post titles, longest first after generation: "Standing Deputy Secretary", "Phó Bí thư". */
  readonly titles: readonly string[];
  /**
   * Family names a caller added (createParser), in Latin script with or without diacritics
   * ("Khổng", "Giáp"): read as family names beside the built-in list. Not for Russian.
   */
  readonly familyNames?: readonly string[];
  /** A word right after a name that makes it a place: "province", "провинции". */
  readonly placeAfter: readonly string[];
  /** A word right before a name that makes it a place, unless a post precedes: "đường", "phường". */
  readonly placeBefore: readonly string[];
  /** Last words of an organisation after which two capitalised syllables are a place ("UBND huyện"). */
  readonly placeLead: readonly string[];
  /** Regex source of a word that ends a post ("said", "cho biết", "сообщил"). */
  readonly roleStop: string;
  /** Regex source of leading words dropped from the organisation ("of the "). */
  readonly orgLead?: string;
  /**
   * Words of organisations that may stand before a title ("National Assembly Chairman",
   * "Ha Giang Provincial Party Secretary"); capitalised words before a title are taken as its
   * organisation only when they contain one of these.
   */
  readonly orgBeforeTitle?: readonly string[];
  /**
   * Honorifics that mark a person whatever the name: after them a foreign name (a Lao or
   * Cambodian official) is a person too, "Mr. Phonesavanh Keomanivong". Latin script only.
   */
  readonly personalHonorifics?: readonly string[];
  /** Titles that head a signature block, in capitals: "THỦ TƯỚNG", "BỘ TRƯỞNG". */
  readonly signatureTitles?: readonly string[];
  /** Words joining two posts of one person before the name: "and", "và", "kiêm", "и". */
  readonly roleJoiners?: readonly string[];
  /**
   * Words before a title that keep it a post of the person: "former ", "acting ", "nguyên ",
   * "бывшего ", "экс-". Spelled with the space or hyphen that follows them.
   */
  readonly titlePrefixes?: readonly string[];
  /**
   * The dictionary form of a title as written (Russian: the nominative, "президента" →
   * "президент"); undefined keeps the title as written.
   */
  readonly titleLemma?: (title: string) => string | undefined;
  /** Words joining the last name of a list: "and", "và", "и". */
  readonly listJoiners?: readonly string[];
  /**
   * Regex source, anchored, of what stands between a name (or a list of names) and the post a
   * verb gives it: ", elected as ", " were nominated to become ", " được bầu giữ chức ",
   * " назначен на должность ". The post's title follows what it matches.
   */
  readonly verbPost?: string;
  /**
   * Regex source of a verb of appointment alone between a post and the name it precedes
   * ("министром назначен г-н X"): the post is the name's. Matched on the whole gap.
   */
  readonly verbBeforeName?: string;
  /** Words that may stand between `verbPost` and the title ("назначен Национальным собранием на ..."). */
  readonly verbPostSkip?: number;
  /** Plural titles ("Vice Chairmen", "заместители"): before a list of names, every name's post. */
  readonly pluralTitles?: readonly string[];
  /**
   * Words between a post and the list of names it applies to: ":", "including", "là các ông",
   * "в том числе". Spelled as written; an honorific or a list number may follow.
   */
  readonly listIntros?: readonly string[];
  /**
   * A term written between a post and its list or name ("nhiệm kỳ 2016 - 2021", "for the
   * 2021-2026 term", "на период 2021–2026 годов"): a pattern, read at the end of the text before.
   */
  readonly termAfterPost?: string;
  /**
   * Latin-script foreign officials after a post ("Russian Foreign Minister Sergey Lavrov"): words
   * that cannot be part of such a name (countries, bodies: "State", "Department", "Vietnam").
   * Their presence turns the finder on.
   */
  readonly foreignNameStops?: readonly string[];
  /** Lowercase words that introduce a foreign official like a post: "his Russian counterpart X". */
  readonly foreignIntroducers?: readonly string[];
  /**
   * Names of organisations with a comma or a spaced dash inside ("Culture, Sports and Tourism",
   * "Lao động - Thương binh và Xã hội"): a post does not end at that comma.
   */
  readonly commaNames?: readonly string[];
}

/** A lexicon compiled to patterns: built once per lexicon by `compile`. */
export interface Compiled {
  lex: PeopleLexicon;
  honorificEnd: RegExp;
  shortForm: RegExp;
  /**
   * The titles with their prefixes ("former ", "бывшего "), as a word trie: the same matches as
   * the regex `(?:prefixes)?(?:titles)` with `iu`, without compiling a pattern of up to 70,000
   * characters (see word-trie.ts).
   */
  titles: WordTrie;
  stop: RegExp;
  /** `stop`, global: every stop word of a stretch. */
  stopAll: RegExp;
  placeAfter: RegExp;
  placeBefore: RegExp;
  placeLead: RegExp;
  orgWord: RegExp;
  orgLead: RegExp | undefined;
  signature: RegExp | undefined;
  /** "Mr. Phonesavanh Keomanivong": a personal honorific and 2-3 capitalised words. */
  foreign: RegExp | undefined;
  /** " and ", " kiêm ": a joiner with its spaces, global; a title must follow (checked with `titles`). */
  joinTitle: RegExp | undefined;
  joinerWord: RegExp | undefined;
  /** A joiner ending a stretch of text: "... Party Committee and " before a lowercase title. */
  joinerEnd: RegExp | undefined;
  /** Lower-cased words that are never part of a foreign official's name (`foreignNameStops`). */
  foreignStops: ReadonlySet<string>;
  /** "his Russian counterpart ": an introducer of a foreign official, at the end of the text before. */
  foreignIntro: RegExp | undefined;
  /** A title prefix at a position ("former "), sticky. */
  prefixAt: RegExp | undefined;
  /** What may stand between two names of a list: ", ", "; ", " and ", "2. ", an honorific. */
  listGap: RegExp;
  /** The end of a list intro before a name: ", including Mr. ", " là các ông: ", ": 1. ". */
  listIntro: RegExp | undefined;
  termEnd: RegExp | undefined;
  plural: ReadonlySet<string>;
  verbPost: RegExp | undefined;
  verbBefore: RegExp | undefined;
  /** Sticky, tried at a comma or dash: the rest of a name of `commaNames` that goes on past it. */
  commaName: RegExp | undefined;
}

/** A name of `commaNames` as a pattern tried at its first comma or dash: "(?<=Culture),[ ]Sports and Tourism". */
function commaNamePattern(name: string): string | undefined {
  const cut = /,|[ \u00A0][-–][ \u00A0]/u.exec(name);
  if (!cut) return undefined;
  const words = (s: string) => s.trim().split(/[ \u00A0]+/u).map(escapeRegExp).join('[ \\u00A0]{1,3}');
  const sep = cut[0].trim() === ',' ? ',' : '[-–]';
  return `(?<=${words(name.slice(0, cut.index))}[ \\u00A0]?)${sep}[ \\u00A0]{0,3}${words(name.slice(cut.index + cut[0].length))}(?![\\p{L}\\p{N}])`;
}

function caseVariants(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(w, w.charAt(0).toUpperCase() + w.slice(1), w.charAt(0).toLowerCase() + w.slice(1));
  }
  return out;
}

/** A pattern that matches nothing: stands in for an empty word list. */
const NEVER = '(?!)';

const compiledCache = new WeakMap<PeopleLexicon, Compiled>();

export function compile(lex: PeopleLexicon): Compiled {
  const hit = compiledCache.get(lex);
  if (hit) return hit;
  const hon = alternation(lex.honorifics);
  // honorifics of both kinds, as they may open a list item ("ông", "Mr.", "товарищ")
  const anyHon = alternation([...lex.honorifics, ...(lex.personalHonorifics ?? [])]);
  // "former Minister", "nguyên Bộ trưởng", "бывшего министра", "экс-секретаря": still a post of that person
  const prefixes = alternation(lex.titlePrefixes ?? []);
  const c: Compiled = {
    lex,
    // "... comrade " / "... comrades: " at the end of the text before a name
    honorificEnd: re(`${B_START}(${hon})[ \\u00A0]{0,3}:?[ \\u00A0]{0,3}$`, 'iu'),
    // "comrade Thanh" not followed by another capitalised word (case-sensitive name)
    shortForm: re(
      `${B_START}(${alternation(caseVariants(lex.honorifics))})[ \\u00A0]{1,3}(\\p{Lu}\\p{Ll}+)${B_END}(?![ \\u00A0]{1,3}\\p{Lu})`,
      'gud',
    ),
    titles: wordTrie(lex.titles, lex.titlePrefixes ?? []),
    stop: re(lex.roleStop, 'u'),
    stopAll: re(lex.roleStop, 'gu'),
    placeAfter: re(`^[ \\u00A0]{1,3}(?:${alternation(lex.placeAfter) || NEVER})${B_END}`, 'iu'),
    placeBefore: re(`${B_START}(?:${alternation(lex.placeBefore) || NEVER})[ \\u00A0]{1,3}$`, 'iu'),
    orgWord: re(`${B_START}(?:${alternation(lex.orgBeforeTitle ?? []) || NEVER})${B_END}`, 'u'),
    placeLead: re(`${B_START}(?:${alternation(lex.placeLead) || NEVER})$`, 'iu'),
    orgLead: lex.orgLead ? re(`^(?:${lex.orgLead})`, 'iu') : undefined,
    signature: lex.signatureTitles?.length ? re(`(?:^|[ .])(?:${alternation(lex.signatureTitles)})$`, 'u') : undefined,
    foreign: lex.personalHonorifics?.length
      ? re(
          `${B_START}(${alternation(caseVariants(lex.personalHonorifics))})[ \\u00A0]{1,3}(\\p{Lu}\\p{Ll}+(?:[ \\u00A0]\\p{Lu}\\p{Ll}+){1,2})(?![\\p{L}\\p{N}]|[ \\u00A0]\\p{Lu})`,
          'gud',
        )
      : undefined,
    listGap: re(
      `^[ \\u00A0]{0,3}(?:[,;][ \\u00A0]{0,3}|[ \\u00A0](?=\\S))(?:(?:${alternation(lex.listJoiners ?? []) || NEVER})[ \\u00A0]{1,3})?(?:\\d{1,2}[.)][ \\u00A0]{0,3})?(?:(?:${anyHon})[ \\u00A0]{1,3})?$`,
      'iu',
    ),
    termEnd: lex.termAfterPost ? re(`[ \\u00A0]{0,3},?[ \\u00A0]{0,3}(?:${lex.termAfterPost})[ \\u00A0]{0,3},?[ \\u00A0]{0,3}$`, 'iu') : undefined,
    listIntro: lex.listIntros?.length
      ? re(
          `[ \\u00A0]{0,3}[,]?[ \\u00A0]{0,3}(?:${alternation(lex.listIntros)})[ \\u00A0]{0,3}:?[ \\u00A0\\n]{0,3}(?:[-•*–—][ \\u00A0]{0,2})?(?:\\d{1,2}[.)][ \\u00A0]{0,3})?(?:(?:${anyHon})[ \\u00A0]{1,3})?$`,
          'iu',
        )
      : undefined,
    plural: new Set((lex.pluralTitles ?? []).map((t) => t.toLowerCase())),
    verbPost: lex.verbPost ? re(`^(?:${lex.verbPost})`, 'iu') : undefined,
    verbBefore: lex.verbBeforeName ? re(`^(?:${lex.verbBeforeName})$`, 'iu') : undefined,
    joinerWord: lex.roleJoiners?.length ? re(`${B_START}(?:${alternation(lex.roleJoiners)})${B_END}`, 'iu') : undefined,
    joinTitle: lex.roleJoiners?.length ? re(`[ \\u00A0]{1,3}(?:${alternation(lex.roleJoiners)})[ \\u00A0]{1,3}`, 'giu') : undefined,
    joinerEnd: lex.roleJoiners?.length ? re(`[ \\u00A0,](?:${alternation(lex.roleJoiners)})[ \\u00A0]{1,3}$`, 'iu') : undefined,
    prefixAt: prefixes ? re(`(?:${prefixes})`, 'iuy') : undefined,
    foreignStops: new Set((lex.foreignNameStops ?? []).map((w) => w.toLowerCase())),
    foreignIntro: lex.foreignIntroducers?.length ? re(`${B_START}(?:${alternation(lex.foreignIntroducers)})[ \\u00A0]{1,3}$`, 'iu') : undefined,
    commaName: lex.commaNames?.length ? re(lex.commaNames.map(commaNamePattern).filter(Boolean).join('|'), 'iuy') : undefined,
  };
  compiledCache.set(lex, c);
  return c;
}
