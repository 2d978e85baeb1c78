/**
 * Posts of a person: the title and organisation written before a name ("Secretary of the
 * Provincial Party Committee X", "National Assembly Chairman X"), after it ("X, Standing Deputy
 * Secretary of ..."), in a signature block, or given by a verb ("X was elected as ..."). Every
 * function reads the compiled lexicon and gives `RoleDraft`s with spans into the text.
 */
import type { Hit } from '../../span.js';
import type { RoleDraft } from '../../types.js';
import type { Compiled } from './lexicon.js';
import { find, findAll, matchAt } from '../word-trie.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LOWER_THEN_UPPER = /\p{Ll}[ \u00A0]{1,3}\p{Lu}/u;
const LOWER_WORD_END = /(?:^|[ \u00A0])\p{Ll}+[ \u00A0]{1,3}$/u;
const LETTER = /\p{L}/u;
/** Where a post after a name ends. */
const SEG_END = /[,;:\n()[\]"“”]|\.(?![\p{L}\p{N}])|[ \u00A0][-–—][ \u00A0]|[–—]/gu;
/** An age or birth year in parentheses right after a name: "(54 tuổi)", "(born 1970)", "(1970)", "(54 года)". */
const AGE_AFTER_NAME = /^[ \u00A0]?\((?:\d{2,3}[ \u00A0]?(?:tuổi|лет|года|год|years? old)|(?:sinh năm|SN|born|b\.|род\.)?[ \u00A0]?(?:19|20)\d{2}(?:[ \u00A0]?г\.)?)\)(?=[ \u00A0]?[,–—-])/iu;
/** The separator between a name and the post that follows it: comma, dash or colon. */
const AFTER_NAME = /^[ \u00A0]*(?:,|[-–—]|:|\()[ \u00A0]*(?:(?:a|an)[ \u00A0]+)?/u;

export function isSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\u00A0' || ch === '\t';
}

function isDelim(text: string, k: number): boolean {
  const ch = text[k]!;
  if (',;:\n()[]–—"“”'.includes(ch)) return true;
  // a full stop, but not the one inside "TP.HCM" or "No.380"
  if (ch === '.') return !LETTER_OR_DIGIT.test(text[k + 1] ?? ' ');
  return ch === '-' && isSpace(text[k - 1]) && isSpace(text[k + 1]);
}

/**
 * Where a name of the lexicon's `commaNames` that goes on past the comma or dash at `k` ends
 * ("Minister of Culture|, Sports and Tourism"), or -1.
 */
function nameGoesOn(c: Compiled, text: string, k: number): number {
  if (!c.commaName) return -1;
  // a spaced dash is found at its space
  const at = text[k] === ',' ? k : isSpace(text[k]) && '-–'.includes(text[k + 1] ?? '') ? k + 1 : '-–'.includes(text[k] ?? '') ? k : -1;
  if (at < 0) return -1;
  c.commaName.lastIndex = at;
  const m = c.commaName.exec(text);
  return m ? at + m[0].length : -1;
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

export function trimEnd(text: string, start: number, end: number): number {
  while (end > start && ' \u00A0\t\r\n,;:.–—-'.includes(text[end - 1]!)) end--;
  return end;
}

export function makeRole(c: Compiled, text: string, tStart: number, tEnd: number, end: number): RoleDraft {
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
export function rolesBefore(c: Compiled, text: string, bound: number, at: number): RoleDraft[] {
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
      if (k >= bound && nameGoesOn(c, text, text[k] === '-' || text[k] === '–' ? k - 1 : k) >= 0) {
        k--;
        continue;
      }
      const open = k >= bound ? acronymParenStart(text, k) : -1;
      if (open < bound) break;
      k = open - 1;
    }
    const segStart = k + 1;
    const seg = text.slice(segStart, segEnd);
    const m = find(c.titles, text, segStart, segEnd);
    if (!m) {
      // "Deputy Minister of Public Security, Lieutenant General Le Van Tuyen": the honorific
      // stands between the post and the name
      if (n === 0 && seg.trim() === '' && k >= bound && text[k] === ',') {
        segEnd = k;
        continue;
      }
      break;
    }
    let tStart = m.start;
    let tEnd = m.end;
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
  return find(c.titles, text, from + cut, end, from);
}

/** The last title in [from, end) that follows a lowercase word, if any. */
function lastTitleAfterLowercase(c: Compiled, text: string, from: number, end: number): Hit | undefined {
  const w = text.slice(from, end);
  // only where titles are capitalised (en, vi), and only when a lowercase word meets a capital
  if (c.lex.language === 'ru' || !LOWER_THEN_UPPER.test(w)) return undefined;
  let found: Hit | undefined;
  for (const m of findAll(c.titles, text, from, end)) {
    if (LOWER_WORD_END.test(text.slice(Math.max(from, m.start - 24), m.start))) found = m;
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
  let last: Hit | undefined;
  for (const m of findAll(c.titles, text, from, end)) last = m;
  if (!last || last.end !== end || !c.joinerWord.test(text.slice(from, last.start))) return undefined;
  return last;
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
  // the last joiner followed by a title (in the text up to `end`)
  let cut: RegExpExecArray | undefined;
  const jt = c.joinTitle;
  jt.lastIndex = 0;
  for (let m = jt.exec(w); m; m = jt.exec(w)) {
    if (matchAt(c.titles, text, tEnd + m.index + m[0].length, end) >= 0) cut = m;
    else jt.lastIndex = m.index + 1;
  }
  if (!cut) return [];
  const leftEnd = tEnd + cut.index;
  const rightStart = tEnd + cut.index + cut[0].length;
  const t2 = matchAt(c.titles, text, rightStart);
  if (t2 < 0) return [];
  const right = makeRole(c, text, rightStart, t2, end);
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
  // "Head of the Party Central Committee (PCC) Office": an acronym in brackets inside an
  // organisation is not its end, nor is the comma of "Minister of Culture, Sports and Tourism"
  while (delim && delim.index < tEnd + 300) {
    const close = delim[0] === '(' ? acronymParenEnd(text, delim.index) : nameGoesOn(c, text, delim.index);
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
export function rolesAfter(c: Compiled, text: string, from: number, bound: number): { roles: RoleDraft[]; end: number } {
  const roles: RoleDraft[] = [];
  // "ông Nguyễn Văn A (54 tuổi), Cục trưởng ...": an age or a birth year between name and post
  const age = AGE_AFTER_NAME.exec(text.slice(from, Math.min(bound, from + 24)));
  if (age) from += age[0].length;
  const sep = AFTER_NAME.exec(text.slice(from, Math.min(bound, from + 12)));
  let last = from;
  if (!sep) return { roles, end: last };
  let pos = from + sep[0].length;
  for (let n = 0; n < 8 && pos < bound; n++) {
    // the end of the title at `start`, or -1
    let t = matchAt(c.titles, text, pos);
    // English puts the organisation first: "X, Party General Secretary; ..."
    let preposed: string | undefined;
    let prefix = '';
    let start = pos;
    if (t < 0 && c.lex.orgBeforeTitle) {
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
      for (let k = 0; k < 4 && t < 0; k++) {
        const o = PREPOSED_WORD.exec(text.slice(w, w + 40));
        if (!o) break;
        w += o[0].length;
        const org = text.slice(orgFrom, w);
        if (!c.orgWord.test(org) && !ACRONYM.test(org.trim())) continue;
        t = matchAt(c.titles, text, w);
        if (t >= 0) {
          preposed = org.trim();
          start = w;
        }
      }
    }
    if (t < 0) break;
    const tEnd = t;
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
      if (j && matchAt(c.titles, text, segEnd) >= 0) {
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
export function signatureRole(c: Compiled, text: string, at: number): RoleDraft | undefined {
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

/** One capitalised word of an organisation before a title after a name: "Party" in "Party General Secretary". */
const PREPOSED_WORD = /^(?:\p{Lu}\p{Ll}+|\p{Lu}{2,6})(?:['’]s)?[ \u00A0]/u;
/** An acronym standing for an organisation: "PCC" in "former PCC member". */
const ACRONYM = /^\p{Lu}{2,6}$/u;

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

export function postAfterVerb(c: Compiled, text: string, at: number): RoleDraft[] {
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
  const tEnd = matchAt(c.titles, text, pos);
  if (tEnd < 0) return undefined;
  const { segEnd } = postSegment(c, text, tEnd, text.length);
  let end = Math.max(tEnd, trimEnd(text, pos, segEnd));
  // "Head of the Organisation Commission for the coming term": the stop word's
  // function words before it are not the organisation's
  end = withoutTrailingFunctionWords(text, tEnd, end);
  return makeRole(c, text, pos, tEnd, end);
}
