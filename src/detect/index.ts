/**
 * Language detection for en / ru / vi, `und` for anything else.
 *
 * Evidence, cheapest first:
 * 1. Script: share of Cyrillic, Latin and other letters. Other scripts (Han, Kana, Hangul...) → und.
 * 2. Cyrillic: letters that Russian lacks (і ї є ґ ў ђ ј љ њ ћ џ ѓ ќ ѕ ә ғ қ ң ө ұ ү һ ...) → und;
 *    letters Bulgarian, Ukrainian and Macedonian lack (ы э ё) support Russian; franc among the
 *    Cyrillic languages decides the rest.
 * 3. Latin: Vietnamese-only letters (ă ơ ư đ and tone-marked vowels such as ạ ả ế) per word;
 *    English words from a list; Vietnamese syllables without diacritics ("Vu Manh Ha") are neutral,
 *    so an English sentence full of Vietnamese names stays English; franc decides between English
 *    and the other Latin-script languages when word evidence is thin.
 */
import { rankLanguages } from './trigrams.js';
import { describe } from '../describe.js';
import type { LanguageGuess } from '../schema.js';
import { EN_WORDS, VI_ASCII_SYLLABLES, VI_WORDS } from './lexicon.js';
import { EN_COMMON } from './en-common.js';
import { VI_SYLLABLES_ASCII } from '../common/syllables.js';

const SAMPLE = 4000;
const LETTER = /\p{L}/u;
const CYRILLIC = /[\u0400-\u052F]/;
const LATIN = /[A-Za-z\u00C0-\u024F\u1E00-\u1EFF]/;
/** Cyrillic letters not used in Russian. */
const NON_RUSSIAN_CYRILLIC = /[іїєґўђјљњћџѓќѕәғқңөұүһҗӣӯҳҷӑӗҫӳІЇЄҐЎЂЈЉЊЋЏЃЌЅӘҒҚҢӨҰҮҺҖӢӮҲҶ]/g;
const RUSSIAN_MARKERS = /[ыэёЫЭЁ]/g;
/**
 * Shapes Russian has and Bulgarian lacks: ь before a consonant or at a word end (Bulgarian writes
 * ь only before о), adjective endings -ая -ое -ый -ий -ого -его -ому, infinitives in -ть/-ться.
 */
const RUSSIAN_SHAPES =
  /ь(?![оО])|(?:ая|ое|ый|ий|ого|его|ому|ему|ыми|ими)(?![\p{L}])|(?<=[\p{L}])(?:ть|ться)(?![\p{L}])|(?<=[\p{L}]{3})(?:ами|ями|ой|ей|ую|юю)(?![\p{L}])|(?<![\p{L}])(?:что|это|она|они|был|была|было|были|только|уже|если|когда|себя|также|который|которая|которые|которое|всем|всех|ещё|еще|нас|вас|ему|её)(?![\p{L}])/giu;
/**
 * Shapes Bulgarian and Macedonian have and Russian lacks: ъ between consonants or word-finally
 * after a consonant cluster (съвет, път, във), the definite articles -ът and Macedonian -от
 * (човекот), and function words (се, го, какво, през, многу, тие ...).
 */
const BULGARIAN_SHAPES =
  /ъ(?![еёюяЕЁЮЯ])|(?<=[\p{L}])ът(?![\p{L}])|(?<![\p{L}])(?:е|са|съм|ще|които|който|която|това|тази|този|във|със|към|няма|беше|бяха|също|трябва|години|днес|вече|сме|сте|нашата|нашия|след|се|го|какво|както|през|многу|тие|кои|сега|денес|има|нема|беа|биле|ова|оваа|тоа|таа|кога|ги|ќе)(?![\p{L}])|(?<=[\p{L}]{4})от(?![\p{L}])/giu;
/** Letters used in Vietnamese and (practically) nowhere else among Latin-script languages. */
const VI_ONLY =
  /[ăđơưĩũạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂĐƠƯĨŨẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/;
/** Latin letters shared by Vietnamese with other languages. */
const VI_SHARED = /^[a-zàáâãèéêìíòóôõùúý]+$/;
/** English inflections rare as word ends in the other Latin-script languages met here. */
const EN_SUFFIX = /^[a-z]{3,}(?:ed|ing|ings|ly)$/;
const WORD = /[\p{L}\p{M}']+/gu;
/**
 * Without letters Russian lacks, only Bulgarian is a real rival (Ukrainian, Belarusian, Serbian,
 * Macedonian, Kazakh... write letters of their own in any sentence).
 */
const CYRILLIC_RIVALS = ['rus', 'bul'];

/**
 * The language of `text`: `en`, `ru`, `vi`, or `und` for anything else, with a heuristic
 * `confidence` from 0 to 1 (see {@link LanguageGuess.confidence}). Synchronous; reads at most the
 * first 4,000 characters. Throws a TypeError when `text` is not a string.
 * @example
 * detectLanguage('Заключение № 150-КЛ/TW Политбюро').code; // 'ru'
 */
export function detectLanguage(text: string): LanguageGuess {
  if (typeof text !== 'string') {
    throw new TypeError(`detectLanguage: text must be a string, got ${describe(text)}`);
  }
  return detect(text, true);
}

/**
 * Detection for a paragraph check that only acts on a confident guess (0.8 or more): where
 * detectLanguage would fall back to trigrams (franc), its answer is never that confident
 * (Russian 0.6, English at most 0.73, Vietnamese 0.6 of the script share), so this returns
 * `und` there instead of running franc, the slowest step of detection.
 */
export function detectConfident(text: string): LanguageGuess {
  return detect(text, false);
}

function detect(text: string, trigrams: boolean): LanguageGuess {
  const { sample, cyr, lat, other } = scripts(text);
  const letters = cyr + lat + other;
  if (letters < 2) return { code: 'und', confidence: 1 };
  if (other > cyr + lat) return { code: 'und', confidence: round(other / letters) };
  if (cyr >= lat) return cyrillic(sample, cyr, letters, trigrams);
  return latin(sample, lat, letters, trigrams);
}

/**
 * The sample detection reads and its letters by script. Exported for paragraph checks: a
 * paragraph whose Latin letters do not outnumber its Cyrillic ones can only be read as Russian
 * or as none of ours, so a Russian text need not ask about it.
 */
export function scripts(text: string): { sample: string; cyr: number; lat: number; other: number } {
  const sample = text.slice(0, SAMPLE).normalize('NFC');
  let cyr = 0;
  let lat = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    // ASCII without a regex: a letter is Latin, anything else is no letter
    if (code < 0x80) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) lat++;
      continue;
    }
    // one code point: a surrogate pair is read whole, as `for ... of` does
    const wide = code >= 0xd800 && code <= 0xdbff && i + 1 < sample.length;
    const ch = wide ? sample.slice(i, i + 2) : sample[i]!;
    if (wide) i++;
    if (!LETTER.test(ch)) continue;
    if (CYRILLIC.test(ch)) cyr++;
    else if (LATIN.test(ch)) lat++;
    else other++;
  }
  return { sample, cyr, lat, other };
}

function cyrillic(sample: string, cyr: number, letters: number, trigrams: boolean): LanguageGuess {
  const foreign = sample.match(NON_RUSSIAN_CYRILLIC)?.length ?? 0;
  const markers = sample.match(RUSSIAN_MARKERS)?.length ?? 0;
  const share = cyr / letters;
  // One letter Russian lacks per 500 is another language (a stray Ukrainian name in a long
  // Russian article is not).
  if (foreign > 0 && foreign / cyr > 0.002) return { code: 'und', confidence: round(0.5 + Math.min(0.5, foreign / 10)) };
  // Russian against Bulgarian, the one rival without letters of its own: word shapes first.
  const ru = markers + count(sample, RUSSIAN_SHAPES);
  const bg = count(sample, BULGARIAN_SHAPES);
  if (bg > ru) return { code: 'und', confidence: round(Math.min(1, 0.5 + (bg - ru) / 6)) };
  if (ru > 0 || cyr < 60) {
    return { code: 'ru', confidence: round(Math.min(1, 0.55 + (ru - bg) / 8 + cyr / 400) * share) };
  }
  if (!trigrams) return { code: 'und', confidence: 0 };
  const ranked = rankLanguages(sample, 'Cyrillic', CYRILLIC_RIVALS);
  if (ranked[0]?.[0] === 'rus') return { code: 'ru', confidence: round(0.6 * share) };
  return { code: 'und', confidence: 0.55 };
}

function count(s: string, re: RegExp): number {
  return s.match(re)?.length ?? 0;
}

function latin(sample: string, lat: number, letters: number, trigrams: boolean): LanguageGuess {
  let en = 0;
  let vi = 0;
  let neutral = 0;
  let foreign = 0;
  /** words of the common-English list (also counted as foreign): weaker evidence */
  let common = 0;
  /** Vietnamese syllables without diacritics written in lowercase: running text, not a name */
  let lowerNeutral = 0;
  /** lowercase a-z words, and those shaped like Vietnamese syllables (with a digraph: truong, nhanh) */
  let lowerWords = 0;
  let viShaped = 0;
  let viDigraph = 0;
  for (const m of sample.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (!LATIN.test(w)) continue;
    if (w === m[0] && /^[a-z]+$/.test(w)) {
      lowerWords++;
      if (VI_SYLLABLES_ASCII.has(w)) {
        viShaped++;
        if (/^(?:tr|th|kh|ph|nh|ch|gi|qu|ng)|(?:nh|ng|ch)$/.test(w)) viDigraph++;
      }
    }
    if (VI_ONLY.test(w)) vi++;
    else if (EN_WORDS.has(w) || EN_WORDS.has(w.replace(/'s$/, ''))) en++;
    else if (EN_SUFFIX.test(w)) en += 0.5;
    else if (VI_WORDS.has(w)) vi++;
    // a Vietnamese syllable with a tone mark on letters other languages share: ngoài, trình, không
    else if (w.length >= 4 && /[^a-z]/.test(w) && VI_SYLLABLES_ASCII.has(fold(w))) vi++;
    else if (EN_COMMON.has(w) && !VI_ASCII_SYLLABLES.has(w)) {
      common++;
      foreign++;
    }
    else if (VI_ASCII_SYLLABLES.has(w)) {
      neutral++;
      if (w === m[0]) lowerNeutral++;
    }
    // a capitalised unknown word is most often a name, which says little about the language
    else if (m[0][0] !== w[0] && /^[a-z']+$/.test(w)) foreign += 0.3;
    else if (/^[a-z']+$/.test(w) || VI_SHARED.test(w)) foreign += /^[a-z']+$/.test(w) ? 1 : 0.5;
    else foreign++;
  }
  const share = lat / letters;
  const words = en + vi + foreign;
  if (vi > 0 && vi >= en * 0.5 && vi >= 2 - (words <= 3 ? 1 : 0) && vi >= foreign * 0.3) {
    return { code: 'vi', confidence: round(Math.min(1, 0.5 + vi / (words + 1)) * share) };
  }
  const enShare = words ? en / words : 0;
  // Clear word evidence decides without trigrams (franc over 126 Latin-script languages is the
  // slowest step of the whole pipeline on English articles).
  if (en > 0 && enShare >= 0.3) {
    return { code: 'en', confidence: round(Math.min(1, 0.45 + enShare * 0.6 + (enShare >= 0.5 ? 0.1 : 0)) * share) };
  }
  // Titles, lists of nouns and short phrases have few function words: a clear majority of
  // common English words is English ("Computer Aided Design: wire-frame, surface and solid
  // modelling"); a Malay or Dutch sentence quoting an English title stays below it.
  const looksEn = words ? (en + common) / words : 0;
  if (looksEn >= (words <= 3 ? 0.5 : 0.6) && en + common >= 1 && neutral <= words) {
    return { code: 'en', confidence: round(Math.min(1, 0.4 + looksEn * 0.5) * share) };
  }
  if (!trigrams) return { code: 'und', confidence: 0 };
  const ranked = lat >= 20 ? rankLanguages(sample.slice(0, 1000), 'Latin') : [];
  const top = ranked[0]?.[0];
  const eng = ranked.find(([l]) => l === 'eng')?.[1] ?? 0;
  if (en > 0 && top === 'eng' && enShare >= 0.15) {
    return { code: 'en', confidence: round(Math.min(1, 0.55 + enShare * 0.6) * share) };
  }
  // Vietnamese typed without diacritics ("Lop hoc lai he chinh quy"): lowercase syllables only
  if ((lowerNeutral >= 4 && en === 0 && lowerNeutral >= 2 * (words + 0.5)) || (viShaped >= 4 && en * 4 < viShaped && viShaped >= 0.8 * lowerWords && viDigraph >= 2)) {
    return { code: 'vi', confidence: round(0.55 * share) };
  }
  if (words === 0 && neutral > 0) {
    // Only Vietnamese syllables without diacritics: a name or a place; no language to call.
    return { code: 'und', confidence: 0.5 };
  }
  if (top === 'vie' && vi > 0) return { code: 'vi', confidence: round(0.6 * share) };
  return { code: 'und', confidence: round(Math.min(1, 0.5 + (1 - eng) / 2)) };
}

/** Diacritics removed: "ngoài" → "ngoai". */
function fold(w: string): string {
  return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

function round(x: number): number {
  return Math.max(0, Math.min(1, Math.round(x * 1000) / 1000));
}
