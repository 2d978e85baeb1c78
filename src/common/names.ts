/**
 * Vietnamese personal names in three scripts: the language-neutral `nameKey`, syllable checks,
 * and the reverse of the standard Russian (Kontsevich-style) transcription.
 *
 * The Russian table is generated: every syllable in `names.data.ts` is transcribed forward
 * (Vietnamese -> Russian, with the common non-standard variants ranked after the standard one),
 * and the map is read backwards. Ties go to the standard spelling, then to the syllable listed
 * first. Tokens not in the table fall back to letter rules.
 */
import { alternation, B_END, B_START, re, trieAlternation } from '../patterns.js';
import type { LanguageCode } from '../schema.js';
import { overlapFinder, type Hit } from '../span.js';
import type { Context, PersonDraft, RoleDraft } from '../types.js';
import { FAMILY_NAMES, NAME_SYLLABLES, PLACE_KEYS, RU_FAMILY_NAMES, RU_WHOLE_NAMES } from './names.data.js';
import { OFFICIALS } from './officials.data.js';
import { EN_COMMON } from '../detect/en-common.js';

/** One Cyrillic letter. Module-level: a literal with \p{} inside a function is rebuilt on each call once bundled (esbuild lowers it to new RegExp). */
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER_THEN_UPPER = /\p{Ll}[ \u00A0]{1,3}\p{Lu}/u;
const LOWER_WORD_END = /(?:^|[ \u00A0])\p{Ll}+[ \u00A0]{1,3}$/u;
const SHORT_ACRONYM = /^\p{Lu}{2,3}$/u;
const SENTENCE_BREAK = /[.!?][ \u00A0]+\p{Lu}/u;
const LETTER = /\p{L}/u;
/** The capitalised word right before a name. */
const WORD_BEFORE = /(\p{Lu}\p{Ll}+)[ \u00A0]$/u;
/** "74 Trần Hưng Đạo": a house number before a name. */
const HOUSE_NUMBER = /\p{N}\p{Lu}?[ \u00A0]{1,3}$/u;

/** Lowercase ASCII: diacritics removed, đ -> d. */
export function foldVi(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Lowercase, tone marks removed, vowel-quality marks (ă â ê ô ơ ư) and đ kept. */
export function toneless(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

const ASCII_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?$/;

/** True when a Latin token (with or without diacritics) has the shape of a Vietnamese syllable. */
export function isLatinSyllable(token: string): boolean {
  const f = foldVi(token);
  return f.length <= 7 && ASCII_SYLLABLE.test(f);
}

const FAMILY_EXACT = new Set(FAMILY_NAMES.map((f) => f.normalize('NFC').toLowerCase()));
const FAMILY_ASCII = new Set(FAMILY_NAMES.map((f) => foldVi(f)));

/**
 * True when a Latin token is a family name. A token written with diacritics must match them
 * ("Thân", not "Thần"); a token without any matches by its ASCII form ("Nguyen").
 */
export function isLatinFamily(token: string): boolean {
  const lower = token.normalize('NFC').toLowerCase();
  if (FAMILY_EXACT.has(lower)) return true;
  return foldVi(lower) === lower && FAMILY_ASCII.has(lower);
}

// ---------------------------------------------------------------------------------------------
// Forward transcription Vietnamese -> Russian (Kontsevich), used to build the reverse table.

/** Onsets, longest first; the first Russian option is the standard one. */
const ONSETS: readonly (readonly [string, readonly string[]])[] = [
  ['ngh', ['нг']], ['ng', ['нг']], ['nh', ['нь']], ['ch', ['ть', 'ч']], ['tr', ['ч']],
  ['th', ['тх']], ['kh', ['кх', 'х']], ['ph', ['ф']], ['gh', ['г']], ['gi', ['зь']],
  ['qu', ['ку']], ['b', ['б']], ['c', ['к']], ['d', ['з']], ['đ', ['д']], ['g', ['г']],
  ['h', ['х']], ['k', ['к']], ['l', ['л']], ['m', ['м']], ['n', ['н']], ['p', ['п']],
  ['r', ['з', 'ж', 'р']], ['s', ['ш', 'с']], ['t', ['т']], ['v', ['в']], ['x', ['с']],
];
const CODAS: readonly (readonly [string, readonly string[]])[] = [
  ['ng', ['нг']], ['nh', ['нь']], ['ch', ['ть', 'к']], ['c', ['к']], ['m', ['м']], ['n', ['н']],
  ['p', ['п']], ['t', ['т']],
];
/** Vowel groups of the nucleus, longest first. */
const NUCLEI: readonly (readonly [string, readonly string[]])[] = [
  ['uyê', ['уе', 'уэ']], ['uya', ['уя']], ['iê', ['ие', 'ье', 'е']], ['yê', ['ие', 'ье', 'е']],
  ['ươ', ['ыо']], ['ưa', ['ыа']], ['uô', ['уо']], ['uy', ['уй', 'уи', 'юи']], ['ia', ['иа']],
  ['ya', ['иа']], ['ua', ['уа']], ['uâ', ['уа']], ['uê', ['уе', 'уэ', 'юэ']], ['oa', ['оа']],
  ['oă', ['оа']], ['oe', ['оэ', 'oе']], ['a', ['а']], ['ă', ['а']], ['â', ['а', 'э']],
  ['e', ['е', 'э']], ['ê', ['е', 'э']], ['i', ['и']], ['y', ['и']], ['o', ['о']], ['ô', ['о']],
  ['ơ', ['о']], ['u', ['у']], ['ư', ['ы']],
];
const VOWELS = 'aăâeêioôơuưy';

function product(parts: readonly (readonly string[])[]): { s: string; rank: number }[] {
  let acc: { s: string; rank: number }[] = [{ s: '', rank: 0 }];
  for (const opts of parts) {
    const next: { s: string; rank: number }[] = [];
    for (const a of acc) opts.forEach((o, i) => next.push({ s: a.s + o, rank: a.rank + i }));
    acc = next;
  }
  return acc;
}

/** Russian transcriptions of one toneless Vietnamese syllable, with a rank (0 = standard). */
export function transcribeRu(syllable: string): { s: string; rank: number }[] {
  let rest = toneless(syllable);
  const parts: (readonly string[])[] = [];
  const onset = ONSETS.find(([o]) => rest.startsWith(o));
  if (onset) {
    const [o, ru] = onset;
    parts.push(ru);
    // "gi" before a consonant ("gìn") keeps its i as the vowel: зин
    rest = o === 'gi' && !VOWELS.includes(rest[2] ?? '') ? rest.slice(1) : rest.slice(o.length);
  }
  const coda = CODAS.find(([c]) => rest.endsWith(c) && rest.length > c.length);
  let nucleus = coda ? rest.slice(0, -coda[0].length) : rest;
  let glide: readonly string[] | undefined;
  if (!coda && nucleus.length >= 2 && nucleus !== 'uy') {
    const last = nucleus[nucleus.length - 1]!;
    if (last === 'i' || last === 'y') glide = ['й'];
    else if (last === 'o') glide = ['о'];
    else if (last === 'u') glide = ['у'];
    if (glide) nucleus = nucleus.slice(0, -1);
  }
  const vowelInitial = parts.length === 0;
  while (nucleus.length > 0) {
    const n = NUCLEI.find(([v]) => nucleus.startsWith(v));
    if (!n) return [];
    let opts = n[1];
    // after нь/ть/зь the standard spelling keeps the soft sign: Chiến -> Тьен, Tiến -> Тиен
    const palatal = parts.length === 1 && (onset?.[0] === 'ch' || onset?.[0] === 'nh' || onset?.[0] === 'gi');
    if (palatal && (n[0] === 'iê' || n[0] === 'yê')) opts = ['ъе', 'ие', 'е'];
    else if (n[0] === 'iê' || n[0] === 'yê') opts = [...opts, 'ъе']; // Diệm -> Зьем, as media write it
    if (vowelInitial && parts.length === 0 && (n[0] === 'e' || n[0] === 'ê')) opts = ['э', 'е'];
    if (vowelInitial && parts.length === 0 && n[0] === 'yê') opts = ['йе', ...opts]; // Yến -> Йен
    parts.push(opts);
    nucleus = nucleus.slice(n[0].length);
  }
  if (glide) parts.push(glide);
  if (coda) parts.push(coda[1]);
  return product(parts).map(({ s, rank }) => ({ s: soften(s), rank }));
}

/**
 * нь/ть/зь before a vowel: ня, тю, зя ...; `ъ` marks the soft sign of iê after a palatal onset,
 * which stays: Chiến -> Тьен.
 */
function soften(s: string): string {
  return s
    .replace(/ьь/g, 'ь')
    .replace(/([нтз])ь([аоуеиэ])/g, (_m, c: string, v: string) => c + ({ а: 'я', о: 'ё', у: 'ю', е: 'е', и: 'и', э: 'е' } as Record<string, string>)[v]!)
    .replace(/ьъ/g, 'ь')
    .replace(/ъ/g, 'ь');
}

interface RuEntry {
  key: string;
  score: number;
}

const RU_SYLLABLES: Map<string, RuEntry> = (() => {
  const map = new Map<string, RuEntry>();
  const all = [...NAME_SYLLABLES, ...FAMILY_NAMES];
  all.forEach((syl, i) => {
    const key = foldVi(syl);
    for (const { s, rank } of transcribeRu(syl)) {
      const score = rank * 100000 + i;
      const prev = map.get(s);
      if (!prev || prev.score > score) map.set(s, { key, score });
      const yo = s.replace(/ё/g, 'е');
      if (yo !== s) {
        const p2 = map.get(yo);
        if (!p2 || p2.score > score + 1) map.set(yo, { key, score: score + 1 });
      }
    }
  });
  // syllables of the traditional whole-name spellings ("Мин" in "Хо Ши Мин"), lowest priority
  for (const [ru, key] of Object.entries(RU_WHOLE_NAMES)) {
    const r = ru.split(' ');
    const k = key.split(' ');
    r.forEach((t, i) => {
      if (!map.has(t) && k[i]) map.set(t, { key: k[i]!, score: 9_000_000 });
    });
  }
  return map;
})();

/** Every key a Cyrillic syllable can stand for: "чинь" → chinh, trinh. */
const RU_ALTS = (() => {
  const map = new Map<string, Set<string>>();
  for (const syl of [...NAME_SYLLABLES, ...FAMILY_NAMES]) {
    const key = foldVi(syl);
    for (const { s } of transcribeRu(syl)) {
      for (const form of new Set([s, s.replace(/ё/g, 'е')])) {
        let set = map.get(form);
        if (!set) map.set(form, (set = new Set()));
        set.add(key);
      }
    }
  }
  return map;
})();

/** Keys of well-known officials: a tie-breaker between transcription readings, nothing more. */
const OFFICIAL_KEYS = new Set(OFFICIALS.map((n) => foldIY(foldVi(n).toLowerCase().replace(/[^a-z ]/g, ''))));

/**
 * The other readings of a Russian-transcribed name's key, and the key to use: when the first
 * reading is no well-known official but exactly one other reading is, that one ("Ле Минь Чи":
 * le minh chi → le minh tri). At most 32 readings are considered.
 */
function ruReadings(tokens: readonly string[], key: string): { key: string; alternatives: string[] } {
  const parts = key.split(' ');
  if (parts.length !== tokens.length) return { key, alternatives: [] };
  let readings: string[][] = [[]];
  tokens.forEach((t, i) => {
    const lower = t.toLowerCase();
    const forms = i === tokens.length - 1 ? ruCaseCandidates(lower) : [lower];
    const alts = new Set<string>([parts[i]!]);
    for (const f of forms) for (const k of RU_ALTS.get(f) ?? []) alts.add(k);
    const next: string[][] = [];
    for (const r of readings) for (const a of alts) if (next.length < 32) next.push([...r, a]);
    readings = next;
  });
  const all = [...new Set(readings.map((r) => foldIY(r.join(' '))))];
  if (all.length < 2) return { key, alternatives: [] };
  let chosen = key;
  if (!OFFICIAL_KEYS.has(key)) {
    const known = all.filter((k) => OFFICIAL_KEYS.has(k));
    if (known.length === 1) chosen = known[0]!;
  }
  return { key: chosen, alternatives: all.filter((k) => k !== chosen).slice(0, 8) };
}

/** The readings of a name's key: the other keys a Russian transcription can stand for. */
export function nameKeyAlternatives(name: string): string[] {
  return nameKeyWithAlternatives(name).alternatives;
}

const RU_FAMILY = new Map<string, string>();
for (const [ru, key] of Object.entries(RU_FAMILY_NAMES)) RU_FAMILY.set(ru.toLowerCase(), key);
for (const f of FAMILY_NAMES) {
  const first = transcribeRu(f).find((t) => t.rank === 0);
  if (first && !RU_FAMILY.has(first.s)) RU_FAMILY.set(first.s, foldVi(f));
}

/** Stems a Russian case form might come from, the form itself first. */
function ruCaseCandidates(lower: string): string[] {
  const out = [lower];
  const m = /^(.+?)(ом|ем|ём|ым|ой|а|у|е|ю|я)$/u.exec(lower);
  if (m) {
    const stem = m[1]!;
    const end = m[2]!;
    const vowelEnd = /[аеиоуыэюяё]$/u.test(stem);
    if (end === 'а' || end === 'у' || end === 'ом' || end === 'е' || end === 'ым' || end === 'ой') out.push(stem);
    if (end === 'я' || end === 'ю' || end === 'ем' || end === 'ём' || end === 'е') {
      if (vowelEnd) out.push(stem + 'й');
      else out.push(stem + 'ь', stem);
    }
  }
  return out;
}

/**
 * Every toneless syllable the onset, nucleus and coda tables can spell, transcribed: the
 * fallback for a name syllable missing from the name list ("Зу" Du, "Быу" Bửu, "Тхой" Thôi).
 * Built on first need; listed syllables always win over it.
 */
let generated: Map<string, string> | undefined;
function generatedSyllables(): Map<string, string> {
  if (generated) return generated;
  const map = new Map<string, { key: string; score: number }>();
  // plain consonants before digraphs, so that a tie goes to the commoner spelling
  const onsets = ['', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x', 'ch', 'tr', 'th', 'kh', 'ph', 'ng', 'nh', 'gi', 'qu', 'ngh', 'gh'];
  const nuclei = NUCLEI.map(([v]) => v);
  // Vietnamese spelling: k, gh, ngh only before i/e/ê/y; c, g, ng never before them
  const front = (v: string) => /^[ieêy]/.test(v);
  const valid = (o: string, v: string) =>
    ['k', 'gh', 'ngh'].includes(o) ? front(v) : ['c', 'g', 'ng'].includes(o) ? !front(v) : o !== 'qu' || !v.startsWith('u');
  const tails = ['', ...CODAS.map(([c]) => c), 'i', 'o', 'u', 'y'];
  let i = 0;
  for (const o of onsets)
    for (const v of nuclei)
      for (const t of tails) {
        if (!valid(o, v)) continue;
        if (t && 'ioyu'.includes(t) && (v.endsWith(t) || v.length > 2)) continue;
        const syl = o + v + t;
        i++;
        for (const { s, rank } of transcribeRu(syl)) {
          const score = rank * 1_000_000 + i;
          const prev = map.get(s);
          if (!prev || prev.score > score) map.set(s, { key: foldVi(syl), score });
        }
      }
  generated = new Map([...map].map(([k, v]) => [k, v.key]));
  return generated;
}

/** Key of one Cyrillic syllable token, optionally undoing a case ending; undefined if unknown. */
export function ruSyllableKey(token: string, inflected = false): string | undefined {
  const lower = token.toLowerCase();
  const forms = inflected ? ruCaseCandidates(lower) : [lower];
  for (const c of forms) {
    const e = RU_SYLLABLES.get(c) ?? RU_SYLLABLES.get(c.replace(/ё/g, 'е'));
    if (e) return e.key;
    // the form as written, if it spells a syllable at all, before any case ending is undone
    if (c === lower) {
      const g = generatedSyllables().get(c) ?? generatedSyllables().get(c.replace(/ё/g, 'е'));
      if (g) return g;
    }
  }
  for (const c of forms.slice(1)) {
    const g = generatedSyllables().get(c);
    if (g) return g;
  }
  return undefined;
}

/** Key of a Cyrillic family name, or undefined. */
export function ruFamilyKey(token: string): string | undefined {
  return RU_FAMILY.get(token.toLowerCase());
}

/** The shape of one Vietnamese syllable in Russian transcription: Хыонг, Тьен, Нгуен, Кхай. */
const RU_SHAPE = /^(?:нг|нь|тх|кх|[бвгдзклмнпрстфхчш])?ь?[аеёиоуыэюя]{1,3}(?:нг|нь|ть|[кмнптй])?$/u;

/**
 * True when a Cyrillic token is a name syllable: a known one (case endings allowed when
 * `inflected`), or one with the shape of a transcribed syllable.
 */
export function isRuSyllable(token: string, inflected = false): boolean {
  if (ruSyllableKey(token, inflected) !== undefined) return true;
  const lower = token.toLowerCase();
  return (inflected ? ruCaseCandidates(lower) : [lower]).some((c) => RU_SHAPE.test(c));
}

/** Letter rules for Cyrillic tokens not in the table. */
const RU_FALLBACK: readonly (readonly [RegExp, string])[] = [
  [/нг/g, 'ng'], [/нь$/g, 'nh'], [/ть$/g, 'ch'], [/тх/g, 'th'], [/кх/g, 'kh'], [/ньы/g, 'nhu'],
  [/ня/g, 'nha'], [/ню/g, 'nhu'], [/тя/g, 'cha'], [/тю/g, 'chu'], [/зя/g, 'gia'],
  [/ыо/g, 'uo'], [/уе/g, 'uye'], [/ь/g, ''], [/ъ/g, ''],
  [/а/g, 'a'], [/б/g, 'b'], [/в/g, 'v'], [/г/g, 'g'], [/д/g, 'd'], [/е/g, 'e'], [/ё/g, 'io'],
  [/ж/g, 'r'], [/з/g, 'd'], [/и/g, 'i'], [/й/g, 'i'], [/к/g, 'c'], [/л/g, 'l'], [/м/g, 'm'],
  [/н/g, 'n'], [/о/g, 'o'], [/п/g, 'p'], [/р/g, 'r'], [/с/g, 'x'], [/т/g, 't'], [/у/g, 'u'],
  [/ф/g, 'ph'], [/х/g, 'h'], [/ц/g, 'ts'], [/ч/g, 'tr'], [/ш/g, 's'], [/щ/g, 's'], [/ы/g, 'u'],
  [/э/g, 'e'], [/ю/g, 'iu'], [/я/g, 'ia'],
];

function ruFallback(lower: string): string {
  let s = lower;
  for (const [re, to] of RU_FALLBACK) s = s.replace(re, to);
  return s.replace(/[^a-z]/g, '');
}

/** True for a token written in Cyrillic. */
export function isCyrillic(s: string): boolean {
  return CYRILLIC.test(s);
}

/**
 * The language-neutral key of a Vietnamese personal name written in Latin (with or without
 * diacritics) or in Russian transcription (any case: "Ле Хоай Чунга" -> "le hoai trung").
 * Always matches /^[a-z]+( [a-z]+)*$/ or is '' when nothing is left.
 */
export function nameKey(name: string): string {
  return nameKeyWithAlternatives(name).key;
}

/** nameKey, and for a Russian transcription the other keys it can stand for. */
export function nameKeyWithAlternatives(name: string): { key: string; alternatives: string[] } {
  const tokens = name.normalize('NFC').split(/[\s\u00A0-]+/u).filter((t) => t.length > 0);
  if (tokens.length > 1 && isCyrillic(name)) {
    // a traditional whole-name spelling ("Хо Ши Мин") is one reading
    const head = tokens.slice(0, -1).join(' ').toLowerCase();
    for (const last of ruCaseCandidates(tokens[tokens.length - 1]!.toLowerCase())) {
      const whole = RU_WHOLE_NAMES[`${head} ${last}`];
      if (whole) return { key: whole, alternatives: [] };
    }
  }
  const key = plainNameKey(tokens);
  if (tokens.length > 1 && tokens.every((t) => isCyrillic(t))) return ruReadings(tokens, key);
  return { key, alternatives: [] };
}

function plainNameKey(tokens: readonly string[]): string {
  const out: string[] = [];
  tokens.forEach((t, i) => {
    if (isCyrillic(t)) {
      const last = i === tokens.length - 1;
      const k =
        (i === 0 && tokens.length > 1 ? ruFamilyKey(t) : undefined) ??
        ruSyllableKey(t, last) ??
        (i === 0 ? ruFamilyKey(t) : undefined) ??
        ruFallback(last ? ruCaseCandidates(t.toLowerCase()).at(-1)! : t.toLowerCase());
      out.push(k);
    } else {
      out.push(foldVi(t).replace(/[^a-z]/g, ''));
    }
  });
  return foldIY(out.filter((k) => k.length > 0).join(' '));
}

/**
 * One spelling for the syllables Vietnamese writes with i or y alike (Sĩ/Sỹ, Kỳ/Kì, Lý/Lí,
 * Mỹ/Mĩ, Tý/Tí, Hy/Hi, Quý/Quí): the y form, so "Си", "Sĩ" and "Sỹ" give one key. Only a bare
 * i/y after these initials varies; "Thị", "Chi", "Nhi", "Phi" never do, and "Vi"/"Vy" are two names.
 */
export function foldIY(key: string): string {
  return key.replace(/(?<![a-z])(h|k|l|m|s|t|qu)i(?![a-z])/g, '$1y');
}

const PLACES = new Set(PLACE_KEYS);

/** True when the key starts with a place of two or more syllables and goes on ("ha noi nhan"). */
function placePrefix(key: string): boolean {
  const w = key.split(' ');
  for (let n = 2; n < w.length; n++) if (PLACES.has(w.slice(0, n).join(' '))) return true;
  return false;
}

/** True when a key is a place that starts like a personal name ("lai chau", "ha giang"). */
export function isPlaceKey(key: string): boolean {
  return PLACES.has(key);
}

// ---------------------------------------------------------------------------------------------
// The people engine shared by the three locales: name candidates, honorifics, posts before and
// after the name, short forms. Each locale supplies its lexicon (`locales/<lang>/people.lexicon.ts`).

/** What a locale tells the people engine. Every list is data; patterns are generated from it. */
export interface PeopleLexicon {
  readonly language: LanguageCode;
  /** Words before a name: comrade, Mr., đồng chí, товарищ (all case forms), ranks. */
  readonly honorifics: readonly string[];
  /** Post titles, longest first after generation: "Standing Deputy Secretary", "Phó Bí thư". */
  readonly titles: readonly string[];
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
}

/**
 * Decides whether a span of capitalised words after a post is a person's name. The default is
 * the word-shape rule alone; a caller may pass a judge (an NLP tagger) to filter the candidates.
 */
export type NameJudge = (name: string) => boolean;
/**
 * The default judge: no word of the name is a common English word ("Military Region", "Border
 * Guard", "Notice No" are bodies and labels, not people). Measured against compromise's
 * people() as the judge in scripts/compromise-judge.ts (bench/COMPROMISE.md): compromise added
 * nothing, so it stays out of the library.
 */
export const commonWordJudge: NameJudge = (name) => !name.split(/[ \u00A0]+/u).some((w) => EN_COMMON.has(w.toLowerCase()));
let nameJudge: NameJudge = commonWordJudge;
/** Measurement hook (scripts/compromise-judge.ts), not public API: replaces the judge; undefined restores the default. */
export function setNameJudge(j: NameJudge | undefined): void {
  nameJudge = j ?? commonWordJudge;
}

interface Compiled {
  lex: PeopleLexicon;
  honorificEnd: RegExp;
  shortForm: RegExp;
  titleAt: RegExp;
  titleAny: RegExp;
  titleAll: RegExp;
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
  /** " and Chairman", " kiêm Chủ tịch": a joiner with the title that follows it. */
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
}

/** A run of capitalised words ("Secretary Nguyen Van Thanh", "Ле Хоай Чунга"). */
const RUN = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}*(?:[ \u00A0]\p{Lu}\p{Ll}*)*(?![\p{L}\p{N}])/gu;
const TOKEN = /\p{Lu}\p{Ll}*/gu;
/** Where a post after a name ends. */
const SEG_END = /[,;:\n()[\]"“”]|\.(?![\p{L}\p{N}])|[ \u00A0][-–—][ \u00A0]|[–—]/gu;
/** An age or birth year in parentheses right after a name: "(54 tuổi)", "(born 1970)", "(1970)", "(54 года)". */
const AGE_AFTER_NAME = /^[ \u00A0]?\((?:\d{2,3}[ \u00A0]?(?:tuổi|лет|года|год|years? old)|(?:sinh năm|SN|born|b\.|род\.)?[ \u00A0]?(?:19|20)\d{2}(?:[ \u00A0]?г\.)?)\)(?=[ \u00A0]?[,–—-])/iu;
/** The separator between a name and the post that follows it: comma, dash or colon. */
const AFTER_NAME = /^[ \u00A0]*(?:,|[-–—]|:|\()[ \u00A0]*(?:(?:a|an)[ \u00A0]+)?/u;

function caseVariants(words: readonly string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    out.push(w, w.charAt(0).toUpperCase() + w.slice(1), w.charAt(0).toLowerCase() + w.slice(1));
  }
  return out;
}

/** True when a post before a two-syllable name ends in a word that introduces a place ("UBND huyện"). */
function placeLed(c: Compiled, role: RoleDraft): boolean {
  return role.organization !== undefined && c.placeLead.test(role.organization);
}

/** A pattern that matches nothing: stands in for an empty word list. */
const NEVER = '(?!)';

const compiledCache = new WeakMap<PeopleLexicon, Compiled>();

function compile(lex: PeopleLexicon): Compiled {
  const hit = compiledCache.get(lex);
  if (hit) return hit;
  const hon = alternation(lex.honorifics);
  // honorifics of both kinds, as they may open a list item ("ông", "Mr.", "товарищ")
  const anyHon = alternation([...lex.honorifics, ...(lex.personalHonorifics ?? [])]);
  // "former Minister", "nguyên Bộ trưởng", "бывшего министра", "экс-секретаря": still a post of that person
  const prefixes = alternation(lex.titlePrefixes ?? []);
  // a trie: the flat list (1,400 inflected Russian titles, 72,000 characters) is over V8's limit
  // for optimised patterns (20,480 characters) and many times slower to match
  const flat = trieAlternation(lex.titles, { caseInsensitive: true });
  const titles = prefixes ? `(?:${prefixes})?(?:${flat})` : flat;
  const c: Compiled = {
    lex,
    // "... comrade " / "... comrades: " at the end of the text before a name
    honorificEnd: re(`${B_START}(${hon})[ \\u00A0]{0,3}:?[ \\u00A0]{0,3}$`, 'iu'),
    // "comrade Thanh" not followed by another capitalised word (case-sensitive name)
    shortForm: re(
      `${B_START}(${alternation(caseVariants(lex.honorifics))})[ \\u00A0]{1,3}(\\p{Lu}\\p{Ll}+)${B_END}(?![ \\u00A0]{1,3}\\p{Lu})`,
      'gud',
    ),
    titleAt: re(`(?:${titles})${B_END}`, 'iuy'),
    titleAny: re(`${B_START}(?:${titles})${B_END}`, 'iu'),
    titleAll: re(`${B_START}(?:${titles})${B_END}`, 'giu'),
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
    joinTitle: lex.roleJoiners?.length
      ? re(`[ \\u00A0]{1,3}(?:${alternation(lex.roleJoiners)})[ \\u00A0]{1,3}(?=(?:${titles})${B_END})`, 'giu')
      : undefined,
    joinerEnd: lex.roleJoiners?.length ? re(`[ \\u00A0,](?:${alternation(lex.roleJoiners)})[ \\u00A0]{1,3}$`, 'iu') : undefined,
    prefixAt: prefixes ? re(`(?:${prefixes})`, 'iuy') : undefined,
    foreignStops: new Set((lex.foreignNameStops ?? []).map((w) => w.toLowerCase())),
    foreignIntro: lex.foreignIntroducers?.length ? re(`${B_START}(?:${alternation(lex.foreignIntroducers)})[ \\u00A0]{1,3}$`, 'iu') : undefined,
  };
  compiledCache.set(lex, c);
  return c;
}

interface Candidate {
  start: number;
  end: number;
  tokens: string[];
}

function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00A0' || ch === '\t';
}

/** Full-name candidates: 2-4 syllables starting with a family name, not part of a longer proper noun. */
function findCandidates(text: string, lang: LanguageCode): Candidate[] {
  const out: Candidate[] = [];
  const cyr = lang === 'ru';
  const isFamily = (t: string): boolean => (cyr ? ruFamilyKey(t) !== undefined : !isCyrillic(t) && isLatinFamily(t));
  const isSyl = (t: string): boolean => (cyr ? isRuSyllable(t, true) : !isCyrillic(t) && isLatinSyllable(t));
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const toks: { t: string; s: number }[] = [];
    TOKEN.lastIndex = 0;
    for (let t = TOKEN.exec(m[0]); t; t = TOKEN.exec(m[0])) toks.push({ t: t[0], s: m.index + t.index });
    let i = 0;
    while (i < toks.length) {
      if (!isFamily(toks[i]!.t)) {
        i++;
        continue;
      }
      let j = i + 1;
      while (j < toks.length && isSyl(toks[j]!.t)) j++;
      if (j < toks.length) {
        // a capitalised non-syllable follows: "Ho Chi Minh City", "Chu Van Thinh Street"
        i = j + 1;
        continue;
      }
      // the run ends here: the name is the last 2-4 syllables starting with a family name
      let k = i;
      while (j - k > 4 || (k < j - 1 && !isFamily(toks[k]!.t))) k++;
      // a name written with diacritics spells its family name with them too ("Than Cao Sơn" is a
      // company, "Lai Châu" a province)
      const marked = !cyr && toks.slice(k, j).some((x) => foldVi(x.t) !== x.t.toLowerCase());
      if (marked) while (k < j - 1 && !FAMILY_EXACT.has(toks[k]!.t.toLowerCase())) k++;
      if (j - k >= 2 && (marked ? FAMILY_EXACT.has(toks[k]!.t.toLowerCase()) : isFamily(toks[k]!.t))) {
        const last = toks[j - 1]!;
        out.push({ start: toks[k]!.s, end: last.s + last.t.length, tokens: toks.slice(k, j).map((x) => x.t) });
      }
      i = j;
    }
  }
  return out;
}

function isDelim(text: string, k: number): boolean {
  const ch = text[k]!;
  if (',;:\n()[]–—"“”'.includes(ch)) return true;
  // a full stop, but not the one inside "TP.HCM" or "No.380"
  if (ch === '.') return !LETTER_OR_DIGIT.test(text[k + 1] ?? ' ');
  return ch === '-' && isSpace(text[k - 1]) && isSpace(text[k + 1]);
}

/** An acronym in brackets: "(CPVCC)", "(HĐND)", "(PCC)". */
const ACRONYM_PAREN = /^\(\p{Lu}[\p{Lu}\p{N}&-]{1,9}\)/u;

/** Where "(ACRONYM)" opening at `k` ends (after its ")"), or -1. */
function acronymParenEnd(text: string, k: number): number {
  const m = ACRONYM_PAREN.exec(text.slice(k, k + 13));
  return m && isSpace(text[k - 1]) ? k + m[0].length : -1;
}

/** Where "(ACRONYM)" closing at `k` opens, or -1. */
function acronymParenStart(text: string, k: number): number {
  if (text[k] !== ')') return -1;
  // at most 12 characters back: an unbounded lastIndexOf would rescan the text at every ")"
  let open = k - 1;
  while (open >= 0 && k - open <= 12 && text[open] !== '(') open--;
  if (open < 0 || k - open > 12) return -1;
  return acronymParenEnd(text, open) === k + 1 ? open : -1;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && ' \u00A0\t\r\n,;:.–—-'.includes(text[end - 1]!)) end--;
  return end;
}

function makeRole(c: Compiled, text: string, tStart: number, tEnd: number, end: number): RoleDraft {
  const written = text.slice(tStart, tEnd);
  const title = c.lex.titleLemma?.(written) ?? written;
  let org = text.slice(tEnd, end).trim();
  if (c.orgLead) org = org.replace(c.orgLead, '').trim();
  const role: RoleDraft = { title, span: { start: tStart, end } };
  if (org.length > 0) role.organization = org;
  return role;
}

/** Capitalised words right before a title: the organisation in "National Assembly Chairman". */
// at most ten words: an unbounded run before `$` is quadratic in the number of capitalised words
const PREPOSED_ORG = /(?:\p{Lu}\p{Ll}+(?:['’]s)?[ \u00A0]){1,10}$/u;

/** Capitalised function words that open a sentence, not an organisation: "In Son La Deputy ...". */
const LEADING_FUNCTION_WORDS =
  /^(?:(?:In|On|At|The|A|An|For|From|To|With|By|As|After|Before|During|Also|Meanwhile|Yesterday|Today|Earlier|Later|Then|When|While|Former|Newly|Both|And|But|According)[ \u00A0])+/u;

/** True when `at` begins a sentence (or the text). */
function sentenceStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && isSpace(text[k])) k--;
  return k < 0 || '.!?\n\r:"“'.includes(text[k]!);
}

/** Posts written before the name (and its honorific): "Secretary of the Provincial Party Committee". */
function rolesBefore(c: Compiled, text: string, bound: number, at: number): RoleDraft[] {
  const roles: RoleDraft[] = [];
  let segEnd = at;
  // "депутата совета провинции на 2026-2031 годы г-на A": the term between the
  // post and the name is neither
  const term = c.termEnd?.exec(text.slice(Math.max(bound, at - 60), at));
  if (term) segEnd = at - term[0].length;
  for (let n = 0; n < 4 && segEnd > bound; n++) {
    let k = segEnd - 1;
    for (;;) {
      while (k >= bound && !isDelim(text, k)) k--;
      const open = k >= bound ? acronymParenStart(text, k) : -1;
      if (open < bound) break;
      k = open - 1;
    }
    const segStart = k + 1;
    const seg = text.slice(segStart, segEnd);
    const m = c.titleAny.exec(seg);
    if (!m) {
      // "Deputy Minister of Public Security, Lieutenant General Le Van Tuyen": the honorific
      // stands between the post and the name
      if (n === 0 && seg.trim() === '' && k >= bound && text[k] === ',') {
        segEnd = k;
        continue;
      }
      break;
    }
    let tStart = segStart + m.index;
    let tEnd = tStart + m[0].length;
    const end = trimEnd(text, tStart, segEnd);
    if (end < tEnd) break;
    if (c.stop.test(text.slice(tEnd, end))) {
      // "министром назначен г-н X": a verb of appointment between the post and the name
      if (c.verbBefore?.test(text.slice(tEnd, end))) {
        roles.unshift(makeRole(c, text, tStart, tEnd, tEnd));
        break;
      }
      // "с премьер-министром участвовали посол Вьетнама в России X": the post after the last
      // verb is this person's
      const after = lastTitleAfterStop(c, text, tEnd, end);
      if (!after) break;
      tStart = after.start;
      tEnd = after.end;
    }
    const split = splitJoined(c, text, tStart, tEnd, end);
    if (split.length > 1) {
      roles.unshift(...split);
      if (k < bound || text[k] !== ',') break;
      segEnd = k;
      continue;
    }
    let role = split[0] ?? makeRole(c, text, tStart, tEnd, end);
    // "Thủ tướng Lào Sonexay Siphandone hội đàm với Thủ tướng Phạm Minh Chính": a title after a
    // lowercase word (a verb or preposition, not a joiner) starts this person's post
    const later = split.length === 0 ? (lastTitleAfterLowercase(c, text, tEnd, end) ?? titleClosingJoined(c, text, tEnd, end)) : undefined;
    if (later) {
      role = makeRole(c, text, later.start, later.end, end);
      tStart = later.start;
    }
    // English puts the organisation first: "National Assembly Chairman Tran Thanh Man"
    if (c.lex.orgBeforeTitle) {
      const pre = PREPOSED_ORG.exec(text.slice(segStart, tStart));
      const lead = pre ? (LEADING_FUNCTION_WORDS.exec(pre[0])?.[0].length ?? 0) : 0;
      if (pre && lead < pre[0].length) {
        const at = segStart + pre.index + lead;
        const org = pre[0].slice(lead).trim();
        const single = !/[ \u00A0]/u.test(org);
        if (!(single && sentenceStart(text, at)) && c.orgWord.test(org)) {
          role.organization = role.organization ? `${org} ${role.organization}` : org;
          role.span = { start: at, end };
        }
      }
    }
    roles.unshift(role);
    if (k < bound || text[k] !== ',') break;
    segEnd = k;
  }
  return roles;
}

/** The first title after the last stop word in [from, end), with no stop word after it. */
function lastTitleAfterStop(c: Compiled, text: string, from: number, end: number): Hit | undefined {
  const w = text.slice(from, end);
  const stops = c.stopAll;
  stops.lastIndex = 0;
  let cut = -1;
  for (let m = stops.exec(w); m; m = stops.exec(w)) {
    cut = m.index + m[0].length;
    if (m[0].length === 0) stops.lastIndex++;
  }
  if (cut < 0) return undefined;
  const any = c.titleAll;
  any.lastIndex = cut;
  const t = any.exec(w);
  return t ? { start: from + t.index, end: from + t.index + t[0].length } : undefined;
}

/** The last title in [from, end) that follows a lowercase word, if any. */
function lastTitleAfterLowercase(c: Compiled, text: string, from: number, end: number): Hit | undefined {
  const w = text.slice(from, end);
  // only where titles are capitalised (en, vi), and only when a lowercase word meets a capital
  if (c.lex.language === 'ru' || !LOWER_THEN_UPPER.test(w)) return undefined;
  const any = c.titleAll;
  any.lastIndex = 0;
  let found: Hit | undefined;
  for (let m = any.exec(w); m; m = any.exec(w)) {
    if (LOWER_WORD_END.test(w.slice(Math.max(0, m.index - 24), m.index))) {
      found = { start: from + m.index, end: from + m.index + m[0].length };
    }
  }
  return found;
}

/**
 * "Indonesian President Joko Widodo and Thai Prime Minister <name>": a title that ends the
 * segment after a joiner is the post of the name that follows, not the organisation of the first.
 * English only (titles written after their organisation).
 */
function titleClosingJoined(c: Compiled, text: string, from: number, end: number): Hit | undefined {
  if (!c.lex.orgBeforeTitle || !c.joinerWord) return undefined;
  const w = text.slice(from, end);
  if (!c.joinerWord.test(w)) return undefined;
  const any = c.titleAll;
  any.lastIndex = 0;
  let last: RegExpExecArray | undefined;
  for (let m = any.exec(w); m; m = any.exec(w)) last = m;
  if (!last || last.index + last[0].length !== w.length || !c.joinerWord.test(w.slice(0, last.index))) return undefined;
  return { start: from + last.index, end: from + last.index + last[0].length };
}

/** A run of capitalised words only: a name ("Sonexay Siphandone"), not "of the Party Committee". */
const CAPITALISED_ONLY = /^\p{Lu}[\p{L}'’-]*(?:[ \u00A0]+\p{Lu}[\p{L}'’-]*)+$/u;

/**
 * Posts joined before one name: "Secretary of the Provincial Party Committee and Chairman of the
 * People's Council X" gives two roles. When the part before the joiner is a post with another
 * person's name ("Lao Prime Minister Sonexay Siphandone and Prime Minister Pham Minh Chinh"),
 * only the part after the joiner is this person's.
 */
function splitJoined(c: Compiled, text: string, tStart: number, tEnd: number, end: number): RoleDraft[] {
  if (!c.joinTitle) return [];
  const w = text.slice(tEnd, end);
  if (!c.joinerWord!.test(w)) return []; // cheap test before the title alternation
  let cut: RegExpExecArray | undefined;
  c.joinTitle.lastIndex = 0;
  for (let m = c.joinTitle.exec(w); m; m = c.joinTitle.exec(w)) cut = m;
  if (!cut) return [];
  const leftEnd = tEnd + cut.index;
  const rightStart = tEnd + cut.index + cut[0].length;
  c.titleAt.lastIndex = rightStart;
  const t2 = c.titleAt.exec(text);
  if (!t2) return [];
  const right = makeRole(c, text, rightStart, rightStart + t2[0].length, end);
  const leftOrg = text.slice(tEnd, leftEnd).trim();
  if (CAPITALISED_ONLY.test(leftOrg) && !c.orgWord.test(leftOrg)) return [right];
  return [makeRole(c, text, tStart, tEnd, leftEnd), right];
}

/**
 * Where a post whose title ends at `tEnd` ends: at the next delimiter (comma, semicolon, dash,
 * bracket, sentence end), at `bound`, at a stop word, or 300 characters on, whichever is first.
 */
function postSegment(c: Compiled, text: string, tEnd: number, bound: number): { delim: RegExpExecArray | null; delimAt: number; segEnd: number; stopped: boolean } {
  SEG_END.lastIndex = tEnd;
  let delim = SEG_END.exec(text);
  // "Head of the Party Central Committee (PCC) Office": an acronym in
  // brackets inside an organisation is not its end
  while (delim && delim[0] === '(' && delim.index < tEnd + 300) {
    const close = acronymParenEnd(text, delim.index);
    if (close < 0) break;
    SEG_END.lastIndex = close;
    delim = SEG_END.exec(text);
  }
  const delimAt = delim ? delim.index : text.length;
  let segEnd = Math.min(delimAt, bound, tEnd + 300);
  const sm = c.stop.exec(text.slice(tEnd, segEnd));
  if (sm) segEnd = tEnd + sm.index;
  return { delim, delimAt, segEnd, stopped: sm !== null };
}

/** Posts written after the name: "X, Standing Deputy Secretary of ..., Chairman of ..." or "X - post, post". */
function rolesAfter(c: Compiled, text: string, from: number, bound: number): { roles: RoleDraft[]; end: number } {
  const roles: RoleDraft[] = [];
  // "ông Nguyễn Văn A (54 tuổi), Cục trưởng ...": an age or a birth year between name and post
  const age = AGE_AFTER_NAME.exec(text.slice(from, Math.min(bound, from + 24)));
  if (age) from += age[0].length;
  const sep = AFTER_NAME.exec(text.slice(from, Math.min(bound, from + 12)));
  let last = from;
  if (!sep) return { roles, end: last };
  let pos = from + sep[0].length;
  for (let n = 0; n < 8 && pos < bound; n++) {
    c.titleAt.lastIndex = pos;
    let t = c.titleAt.exec(text);
    // English puts the organisation first: "X, Party General Secretary; ..."
    let preposed: string | undefined;
    let prefix = '';
    let start = pos;
    if (!t && c.lex.orgBeforeTitle) {
      // the fewest words that leave a title after them: "Party | General Secretary", after a
      // title prefix if any ("former Party Central Committee Secretary")
      let w = pos;
      if (c.prefixAt) {
        c.prefixAt.lastIndex = pos;
        const pm = c.prefixAt.exec(text);
        if (pm) {
          prefix = pm[0];
          w += pm[0].length;
        }
      }
      const orgFrom = w;
      for (let k = 0; k < 4 && !t; k++) {
        const o = PREPOSED_WORD.exec(text.slice(w, w + 40));
        if (!o) break;
        w += o[0].length;
        const org = text.slice(orgFrom, w);
        if (!c.orgWord.test(org) && !ACRONYM.test(org.trim())) continue;
        c.titleAt.lastIndex = w;
        t = c.titleAt.exec(text);
        if (t) {
          preposed = org.trim();
          start = w;
        }
      }
    }
    if (!t) break;
    const tEnd = start + t[0].length;
    const { delim: e, delimAt, segEnd, stopped } = postSegment(c, text, tEnd, bound);
    // "X, Chairman of the National Assembly Tran Thanh Man": a post that runs straight into the
    // next name, with no delimiter and no verb between, is that name's post
    if (!stopped && bound < delimAt && bound <= tEnd + 300) break;
    let end = trimEnd(text, pos, segEnd);
    if (end < tEnd) break;
    // "Director of the Department of Health and his deputy": the joiner before the stop word
    // is not the organisation's
    if (stopped) end = Math.max(tEnd, withoutTrailingFunctionWords(text, tEnd, end));
    // "Secretary of a district Party Committee and head of ...": a joiner before a lowercase
    // title ends this post, and the next one starts at the title
    let next = -1;
    if (stopped && c.joinerEnd) {
      const j = c.joinerEnd.exec(text.slice(tEnd, segEnd));
      c.titleAt.lastIndex = segEnd;
      if (j && c.titleAt.test(text)) {
        next = segEnd;
        end = trimEnd(text, pos, tEnd + j.index);
      }
    }
    // "former Politburo member and former Deputy Prime Minister": two posts
    const split = splitJoined(c, text, start, tEnd, end);
    const made = split.length > 1 ? split : [makeRole(c, text, start, tEnd, end)];
    if (preposed) {
      const role = made[0]!;
      role.organization = role.organization ? `${preposed} ${role.organization}` : preposed;
      role.title = prefix + role.title;
      role.span = { start: pos, end: role.span.end };
    }
    for (const r of made) roles.push(r);
    last = end;
    if (next >= 0) {
      pos = next;
      continue;
    }
    if (stopped || !e || e.index !== segEnd) break;
    const d = text[segEnd]!;
    if (d === ',') pos = segEnd + 1;
    else if (d === ' ' || d === '\u00A0' || d === '–' || d === '—') pos = segEnd + e[0].length;
    else break;
    while (pos < bound && isSpace(text[pos])) pos++;
  }
  return { roles, end: last };
}

/**
 * The post of a signature block: the last line before the name, all capitals and holding a
 * signature title ("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", "TM. CHÍNH PHỦ\nTHỦ TƯỚNG"), markdown and
 * "(Đã ký)" skipped.
 */
function signatureRole(c: Compiled, text: string, at: number): RoleDraft | undefined {
  const before = text.slice(Math.max(0, at - 160), at);
  const base = at - before.length;
  const lines = [...before.matchAll(/[^\n]+/g)];
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    const raw = l[0];
    const bare = raw.replace(/[*_#>]|\((?:Đã ký|đã ký)\)/g, '').trim();
    if (!bare) continue;
    if (bare.length > 60 || bare !== bare.toUpperCase() || !c.signature!.test(bare)) return undefined;
    const lead = raw.length - raw.replace(/^[\s*_#>]+/, '').length;
    let tail = 0; // trailing spaces and markup, by a loop: /[\s*_#>]+$/ is quadratic on a long run
    while (tail < raw.length && /[\s*_#>]/.test(raw[raw.length - 1 - tail]!)) tail++;
    const start = base + l.index! + lead;
    const end = base + l.index! + raw.length - tail;
    return { title: text.slice(start, end), span: { start, end } };
  }
  return undefined;
}

/** Title-case Cyrillic words in a row ("Сергей Лавров", "США Барак Обама" gives its last two). */
const CYR_RUN = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:[ \u00A0]\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){1,5}(?![\p{L}\p{N}-])/gu;
/** One word of CYR_RUN, a hyphenated given name ("Касым-Жомарт") counted as one. */
const CYR_WORD = /\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?/gu;
/** Countries in the genitive that do not end like the others ("Казахстана", "Китая", "Лаоса"). */
const COUNTRY_GENITIVE =
  /^(?:\p{Lu}\p{Ll}+стана|Китая|Лаоса|Таиланда|Сингапура|Брунея|Ирана|Ирака|Египта|Израиля|Вьетнама|Непала|Катара|Кувейта|Омана|Азербайджана|Мадагаскара|Мозамбика|Чили|Перу|Судана|Бахрейна|Ливана|Алжира|Марокко|Таджикистана)$/u;
const ORG_OR_ADJ =
  /^(?:комитет|фронт|союз|совет|совбез|собрани|парти|компарти|министерств|управлени|департамент|отдел|канцеляри|ассамбле|организаци|федераци|республик|академи|университет|институт|банк|суд|правительств|провинци|област|город|район)|(?:ого|его|ой|ых|их|ый|ая|яя|ое|ее|ые|ие|ому|ему|ыми|ими)$/iu;
/** Genitive place names and adjectives ("России", "Франции", "Москвы", "Российской"). */
const LEADING_NOT_NAME = /(?:ии|ы|ской|ского|ских|ной|ного)$/u;
/** Plain transliteration of Cyrillic (a foreign name has no Vietnamese romanisation). */
const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm',
  н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch',
  ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
function translit(s: string): string {
  return [...s.toLowerCase()].map((ch) => TRANSLIT[ch] ?? (ch === '-' ? ' ' : /[a-z ]/.test(ch) ? ch : '')).join('');
}

/** A masculine name word in the instrumental to its nominative: "Сергеем" → "Сергей", "Токаевым" → "Токаев". */
function nominativeOfInstrumental(w: string): string {
  if (/[аеиоуыэюя]ем$/u.test(w)) return w.slice(0, -2) + 'й';
  if (/(?:ов|ев|ин|ын)ым$/u.test(w)) return w.slice(0, -2);
  if (/[бвгджзклмнпрстфхцчшщ]ом$/u.test(w)) return w.slice(0, -2);
  return w;
}

/** A run of capitalised Latin words or initials: "Russian Foreign Minister Sergey Lavrov", "Daniel J. Kritenbrink". */
const LATIN_RUN = /(?<![\p{L}\p{N}.])(?:\p{Lu}[\p{Ll}'’-]*\p{Ll}|\p{Lu}\.|\p{Lu}{2,3}\.?)(?:[ \u00A0](?:\p{Lu}[\p{Ll}'’-]*\p{Ll}|\p{Lu}\.|\p{Lu}{2,3}\.?)){1,7}(?![\p{L}\p{N}])/gu;

/**
 * English news about foreign officials: the last two to four capitalised words of a run after a
 * post, an honorific or an introducer ("his Russian counterpart") are a person when they are not
 * all Vietnamese syllables (the main engine's) and none is a title, a body, a country or an
 * honorific, and `judge` accepts them. `nameKey`: folded, lowercase.
 */
function foreignAfterPostLatin(c: Compiled, text: string, people: PersonDraft[], judge: NameJudge): void {
  const intro = c.foreignIntro;
  const bad = (w: string) => c.foreignStops.has(w.toLowerCase()) || c.titleAny.test(w) || c.orgWord.test(w) || c.honorificEnd.test(`${w} `) || SHORT_ACRONYM.test(w);
  const isTaken = takenBy(people);
  const add: PersonDraft[] = [];
  LATIN_RUN.lastIndex = 0;
  for (let m = LATIN_RUN.exec(text); m; m = LATIN_RUN.exec(text)) {
    let run = m[0];
    // "Joe Biden’s call": the possessive is not the name's
    const poss = /['’]s$/u.exec(run);
    if (poss) run = run.slice(0, -poss[0].length);
    const words = [...run.matchAll(/[^ \u00A0]+/gu)];
    // a run of Vietnamese syllables only (most runs) can hold no foreign name: the cheap test first
    if (words.every((w) => isLatinSyllable(w[0]))) continue;
    let k = words.length;
    while (k > 0 && !bad(words[k - 1]![0])) k--;
    const name = words.slice(k);
    if (name.length < 2 || name.length > 4 || /\.$/u.test(name[0]![0]) || /\.$/u.test(name[name.length - 1]![0])) continue;
    if (name.every((w) => isLatinSyllable(w[0]))) continue;
    const s = m.index + name[0]!.index!;
    const e = m.index + run.length;
    if (isTaken({ start: s, end: e })) continue;
    const nameText = text.slice(s, e);
    const by = introduced(c, text, s);
    const introducer = !by && intro?.test(text.slice(Math.max(0, s - 40), s));
    if (!by && !introducer) continue;
    if (!judge(nameText)) continue;
    const key = foldVi(nameText).toLowerCase().replace(/[^a-z ]/g, ' ').replace(/\s+/g, ' ').trim();
    if (!/^[a-z]+( [a-z]+)+$/.test(key)) continue;
    add.push({ name: nameText, nameKey: key, roles: by?.roles ?? [], span: { start: s, end: e }, ...(by?.honorific ? { honorific: by.honorific } : {}) });
  }
  for (const p of add) people.push(p);
  people.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Russian news about non-Vietnamese officials: a name of two or three title-case words right
 * after a post ("министр иностранных дел России Сергей Лавров", "генсеком ООН Паном Ги Муном") or
 * a personal honorific ("господин Коновалов") is a person; `nameKey` is a plain transliteration.
 */
function foreignAfterPost(c: Compiled, text: string, people: PersonDraft[]): void {
  const isTaken = takenBy(people);
  const add: PersonDraft[] = [];
  CYR_RUN.lastIndex = 0;
  for (let m = CYR_RUN.exec(text); m; m = CYR_RUN.exec(text)) {
    const words = [...m[0].matchAll(CYR_WORD)];
    const placeWord = (w: string) => LEADING_NOT_NAME.test(w) || COUNTRY_GENITIVE.test(w);
    // leading words that are a title or a place in the genitive ("Президент России Владимир
    // Путин") are not the name; the name is at most four words
    let k = 0;
    while (k < words.length - 2 && (placeWord(words[k]![0]) || c.titleAny.test(words[k]![0]))) k++;
    // "Совбеза России Сергей Шойгу": the name starts after the last place in the genitive
    for (let j = k; j < words.length - 2; j++) if (placeWord(words[j]![0])) k = j + 1;
    k = Math.max(k, words.length - 4);
    const first = words[k]!;
    const s = m.index + first.index!;
    const e = m.index + m[0].length;
    if (!isCyrillic(m[0]) || isTaken({ start: s, end: e })) continue;
    if (c.placeAfter.test(text.slice(e, e + 40))) continue;
    const name = text.slice(s, e);
    const toks = name.split(/[ \u00A0]+/);
    // a Vietnamese name in transcription is the main engine's ("То Лама", "Хо Ши Мина")
    if (toks.every((t) => isRuSyllable(t, true))) continue;
    // organisations and adjectives are not names ("Комитета Отечественного фронта")
    if (toks.some((t) => ORG_OR_ADJ.test(t))) continue;
    const intro = introduced(c, text, s);
    if (!intro) continue;
    // "секретарём Совбеза Сергеем Шойгу": after a post in the instrumental, so is the name
    const post = intro.roles[intro.roles.length - 1];
    const instrumental = post !== undefined && /(?:ом|ем|ём)$/u.test(text.slice(post.span.start, post.span.start + 40).split(/[ \u00A0]/u)[0]!);
    const key = translit(instrumental ? toks.map(nominativeOfInstrumental).join(' ') : name).replace(/\s+/g, ' ').trim();
    if (!/^[a-z]+( [a-z]+)+$/.test(key)) continue;
    add.push({ name, nameKey: key, roles: intro.roles, span: { start: s, end: e }, ...(intro.honorific ? { honorific: intro.honorific } : {}) });
  }
  for (const p of add) people.push(p);
  people.sort((a, b) => a.span.start - b.span.start);
}

/**
 * What introduces a name found outside the main engine: an honorific right before it, or a post
 * ending at it (the honorific, if any, between). Undefined when neither: then it is no person.
 */
function introduced(c: Compiled, text: string, s: number): { honorific?: string; roles: RoleDraft[] } | undefined {
  const before = text.slice(Math.max(0, s - 48), s);
  const h = c.honorificEnd.exec(before);
  const hStart = h ? s - before.length + h.index : s;
  const rb = rolesBefore(c, text, Math.max(0, s - 300), hStart);
  const adjacent = rb.length > 0 && hStart - rb[rb.length - 1]!.span.end <= 2;
  if (!h && !adjacent) return undefined;
  return { ...(h ? { honorific: h[1]! } : {}), roles: adjacent ? rb : [] };
}

/**
 * Ede, Jarai and other Central Highlands names open with "Y" (men) or "H'" (women) and end with the
 * family name: "Y Khoa Mlô", "H'Hen Niê", "Y Thanh Hà Niê Kđăm". A person after a post or an
 * honorific; `nameKey` folds the name as written ("y khoa mlo", "hhen nie").
 */
const HIGHLAND = /(?<![\p{L}\p{N}'’])(?:Y|H['’]\p{Lu}?\p{Ll}+)(?:[ \u00A0]\p{Lu}[\p{L}'’]*){1,4}(?![\p{L}\p{N}])/gu;
function highlandNames(c: Compiled, text: string, people: PersonDraft[]): void {
  const isTaken = takenBy(people);
  const add: PersonDraft[] = [];
  HIGHLAND.lastIndex = 0;
  for (let m = HIGHLAND.exec(text); m; m = HIGHLAND.exec(text)) {
    const s = m.index;
    const e = s + m[0].length;
    if (isTaken({ start: s, end: e })) continue;
    const key = foldVi(m[0]).replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();
    if (!/^[a-z]+( [a-z]+)+$/.test(key)) continue;
    const intro = introduced(c, text, s);
    if (!intro) continue;
    const ra = rolesAfter(c, text, e, Math.min(text.length, e + 400));
    add.push({ name: m[0], nameKey: key, roles: [...intro.roles, ...ra.roles], span: { start: s, end: e }, ...(intro.honorific ? { honorific: intro.honorific } : {}) });
  }
  for (const p of add) people.push(p);
  people.sort((a, b) => a.span.start - b.span.start);
}

/**
 * Posts after the last name of a list belong to every name of it: "ông A, ông B, Tỉnh ủy viên,
 * Phó Chủ tịch UBND tỉnh" gives A both posts. A list is names joined only by commas,
 * semicolons, "and", numbers or honorifics, none of them but the last with a post after it.
 * `people` sorted by start.
 */
function shareTrailingPosts(c: Compiled, text: string, people: PersonDraft[]): void {
  const after = (p: PersonDraft) => p.roles.filter((r) => r.span.start >= p.span.end);
  let group: PersonDraft[] = [];
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    const own = after(p);
    if (own.length > 0) {
      for (const q of group) for (const r of own) q.roles.push({ ...r, span: { ...r.span } });
      group = [];
      continue;
    }
    const next = people[i + 1];
    // the gap to the next name: a list separator, read on at most 40 characters
    if (next && next.span.start - p.span.end <= 40 && c.listGap.test(text.slice(p.span.end, next.span.start))) group.push(p);
    else group = [];
  }
}

/** Where a person's mention ends, its posts after the name included. */
function mentionEnd(p: PersonDraft): number {
  let end = p.span.end;
  for (const r of p.roles) if (r.span.end > end) end = r.span.end;
  return end;
}

/**
 * A post that introduces a list is every listed person's: "nine Vice Chairpersons, including A,
 * B and C", "cương vị Phó Thủ tướng là các ông: A; B và C", "Politburo members A, B and C",
 * "его заместители – A, B и C". The post stands right before the first name (a plural title) or
 * before a list intro (":", "including", "là các ông"); the list runs on while names are joined
 * by separators (each may have posts of its own after it). `people` sorted by start.
 */
function shareListPosts(c: Compiled, text: string, people: PersonDraft[]): void {
  for (let i = 0; i < people.length; i++) {
    const first = people[i]!;
    const shared = listPost(c, text, first);
    if (!shared) continue;
    const list = [first];
    while (i + 1 < people.length && listed(c, text, people[i]!, people[i + 1]!, true)) {
      list.push(people[i + 1]!);
      i++;
    }
    for (const p of list) {
      if (p.roles.some((r) => r.span.start === shared.span.start)) continue;
      p.roles.unshift({ ...shared, span: { ...shared.span } });
    }
  }
}

/**
 * True when `next` follows `p` in one list: only a separator stands between the end of `p`'s
 * mention and `next`'s (or its own posts' first word): "A, B", "A; and Mr. B", "A, post, former
 * Minister of X B". `lines` also takes list items on lines of their own, with a tail.
 */
function listed(c: Compiled, text: string, p: PersonDraft, next: PersonDraft, lines: boolean): boolean {
  const from = mentionEnd(p);
  // an item may open with its own post: "-Prime Minister Nguyen Xuan Phuc;"
  let to = next.span.start;
  for (const r of next.roles) if (r.span.start < to && r.span.start >= from) to = r.span.start;
  if (to < from) return false;
  let gap = text.slice(from, to);
  // "...;\n- Товарищ B": the honorific opening an item
  const hon = lines ? c.honorificEnd.exec(gap) : null;
  if (hon) gap = gap.slice(0, hon.index);
  if (to - from <= 40 && (c.listGap.test(gap) || (lines && LIST_LINE_GAP.test(gap)))) return true;
  return lines && lineItemTail(gap);
}

/** One capitalised word of an organisation before a title after a name: "Party" in "Party General Secretary". */
const PREPOSED_WORD = /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,6})(?:['’]s)?[ \u00A0]/u;
/** An acronym standing for an organisation: "PCC" in "former PCC member". */
const ACRONYM = /^\p{Lu}{2,6}$/u;

/** Items of a list on lines of their own: ";\n\n-", ".\n2. ", "\n• ". */
const LIST_LINE_GAP = /^[ \u00A0]{0,3}[,;.]?[ \u00A0]{0,3}(?:\r?\n[ \t\u00A0]{0,3}){1,3}(?:[-•*–—][ \u00A0]{0,2}|\d{1,2}[.)][ \u00A0]{1,2})?$/u;

/**
 * The rest of one list line and the opening of the next: "(14th tenure) of Hanoi;\n\n-". The
 * line's tail (at most 160 characters, no sentence end inside) is the item's own words.
 */
function lineItemTail(gap: string): boolean {
  const nl = gap.indexOf('\n');
  if (nl < 0 || nl > 160) return false;
  const tail = gap.slice(0, nl);
  if (SENTENCE_BREAK.test(tail)) return false;
  const cut = Math.max(tail.lastIndexOf(';'), tail.lastIndexOf(','), tail.lastIndexOf('.'));
  return LIST_LINE_GAP.test(gap.slice(cut < 0 ? nl : cut));
}

/** The post introducing a list that starts at `p`, if any. */
function listPost(c: Compiled, text: string, p: PersonDraft): RoleDraft | undefined {
  const own = p.roles.filter((r) => r.span.end <= p.span.start);
  const last = own[own.length - 1];
  // "Politburo members A, B and C": a plural title right before the first name
  if (last && c.plural.has(last.title.toLowerCase())) return last;
  if (!c.listIntro || own.length > 0) return undefined;
  const lead = text.slice(Math.max(0, p.span.start - 80), p.span.start);
  const m = c.listIntro.exec(lead);
  if (!m) return undefined;
  let at = p.span.start - lead.length + m.index;
  // "chức danh Chủ tịch UBND huyện, nhiệm kỳ 2026 - 2031 đối với bà A": a term between
  const term = c.termEnd?.exec(text.slice(Math.max(0, at - 60), at));
  if (term) at -= term[0].length;
  const before = rolesBefore(c, text, Math.max(0, at - 300), at);
  const post = before[before.length - 1];
  if (!post || at - post.span.end > 2) return undefined;
  // "председатель и пять его заместителей – A, B и C": the last plural title is the list's post
  let plural: RegExpExecArray | undefined;
  c.titleAll.lastIndex = 0;
  const span = text.slice(post.span.start, at);
  for (let t = c.titleAll.exec(span); t; t = c.titleAll.exec(span)) if (t.index > 0 && c.plural.has(t[0].toLowerCase())) plural = t;
  if (!plural) return post;
  const tStart = post.span.start + plural.index;
  return makeRole(c, text, tStart, tStart + plural[0].length, trimEnd(text, tStart, at));
}

const WORD_AHEAD = /^[ \u00A0]*[\p{L}\p{M}-]+[ \u00A0]+/u;
const FUNCTION_WORDS = new Set(['for', 'the', 'of', 'and', 'on', 'in', 'to', 'at', 'with', 'và', 'của', 'и', 'в', 'на']);

/** `end` moved back over function words (and the spaces and commas before them) ending [from, end). */
function withoutTrailingFunctionWords(text: string, from: number, end: number): number {
  for (;;) {
    let k = end;
    while (k > from && LETTER.test(text[k - 1]!)) k--;
    if (k === end || !FUNCTION_WORDS.has(text.slice(k, end).toLowerCase())) return end;
    while (k > from && ' \u00A0,'.includes(text[k - 1]!)) k--;
    end = k;
  }
}

/**
 * A post given by a verb after a name, or after a list of names, is each one's: "A, B and C
 * have been nominated to become Vice Chairmen", "A ..., B; and C, ..., as Deputy Directors of
 * ...", "ông A được bầu giữ chức Chủ tịch ...", "A назначен на должность министра ...".
 */
function verbPosts(c: Compiled, text: string, people: PersonDraft[]): void {
  if (!c.verbPost) return;
  let chain: PersonDraft[] = [];
  for (let i = 0; i < people.length; i++) {
    const p = people[i]!;
    chain.push(p);
    const next = people[i + 1];
    if (next && listed(c, text, p, next, false)) continue;
    for (const post of postAfterVerb(c, text, mentionEnd(p))) {
      for (const q of chain) if (!q.roles.some((r) => r.span.start === post.span.start)) q.roles.push({ ...post, span: { ...post.span } });
    }
    chain = [];
  }
}

function postAfterVerb(c: Compiled, text: string, at: number): RoleDraft[] {
  const window = text.slice(at, at + 160);
  const m = c.verbPost!.exec(window);
  if (!m || m[0].trim() === '') return [];
  let pos = at + m[0].length;
  for (let skip = 0; skip <= (c.lex.verbPostSkip ?? 0); skip++) {
    const role = postAt(c, text, pos);
    if (role) {
      // "утверждён на пост заместителя главы, секретаря комитета X": a bare
      // title before a comma and a second post shares that post's organisation
      if (role.organization || text[role.span.end] !== ',') return [role];
      let k = role.span.end + 1;
      while (isSpace(text[k])) k++;
      const second = postAt(c, text, k);
      if (!second?.organization) return [role];
      role.organization = second.organization;
      return [role, second];
    }
    const w = WORD_AHEAD.exec(text.slice(pos, pos + 40));
    if (!w) break;
    pos += w[0].length;
  }
  return [];
}

/** A post starting with a title at `pos`, its organisation read up to the segment's end. */
function postAt(c: Compiled, text: string, pos: number): RoleDraft | undefined {
  c.titleAt.lastIndex = pos;
  const t = c.titleAt.exec(text);
  if (!t) return undefined;
  const tEnd = pos + t[0].length;
  const { segEnd } = postSegment(c, text, tEnd, text.length);
  let end = Math.max(tEnd, trimEnd(text, pos, segEnd));
  // "Head of the Organisation Commission for the coming term": the stop word's
  // function words before it are not the organisation's
  end = withoutTrailingFunctionWords(text, tEnd, end);
  return makeRole(c, text, pos, tEnd, end);
}

/** A query: does a span overlap a person already found? A binary search, not a scan per match. */
function takenBy(people: readonly PersonDraft[]): (h: Hit) => boolean {
  const find = overlapFinder(people.map((p) => p.span));
  return (h) => find(h).length > 0;
}

/** True when the name stands alone on its line: a byline or signature. */
function aloneOnLine(text: string, start: number, end: number): boolean {
  // markdown emphasis around the line ("**Lê Quân**") does not count
  const skip = (ch: string | undefined) => isSpace(ch) || ch === '*' || ch === '_';
  let a = start - 1;
  while (a >= 0 && skip(text[a])) a--;
  if (a >= 0 && text[a] !== '\n' && text[a] !== '\r') return false;
  let b = end;
  while (b < text.length && skip(text[b])) b++;
  return b >= text.length || text[b] === '\n' || text[b] === '\r';
}

function lastKeyWord(key: string): string {
  const i = key.lastIndexOf(' ');
  return i < 0 ? key : key.slice(i + 1);
}

/** Runs the people engine over the normalised text. Never throws on any string. */
export function extractPeopleWith(lex: PeopleLexicon, ctx: Context): PersonDraft[] {
  const c = compile(lex);
  const text = ctx.text;
  const cands = findCandidates(text, lex.language);
  const people: PersonDraft[] = [];
  let prevEnd = 0;
  // a candidate that is plainly a place does not bound the posts of the person before it
  const plausible = cands.map((cd) => {
    const k = nameKey(text.slice(cd.start, cd.end));
    if (isPlaceKey(k) || placePrefix(k) || c.placeAfter.test(text.slice(cd.end, cd.end + 40))) return false;
    if (cd.tokens.length > 2 || c.honorificEnd.test(text.slice(Math.max(0, cd.start - 48), cd.start))) return true;
    // two syllables: a name only after a post without an organisation ("President Luong Cuong")
    const rb = rolesBefore(c, text, Math.max(0, cd.start - 300), cd.start);
    return rb.length > 0 && !placeLed(c, rb[rb.length - 1]!);
  });
  const nextStart: number[] = [];
  for (let i = cands.length - 1, nxt = text.length; i >= 0; i--) {
    nextStart[i] = nxt;
    if (plausible[i]) nxt = cands[i]!.start;
  }
  cands.forEach((cand, idx) => {
    const name = text.slice(cand.start, cand.end);
    const { key, alternatives } = nameKeyWithAlternatives(name);
    if (!/^[a-z]+( [a-z]+)*$/.test(key)) return;
    // "Марин Ле Пен": a capitalised word that is no syllable, title or honorific runs into the
    // "family name": a foreign name (left to foreignAfterPost), not Lê Pen
    if (lex.language === 'ru') {
      const pw = WORD_BEFORE.exec(text.slice(Math.max(0, cand.start - 30), cand.start));
      if (pw && !/(?:а|я|ии|ы|и)$/u.test(pw[1]!) && !isRuSyllable(pw[1]!, true) && !c.titleAny.test(pw[1]!) && !c.honorificEnd.test(pw[1]!)) return;
    }
    if (aloneOnLine(text, cand.start, cand.end)) {
      // a signature ("THỦ TƯỚNG\nLê Minh Hưng") is a person with that post; a byline is not
      const sig = c.lex.signatureTitles ? signatureRole(c, text, cand.start) : undefined;
      if (!sig) return;
      const p: PersonDraft = { name, nameKey: key, roles: [sig], span: { start: cand.start, end: cand.end } };
      people.push(p);
      prevEnd = cand.end;
      return;
    }
    const before = text.slice(Math.max(prevEnd, cand.start - 48), cand.start);
    const h = c.honorificEnd.exec(before);
    const hStart = h ? cand.start - before.length + h.index : cand.start;
    const next = nextStart[idx] ?? text.length;
    const rb = rolesBefore(c, text, Math.max(prevEnd, cand.start - 300), hStart);
    const ra = rolesAfter(c, text, cand.end, next);
    const honorific = h ? h[1] : undefined;
    if (c.placeAfter.test(text.slice(cand.end, cand.end + 40))) return;
    const bare = !honorific && rb.length === 0;
    if (bare && c.placeBefore.test(text.slice(Math.max(0, cand.start - 30), cand.start))) return;
    // "74 Trần Hưng Đạo", "8B Lê Trực": an address
    if (bare && HOUSE_NUMBER.test(text.slice(Math.max(0, cand.start - 8), cand.start))) return;
    // "Hà Nội Nhận ...", "Hồ Chí Minh Trắc nghiệm": a place run into the next word of a headline
    if (!honorific && placePrefix(key)) return;
    if (isPlaceKey(key) && !honorific && !(rb.length > 0 && rb[rb.length - 1]!.organization === undefined)) return;
    if (cand.tokens.length === 2 && !honorific && ra.roles.length === 0) {
      // two syllables with no honorific and no post after them: a person only when a post
      // precedes that does not end in a place word ("General Secretary To Lam" is a person,
      // "Chủ tịch UBND huyện Lâm Bình" a place)
      // "То Лама избрали генсеком", "To Lam was re-elected as ...": a post given by a verb
      // right after the name also makes it a person
      if ((rb.length === 0 || placeLed(c, rb[rb.length - 1]!)) && !(c.verbPost && postAfterVerb(c, text, cand.end).length > 0)) return;
    }
    const p: PersonDraft = { name, nameKey: key, roles: [...rb, ...ra.roles], span: { start: cand.start, end: cand.end } };
    if (alternatives.length) p.nameKeyAlternatives = alternatives;
    if (honorific) p.honorific = honorific;
    people.push(p);
    prevEnd = Math.max(cand.end, ra.end);
  });
  // foreign officials after a personal honorific: "Mr. Phonesavanh Keomanivong, Deputy Secretary ..."
  const foreignShort = new Map<string, string>();
  if (c.foreign) {
    const isTaken = takenBy(people);
    c.foreign.lastIndex = 0;
    for (let m = c.foreign.exec(text); m; m = c.foreign.exec(text)) {
      const [s, e] = m.indices![2]!;
      const toks = m[2]!.split(/[ \u00A0]/);
      // a Vietnamese name is the main engine's; a foreign one has a word that is no Vietnamese syllable
      if (toks.every((t) => isLatinSyllable(t))) continue;
      if (isTaken({ start: s, end: e })) continue;
      const key = foldVi(m[2]!).toLowerCase().replace(/[^a-z ]/g, '');
      if (!/^[a-z]+( [a-z]+)+$/.test(key) || isPlaceKey(key)) continue;
      if (c.placeAfter.test(text.slice(e, e + 40))) continue;
      const ra = rolesAfter(c, text, e, Math.min(text.length, e + 400));
      people.push({ name: m[2]!, nameKey: key, honorific: m[1]!, roles: ra.roles, span: { start: s, end: e } });
      const words = key.split(' ');
      foreignShort.set(words[0]!, key);
      foreignShort.set(words[words.length - 1]!, key);
    }
    people.sort((a, b) => a.span.start - b.span.start);
  }
  if (lex.language === 'ru') foreignAfterPost(c, text, people);
  if (lex.foreignNameStops?.length) foreignAfterPostLatin(c, text, people, nameJudge);
  if (lex.language === 'vi' || lex.language === 'en') highlandNames(c, text, people);
  // list posts first: the trailing posts copied next would make the first name's mention reach past the others
  shareListPosts(c, text, people);
  shareTrailingPosts(c, text, people);
  verbPosts(c, text, people);
  // short forms: "comrade Thanh", "Mr. Viet", "господина Дыка" -> the latest full name seen before
  // with that given name. One pass: full names (sorted, disjoint) are consumed as the text advances.
  const full = [...people];
  const byGiven = new Map<string, string>();
  let fi = 0;
  c.shortForm.lastIndex = 0;
  for (let m = c.shortForm.exec(text); m; m = c.shortForm.exec(text)) {
    const g = m.indices?.[2];
    if (!g) continue;
    const [s, e] = g;
    while (fi < full.length && full[fi]!.span.start < s) {
      byGiven.set(lastKeyWord(full[fi]!.nameKey), full[fi]!.nameKey);
      fi++;
    }
    const prev = fi > 0 ? full[fi - 1] : undefined;
    if (prev && s < prev.span.end) continue; // inside a full name
    const tok = m[2]!;
    const key =
      byGiven.get(lex.language === 'ru' ? (ruSyllableKey(tok, true) ?? '') : foldVi(tok)) ??
      (lex.language === 'ru' ? undefined : foreignShort.get(foldVi(tok).toLowerCase()));
    if (!key) continue;
    people.push({ name: tok, nameKey: key, honorific: m[1]!, roles: [], span: { start: s, end: e } });
  }
  return people.sort((a, b) => a.span.start - b.span.start);
}
