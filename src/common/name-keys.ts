/**
 * Vietnamese personal names in three scripts: the language-neutral `nameKey`, syllable checks,
 * and the reverse of the standard Russian (Kontsevich-style) transcription.
 *
 * The Russian table is generated: every syllable in `names.data.ts` is transcribed forward
 * (Vietnamese -> Russian, with the common non-standard variants ranked after the standard one),
 * and the map is read backwards. Ties go to the standard spelling, then to the syllable listed
 * first. Tokens not in the table fall back to letter rules.
 *
 * The people finder (`people/`) keys every name it finds here; locales, tests and scripts that
 * compare names use `nameKey`.
 */
import { FAMILY_NAMES, NAME_SYLLABLES, PLACE_KEYS, RU_FAMILY_NAMES, RU_WHOLE_NAMES } from './names.data.js';
import { OFFICIALS } from './officials.data.js';

/** One Cyrillic letter. Module-level: a literal with \p{} inside a function is rebuilt on each call once bundled (esbuild lowers it to new RegExp). */
const CYRILLIC = /\p{Script=Cyrillic}/u;

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

export const FAMILY_EXACT = new Set(FAMILY_NAMES.map((f) => f.normalize('NFC').toLowerCase()));
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
export function placePrefix(key: string): boolean {
  const w = key.split(' ');
  for (let n = 2; n < w.length; n++) if (PLACES.has(w.slice(0, n).join(' '))) return true;
  return false;
}

/** True when a key is a place that starts like a personal name ("lai chau", "ha giang"). */
export function isPlaceKey(key: string): boolean {
  return PLACES.has(key);
}
