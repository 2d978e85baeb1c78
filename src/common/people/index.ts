/**
 * The people engine shared by the three locales. Each locale supplies its lexicon
 * (`locales/<lang>/people.lexicon.ts`); the stages run in this order:
 * 1. candidates: runs of capitalised words that are 2-4 Vietnamese syllables opening with a family
 *    name (here);
 * 2. posts before and after each name, signature blocks (`posts.ts`);
 * 3. names the candidates miss: foreign officials, Central Highlands names (`foreign.ts`);
 * 4. posts shared along lists of names (`lists.ts`);
 * 5. short forms ("comrade Thanh", "Mr. Viet") tied to the full name seen before (here).
 */
import { scan } from '../../patterns.js';
import type { LanguageCode } from '../../schema.js';
import type { Context, PersonDraft, RoleDraft } from '../../types.js';
import {
  FAMILY_EXACT,
  foldVi,
  isCyrillic,
  isLatinFamily,
  isLatinSyllable,
  isPlaceKey,
  isRuSyllable,
  nameKey,
  nameKeyWithAlternatives,
  placePrefix,
  ruFamilyKey,
  ruSyllableKey,
} from '../name-keys.js';
import { BODY_WORD, foreignAfterPost, foreignAfterPostLatin, highlandNames, nameJudge, takenBy } from './foreign.js';
import { find } from '../word-trie.js';
import { compile, type Compiled, type PeopleLexicon } from './lexicon.js';
import { shareListPosts, shareTrailingPosts, verbPosts } from './lists.js';
import { isSpace, postAfterVerb, rolesAfter, rolesBefore, signatureRole } from './posts.js';

/** The capitalised word right before a name. */
const WORD_BEFORE = /(\p{Lu}\p{Ll}+)[ \u00A0]$/u;
/** "74 Trần Hưng Đạo": a house number before a name. */
const HOUSE_NUMBER = /\p{N}\p{Lu}?[ \u00A0]{1,3}$/u;
/** A run of capitalised words ("Secretary Nguyen Van Thanh", "Ле Хоай Чунга"). */
const RUN = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}*(?:[ \u00A0]\p{Lu}\p{Ll}*)*(?![\p{L}\p{N}])/gu;
const TOKEN = /\p{Lu}\p{Ll}*/gu;

/** True when a post before a two-syllable name ends in a word that introduces a place ("UBND huyện"). */
function placeLed(c: Compiled, role: RoleDraft): boolean {
  return role.organization !== undefined && c.placeLead.test(role.organization);
}

interface Candidate {
  start: number;
  end: number;
  tokens: string[];
}

/** Full-name candidates: 2-4 syllables starting with a family name, not part of a longer proper noun. */
function findCandidates(text: string, lang: LanguageCode, added?: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  const cyr = lang === 'ru';
  const isFamily = (t: string): boolean =>
    cyr ? ruFamilyKey(t) !== undefined : !isCyrillic(t) && (isLatinFamily(t) || (added !== undefined && added.has(foldVi(t))));
  const isSyl = (t: string): boolean => (cyr ? isRuSyllable(t, true) : !isCyrillic(t) && isLatinSyllable(t));
  for (const m of scan(RUN, text)) {
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
      const exact = (t: string) => FAMILY_EXACT.has(t.toLowerCase()) || (added !== undefined && added.has(foldVi(t)));
      if (marked) while (k < j - 1 && !exact(toks[k]!.t)) k++;
      if (j - k >= 2 && (marked ? exact(toks[k]!.t) : isFamily(toks[k]!.t))) {
        const last = toks[j - 1]!;
        out.push({ start: toks[k]!.s, end: last.s + last.t.length, tokens: toks.slice(k, j).map((x) => x.t) });
      }
      i = j;
    }
  }
  return out;
}

const addedCache = new WeakMap<PeopleLexicon, ReadonlySet<string>>();
/** A lexicon's added family names, folded (toneless ASCII, lower case), or undefined. */
function addedFamilies(lex: PeopleLexicon): ReadonlySet<string> | undefined {
  if (!lex.familyNames?.length) return undefined;
  let set = addedCache.get(lex);
  if (!set) addedCache.set(lex, (set = new Set(lex.familyNames.map((f) => foldVi(f.normalize('NFC'))))));
  return set;
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
  const cands = findCandidates(text, lex.language, addedFamilies(lex));
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
      if (pw && !/(?:а|я|ии|ы|и)$/u.test(pw[1]!) && !isRuSyllable(pw[1]!, true) && !BODY_WORD.test(pw[1]!) && find(c.titles, pw[1]!, 0) === undefined && !c.honorificEnd.test(pw[1]!)) return;
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
    for (const m of scan(c.foreign, text)) {
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
