/**
 * Lists of people: the stage after each name has its own posts. A post introducing a list
 * ("Politburo members A, B and C"), a post after the last name of a list ("ông A, ông B, Phó Chủ
 * tịch ...") and a post given by a verb after a list ("A, B and C were nominated to become ...")
 * become every listed person's.
 */
import type { PersonDraft, RoleDraft } from '../../types.js';
import { findAll } from '../word-trie.js';
import type { Hit } from '../../span.js';
import type { Compiled } from './lexicon.js';
import { makeRole, postAfterVerb, rolesBefore, trimEnd } from './posts.js';

const SENTENCE_BREAK = /[.!?][ \u00A0]+\p{Lu}/u;

/**
 * Posts after the last name of a list belong to every name of it: "ông A, ông B, Tỉnh ủy viên,
 * Phó Chủ tịch UBND tỉnh" gives A both posts. A list is names joined only by commas,
 * semicolons, "and", numbers or honorifics, none of them but the last with a post after it.
 * `people` sorted by start.
 */
export function shareTrailingPosts(c: Compiled, text: string, people: PersonDraft[]): void {
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
export function shareListPosts(c: Compiled, text: string, people: PersonDraft[]): void {
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
  let plural: Hit | undefined;
  for (const t of findAll(c.titles, text, post.span.start, at)) if (t.start > post.span.start && c.plural.has(text.slice(t.start, t.end).toLowerCase())) plural = t;
  if (!plural) return post;
  return makeRole(c, text, plural.start, plural.end, trimEnd(text, plural.start, at));
}

/**
 * A post given by a verb after a name, or after a list of names, is each one's: "A, B and C
 * have been nominated to become Vice Chairmen", "A ..., B; and C, ..., as Deputy Directors of
 * ...", "ông A được bầu giữ chức Chủ tịch ...", "A назначен на должность министра ...".
 */
export function verbPosts(c: Compiled, text: string, people: PersonDraft[]): void {
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
