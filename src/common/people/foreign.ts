/**
 * Names the Vietnamese-name candidates miss: foreign officials after a post, an honorific or an
 * introducer ("Russian Foreign Minister Sergey Lavrov", "Президент России Владимир Путин"), and
 * Central Highlands names ("Y Khoa Mlô"). A Latin-script foreign name must also pass the name
 * judge, which this module owns (`setNameJudge`).
 */
import { scan } from '../../patterns.js';
import { overlapFinder, type Hit } from '../../span.js';
import type { PersonDraft, RoleDraft } from '../../types.js';
import { EN_COMMON } from '../../detect/en-common.js';
import { foldVi, isCyrillic, isLatinSyllable, isRuSyllable } from '../name-keys.js';
import { find } from '../word-trie.js';
import type { Compiled } from './lexicon.js';
import { rolesAfter, rolesBefore } from './posts.js';

const SHORT_ACRONYM = /^\p{Lu}{2,3}$/u;

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
/** The judge in use. The engine (`index.ts`) reads it through the import's live binding; only setNameJudge sets it. */
export let nameJudge: NameJudge = commonWordJudge;
/** Measurement hook (scripts/compromise-judge.ts), not public API: replaces the judge; undefined restores the default. */
export function setNameJudge(j: NameJudge | undefined): void {
  nameJudge = j ?? commonWordJudge;
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
/** Party and state bodies written with a capital that can stand right before a name. */
export const BODY_WORD = /^(?:Политбюро|Секретариат\p{Ll}*|ЦК|Правительств\p{Ll}*|Национальн\p{Ll}*|Центральн\p{Ll}*)$/u;
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
export function foreignAfterPostLatin(c: Compiled, text: string, people: PersonDraft[], judge: NameJudge): void {
  const intro = c.foreignIntro;
  const bad = (w: string) => c.foreignStops.has(w.toLowerCase()) || find(c.titles, w, 0) !== undefined || c.orgWord.test(w) || c.honorificEnd.test(`${w} `) || SHORT_ACRONYM.test(w);
  const isTaken = takenBy(people);
  const add: PersonDraft[] = [];
  for (const m of scan(LATIN_RUN, text)) {
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
export function foreignAfterPost(c: Compiled, text: string, people: PersonDraft[]): void {
  const isTaken = takenBy(people);
  const add: PersonDraft[] = [];
  for (const m of scan(CYR_RUN, text)) {
    const words = [...m[0].matchAll(CYR_WORD)];
    const placeWord = (w: string) => LEADING_NOT_NAME.test(w) || COUNTRY_GENITIVE.test(w);
    // leading words that are a title or a place in the genitive ("Президент России Владимир
    // Путин") are not the name; the name is at most four words
    let k = 0;
    // ("Член Политбюро Хоанг Ван Шон": a body is not the name either)
    while (k < words.length - 2 && (placeWord(words[k]![0]) || BODY_WORD.test(words[k]![0]) || find(c.titles, words[k]![0], 0) !== undefined)) k++;
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
export function highlandNames(c: Compiled, text: string, people: PersonDraft[]): void {
  const isTaken = takenBy(people);
  const add: PersonDraft[] = [];
  for (const m of scan(HIGHLAND, text)) {
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

/** A query: does a span overlap a person already found? A binary search, not a scan per match. */
export function takenBy(people: readonly PersonDraft[]): (h: Hit) => boolean {
  const find = overlapFinder(people.map((p) => p.span));
  return (h) => find(h).length > 0;
}
