/**
 * zod schemas for every record of the public contract (README, "Records"): the runtime source of
 * truth. Every field carries a `.describe()` text, so the JSON Schema shipped as
 * `newsreport/schema.json` (scripts/gen-schema.ts) documents it. The named TypeScript types
 * (`Report`, `DocumentReference`, ...) are declared with JSDoc in ./types-public.ts, checked there
 * to be equal to what these schemas infer, and re-exported from here; tests/types.test.ts checks
 * that each field's JSDoc says what its `.describe()` says.
 */
import { z } from 'zod';
import { DATE_KINDS, DOCUMENT_KINDS, ISO_DAY as isoDay, LANGUAGE_CODES, UNIT_KEYS, UNIT_LEVELS } from './constants.js';

export { DATE_KINDS, DOCUMENT_KINDS, LANGUAGE_CODES, RECORD_TYPES, UNIT_KEYS, UNIT_LEVELS } from './constants.js';
export { ParseOptionsSchema } from './options.js';

/** Half-open span in UTF-16 code units of the caller's original string. */
export const SpanSchema = z
  .object({
    start: z.number().int().nonnegative().describe('Offset of the first UTF-16 code unit.'),
    end: z.number().int().nonnegative().describe('Offset just past the last UTF-16 code unit; never less than `start`.'),
  })
  .refine((s) => s.end >= s.start, { message: 'span.end must be >= span.start' })
  .describe(
    "A half-open range `[start, end)` of UTF-16 code units in the caller's original string (not a normalised copy), so `input.slice(start, end)` is the text it covers.",
  );

const mention = {
  text: z.string().describe('The mention exactly as written: `input.slice(span.start, span.end) === text`.'),
  span: SpanSchema.describe("Where the mention is in the caller's string."),
};

export const LanguageCodeSchema = z.enum(LANGUAGE_CODES).describe('A language the library reads: English, Russian or Vietnamese.');
/** What detection may answer: a language the library reads, or `und`. */
export const LANGUAGE_GUESS_CODES = [...LANGUAGE_CODES, 'und'] as const;

export const LanguageGuessSchema = z
  .object({
    code: z
      .enum(LANGUAGE_GUESS_CODES)
      .describe('`en`, `ru` or `vi`; `und` when the text is empty or too short, in another language or script, or none of the three fits.'),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .describe(
        'How strongly the evidence points to `code`, from 0 to 1: a heuristic score, not a calibrated probability. Word and letter evidence (Vietnamese diacritics and words, English words, Russian word shapes) gives 0.9-1 on news articles; a guess that needed trigram statistics stays at or below 0.73; the score is scaled down by the share of letters in other scripts. For `und` it says how sure the text is none of the three. 1 when `options.language` was given.',
      ),
  })
  .describe('The language a text is read as, and how sure detection is.');

/** ISO 8601 of what is known: yyyy, yyyy-mm, yyyy-mm-dd, or --mm-dd when the year is unknown. */
const isoPartial = /^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2})$/;

export const DocumentKindSchema = z
  .enum(DOCUMENT_KINDS)
  .describe('The kind of document, the same in every language (Nghị quyết, Resolution, Постановление/Резолюция → `resolution`).');

export const DocumentReferenceSchema = z
  .object({
    ...mention,
    kind: DocumentKindSchema.describe('The kind of document, from its kind word or its type code (see `kindFrom`).'),
    number: z.string().min(1).describe('The serial number as written.'),
    code: z
      .string()
      .min(1)
      .optional()
      .describe('The full code: NFC, Cyrillic look-alike letters folded to Latin, uppercase. Absent when the text gives only a number.'),
    key: z
      .string()
      .min(1)
      .describe('Language-neutral matching key: `code` with Đ → D, spaces removed, uppercase; or `kind:number` when there is no code.'),
    typeCode: z.string().min(1).optional().describe('The document-type abbreviation inside the code.'),
    issuerCode: z.string().min(1).optional().describe('The issuing-body abbreviation(s) inside the code.'),
    issuer: z.string().min(1).optional().describe('English name of the issuing body, when the code or the sentence tells it (see `issuerFrom`).'),
    year: z.number().int().min(1900).max(2200).optional().describe('The year, from the code or from the date of issue.'),
    date: z.string().regex(isoDay).optional().describe('ISO date of issue (`yyyy-mm-dd`), when the text states it.'),
    effectiveDate: z
      .string()
      .regex(isoDay)
      .optional()
      .describe('ISO date the document takes effect (`yyyy-mm-dd`), when the text states it.'),
    issuerFrom: z
      .enum(['text', 'code'])
      .optional()
      .describe(
        'Where `issuer` came from: `text` when the text names the body, `code` when the code implies it (TW: the Party Central Committee). Alignment compares only issuers the texts name.',
      ),
    kindFrom: z
      .enum(['word', 'code', 'default'])
      .optional()
      .describe(
        'How `kind` was decided: `word` from the kind word in the text, `code` from the type code (it wins, with a warning, when the two disagree), `default` when neither tells.',
      ),
    fromSourceUrl: z
      .boolean()
      .optional()
      .describe('True when the reference was found only in the `Source:` URL slug, not in the text.'),
  })
  .describe('A reference to a legal or party document, one record per mention.');

export const DateKindSchema = z
  .enum(DATE_KINDS)
  .describe('`date` (a day), `month`, `year`, `period` (a span of time) or `term` (an office term).');

export const DateMentionSchema = z
  .object({
    ...mention,
    kind: DateKindSchema.describe('What the mention names: a day, a month, a year, a period or an office term.'),
    value: z
      .string()
      .regex(isoPartial)
      .optional()
      .describe(
        'For `date`, `month` and `year`: ISO 8601 of what is known (`yyyy-mm-dd`, `yyyy-mm`, `yyyy`), or `--mm-dd` for a day whose year is unknown.',
      ),
    start: z.string().regex(isoPartial).optional().describe('For `period` and `term`: the ISO start, of the precision the text gives.'),
    end: z.string().regex(isoPartial).optional().describe('For `period` and `term`: the ISO end, of the precision the text gives.'),
    yearInferred: z
      .boolean()
      .optional()
      .describe('True when the year came from `options.referenceDate` or from a date stated in the same sentence, not from the mention.'),
  })
  .describe('A date, month, year, period or office term. Ordinals, document numbers and counts are not dates.');

/** A language-neutral id: lowercase words joined by hyphens. */
const neutralId = /^[a-z]+(?:-[a-z]+)*$/;

export const RoleSchema = z
  .object({
    ...mention,
    title: z
      .string()
      .min(1)
      .describe(
        "The post's title; in Russian its dictionary form (nominative), while `text` stays as written. Former and acting posts keep their word.",
      ),
    organization: z.string().min(1).optional().describe('The organisation the post is held in, as written, when the text names it.'),
    position: z
      .string()
      .regex(neutralId)
      .optional()
      .describe(
        'The post as a language-neutral id, the same in every language. Absent when the title is not in the vocabulary, or is an acting or first-deputy post.',
      ),
    body: z
      .string()
      .regex(neutralId)
      .optional()
      .describe(
        "The body the post is held in, as a language-neutral id. Absent when the organisation is not written (and the title implies none), is another country's, or is not in the vocabulary.",
      ),
  })
  .describe('A post the text gives a person at one mention.');

export const PersonMentionSchema = z
  .object({
    ...mention,
    name: z.string().min(1).describe('The name as written.'),
    nameKey: z
      .string()
      .regex(/^[a-z]+(?: [a-z]+)*$/)
      .describe(
        'Lowercase ASCII key in Vietnamese romanisation, the same for the same person in every language: diacritics folded, Russian transcriptions mapped back, the i/y spellings of one syllable folded to y.',
      ),
    honorific: z.string().min(1).optional().describe('The honorific or rank as written.'),
    roles: z.array(RoleSchema).describe('Every post the text gives this person at this mention; empty when it gives none.'),
    nameKeyAlternatives: z
      .array(z.string())
      .optional()
      .describe(
        'For a name in Russian transcription that can be read several ways, the other keys it can stand for; used by alignment.',
      ),
    allRoles: z
      .array(RoleSchema)
      .optional()
      .describe(
        "Every post the report gives this person (all mentions with the same `nameKey`), each once, in text order; only on the person's first mention, and only when the person is mentioned more than once.",
      ),
  })
  .describe('A person named in the text, one record per mention, with the posts given there.');

export const UnitKeySchema = z
  .enum(UNIT_KEYS)
  .describe('A canonical kind of administrative unit or body: `township` is thị trấn, `town` is thị xã.');
export const UnitLevelSchema = z.enum(UNIT_LEVELS).describe('An administrative level.');

export const UnitCountSchema = z
  .object({
    ...mention,
    count: z.number().int().nonnegative().describe('The number, from digits or number words.'),
    units: z
      .array(UnitKeySchema)
      .min(1)
      .describe('Canonical unit keys; more than one for a mixed noun ("75 communes and wards").'),
    level: UnitLevelSchema.optional().describe('The level, when the text names one ("commune-level", "cấp xã", "районного уровня").'),
    noun: z.string().describe('The counted noun phrase as written.'),
  })
  .describe('A count of administrative units or party and state bodies.');

export const UnitChangeSchema = z
  .object({
    ...mention,
    from: UnitCountSchema.describe('The count before the restructuring.'),
    to: UnitCountSchema.describe('The count after it.'),
    breakdown: z.array(UnitCountSchema).optional().describe('The parts of `to` the text lists ("including 8 wards and 67 communes").'),
    statedReductionPercent: z.number().optional().describe('The reduction the text states, in percent.'),
    computedReductionPercent: z
      .number()
      .describe('`(from - to) / from * 100`, rounded to two decimals: negative for an increase, 0 when `from.count` is 0.'),
    consistent: z
      .boolean()
      .describe(
        'The parts add up to `to`, a stated percentage agrees with the computed one within 0.1, and a growth is one the text says; when false, `warnings` says why.',
      ),
  })
  .describe('A restructuring: units merged, split or cut from one count to another.');

export const SourceSchema = z
  .object({
    url: z.string().min(1).describe('The URL as written, trailing punctuation trimmed.'),
    host: z.string().describe("The URL's host."),
    span: SpanSchema.describe('Where the URL is in the text.'),
  })
  .describe('The last `Source: https://...` (Nguồn:, Источник:) line of the text.');

export const LanguageBlockSchema = z
  .object({
    code: LanguageCodeSchema.describe("The paragraph's language."),
    span: SpanSchema.describe('Where the paragraph (or run of paragraphs) is in the text.'),
  })
  .describe("A paragraph, or run of paragraphs, read in another language than the report's.");

export const ReportSchema = z
  .object({
    language: LanguageGuessSchema.describe('The language of the text, detected or given in `options.language`.'),
    otherLanguages: z
      .array(LanguageBlockSchema)
      .optional()
      .describe(
        "Paragraphs detected in another of en / ru / vi than `language`, read by that language's extractors; absent when there are none or `options.language` was given.",
      ),
    source: SourceSchema.optional().describe('The `Source:` line, when the text has one.'),
    documents: z.array(DocumentReferenceSchema).describe('Document references, sorted by `span.start`.'),
    dates: z.array(DateMentionSchema).describe('Dates, months, years, periods and terms, sorted by `span.start`.'),
    people: z.array(PersonMentionSchema).describe('People, one record per mention, sorted by `span.start`.'),
    units: z.array(UnitCountSchema).describe('Counts of administrative units and bodies, sorted by `span.start`.'),
    unitChanges: z.array(UnitChangeSchema).describe('Restructurings built from the counts, sorted by `span.start`.'),
    warnings: z
      .array(z.string())
      .describe(
        'What the library gave up on or found doubtful, in words: an unrecognised language, a kind word that disagrees with its code, an impossible date, an inconsistent restructuring...',
      ),
  })
  .describe('Everything `parseReport` found in one text.');

export type {
  DateKind,
  DateMention,
  DocumentKind,
  DocumentReference,
  IssuerFrom,
  KindFrom,
  LanguageBlock,
  LanguageCode,
  LanguageGuess,
  LanguageGuessCode,
  ParseOptions,
  PersonMention,
  RecordType,
  Report,
  Role,
  Source,
  Span,
  UnitChange,
  UnitCount,
  UnitKey,
  UnitLevel,
} from './types-public.js';
