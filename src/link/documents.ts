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
  vi: ['ngày', 'ban hành ngày', 'ký ngày', 'thông qua ngày'],
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
const TITLED_TAIL: Record<string, RegExp | undefined> = {
  vi: /^[ \u00A0]{0,3}(?:,[ \u00A0]{0,3})?(?:của|do)[ \u00A0]|^[ \u00A0]{0,3}(?:[);]|$)/u,
};

const BEFORE = re(`^[ \\u00A0]{0,3}(?:г\\.|года)?[ \\u00A0]{0,3}(?:№|No\\.|số)[ \\u00A0]{0,3}$`, 'iu');
const COORD = Object.fromEntries(Object.entries(LEX).map(([l, x]) => [l, coordinationGap(x)])) as Record<string, RegExp>;

export function linkDocumentDates(ctx: Context, d: Drafts): void {
  const text = ctx.text;
  const dates = d.dates.filter((x) => x.kind === 'date' && x.value && !x.value.startsWith('--')).sort((a, b) => a.span.start - b.span.start);
  const docs = [...d.documents].sort((a, b) => a.span.start - b.span.start);
  const after = AFTER[ctx.language]!;
  const coord = COORD[ctx.language]!;
  const titled = TITLED[ctx.language]!;
  let di = 0;
  for (const doc of docs) {
    if (doc.date) continue;
    while (di < dates.length && dates[di]!.span.start < doc.span.end) di++;
    const next = dates[di];
    if (next && next.span.start - doc.span.end <= 80 && after.test(text.slice(doc.span.end, next.span.start))) {
      setDate(doc, next.value!);
      continue;
    }
    const tail = TITLED_TAIL[ctx.language];
    if (
      next &&
      next.span.start - doc.span.end <= 220 &&
      titled.test(text.slice(doc.span.end, next.span.start).replace(ORDINALS[ctx.language]!, (o) => 'x'.repeat(o.length))) &&
      (!tail || tail.test(text.slice(next.span.end, next.span.end + 40)))
    ) {
      setDate(doc, next.value!);
      continue;
    }
    const prev = di > 0 ? dates[di - 1] : undefined;
    if (prev && prev.span.end <= doc.span.start && doc.span.start - prev.span.end <= 12 && BEFORE.test(text.slice(prev.span.end, doc.span.start))) {
      setDate(doc, prev.value!);
    }
  }
  // Coordinated references take the date of the reference they are coordinated with.
  for (let i = docs.length - 2; i >= 0; i--) {
    const a = docs[i]!;
    const b = docs[i + 1]!;
    if (!a.date && b.date && coord.test(text.slice(a.span.end, b.span.start))) setDate(a, b.date);
  }
}

function setDate(doc: DocumentDraft, value: string): void {
  doc.date = value;
  if (doc.year === undefined) doc.year = Number(value.slice(0, 4));
}

const SLUG = re(
  `(?<![a-z])(?<kind>${alternation(Object.keys(SLUG_KINDS))})-so-(?<num>\\d{1,5})(?:-(?<year>(?:19|20)\\d{2}))?-(?<type>[a-z]{2,4})-(?<iss>[a-z]{2,8}\\d{0,2})(?![a-z])`,
  'gd',
);

export function linkSourceUrlDocuments(ctx: Context, d: Drafts, source?: SourceRef): void {
  if (!source) return;
  // The source span is in the caller's coordinates; find the URL again in the normalised text.
  const at = ctx.text.lastIndexOf(source.url);
  if (at < 0) return;
  SLUG.lastIndex = 0;
  for (let m = SLUG.exec(source.url); m; m = SLUG.exec(source.url)) {
    const g = m.groups!;
    const type = g.type!.toUpperCase();
    const iss = g.iss!.toUpperCase();
    const code = g.year ? `${g.num}/${g.year}/${type}-${iss}` : `${g.num}-${type}/${iss}`;
    const key = codeKey(code);
    const kind: DocumentKind = SLUG_KINDS[g.kind!] ?? 'other';
    const mentioned = d.documents.some((x) => x.key === key);
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
