/**
 * Neutral posts and bodies (issue 14): a role's title and organisation, read in any of the three
 * languages, as language-neutral ids: "Phó Bí thư Thường trực Tỉnh ủy", "Standing Deputy Secretary
 * of the Provincial Party Committee" and "постоянного заместителя секретаря провинциального
 * комитета партии" all give `{ position: 'standing-deputy-secretary', body: 'provincial-party-committee' }`.
 *
 * Everything a language knows is data (`locales/<lang>/positions.lexicon.ts`); this file holds the
 * few rules that are the same in every language:
 * - a title is a base post with modifiers (deputy, standing, alternate) and the neutral id of the
 *   combination comes from `POSITION_FORMS` (a combination not listed there gives no position);
 * - an organisation is read as tokens, each reduced to a dictionary form (Russian case forms,
 *   Vietnamese old-style tone marks, abbreviations expanded); unknown capitalised words, which are
 *   place names, become one `@` token; the body is the longest body pattern at the start (the head
 *   of the organisation), provided that what follows it is only a qualifier (a place, a term, a
 *   body it belongs to). Patterns are matched as token sequences in a trie: no regex is built
 *   from the vocabulary, and a look-up is linear in the organisation's length.
 * Nothing is guessed: an unknown title or organisation, one of another country, or a qualifier
 * that may change the head ("Party Central Committee's Organisation Commission") gives no id.
 */
import type { LanguageCode } from '../schema.js';
import { enPositionsLexicon } from '../locales/en/positions.lexicon.js';
import { ruPositionsLexicon } from '../locales/ru/positions.lexicon.js';
import { viPositionsLexicon } from '../locales/vi/positions.lexicon.js';

/** The ids a base post takes with its modifiers; a base missing a form has no such post. */
export interface PositionForms {
  deputy?: string;
  standing?: string;
  standingDeputy?: string;
  alternate?: string;
}

/** Neutral post ids: every base post and the ids of its deputy, standing and alternate forms. */
export const POSITION_FORMS: Readonly<Record<string, PositionForms>> = {
  secretary: { deputy: 'deputy-secretary', standingDeputy: 'standing-deputy-secretary' },
  chairman: { deputy: 'vice-chairman', standingDeputy: 'permanent-vice-chairman' },
  member: { standing: 'standing-member', alternate: 'alternate-member' },
  director: { deputy: 'deputy-director' },
  'director-general': { deputy: 'deputy-director-general' },
  head: { deputy: 'deputy-head', standingDeputy: 'standing-deputy-head' },
  minister: { deputy: 'deputy-minister', standingDeputy: 'permanent-deputy-minister' },
  'prime-minister': { deputy: 'deputy-prime-minister', standingDeputy: 'permanent-deputy-prime-minister' },
  president: { deputy: 'vice-president' },
  'general-secretary': { deputy: 'deputy-general-secretary' },
  'chief-justice': { deputy: 'deputy-chief-justice' },
  'procurator-general': { deputy: 'deputy-procurator-general' },
  'chief-of-office': { deputy: 'deputy-chief-of-office' },
  'chief-inspector': { deputy: 'deputy-chief-inspector' },
  'inspector-general': { deputy: 'deputy-inspector-general' },
  'auditor-general': { deputy: 'deputy-auditor-general' },
  commander: { deputy: 'deputy-commander' },
  'political-commissar': { deputy: 'deputy-political-commissar' },
  governor: { deputy: 'deputy-governor' },
  mayor: { deputy: 'deputy-mayor' },
  'editor-in-chief': { deputy: 'deputy-editor-in-chief' },
  ambassador: {},
  spokesperson: {},
  /** A deputy of an elected body: "Đại biểu Quốc hội", "National Assembly deputy", "депутат". */
  deputy: {},
};

/** Every neutral post id. */
export const POSITIONS: readonly string[] = Object.entries(POSITION_FORMS).flatMap(([base, f]) => [base, ...Object.values(f)]);

/** A body's standing committee: "Ủy viên Thường vụ Tỉnh ủy" is a member of the provincial party standing committee. */
export const STANDING_COMMITTEE_OF: Readonly<Record<string, string>> = {
  'provincial-party-committee': 'provincial-party-standing-committee',
  'city-party-committee': 'city-party-standing-committee',
  'district-party-committee': 'district-party-standing-committee',
  'commune-party-committee': 'commune-party-standing-committee',
  'ward-party-committee': 'ward-party-standing-committee',
  'national-assembly': 'national-assembly-standing-committee',
};

/** What a title says: a base post (a key of `POSITION_FORMS`) and its modifiers. */
export interface TitleEntry {
  readonly base: string;
  readonly deputy?: boolean;
  readonly standing?: boolean;
  readonly alternate?: boolean;
  /** The body the title itself names: "Politburo member", "Tỉnh ủy viên", "Chủ tịch nước". */
  readonly body?: string;
  /**
   * The body implied when no organisation is written, or only the country (or, for
   * party-central-committee, only the party): General Secretary, Prime Minister.
   */
  readonly implied?: string;
  /** `implied` holds for the deputy too ("Deputy Prime Minister": government; not "Deputy General Secretary"). */
  readonly impliedDeputy?: boolean;
  /** The body when the organisation is only the country: "президент Вьетнама" → state. */
  readonly ofCountry?: string;
  /** A post only of an office ("Chief" of the "CPVCC Office"): no position otherwise. */
  readonly officeOnly?: boolean;
  /** A member of the standing committee of the body written after it: "Ủy viên Thường vụ". */
  readonly standingCommittee?: boolean;
}

export type Modifier = 'deputy' | 'standing' | 'alternate';

/**
 * One language's vocabulary. Patterns are written as text in that language and read with the
 * same rules as an organisation (so Russian patterns are written in the nominative and match
 * every case); in a pattern `a|b` is a choice of words, a trailing `?` makes a word optional and
 * `@` stands for a place name.
 */
export interface PositionsLexicon {
  readonly language: LanguageCode;
  /** Base titles, lower case, as the people lexicon writes them (ru: the dictionary form). */
  readonly titles: Readonly<Record<string, TitleEntry>>;
  /** Modifier words before the base: "deputy", "vice", "phó", "заместитель", "постоянный". */
  readonly modifiers: Readonly<Record<string, Modifier>>;
  /** Modifier words after the base: "thường trực" ("Phó Bí thư Thường trực"). */
  readonly suffixModifiers?: Readonly<Record<string, Modifier>>;
  /** Words before a title that keep its post: "former", "nguyên", "бывший", "экс-". */
  readonly titlePrefixes: readonly string[];
  /** Words that make a title another post, not in the vocabulary: "acting", "first", "quyền". */
  readonly titleBlockers: readonly string[];
  /** The dictionary form of an inflected title (ru). */
  readonly titleLemma?: (title: string) => string | undefined;
  /** Literal replacements before an organisation is read: "Viet Nam" → "Vietnam". */
  readonly rewrites?: readonly (readonly [string, string])[];
  /** Abbreviations, case-sensitive, and what they stand for: "UBND", "ЦК", "PCC". */
  readonly abbreviations: Readonly<Record<string, string>>;
  /** Word forms (lower case) and their dictionary form: "комитета" → "комитет", "organisation" → "organization". */
  readonly forms: Readonly<Record<string, string>>;
  /** Words that are left out: "the". */
  readonly drop?: readonly string[];
  /** Body id → patterns. The id `party` stands for the party itself ("Party", "КПВ", "Đảng"). */
  readonly bodies: Readonly<Record<string, readonly string[]>>;
  /** Ministry and department portfolios: neutral id (home-affairs) → how the language writes it. */
  readonly portfolios: Readonly<Record<string, readonly string[]>>;
  /** Patterns of a ministry with `{p}` for the portfolio: "ministry of {p}", "bộ {p}". */
  readonly ministry: readonly string[];
  /** Patterns of a provincial department: "department of {p}", "sở {p}". */
  readonly department: readonly string[];
  /** Words that may follow a body without changing it: a term, a level ("tỉnh"). */
  readonly tails: readonly string[];
  /** A capitalised word after a body is a place name qualifying it (vi, ru: the head comes first). */
  readonly capitalTail: boolean;
  /** Words joining a body to the body it belongs to: "of", "của" (ru: none, the genitive does it). */
  readonly of: readonly string[];
  /** Office patterns, before the body it belongs to ("office of", "канцелярия") or after it ("office"). */
  readonly officeBefore: readonly string[];
  readonly officeAfter?: readonly string[];
  /** Countries and demonyms other than Vietnam (ru: stems, any case). */
  readonly foreign: readonly string[];
  readonly foreignStems?: readonly string[];
  /** The country itself: "Vietnam", "Вьетнам", "Việt Nam", "Vietnamese". */
  readonly country: readonly string[];
  /** Title and organisation that together are another post: "secretary|state" (the US Secretary of State). */
  readonly otherPosts?: readonly string[];
}

/** What a role's title and organisation give; either may be missing. */
export interface NeutralPost {
  position?: string;
  body?: string;
}

interface TrieNode {
  id?: string;
  next: Map<string, TrieNode>;
}

interface Compiled {
  lex: PositionsLexicon;
  bodies: TrieNode;
  portfolios: TrieNode;
  /** Office words before the body ("office of") and after it ("office"), as tries of token sequences. */
  officeBefore: TrieNode;
  officeAfter: TrieNode;
  foreign: TrieNode;
  country: TrieNode;
  known: Set<string>;
  tails: Set<string>;
  of: Set<string>;
  drop: Set<string>;
  titles: Map<string, TitleEntry>;
  prefixes: string[];
  modifiers: [string, Modifier][];
  suffixes: [string, Modifier][];
  blockers: string[];
  otherPosts: Set<string>;
}

/** A word of an organisation: letters, marks and digits, with inner `&`, `-`, `'` or `.` ("TT&TT", "13-го", "people's"). */
const WORD = /[\p{L}\p{M}\p{N}]+(?:[&'’.-][\p{L}\p{M}\p{N}]+)*/gu;
/** A bracketed acronym or aside, dropped: "(CPV)", "(HĐND)". Bounded: no bracket inside. */
const PAREN = /\([^()]{0,40}\)/gu;
const DIGIT = /\p{N}/u;
const POSSESSIVE = /['’]s$/u;
const UPPER_START = /^\p{Lu}/u;
const ALL_UPPER = /^[\p{Lu}\p{N}&.-]+$/u;

/** Vietnamese old-style tone placement to the new one: "uỷ" → "ủy", "hoà" → "hòa". */
const OLD_STYLE: Readonly<Record<string, string>> = {
  'oà': 'òa', 'oá': 'óa', 'oả': 'ỏa', 'oã': 'õa', 'oạ': 'ọa',
  'oè': 'òe', 'oé': 'óe', 'oẻ': 'ỏe', 'oẽ': 'õe', 'oẹ': 'ọe',
  'uỳ': 'ùy', 'uý': 'úy', 'uỷ': 'ủy', 'uỹ': 'ũy', 'uỵ': 'ụy',
};
const OLD_STYLE_RE = /(?:o[àáảãạèéẻẽẹ]|u[ỳýỷỹỵ])(?![\p{L}\p{M}])/gu;

/** A word in lower case, ’ as ', Vietnamese tone marks placed the new way, `ё` as `е`. */
function fold(word: string): string {
  OLD_STYLE_RE.lastIndex = 0;
  return word.toLowerCase().replace(/’/g, "'").replace(/ё/g, 'е').replace(OLD_STYLE_RE, (m) => OLD_STYLE[m] ?? m);
}

interface Token {
  /** The dictionary form, `@` for a place name, `#` for a number or ordinal. */
  t: string;
  /** Written with a capital letter (a place, or a capitalised word of a name). */
  cap: boolean;
  /** Written in capitals: an acronym. */
  acr: boolean;
}

/** The words of `text` in dictionary form; abbreviations expanded. Used for patterns and organisations alike. */
function words(lex: PositionsLexicon, text: string, depth = 0): Token[] {
  let s = text;
  for (const [a, b] of lex.rewrites ?? []) s = s.split(a).join(b);
  PAREN.lastIndex = 0;
  s = s.replace(PAREN, ' ');
  const out: Token[] = [];
  // matchAll scans a copy of WORD: the expansion of an abbreviation reads words too
  for (const m of s.matchAll(WORD)) {
    // "province's", "CPVCC’s": the possessive is a word of its own
    const poss = POSSESSIVE.test(m[0]) && m[0].length > 2;
    const raw = poss ? m[0].slice(0, -2) : m[0];
    // own properties only: an organisation may well contain the word "constructor"
    const abbr = depth < 2 && Object.hasOwn(lex.abbreviations, raw) ? lex.abbreviations[raw] : undefined;
    if (abbr !== undefined) {
      // an acronym's words: never a place name qualifying the body before it
      for (const x of words(lex, abbr, depth + 1)) out.push({ ...x, cap: true, acr: true });
    } else {
      const w = fold(raw);
      const cap = UPPER_START.test(raw);
      out.push({ t: Object.hasOwn(lex.forms, w) ? lex.forms[w]! : w, cap, acr: cap && raw.length > 1 && ALL_UPPER.test(raw) });
    }
    if (poss) out.push({ t: "'s", cap: false, acr: false });
  }
  return out;
}

/** A pattern's token sequences: `a|b` choices and optional `x?` words expanded. */
function expand(lex: PositionsLexicon, pattern: string): string[][] {
  let seqs: string[][] = [[]];
  for (const part of pattern.split(' ').filter(Boolean)) {
    const optional = part.endsWith('?') && part.length > 1;
    const alts = (optional ? part.slice(0, -1) : part).split('|');
    const choices: string[][] = alts.map((a) => (a === '@' ? ['@'] : words(lex, a).map((x) => x.t)));
    if (optional) choices.push([]);
    const next: string[][] = [];
    for (const s of seqs) for (const c of choices) next.push([...s, ...c]);
    seqs = next;
  }
  return seqs;
}

function insert(root: TrieNode, seq: readonly string[], id: string): void {
  let n = root;
  for (const t of seq) {
    let c = n.next.get(t);
    if (!c) n.next.set(t, (c = { next: new Map() }));
    n = c;
  }
  // the first pattern listed for a sequence wins
  if (n.id === undefined) n.id = id;
}

/** The longest sequence of the trie at `at`: its id and where it ends. */
function longest(root: TrieNode, toks: readonly Token[], at: number): { id: string; end: number } | undefined {
  let n: TrieNode | undefined = root;
  let best: { id: string; end: number } | undefined;
  for (let i = at; i < toks.length && n; i++) {
    n = n.next.get(toks[i]!.t);
    if (n?.id !== undefined) best = { id: n.id, end: i + 1 };
  }
  return best;
}

const cache = new WeakMap<PositionsLexicon, Compiled>();

function compile(lex: PositionsLexicon): Compiled {
  const hit = cache.get(lex);
  if (hit) return hit;
  const node = (): TrieNode => ({ next: new Map() });
  const c: Compiled = {
    lex,
    bodies: node(),
    portfolios: node(),
    officeBefore: node(),
    officeAfter: node(),
    foreign: node(),
    country: node(),
    known: new Set(['@', '#', "'s"]),
    tails: new Set(),
    of: new Set(),
    drop: new Set(),
    titles: new Map(Object.entries(lex.titles).map(([k, v]) => [normTitle(k), v])),
    prefixes: [...lex.titlePrefixes].map(normTitle).sort((a, b) => b.length - a.length),
    modifiers: Object.entries(lex.modifiers).map(([k, v]): [string, Modifier] => [normTitle(k), v]).sort((a, b) => b[0].length - a[0].length),
    suffixes: Object.entries(lex.suffixModifiers ?? {}).map(([k, v]): [string, Modifier] => [normTitle(k), v]).sort((a, b) => b[0].length - a[0].length),
    blockers: lex.titleBlockers.map(normTitle),
    otherPosts: new Set((lex.otherPosts ?? []).map(normTitle)),
  };
  const add = (root: TrieNode, pattern: string, id: string) => {
    for (const seq of expand(lex, pattern)) {
      if (!seq.length) continue;
      insert(root, seq, id);
      for (const t of seq) c.known.add(t);
    }
  };
  for (const [id, pats] of Object.entries(lex.bodies)) for (const p of pats) add(c.bodies, p, id);
  for (const [x, names] of Object.entries(lex.portfolios)) {
    for (const name of names) {
      add(c.portfolios, name, `ministry-of-${x}`);
      for (const t of lex.ministry) add(c.bodies, t.replace('{p}', name), `ministry-of-${x}`);
      for (const t of lex.department) add(c.bodies, t.replace('{p}', name), `provincial-department-of-${x}`);
    }
  }
  for (const p of lex.officeBefore) add(c.officeBefore, p, 'office');
  for (const p of lex.officeAfter ?? []) add(c.officeAfter, [...p.split(' ')].reverse().join(' '), 'office');
  for (const p of lex.foreign) add(c.foreign, p, 'foreign');
  for (const p of lex.country) add(c.country, p, 'country');
  for (const w of lex.tails) for (const x of words(lex, w)) c.tails.add(x.t);
  for (const w of lex.of) for (const x of words(lex, w)) c.of.add(x.t);
  for (const w of lex.drop ?? []) for (const x of words(lex, w)) c.drop.add(x.t);
  for (const t of c.tails) c.known.add(t);
  for (const t of c.of) c.known.add(t);
  cache.set(lex, c);
  return c;
}

function normTitle(s: string): string {
  return fold(s).replace(/[ \u00A0]+/g, ' ').trim();
}

/** The parts of a title, or undefined when it is not in the vocabulary. */
function parseTitle(c: Compiled, title: string): (TitleEntry & { mods: Set<Modifier> }) | undefined {
  let t = normTitle(c.lex.titleLemma?.(title) ?? title);
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of c.prefixes) {
      if (t.startsWith(p) && t.length > p.length) {
        t = t.slice(p.length).trim();
        changed = true;
      }
    }
  }
  for (const b of c.blockers) if (t === b || t.startsWith(b.endsWith('-') ? b : `${b} `)) return undefined;
  const mods = new Set<Modifier>();
  let entry = c.titles.get(t);
  // modifiers before the base ("standing deputy", "phó", "заместитель"), then after it ("thường trực")
  for (let n = 0; !entry && n < 4; n++) {
    const m = c.modifiers.find(([w]) => t.startsWith(w.endsWith('-') ? w : `${w} `));
    if (!m) break;
    mods.add(m[1]);
    t = t.slice(m[0].length).trim();
    entry = c.titles.get(t);
  }
  for (let n = 0; !entry && n < 2; n++) {
    const m = c.suffixes.find(([w]) => t.endsWith(` ${w}`));
    if (!m) break;
    mods.add(m[1]);
    t = t.slice(0, t.length - m[0].length).trim();
    entry = c.titles.get(t);
  }
  if (!entry) return undefined;
  if (entry.deputy) mods.add('deputy');
  if (entry.standing) mods.add('standing');
  if (entry.alternate) mods.add('alternate');
  return { ...entry, mods };
}

/** The neutral id of a base post with its modifiers, or undefined when the vocabulary has none. */
function positionId(base: string, mods: ReadonlySet<Modifier>): string | undefined {
  const forms = POSITION_FORMS[base];
  if (!forms) return undefined;
  const d = mods.has('deputy');
  const s = mods.has('standing');
  const a = mods.has('alternate');
  if (a) return d || s ? undefined : forms.alternate;
  if (d && s) return forms.standingDeputy;
  if (d) return forms.deputy;
  if (s) return forms.standing;
  return base;
}

interface Org {
  toks: Token[];
  foreign: boolean;
}

/** An organisation as tokens: places merged into `@`, numbers as `#`, foreign countries flagged. */
function readOrg(c: Compiled, organization: string | undefined): Org {
  const raw = organization ? words(c.lex, organization) : [];
  let foreign = false;
  /** Words of a place name that are also a country's: "Lao Cai", "Thai Binh", "Nga Sơn". */
  const inPlace = new Set<number>();
  // a country's name inside a body's ("Bộ Tư pháp": "Pháp" is France) is no country
  let covered = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = longest(c.bodies, raw, i) ?? longest(c.portfolios, raw, i);
    if (b) covered = Math.max(covered, b.end);
    if (i < covered) continue;
    const f = longest(c.foreign, raw, i);
    if (!f) continue;
    const next = raw[f.end];
    const prev = raw[i - 1];
    const place = (next && next.cap && !c.known.has(next.t)) || (prev && prev.cap && !c.known.has(prev.t) && raw[i]!.cap);
    if (place) for (let k = i; k < f.end; k++) inPlace.add(k);
    else foreign = true;
    i = f.end - 1;
  }
  if (c.lex.foreignStems?.length) {
    for (const x of raw) if (c.lex.foreignStems.some((s) => x.t.startsWith(s))) foreign = true;
  }
  const toks: Token[] = [];
  raw.forEach((x, i) => {
    if (c.drop.has(x.t)) return;
    let t = x.t;
    if (DIGIT.test(t)) t = '#';
    else if (x.cap && (inPlace.has(i) || !c.known.has(t))) t = '@';
    if (t === '@' && toks[toks.length - 1]?.t === '@') return;
    toks.push({ t, cap: x.cap, acr: x.acr });
  });
  return { toks, foreign };
}

/** True when what follows a body at `at` only qualifies it: nothing, a place, a term, or "of <body>". */
function tailOk(c: Compiled, toks: readonly Token[], at: number, end = toks.length): boolean {
  if (at >= end) return true;
  const x = toks[at]!;
  if (x.t === '#' || c.tails.has(x.t)) return true;
  if (c.lex.capitalTail && x.cap && !x.acr) return true;
  // "Secretariat of the Party Central Committee", "секретариата Центрального комитета"
  const from = c.of.has(x.t) ? at + 1 : at;
  if (from < end && longest(c.bodies, toks.slice(0, end), from)) return from > at || c.of.size === 0;
  return false;
}

/** The body at the start of `toks` (up to `end`), if what follows it only qualifies it. */
function bodyAt(c: Compiled, root: TrieNode, toks: readonly Token[], at = 0, end = toks.length): string | undefined {
  const sub = end < toks.length ? toks.slice(0, end) : toks;
  const m = longest(root, sub, at);
  return m && tailOk(c, sub, m.end, end) ? m.id : undefined;
}

/** The body of an office's organisation: "Office of the Government" is no office of a body here. */
function officeBody(c: Compiled, toks: readonly Token[]): string | undefined {
  const pre = longest(c.officeBefore, toks, 0);
  if (pre) {
    let at = pre.end;
    if (at < toks.length && c.of.has(toks[at]!.t)) at++;
    const b = bodyAt(c, c.bodies, toks, at);
    if (b) return b;
  }
  // "CPVCC Office", "Provincial People's Committee Office": the office word ends the organisation
  const rev = [...toks].reverse();
  const post = longest(c.officeAfter, rev, 0);
  if (post) return bodyAt(c, c.bodies, toks, 0, toks.length - post.end);
  return undefined;
}

/**
 * The neutral post and body of a role in `lang`. `before` is the word written right before the
 * role, if any ("Russian" in "Russian Foreign Minister"): a country other than Vietnam there
 * means the body is that country's and is left out.
 */
export function neutralPostWith(lex: PositionsLexicon, title: string, organization?: string, before?: string): NeutralPost {
  const c = compile(lex);
  const out: NeutralPost = {};
  const t = parseTitle(c, title);
  if (organization && c.otherPosts.has(`${normTitle(title)}|${normTitle(organization)}`)) return out;
  const org = readOrg(c, organization);
  const toks = org.toks;
  let foreign = org.foreign;
  let country = false;
  if (before) {
    const b = words(lex, before);
    if (b.length && longest(c.foreign, b, 0)?.end === b.length) foreign = true;
    else if (b.length && longest(c.country, b, 0)?.end === b.length && toks.length === 0) country = true;
  }
  // the organisation is only the country ("премьер-министр Вьетнама"), only a term or level, or none
  const cm = longest(c.country, toks, 0);
  if (cm && tailOk(c, toks, cm.end) && !(toks[cm.end]?.cap)) country = true;
  const bare = toks.length === 0 || (!toks[0]!.cap && (toks[0]!.t === '#' || c.tails.has(toks[0]!.t)));
  let office = false;
  let body: string | undefined;
  if (!foreign) {
    let found = toks.length ? bodyAt(c, c.bodies, toks) : undefined;
    // "Chief of the CPVCC Office", "заведующий Канцелярией ЦК": the post is the office's, the body its owner
    if (t && (t.base === 'head' || t.base === 'chief-of-office' || t.officeOnly) && (!found || found === 'party')) {
      const owner = officeBody(c, toks);
      if (owner) {
        found = owner;
        office = true;
      }
    }
    if (t?.officeOnly && !office) found = undefined;
    // "Minister of Finance" written "Minister ... Finance", "министр внутренних дел", "Bộ trưởng Công an"
    if (!found && t?.base === 'minister' && toks.length) found = bodyAt(c, c.portfolios, toks);
    if (found && found !== 'party') body = found;
    else if (t) {
      // nothing but the party, the country, a term or nothing at all: what the title names or implies
      const party = found === 'party';
      const implied = t.mods.has('deputy') && !t.impliedDeputy && !t.deputy ? undefined : t.implied;
      if (t.body && (bare || country)) body = t.body;
      else if (implied && (bare || country || (party && implied === 'party-central-committee'))) body = implied;
      else if (t.ofCountry && country) body = t.ofCountry;
    }
    if (body && t?.standingCommittee) body = STANDING_COMMITTEE_OF[body];
  }
  if (t) {
    const pos = office ? positionId('chief-of-office', t.mods) : t.officeOnly ? undefined : positionId(t.base, t.mods);
    if (pos) out.position = pos;
  }
  if (body) out.body = body;
  return out;
}

export const POSITIONS_LEXICONS: Readonly<Record<LanguageCode, PositionsLexicon>> = {
  en: enPositionsLexicon,
  ru: ruPositionsLexicon,
  vi: viPositionsLexicon,
};

/**
 * The neutral post and body of a role written in `lang`: `neutralPost('vi', 'Phó Chủ tịch',
 * 'UBND tỉnh Nghệ An')` → `{ position: 'vice-chairman', body: 'provincial-peoples-committee' }`.
 * Russian titles may be given in any case ("заместителем председателя").
 */
export function neutralPost(lang: LanguageCode, title: string, organization?: string, before?: string): NeutralPost {
  return neutralPostWith(POSITIONS_LEXICONS[lang], title, organization, before);
}
