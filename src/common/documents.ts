/**
 * Document references: code shapes shared by every language, and an extractor factory that a
 * locale feeds with its lexicon (kind words, "No." markers, conjunctions, issuer phrases).
 *
 *   Party code      60-NQ/TW, 9068-CV/BTCTW, 05-QC/BTCTU-BDVTU     NUM - TYPE / ISSUER(-ISSUER)
 *   State normative 120/2025/NĐ-CP, 202/2025/QH15                  NUM / YEAR / (TYPE-)ISSUER
 *   State admin     759/QĐ-TTg, 1656/NQ-UBTVQH15                   NUM / TYPE - ISSUER
 */
import type { DocumentKind } from '../schema.js';
import { alternation, B_END, B_START, re, scan } from '../patterns.js';
import { overlapFinder, type Hit } from '../span.js';
import type { Context, DocumentDraft, Extractor } from '../types.js';
import { foldCode, issuerSpelling, lookupIssuer, lookupType, TYPE_CODES } from './documents.data.js';

/** A letter or number sign before a number ("No.", "số", "№"). Module-level: see name-keys.ts CYRILLIC. */
const NUMBER_MARK = /\p{L}|№|#/u;
/** Where a document's title after its code stops. */
const TITLE_STOP = /[.;\n]|(?<![\p{L}])(?:and|và|и)[ \u00A0]+(?:No\.|số|№)/u;

export interface DocumentLexicon {
  /** Kind words in every case form, any letter case: "Resolution", "постановлением". */
  kindWords: Readonly<Record<string, DocumentKind>>;
  /** Issuer codes a caller added (createParser): code as written in the text → English issuer name. */
  issuers?: Readonly<Record<string, string>>;
  /** Words that precede a number: "No.", "số", "№". */
  numberMarkers: readonly string[];
  /** Words joining coordinated references: "and", "và", "и". */
  conjunctions: readonly string[];
  /** Phrases naming an issuer in the sentence → English issuer ("of the Politburo"). */
  issuerPhrases: Readonly<Record<string, string>>;
  /** Words allowed between a code and its date: "dated", "ngày", "от". */
  dateLinkers: readonly string[];
}

const L = '[A-Za-zĐđƯư]';
const U = '[A-ZĐƯ]';
const SP = '[ \\u00A0]?';
const DASH = `${SP}[-\\u2013\\u2011]${SP}`;
const SLASH = `${SP}\\/${SP}`;
/** An issuer part: BTCTW, TTg, UBTVQH15, QH15, UBTƯMTTQVN. */
const ISSUER = `${U}${L}{0,9}(?:&${U}{1,4})?\\d{0,2}`;
/** A type part: NQ, QĐ, CTr, TTLT. */
const TYPE = `${U}${L}{0,3}`;

/**
 * All three code families in one linear pattern. Groups: num, year, t1 (party type),
 * iss1 (party issuers), t2 (state type, or the issuer of an official letter: 4127/BNV-CQĐP),
 * iss2 (state issuers: up to six for a joint circular, TTLT-BCA-BQP-TANDTC-VKSNDTC).
 * One line break is allowed inside ("60-\nNQ/TW" split by a wrap), and a space after a dash
 * ("11/2020/TT- BGTVT") or before the first slash ("02 /2018/TTLT-..."), as OCR and wraps leave them.
 */
export const CODE = re(
  `${B_START}(?<num>\\d{1,5})(?:` +
    // Party: 60-NQ/TW, 05-QC/BTCTU-BDVTU
    `${DASH}\\n?(?<t1>${TYPE})${SLASH}(?<iss1>${ISSUER}(?:-${ISSUER}){0,2})` +
    `|` +
    // State: 120/2025/NĐ-CP, 759/QĐ-TTg, 202/2025/QH15, 235/2009/TTLT/BTC-BGTVT-BTT, 4127/BNV-CQĐP
    `${SP}(?:\\/(?<year>(?:19|20)\\d{2}))?\\/\\n?(?:(?<t2>${U}${L}{0,6})(?:${DASH}\\n?|\\/)(?<iss2>${ISSUER}(?:-${SP}\\n?${ISSUER}){0,5})|(?<qh>(?:UBTVQH|QH)\\d{1,2}))` +
    `)${B_END}`,
  'giud',
);

export interface CodeHit extends Hit {
  number: string;
  code: string;
  typeCode?: string;
  issuerCode?: string;
  year?: number;
  /** A state code (120/2025/NĐ-CP), not a party code (60-NQ/TW). */
  state: boolean;
  /** A state official letter: the code names its issuer, not a type (4127/BNV-CQĐP). */
  letter?: boolean;
}

/** Finds codes; `code` keeps case (CTr, TTg), folded look-alikes, Ð→Đ, no spaces or breaks. */
export function findCodes(text: string): CodeHit[] {
  const out: CodeHit[] = [];
  for (const m of scan(CODE, text)) {
    const g = m.groups!;
    const rawType = g.t1 ?? g.t2;
    let typeCode = rawType ? lookupType(rawType) : undefined;
    let issuerCode = g.iss1 ?? g.iss2 ?? g.qh;
    let letter = false;
    if (rawType && !typeCode) {
      // An official letter has no type: 4127/BNV-CQĐP is the ministry's number, then the unit's.
      if (g.t2 && !g.year && issuerSpelling(g.t2)) {
        letter = true;
        typeCode = undefined;
        issuerCode = g.t2;
      } else continue; // "12-AB/CD": not a known type, likely not a document
    }
    // Lower-case codes ("60-nq/tw" in running text or a link) count only when every part is known.
    if (!/[A-ZĐ]/u.test(m[0])) {
      const parts = issuerCode?.split('-').map(issuerSpelling);
      if (!parts || parts.some((p) => !p)) continue;
      issuerCode = parts.join('-');
    }
    const code = m[0].replace(/[ \u00A0\n]/g, '').replace(/[\u2013\u2011]/g, '-');
    out.push({
      ...(letter ? { letter } : {}),
      state: !g.t1,
      start: m.index,
      end: m.index + m[0].length,
      number: g.num!,
      code,
      ...(typeCode ? { typeCode } : {}),
      ...(issuerCode ? { issuerCode } : {}),
      ...(g.year ? { year: Number(g.year) } : {}),
    });
  }
  return out;
}

/** Contract's `code`: NFC, uppercase; `key`: code with Đ→D, no spaces, uppercase. */
export function codeKey(code: string): string {
  return foldCode(code).replace(/\s+/g, '');
}

export function issuerName(issuerCode: string | undefined, state = false): string | undefined {
  if (!issuerCode) return undefined;
  const parts = issuerCode.split('-').map((p) => lookupIssuer(p, state));
  if (parts.some((p) => !p)) return undefined;
  return parts.join(' and ');
}

/**
 * The text between two coordinated references ("253-QĐ/TW and No. 255-QĐ/TW", "126, 127"):
 * a comma and/or a conjunction, then an optional number marker. Shared by the extractor (kind
 * words carry over) and the date linker (dates carry back).
 */
export function coordinationGap(lex: DocumentLexicon): RegExp {
  const MARK = `(?:${alternation(lex.numberMarkers)})`;
  const CONJ = `(?:${alternation(lex.conjunctions)})`;
  return re(`^[ \\u00A0]{0,3}(?:,|${CONJ}|,[ \\u00A0]{0,3}${CONJ})[ \\u00A0]{0,3}(?:${MARK}[ \\u00A0]{0,3})?$`, 'iu');
}

/**
 * Lookup of a lexicon entry from the text an alternation matched: case-insensitive, runs of
 * spaces folded (alternation() lets "Nghị  quyết" match "Nghị quyết").
 */
function phraseIndex<T>(entries: Readonly<Record<string, T>>): (matched: string) => T | undefined {
  const fold = (s: string) => s.toLowerCase().replace(/[ \u00A0]+/g, ' ');
  const map = new Map<string, T>();
  for (const [w, v] of Object.entries(entries)) map.set(fold(w), v);
  return (matched) => map.get(fold(matched));
}

/** A word kind agrees with a type code when the code has no type or means that kind. */
function agrees(kind: DocumentKind, typeCode: string | undefined): boolean {
  const entry = typeCode ? TYPE_CODES[typeCode] : undefined;
  return !entry || entry.kind === kind || !!entry.alsoWords?.includes(kind);
}

interface KindHit extends Hit {
  kind: DocumentKind;
}

/** A duration word after a number: "kế hoạch 5 năm", "план на 10 лет" are not document numbers. */
const DURATION_AFTER = /^[ \u00A0]{1,2}(?:năm|tháng|ngày|tuần|years?|months?|days?|weeks?|лет|года?|месяц\p{L}*|дн\p{L}*|недел\p{L}*)(?![\p{L}])/iu;

/** An English possessive right before a kind word: "the Politburo's ". */
const POSSESSIVE_TAIL = /['\u2019]s[ \u00A0]{1,3}$/u;

/** Builds the document extractor of a locale from its lexicon. */
export function documentExtractor(lang: string, lex: DocumentLexicon): Extractor {
  const kindIndex = phraseIndex(lex.kindWords);
  const issuerIndex = phraseIndex(lex.issuerPhrases);
  const KIND = re(`${B_START}(?:${alternation(Object.keys(lex.kindWords))})${B_END}`, 'giu');
  const MARK = `(?:${alternation(lex.numberMarkers)})`;
  const CONJ = `(?:${alternation(lex.conjunctions)})`;
  /** Text allowed between a kind word and its code: "No.", "số", "№", or a previous coordinated code. */
  const ISS = Object.keys(lex.issuerPhrases).length ? `(?:(?:${alternation(Object.keys(lex.issuerPhrases))})[ \\u00A0,]{0,3})?` : '';
  const GAP = re(`^[ \\u00A0]{0,3}${ISS}(?:${MARK}[ \\u00A0]{0,3})?$`, 'iu');
  const COORD_GAP = coordinationGap(lex);
  /**
   * A title between the kind word and "No.": "Law on Organization of Local Government No.
   * 72/2025/QH15", "Luật Tổ chức chính quyền địa phương số ...", "Закон об ... №". Trusted only
   * where the code has no type of its own or agrees with the word.
   */
  const TITLED_GAP = re(`^[ \\u00A0]{1,3}[^.;:\\n\\d()\\[\\]]{1,100}[ \\u00A0,](?:${MARK})[ \\u00A0]{0,3}$`, 'iu');
  /** A number-only reference after a kind word: "Project No. 06", "Đề án 06", "Проект № 06". */
  const BARE = re(`^[ \\u00A0]{0,3}(?:${MARK}[ \\u00A0]{0,3})?(\\d{1,5})(?![\\p{L}\\p{N}]|[-\\u2013\\/.,]\\d|[-\\u2013\\/][\\p{L}])`, 'u');
  /** The next number of a list after one kind word: "Chỉ thị 10, 12, 15 và 16". */
  const LIST_NEXT = re(
    `^(?:[ \\u00A0]{0,2},[ \\u00A0]{0,2}|[ \\u00A0]{1,2}(?:${CONJ})[ \\u00A0]{1,2})(?:${MARK}[ \\u00A0]{0,3})?(\\d{1,5})(?=[ \\u00A0]{0,2}[,;.)\\n]|[ \\u00A0]{1,2}(?:${CONJ}|của|of|от|ngày|dated)(?![\\p{L}])|$)`,
    'iu',
  );
  /** "Nghị quyết số 202/2025", "Resolution 60/2025": a number and a year with no type code. */
  const NUM_YEAR = re(`^[ \\u00A0]{0,3}(?:${MARK}[ \\u00A0]{0,3})?(\\d{1,5})\\/((?:19|20)\\d{2})(?![\\p{L}\\p{N}]|[-\\u2013\\/.][\\p{L}\\p{N}])`, 'u');
  /** "126 và 127-KL/TW": numbers sharing the code that follows the last one. */
  const SHARED_NUM = re(`(?<![\\p{L}\\p{N}\\/-])(\\d{1,5})[ \\u00A0]{0,3}(?:,|${CONJ})[ \\u00A0]{0,3}(?:${MARK}[ \\u00A0]{0,3})?$`, 'iu');
  const ISSUER_PHRASE = Object.keys(lex.issuerPhrases).length
    ? re(`(?:${alternation(Object.keys(lex.issuerPhrases))})`, 'giu')
    : undefined;

  return {
    name: `${lang}.documents`,
    family: 'documents',
    run(ctx: Context) {
      const text = ctx.text;
      const codes = findCodes(text);
      const kinds: KindHit[] = [];
      for (const m of scan(KIND, text)) {
        kinds.push({ start: m.index, end: m.index + m[0].length, kind: kindIndex(m[0]) ?? 'other' });
      }
      const docs: DocumentDraft[] = [];
      // Kind word for each code: directly before it, or before a coordinated chain ending at it.
      const wordFor: (DocumentKind | undefined)[] = [];
      /** The kind word each code hangs on (carried along a coordinated chain). */
      const wordAt: (KindHit | undefined)[] = [];
      let ki = 0;
      for (let i = 0; i < codes.length; i++) {
        const c = codes[i]!;
        while (ki < kinds.length && kinds[ki]!.end <= c.start) ki++;
        const k = ki > 0 ? kinds[ki - 1] : undefined;
        let at: KindHit | undefined;
        if (k && GAP.test(text.slice(k.end, c.start))) at = k;
        else if (k && c.start - k.end <= 110 && TITLED_GAP.test(text.slice(k.end, c.start)) && agrees(k.kind, c.typeCode)) at = k;
        else if (i > 0 && wordAt[i - 1] && COORD_GAP.test(text.slice(codes[i - 1]!.end, c.start))) at = wordAt[i - 1];
        wordAt.push(at);
        wordFor.push(at?.kind);
      }
      /** An issuer the sentence names before the code: "Заключение Политбюро №", "the Politburo's Conclusion". */
      const issuerBefore = (i: number): string | undefined => {
        const k = wordAt[i];
        if (!k || !ISSUER_PHRASE) return undefined;
        ISSUER_PHRASE.lastIndex = 0;
        // the gap read is at most ISSUER_GAP characters: a chain of codes after one kind word
        // ("Resolution No. 1-NQ/TW, 2-NQ/TW, ...") made it grow with every code
        const gap = ISSUER_PHRASE.exec(text.slice(Math.max(k.end, codes[i]!.start - ISSUER_GAP), codes[i]!.start));
        if (gap) return issuerIndex(gap[0]);
        const lead = text.slice(Math.max(0, k.start - 60), k.start);
        const m = POSSESSIVE_TAIL.exec(lead);
        if (!m) return undefined;
        const at = m.index + 2; // just after the 's
        ISSUER_PHRASE.lastIndex = 0;
        for (let p = ISSUER_PHRASE.exec(lead); p; p = ISSUER_PHRASE.exec(lead)) {
          if (p.index + p[0].length === at) return issuerIndex(p[0]);
        }
        return undefined;
      };
      const sharedStarts = new Set<number>();
      codes.forEach((c, i) => {
        // numbers sharing this code: "Kết luận số 126 và 127-KL/TW"
        const before = text.slice(Math.max(0, c.start - 40), c.start);
        const shared = SHARED_NUM.exec(before);
        if (shared && c.typeCode) {
          const s = c.start - before.length + shared.index;
          const num = shared[1]!;
          const code = c.code.replace(/^\d+/, num);
          const k = lastEndingBy(kinds, s);
          const word = k && GAP.test(text.slice(k.end, s)) ? k.kind : wordFor[i];
          if (!wordFor[i]) wordFor[i] = word;
          sharedStarts.add(s);
          docs.push(makeDoc(ctx, { ...c, start: s, end: s + num.length, number: num, code }, word, text, ISSUER_PHRASE, issuerIndex, issuerBefore(i), lex.issuers));
        }
        docs.push(makeDoc(ctx, c, wordFor[i], text, ISSUER_PHRASE, issuerIndex, issuerBefore(i), lex.issuers));
      });
      // number-only references after a kind word
      const codesAt = overlapFinder(codes);
      /** True when `pos` falls inside a code. */
      const inCode = (pos: number): boolean => codesAt({ start: pos, end: pos + 1 }).length > 0;
      for (const k of kinds) {
        const after = text.slice(k.end, k.end + 24);
        const ny = NUM_YEAR.exec(after);
        if (ny) {
          const start = k.end + ny[0].length - ny[1]!.length - 1 - ny[2]!.length;
          if (!inCode(start)) {
            const end = k.end + ny[0].length;
            docs.push({ kind: k.kind, kindFrom: 'word', number: ny[1]!, year: Number(ny[2]), key: `${k.kind}:${ny[1]}`, span: { start: k.start, end } });
          }
          continue;
        }
        const m = BARE.exec(after);
        if (!m) continue;
        const num = m[1]!;
        const marked = NUMBER_MARK.test(after.slice(0, m.index + m[0].length - num.length));
        if (/^(?:19|20)\d{2}$/.test(num) && !marked) continue; // "Plan 2025": a year
        if (!marked && num.length < 2) continue; // "kế hoạch 5 năm": a count; "Project 06" has two digits
        // "plan for 10 years", "kế hoạch 10 năm": a duration
        if (DURATION_AFTER.test(text.slice(k.end + m[0].length, k.end + m[0].length + 12))) continue;
        const start = k.end + m[0].length - num.length;
        if (sharedStarts.has(start) || inCode(start)) continue;
        docs.push({ kind: k.kind, kindFrom: 'word', number: num, key: `${k.kind}:${num}`, span: { start: k.start, end: start + num.length } });
        // a list of numbers after one kind word: "Chỉ thị 10, 12, 15, 16 và ..."
        let at = start + num.length;
        for (let n = 0; n < 12; n++) {
          const next = LIST_NEXT.exec(text.slice(at, at + 24));
          if (!next) break;
          const ns = at + next[0].length - next[1]!.length;
          if (sharedStarts.has(ns) || inCode(ns)) break;
          docs.push({ kind: k.kind, kindFrom: 'word', number: next[1]!, key: `${k.kind}:${next[1]}`, span: { start: ns, end: ns + next[1]!.length } });
          at = ns + next[1]!.length;
        }
      }
      shortFormsTakeFullKeys(docs);
      return { documents: docs };
    },
  };
}

/**
 * "Resolution No. 60-NQ/TW ... Resolution 60" (either order): a reference by kind and number
 * alone is the coded document of the same kind and number cited in the same text, and takes its
 * key (GOLD.md). Left alone when two coded documents share the kind and number.
 */
function shortFormsTakeFullKeys(docs: DocumentDraft[]): void {
  const full = new Map<string, string | null>();
  for (const d of docs) {
    if (!d.code || !d.number || !d.kind) continue;
    const k = `${d.kind}:${Number(d.number)}`;
    const had = full.get(k);
    full.set(k, had === undefined || had === d.key ? d.key : null);
  }
  for (const d of docs) {
    if (d.code || !d.number) continue;
    const key = full.get(`${d.kind}:${Number(d.number)}`);
    if (key) d.key = key;
  }
}

/** How far before a code an issuer phrase after its kind word is looked for. */
const ISSUER_GAP = 200;

/** The last of `hits` (sorted by start and end) that ends at or before `pos`: a binary search. */
function lastEndingBy<T extends { end: number }>(hits: readonly T[], pos: number): T | undefined {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hits[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? hits[lo - 1] : undefined;
}

function makeDoc(
  ctx: Context,
  c: CodeHit,
  word: DocumentKind | undefined,
  text: string,
  issuerPhrase: RegExp | undefined,
  issuerIndex: (matched: string) => string | undefined,
  namedBefore?: string,
  added?: Readonly<Record<string, string>>,
): DocumentDraft {
  const entry = c.typeCode ? TYPE_CODES[c.typeCode] : undefined;
  let kind: DocumentKind;
  let kindFrom: 'word' | 'code' | 'default';
  if (entry) {
    if (word && (word === entry.kind || entry.alsoWords?.includes(word))) {
      kind = word;
      kindFrom = 'word';
    } else {
      kind = entry.kind;
      kindFrom = 'code';
      if (word) ctx.warn(`document ${c.code}: the text calls it a ${word} but its type code ${c.typeCode} means ${entry.kind}; kept ${entry.kind}`);
    }
  } else if (word) {
    kind = word;
    kindFrom = 'word';
  } else if (c.letter) {
    kind = 'official-letter';
    kindFrom = 'code';
  } else {
    kind = 'other';
    kindFrom = 'default';
  }
  const issuerCode = c.issuerCode;
  let issuer = (issuerCode !== undefined ? (added?.[issuerCode] ?? added?.[issuerCode.replace(/Đ/g, 'D')]) : undefined) ?? issuerName(issuerCode, c.state);
  let issuerFrom: 'text' | 'code' | undefined = issuer ? 'code' : undefined;
  // The sentence may name the issuer: TW alone cannot tell the Politburo from the Secretariat.
  if (namedBefore && (!issuer || issuerCode === 'TW')) {
    issuer = namedBefore;
    issuerFrom = 'text';
  } else if (issuerPhrase && (!issuer || issuerCode === 'TW')) {
    const tail = text.slice(c.end, c.end + 120);
    const stop = tail.search(TITLE_STOP);
    issuerPhrase.lastIndex = 0;
    const m = issuerPhrase.exec(stop >= 0 ? tail.slice(0, stop) : tail);
    const named = m ? issuerIndex(m[0]) : undefined;
    if (named) {
      issuer = named;
      issuerFrom = 'text';
    }
  }
  const code = c.code.toUpperCase();
  return {
    kind,
    kindFrom,
    number: c.number,
    code,
    key: codeKey(code),
    ...(c.typeCode ? { typeCode: c.typeCode } : {}),
    ...(issuerCode ? { issuerCode } : {}),
    ...(issuer ? { issuer, issuerFrom } : {}),
    ...(c.year ? { year: c.year } : {}),
    span: { start: c.start, end: c.end },
  };
}
