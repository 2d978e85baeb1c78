/**
 * Linkers for documents:
 * - dateOfIssue: a date right after a code ("60-NQ/TW, dated April 14, 2025", "ngày 14/4/2025",
 *   "от 14 апреля 2025 г.") or right before its number ("от 8 апреля 2025 г. № 148-КЛ/TW") is its
 *   date of issue; coordinated references share the date of the last one ("Nos. 253 and 255-...,
 *   dated ...") unless one has its own.
 * - sourceUrl: a document named in the Source URL slug ("ket-luan-so-178-kl-tw") is reported,
 *   flagged `fromSourceUrl`, with a warning when the text never mentions it.
 */
import { codeKey, coordinationGap } from '../common/documents.js';
import { SLUG_KINDS } from '../common/documents.data.js';
import { documentsLexicon as en } from '../locales/en/documents.lexicon.js';
import { documentsLexicon as ru } from '../locales/ru/documents.lexicon.js';
import { documentsLexicon as vi } from '../locales/vi/documents.lexicon.js';
import { alternation, re } from '../patterns.js';
import type { DocumentKind } from '../schema.js';
import type { Context, DocumentDraft, Drafts } from '../types.js';
import type { SourceRef } from './index.js';
import { firstFrom } from '../span.js';

const LEX = { en, ru, vi };

const AFTER = Object.fromEntries(
  Object.entries(LEX).map(([l, x]) => [
    l,
    re(
      `^[ \\u00A0]{0,3},?[ \\u00A0]{0,3}` +
        // "of the Politburo dated ...", "của Bộ Chính trị ngày ...", "Политбюро от ..."
        `(?:(?:${alternation(Object.keys(x.issuerPhrases))})[ \\u00A0]{0,3},?[ \\u00A0]{0,3})?` +
        `(?:\\(?(?:${alternation(x.dateLinkers)})[ \\u00A0]{0,3})?$`,
      'iu',
    ),
  ]),
) as Record<string, RegExp>;
/**
 * A title between the code and its date: "Law No. 63/2025/QH15 on Organization of the Government,
 * issued on February 18, 2025", "Nghị định số 30/2022/NĐ-CP quy định mô hình ... ngày 19/05/2022
 * của Bộ ...". Only strong linkers count ("dated", "issued on", "ngày", "от"), the title has no
 * digits (so it cites no other document or date) and no sentence break; in Vietnamese the date
 * must be followed by its issuer ("của ...", "do ...") or close the reference.
 */
const STRONG: Record<string, readonly string[]> = {
  en: ['dated', 'issued on', 'signed on', 'passed on', 'adopted on', 'approved on', 'promulgated on'],
  ru: ['от', 'принятого', 'принятый', 'принятое', 'подписанного'],
  vi: ['ngày', 'ban hành ngày', 'ký ngày', 'thông qua ngày', 'thông qua vào ngày', 'ban hành vào ngày'],
};
const TITLED = Object.fromEntries(
  Object.entries(STRONG).map(([l, words]) => [
    l,
    re(`^[ \\u00A0,]{0,3}[^.;:!?\\n\\d()\\[\\]]{1,200}[ \\u00A0,(](?:${alternation(words)})[ \\u00A0]{0,3}$`, 'iu'),
  ]),
) as Record<string, RegExp>;
/** Ordinals inside a title are not dates or numbers of other documents: "11-го пленума", "13th". */
const ORDINALS: Record<string, RegExp> = {
  en: /(?<![\p{N}])\d{1,2}(?:st|nd|rd|th)(?![\p{L}])/gu,
  ru: /(?<![\p{N}])\d{1,2}-(?:го|й|м|ом)(?![\p{L}])/gu,
  vi: /(?<=(?:Trung ương|lần thứ|khóa|khoá|Hội nghị) )\d{1,2}(?![\p{N}])/giu,
};
const ISSUE_VERB = /(?:ban[ \u00A0]+hành|ký|thông[ \u00A0]+qua)[ \u00A0]+(?:vào[ \u00A0]+)?ngày[ \u00A0]*$/iu;
const TITLED_TAIL: Record<string, RegExp | undefined> = {
  vi: /^[ \u00A0]{0,3}(?:,[ \u00A0]{0,3})?(?:của|do)[ \u00A0]|^[ \u00A0]{0,3}(?:[);]|$)/u,
};

const BEFORE = re(`^[ \\u00A0]{0,3}(?:г\\.|года)?[ \\u00A0]{0,3}(?:№|No\\.|số)[ \\u00A0]{0,3}$`, 'iu');
const COORD = Object.fromEntries(Object.entries(LEX).map(([l, x]) => [l, coordinationGap(x)])) as Record<string, RegExp>;

export function linkDocumentDates(ctx: Context, d: Drafts): void {
  const text = ctx.text;
  const dates = datedDays(d);
  const docs = [...d.documents].sort((a, b) => a.span.start - b.span.start);
  const after = AFTER[ctx.language]!;
  const coord = COORD[ctx.language]!;
  const titled = TITLED[ctx.language]!;
  let di = 0;
  for (const [i, doc] of docs.entries()) {
    if (doc.date) continue;
    while (di < dates.length && dates[di]!.span.start < doc.span.end) di++;
    let next = dates[di];
    // "có hiệu lực từ ngày ...", "takes effect from ...": a date of effect, not of issue
    if (next && EFFECT[ctx.language]?.test(text.slice(Math.max(doc.span.end, next.span.start - 60), next.span.start))) next = undefined;
    if (next && next.span.start - doc.span.end <= 80 && after.test(text.slice(doc.span.end, next.span.start))) {
      setDate(doc, next.value!);
      continue;
    }
    const tail = TITLED_TAIL[ctx.language];
    // sliced only when near: a far date would make every document read the rest of the text
    const near = next && next.span.start - doc.span.end <= 220 ? next : undefined;
    const gap = near ? text.slice(doc.span.end, near.span.start).replace(ORDINALS[ctx.language]!, (o) => 'x'.repeat(o.length)) : '';
    if (
      near &&
      titled.test(gap) &&
      // an explicit verb of issue ("được Quốc hội thông qua ngày") needs no issuer after the date
      (!tail || ISSUE_VERB.test(gap) || tail.test(text.slice(near.span.end, near.span.end + 40)))
    ) {
      setDate(doc, near.value!);
      continue;
    }
    const prev = di > 0 ? dates[di - 1] : undefined;
    if (prev && prev.span.end <= doc.span.start && doc.span.start - prev.span.end <= 12 && BEFORE.test(text.slice(prev.span.end, doc.span.start))) {
      setDate(doc, prev.value!);
      continue;
    }
    const earlier = docs[i - 1];
    if (prev && (!earlier || earlier.span.end <= prev.span.start) && issuedOn(ctx.language, text, prev, doc)) setDate(doc, prev.value!);
  }
  // Coordinated references take the date of the reference they are coordinated with.
  for (let i = docs.length - 2; i >= 0; i--) {
    const a = docs[i]!;
    const b = docs[i + 1]!;
    if (!a.date && b.date && coord.test(text.slice(a.span.end, b.span.start))) setDate(a, b.date);
  }
}

/** A verb of issuing: "issued", "ký ban hành", "подписал и издал". */
const ISSUED: Record<string, RegExp> = {
  en: /(?<![\p{L}])(?:issued|signed|promulgated|adopted|approved|passed)(?![\p{L}])/iu,
  vi: /(?<![\p{L}])(?:ban[ \u00A0]+hành|ký|thông[ \u00A0]+qua)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:подписал|издал|принял|утвердил|выдал)\p{L}{0,2}(?![\p{L}])/iu,
};

/**
 * "Earlier, on March 3, 2024, the Standing Board issued Decision No. 88-QD/TU",
 * "Ngày 3/3/2024, Ban Thường vụ Tỉnh ủy đã ký ban hành Quyết định số 88-QĐ/TU", "3 марта 2024 года
 * Постоянный комитет подписал и издал Решение № 88-QD/TU", "ngày 3/3/2024 vừa ký ban hành
 * quyết định số ...": a date that opens the sentence (a short lead without digits before it) or
 * is followed at once by the verb, then a verb of issuing, then the document, in one sentence
 * (at most 160 characters, no other date or document between), is the document's date of issue.
 */
function issuedOn(language: string, text: string, date: { span: { start: number; end: number } }, doc: DocumentDraft): boolean {
  const verb = ISSUED[language];
  if (!verb || doc.span.start - date.span.end > 160) return false;
  const gap = text.slice(date.span.end, doc.span.start);
  if (/[;!?\n]|\.[ \u00A0]+\p{Lu}/u.test(gap) || !verb.test(gap)) return false;
  // the sentence's start, at most 48 characters back; a lead of at most three words ("Previously,
  // on", "Cụ thể, ngày", "(TUAG)- Ngày") and no digits before the date
  // (searched in the 49 characters before the date only: a whole-text search per document is quadratic)
  const win = Math.max(0, date.span.start - 49);
  const before = text.slice(win, date.span.start);
  const nl = before.lastIndexOf('\n');
  const stop = before.lastIndexOf('. ');
  const cut = Math.max(nl >= 0 ? nl + 1 : 0, stop >= 0 ? stop + 2 : 0);
  const lead = before.slice(cut);
  const opens = (cut > 0 || win === 0) && !/[\p{N}]/u.test(lead) && (lead.match(/\p{L}+/gu) ?? []).length <= 3;
  const verbAtOnce = verb.exec(gap.slice(0, 24)) !== null && /^[ \u00A0,]*(?:(?:vừa|đã|đã được|vừa được)[ \u00A0]+)?(?:ký|ban)/iu.test(gap);
  return opens || verbAtOnce;
}

/**
 * The date of issue stated on one mention of a document is every mention's ("Resolution No.
 * 60-NQ/TW dated April 12, 2025 ... Resolution 60"): one pass over the report, keyed by `key`.
 * A key whose mentions state two different dates is left as written.
 */
export function linkSameKeyDates(_ctx: Context, d: Drafts): void {
  const byKey = new Map<string, string | null>();
  for (const doc of d.documents) {
    if (!doc.date) continue;
    const had = byKey.get(doc.key);
    byKey.set(doc.key, had === undefined || had === doc.date ? doc.date : null);
  }
  for (const doc of d.documents) {
    const date = byKey.get(doc.key);
    if (!doc.date && date) setDate(doc, date);
  }
}

/** Day mentions with a known year, sorted by start: the dates the linkers attach to documents. */
function datedDays(d: Drafts): Drafts['dates'] {
  return d.dates.filter((x) => x.kind === 'date' && x.value && !x.value.startsWith('--')).sort((a, b) => a.span.start - b.span.start);
}

function setDate(doc: DocumentDraft, value: string): void {
  doc.date = value;
  if (doc.year === undefined) doc.year = Number(value.slice(0, 4));
}

/**
 * "có hiệu lực (thi hành) (kể) từ ngày", "takes effect from", "вступает в силу с": the date after
 * it is when the first document of its sentence (or parenthesis) takes effect. In a codification
 * note "(Điều 1 Nghị định số 30/2022/NĐ-CP ... ngày 19/05/2022 của Bộ ..., có hiệu lực thi hành kể
 * từ ngày 01/08/2022)" the date right before "của <issuer>, có hiệu lực" is also its date of issue,
 * however long the title between (titles there may cite other documents with their own dates).
 */
const EFFECT: Record<string, RegExp> = {
  vi: /(?<![\p{L}])có[ \u00A0]+hiệu[ \u00A0]+lực(?:[ \u00A0]+thi[ \u00A0]+hành)?(?:[ \u00A0]+(?:kể[ \u00A0]+)?từ)?(?:[ \u00A0]+ngày)?[ \u00A0]*$/iu,
  en: /(?<![\p{L}])(?:takes?|took|taking|will[ \u00A0]+take)[ \u00A0]+effect(?:[ \u00A0]+(?:from|on|as[ \u00A0]+of))?[ \u00A0]*$|(?<![\p{L}])(?:effective|in[ \u00A0]+force)[ \u00A0]+(?:from|on|as[ \u00A0]+of)[ \u00A0]*$|(?<![\p{L}])(?:comes?|came|will[ \u00A0]+come)[ \u00A0]+into[ \u00A0]+(?:force|effect)(?:[ \u00A0]+(?:from|on|as[ \u00A0]+of))?[ \u00A0]*$/iu,
  ru: /(?<![\p{L}])(?:вступа\p{L}*|вступил\p{L}*|вступит)[ \u00A0]+в[ \u00A0]+силу(?:[ \u00A0]+(?:с|со))?[ \u00A0]*$|(?<![\p{L}])действ\p{L}*[ \u00A0]+с[ \u00A0]*$/iu,
};
const ISSUED_BEFORE_EFFECT = /^[ \u00A0]*(?:của|do)[ \u00A0][^()\n;]{1,120}?,[ \u00A0]*có[ \u00A0]+hiệu[ \u00A0]+lực/iu;
const CLAUSE_START = /[.!?;(\n](?![\p{L}\p{N}])|[(\n]/gu;

export function linkEffectiveDates(ctx: Context, d: Drafts): void {
  const effect = EFFECT[ctx.language];
  if (!effect) return;
  const text = ctx.text;
  const docs = [...d.documents].filter((x) => !x.fromSourceUrl).sort((a, b) => a.span.start - b.span.start);
  if (!docs.length) return;
  const dates = datedDays(d);
  for (const date of dates) {
    const lead = text.slice(Math.max(0, date.span.start - 60), date.span.start);
    if (!effect.test(lead)) continue;
    // the first document of the clause the phrase stands in
    const from = clauseStart(text, date.span.start, 600);
    let doc: DocumentDraft | undefined;
    for (let i = firstFrom(docs, from); i < docs.length && docs[i]!.span.start < date.span.start; i++) {
      if (docs[i]!.span.end <= date.span.start) {
        doc = docs[i];
        break;
      }
    }
    if (!doc || doc.effectiveDate) continue;
    doc.effectiveDate = date.value!;
    // codification note: the issue date is the date right before "của <issuer>, có hiệu lực"
    if (ctx.language === 'vi' && !doc.date) {
      // the last date between the document and this one (at most 600 characters) that qualifies
      for (let i = firstFrom(dates, date.span.start) - 1; i >= 0 && dates[i]!.span.start > doc.span.end; i--) {
        const x = dates[i]!;
        if (x.span.end < date.span.start && ISSUED_BEFORE_EFFECT.test(text.slice(x.span.end, date.span.start))) {
          setDate(doc, x.value!);
          break;
        }
      }
    }
  }
}

/**
 * Start of the clause containing `pos`: an open parenthesis it stands in (a codification note,
 * whose title may hold full stops), else after the last sentence end, bracket or line break.
 */
function clauseStart(text: string, pos: number, max: number): number {
  const from = Math.max(0, pos - max);
  const w = text.slice(from, pos);
  // the innermost parenthesis still open at `pos` (nested pairs such as "(GMP)" skipped)
  let depth = 0;
  for (let i = w.length - 1; i >= 0; i--) {
    const ch = w[i];
    if (ch === '\n') break;
    if (ch === ')') depth++;
    else if (ch === '(') {
      if (depth === 0) return from + i + 1;
      depth--;
    }
  }
  let start = from;
  CLAUSE_START.lastIndex = 0;
  for (let m = CLAUSE_START.exec(w); m; m = CLAUSE_START.exec(w)) start = from + m.index + m[0].length;
  return start;
}

/**
 * The header of an official document: "Số: 234/2026/NĐ-CP" then, within a few lines, "Hà Nội,
 * ngày 26 tháng 6 năm 2026": the place-and-date line dates the document the header numbers.
 */
const HEADER_NUMBER =
  /(?:^|\n|<br>|\|)[ \t#*_>]*(?:\p{Lu}\p{Ll}+(?:[ \u00A0]\p{Ll}+)?[ \u00A0]+số|Số)(?:[ \u00A0]+(?:ký[ \u00A0]+)?hiệu)?[ \u00A0*_]*(?:[:|][ \u00A0*_]*)?$/u;
/** A metadata table or block: "| Ngày ban hành | 28/03/2026 |", "Ngày có hiệu lực: 15/05/2026". */
const LABEL_ISSUED = /Ngày[ \u00A0]+ban[ \u00A0]+hành[ \u00A0*_]*[:|][ \u00A0*_]*$/iu;
const LABEL_EFFECT = /Ngày[ \u00A0]+(?:có[ \u00A0]+)?hiệu[ \u00A0]+lực(?:[ \u00A0]+thi[ \u00A0]+hành)?[ \u00A0*_]*[:|][ \u00A0*_]*$/iu;
const HEADER_DATE = /(?:^|[\n*_ ])\p{Lu}[\p{L}.]*(?:[ \u00A0]\p{Lu}[\p{L}.]*){0,4},[ \u00A0]*(?:ngày[ \u00A0]*)?$/u;

export function linkHeaderDates(ctx: Context, d: Drafts): void {
  if (ctx.language !== 'vi') return;
  const text = ctx.text;
  const dates = datedDays(d);
  for (const doc of d.documents) {
    if (doc.date || doc.fromSourceUrl) continue;
    if (!HEADER_NUMBER.test(text.slice(Math.max(0, doc.span.start - 24), doc.span.start))) continue;
    // the place-and-date line after the number, or just before it ("Hà Nội, ngày ...\n\nSố: ...")
    const ai = firstFrom(dates, doc.span.end + 1);
    const after = ai < dates.length && dates[ai]!.span.start - doc.span.end <= 300 ? dates[ai] : undefined;
    if (after && HEADER_DATE.test(text.slice(Math.max(doc.span.end, after.span.start - 48), after.span.start))) {
      setDate(doc, after.value!);
      continue;
    }
    // dates are disjoint after refine, so ends are sorted as starts are
    let bi = firstFrom(dates, doc.span.start) - 1;
    while (bi >= 0 && dates[bi]!.span.end > doc.span.start) bi--;
    const before = bi >= 0 && doc.span.start - dates[bi]!.span.end <= 200 ? dates[bi] : undefined;
    if (before && HEADER_DATE.test(text.slice(Math.max(0, before.span.start - 48), before.span.start))) setDate(doc, before.value!);
  }
  // labelled dates after a numbered header or table row
  for (const doc of d.documents) {
    if (doc.fromSourceUrl || !HEADER_NUMBER.test(text.slice(Math.max(0, doc.span.start - 24), doc.span.start))) continue;
    for (let i = firstFrom(dates, doc.span.end + 1); i < dates.length; i++) {
      const date = dates[i]!;
      if (date.span.start - doc.span.end > 400) break;
      const lead = text.slice(Math.max(doc.span.end, date.span.start - 40), date.span.start);
      if (!doc.date && LABEL_ISSUED.test(lead)) setDate(doc, date.value!);
      else if (!doc.effectiveDate && LABEL_EFFECT.test(lead)) doc.effectiveDate = date.value!;
    }
  }
}

const SLUG = re(
  `(?<![a-z])(?<kind>${alternation(Object.keys(SLUG_KINDS))})-so-(?<num>\\d{1,5})(?:-(?<year>(?:19|20)\\d{2}))?-(?<type>[a-z]{2,4})-(?<iss>[a-z]{2,8}\\d{0,2})(?![a-z])`,
  'gd',
);

export function linkSourceUrlDocuments(ctx: Context, d: Drafts, source?: SourceRef): void {
  if (!source) return;
  // the source span is in the normalised text, as every draft's
  const at = source.span.start;
  const keys = new Set(d.documents.map((x) => x.key));
  SLUG.lastIndex = 0;
  for (let m = SLUG.exec(source.url); m; m = SLUG.exec(source.url)) {
    const g = m.groups!;
    const type = g.type!.toUpperCase();
    const iss = g.iss!.toUpperCase();
    const code = g.year ? `${g.num}/${g.year}/${type}-${iss}` : `${g.num}-${type}/${iss}`;
    const key = codeKey(code);
    const kind: DocumentKind = SLUG_KINDS[g.kind!] ?? 'other';
    const mentioned = keys.has(key);
    keys.add(key);
    d.documents.push({
      kind,
      kindFrom: 'word',
      number: g.num!,
      code,
      key,
      typeCode: type,
      issuerCode: iss,
      fromSourceUrl: true,
      span: { start: at + m.index, end: at + m.index + m[0].length },
    });
    if (!mentioned) {
      ctx.warn(`source URL names ${kind} ${key}, which the text never mentions (the text may cite a different number)`);
    }
  }
}
