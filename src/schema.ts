/**
 * zod schemas for every record of the public contract (../shared/CONTRACT.md).
 * Types are derived with `z.infer`; the JSON Schema shipped as `newsreport/schema.json`
 * is generated from `ReportSchema` (scripts/gen-schema.ts).
 */
import { z } from 'zod';

/** Half-open span in UTF-16 code units of the caller's original string. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  })
  .refine((s) => s.end >= s.start, { message: 'span.end must be >= span.start' });
export type Span = z.infer<typeof SpanSchema>;

const mention = {
  /** Exact substring of the input: `input.slice(span.start, span.end) === text`. */
  text: z.string(),
  span: SpanSchema,
};

export const LANGUAGE_CODES = ['en', 'ru', 'vi'] as const;
export const LanguageCodeSchema = z.enum(LANGUAGE_CODES);
export type LanguageCode = z.infer<typeof LanguageCodeSchema>;

export const LanguageGuessSchema = z.object({
  code: z.enum(['en', 'ru', 'vi', 'und']),
  confidence: z.number().min(0).max(1),
});
export type LanguageGuess = z.infer<typeof LanguageGuessSchema>;

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
/** ISO 8601 of what is known: yyyy, yyyy-mm, yyyy-mm-dd, or --mm-dd when the year is unknown. */
const isoPartial = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2})$/;

export const DOCUMENT_KINDS = [
  'resolution',
  'conclusion',
  'directive',
  'decision',
  'regulation',
  'plan',
  'guidance',
  'notice',
  'report',
  'official-letter',
  'project',
  'program',
  'decree',
  'circular',
  'law',
  'submission',
  'other',
] as const;
export const DocumentKindSchema = z.enum(DOCUMENT_KINDS);
export type DocumentKind = z.infer<typeof DocumentKindSchema>;

export const DocumentReferenceSchema = z.object({
  ...mention,
  kind: DocumentKindSchema,
  /** Serial number as written: "60", "9068", "06". */
  number: z.string().min(1),
  /** Full code, NFC, look-alikes folded to Latin, uppercase: "60-NQ/TW", "120/2025/NĐ-CP". */
  code: z.string().min(1).optional(),
  /** Language-neutral key: code with Đ→D, no spaces, uppercase; or `kind:number`. */
  key: z.string().min(1),
  typeCode: z.string().min(1).optional(),
  issuerCode: z.string().min(1).optional(),
  issuer: z.string().min(1).optional(),
  year: z.number().int().min(1900).max(2200).optional(),
  /** ISO date of issue when the text states it. */
  date: z.string().regex(isoDay).optional(),
  /**
   * Added: ISO date the document takes effect, when the text states it ("có hiệu lực thi hành
   * kể từ ngày 01/01/2013", "takes effect from July 1, 2025", "вступает в силу с 1 июля 2025 г.").
   */
  effectiveDate: z.string().regex(isoDay).optional(),
  /**
   * Added: where `issuer` came from: the text names it ("of the Politburo", "Заключение
   * Политбюро"), or the code implies it (TW: the Party Central Committee). Alignment compares
   * only issuers the texts name: one code always implies the same issuer.
   */
  issuerFrom: z.enum(['text', 'code']).optional(),
  /** How `kind` was decided: from the kind word in the text, or from the type code. */
  kindFrom: z.enum(['word', 'code', 'default']).optional(),
  /** True when the reference was found only in the `Source:` URL slug, not in the text. */
  fromSourceUrl: z.boolean().optional(),
});
export type DocumentReference = z.infer<typeof DocumentReferenceSchema>;

export const DATE_KINDS = ['date', 'month', 'year', 'period', 'term'] as const;
export const DateMentionSchema = z.object({
  ...mention,
  kind: z.enum(DATE_KINDS),
  /** For date/month/year: `2025-04-14`, `2025-04`, `2025`, or `--06-24`. */
  value: z.string().regex(isoPartial).optional(),
  /** For period/term: ISO bounds of the same precision. */
  start: z.string().regex(isoPartial).optional(),
  end: z.string().regex(isoPartial).optional(),
  /** True when the year came from `referenceDate` or the surrounding text. */
  yearInferred: z.boolean().optional(),
});
export type DateMention = z.infer<typeof DateMentionSchema>;

/** A language-neutral id: lowercase words joined by hyphens. */
const neutralId = /^[a-z]+(?:-[a-z]+)*$/;

export const RoleSchema = z.object({
  ...mention,
  title: z.string().min(1),
  organization: z.string().min(1).optional(),
  /**
   * Added: the post as a language-neutral id, the same in every language: "Phó Bí thư Thường
   * trực", "Standing Deputy Secretary", "постоянный заместитель секретаря" →
   * `standing-deputy-secretary`; also `vice-chairman`, `member`, `minister`, `general-secretary`...
   * Absent when the title is not in the vocabulary (src/common/positions.ts).
   */
  position: z.string().regex(neutralId).optional(),
  /**
   * Added: the body the post is held in, as a language-neutral id: `provincial-party-committee`,
   * `provincial-peoples-committee`, `politburo`, `national-assembly`, `government`, `state`,
   * `ministry-of-home-affairs`, `provincial-department-of-finance`... Absent when the organisation
   * is not written (and the title implies none), is another country's, or is not in the vocabulary.
   */
  body: z.string().regex(neutralId).optional(),
});
export type Role = z.infer<typeof RoleSchema>;

export const PersonMentionSchema = z.object({
  ...mention,
  /** The name as written. */
  name: z.string().min(1),
  /**
   * Lowercase ASCII Vietnamese romanisation, equal across languages: "vu manh ha". The i/y
   * spellings of one syllable fold to y (Sĩ/Sỹ/Си → "sy", Kì/Kỳ → "ky").
   */
  nameKey: z.string().regex(/^[a-z]+(?: [a-z]+)*$/),
  honorific: z.string().min(1).optional(),
  roles: z.array(RoleSchema),
  /**
   * Added: every post the report gives this person (all mentions with the same nameKey),
   * each role once, in text order; present when the person is mentioned more than once.
   */
  /**
   * Other keys a Russian transcription of the name can stand for ("Ле Чунг Чинь": le trung
   * trinh, le chung chinh, ...), when `nameKey` was chosen among several; for alignment.
   */
  nameKeyAlternatives: z.array(z.string()).optional(),
  allRoles: z.array(RoleSchema).optional(),
});
export type PersonMention = z.infer<typeof PersonMentionSchema>;

export const UNIT_KEYS = [
  'commune',
  'ward',
  'township',
  'town',
  'city',
  'district',
  'province',
  'village',
  'administrative-unit',
  'party-committee',
  'party-cell',
  'agency',
  'other',
] as const;
export const UnitKeySchema = z.enum(UNIT_KEYS);
export type UnitKey = z.infer<typeof UnitKeySchema>;
export const UNIT_LEVELS = ['commune', 'district', 'province'] as const;
export const UnitLevelSchema = z.enum(UNIT_LEVELS);
export type UnitLevel = z.infer<typeof UnitLevelSchema>;

export const UnitCountSchema = z.object({
  ...mention,
  count: z.number().int().nonnegative(),
  units: z.array(UnitKeySchema).min(1),
  level: UnitLevelSchema.optional(),
  /** The counted noun phrase as written. */
  noun: z.string(),
});
export type UnitCount = z.infer<typeof UnitCountSchema>;

export const UnitChangeSchema = z.object({
  ...mention,
  from: UnitCountSchema,
  to: UnitCountSchema,
  /** Parts of `to`, e.g. "(including 8 wards and 67 communes)". */
  breakdown: z.array(UnitCountSchema).optional(),
  statedReductionPercent: z.number().optional(),
  computedReductionPercent: z.number(),
  /** Parts add up and stated and computed percentages agree within 0.1. */
  consistent: z.boolean(),
});
export type UnitChange = z.infer<typeof UnitChangeSchema>;

export const SourceSchema = z.object({
  url: z.string().min(1),
  host: z.string(),
  span: SpanSchema,
});
export type Source = z.infer<typeof SourceSchema>;

/** A paragraph (or run of paragraphs) read in another language than the report's. */
export const LanguageBlockSchema = z.object({
  code: z.enum(['en', 'ru', 'vi']),
  span: SpanSchema,
});
export type LanguageBlock = z.infer<typeof LanguageBlockSchema>;

export const ReportSchema = z.object({
  language: LanguageGuessSchema,
  /**
   * Paragraphs detected in another of en / ru / vi than `language`, read by that language's
   * extractors; absent when there are none or `options.language` was given.
   */
  otherLanguages: z.array(LanguageBlockSchema).optional(),
  source: SourceSchema.optional(),
  documents: z.array(DocumentReferenceSchema),
  dates: z.array(DateMentionSchema),
  people: z.array(PersonMentionSchema),
  units: z.array(UnitCountSchema),
  unitChanges: z.array(UnitChangeSchema),
  warnings: z.array(z.string()),
});
export type Report = z.infer<typeof ReportSchema>;

export const RECORD_TYPES = ['documents', 'dates', 'people', 'units'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const ParseOptionsSchema = z
  .object({
    language: LanguageCodeSchema.optional(),
    referenceDate: z
      .string()
      .regex(isoDay, 'referenceDate must be an ISO date yyyy-mm-dd')
      .refine((s) => isRealDay(s), 'referenceDate must be a real calendar date')
      // the years a date mention may carry (MIN_YEAR..MAX_YEAR): outside them it could infer nothing
      .refine((s) => s >= '1900-01-01' && s <= '2100-12-31', 'referenceDate must lie between 1900-01-01 and 2100-12-31')
      .optional(),
    /** Record families to extract; all when absent. `units` includes `unitChanges`. */
    only: z.array(z.enum(RECORD_TYPES)).min(1, 'only must name at least one record family (omit it for all)').optional(),
    /**
     * What the input is: `text` (the default) or `html`, read as the page shows it (tags dropped
     * with the content of script, style and the like, entities decoded, white space collapsed,
     * block boundaries as line breaks). Spans stay offsets into the string given, the HTML, so a
     * record's `text` is the HTML that covers it, markup and entities included (`<b>60</b>-NQ/TW`
     * gives a document whose text is `60</b>-NQ/TW`); `source.url` is the URL as the page shows it.
     */
    input: z.enum(['text', 'html']).optional(),
  })
  .strict();
export type ParseOptions = z.input<typeof ParseOptionsSchema>;

function isRealDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d); // Date.UTC maps years 0..99 to 1900..1999

  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

