/**
 * The public types, named and documented, so that a consumer's editor shows what each record and
 * field means (the zod-inferred types of ./schema.ts are anonymous and carry no comments into the
 * `.d.ts`).
 *
 * The zod schemas stay the runtime source of truth. Two checks keep this file from drifting:
 * - at compile time (bottom of this file), each type must be *equal* to what its schema infers;
 * - tests/types.test.ts checks that the first paragraph of each JSDoc here is the schema's
 *   `.describe()` text of that record or field (tags such as `@example` are extra).
 */
import type { z } from 'zod';
import type {
  DATE_KINDS,
  DOCUMENT_KINDS,
  DateMentionSchema,
  DocumentReferenceSchema,
  LANGUAGE_CODES,
  LANGUAGE_GUESS_CODES,
  LanguageBlockSchema,
  LanguageGuessSchema,
  ParseOptionsSchema,
  PersonMentionSchema,
  RECORD_TYPES,
  ReportSchema,
  RoleSchema,
  SourceSchema,
  SpanSchema,
  UNIT_KEYS,
  UNIT_LEVELS,
  UnitChangeSchema,
  UnitCountSchema,
} from './schema.js';
import type {
  ALIGN_FIELDS,
  ALIGN_TYPES,
  AlignGroupSchema,
  AlignMemberSchema,
  AlignOptionsSchema,
  AlignedReportSchema,
  AlignmentSchema,
  ConflictSchema,
  DifferenceSchema,
  SEVERITIES,
} from './align/schema.js';

// ---------------------------------------------------------------------------------------------
// Unions

/**
 * A language the library reads: English, Russian or Vietnamese.
 * @example
 * parseReport(text, { language: 'vi' });
 */
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

/** What `detectLanguage` may answer: a {@link LanguageCode}, or `und` (none of the three, or too little text). */
export type LanguageGuessCode = (typeof LANGUAGE_GUESS_CODES)[number];

/**
 * A record family of the Report that `options.only` can ask for; `units` includes `unitChanges`.
 * @example
 * const families: readonly RecordType[] = ['documents', 'dates'];
 * parseReport(text, { only: families });
 */
export type RecordType = (typeof RECORD_TYPES)[number];

/**
 * The kind of document, the same in every language (Nghị quyết, Resolution, Резолюция → `resolution`).
 * `official-letter` is a letter with no type code ("4127/BNV-CQĐP"); `other` a kind word the
 * library does not sort.
 */
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * `date` (a day), `month`, `year`, `period` (a span of time) or `term` (an office term).
 * @example
 * // "first 9 months of 2025" → period 2025-01..2025-09; "nhiệm kỳ 2025-2030" → term 2025..2030
 */
export type DateKind = (typeof DATE_KINDS)[number];

/**
 * A canonical kind of administrative unit or body: `township` is thị trấn, `town` is thị xã.
 * @example
 * // "75 communes and wards" → ['commune', 'ward']; "đơn vị hành chính" → ['administrative-unit']
 */
export type UnitKey = (typeof UNIT_KEYS)[number];

/** An administrative level: "commune-level", "cấp huyện", "областного уровня". */
export type UnitLevel = (typeof UNIT_LEVELS)[number];

/** Where {@link DocumentReference.issuer} came from: the text names the body, or the code implies it. */
export type IssuerFrom = NonNullable<DocumentReference['issuerFrom']>;

/** How {@link DocumentReference.kind} was decided: from the kind word, from the type code, or by default. */
export type KindFrom = NonNullable<DocumentReference['kindFrom']>;

/** The kind of fact an alignment group or difference is about. */
export type AlignType = (typeof ALIGN_TYPES)[number];

/** What a {@link Difference} is about: `present` when some reports lack the fact, else the field that changed. */
export type AlignField = (typeof ALIGN_FIELDS)[number];

/** How serious a {@link Difference} is. */
export type Severity = (typeof SEVERITIES)[number];

// ---------------------------------------------------------------------------------------------
// Records

/**
 * A half-open range `[start, end)` of UTF-16 code units in the caller's original string (not a
 * normalised copy), so `input.slice(start, end)` is the text it covers.
 * @example
 * const { start, end } = report.documents[0]!.span;
 * text.slice(start, end) === report.documents[0]!.text; // true
 */
export interface Span {
  /** Offset of the first UTF-16 code unit. */
  start: number;
  /** Offset just past the last UTF-16 code unit; never less than `start`. */
  end: number;
}

/**
 * The language a text is read as, and how sure detection is.
 * @example
 * detectLanguage('Bí thư Tỉnh ủy phát biểu'); // { code: 'vi', confidence: 1 }
 */
export interface LanguageGuess {
  /** `en`, `ru` or `vi`; `und` when the text is empty or too short, in another language or script, or none of the three fits. */
  code: LanguageGuessCode;
  /**
   * How strongly the evidence points to `code`, from 0 to 1: a heuristic score, not a calibrated
   * probability. Word and letter evidence (Vietnamese diacritics and words, English words,
   * Russian word shapes) gives 0.9-1 on news articles; a guess that needed trigram statistics
   * stays at or below 0.73; the score is scaled down by the share of letters in other scripts.
   * For `und` it says how sure the text is none of the three. 1 when `options.language` was given.
   */
  confidence: number;
}

/**
 * A reference to a legal or party document, one record per mention.
 * "Regulations No. 253-QĐ/TW and No. 255-QĐ/TW, dated January 24, 2025" is two records, both with
 * the kind and the date.
 * @example
 * // "Resolution No. 60-NQ/TW dated April 12, 2025 of the Party Central Committee" →
 * // { text: '60-NQ/TW', kind: 'resolution', number: '60', code: '60-NQ/TW', key: '60-NQ/TW',
 * //   typeCode: 'NQ', issuerCode: 'TW', issuer: 'Party Central Committee', year: 2025,
 * //   date: '2025-04-12', issuerFrom: 'text', kindFrom: 'word', span: { start, end } }
 */
export interface DocumentReference {
  /** The mention exactly as written: `input.slice(span.start, span.end) === text`. */
  text: string;
  /** Where the mention is in the caller's string. */
  span: Span;
  /** The kind of document, from its kind word or its type code (see `kindFrom`). */
  kind: DocumentKind;
  /**
   * The serial number as written.
   * @example "60", "9068", "06"
   */
  number: string;
  /**
   * The full code: NFC, Cyrillic look-alike letters folded to Latin, uppercase. Absent when the
   * text gives only a number.
   * @example "60-NQ/TW", "120/2025/NĐ-CP"
   */
  code?: string | undefined;
  /**
   * Language-neutral matching key: `code` with Đ → D, spaces removed, uppercase; or `kind:number`
   * when there is no code.
   * @example "60-NQ/TW", "204-QD/TW", "project:06"
   */
  key: string;
  /**
   * The document-type abbreviation inside the code.
   * @example "NQ", "QĐ"
   */
  typeCode?: string | undefined;
  /**
   * The issuing-body abbreviation(s) inside the code.
   * @example "TW", "BCĐTW", "CP" (of "NĐ-CP")
   */
  issuerCode?: string | undefined;
  /**
   * English name of the issuing body, when the code or the sentence tells it (see `issuerFrom`).
   * @example "Party Central Committee", "Politburo"
   */
  issuer?: string | undefined;
  /** The year, from the code or from the date of issue. */
  year?: number | undefined;
  /**
   * ISO date of issue (`yyyy-mm-dd`), when the text states it.
   * @example "2025-04-14" for "dated April 14, 2025", "ngày 14/4/2025", "от 14 апреля 2025 г."
   */
  date?: string | undefined;
  /**
   * ISO date the document takes effect (`yyyy-mm-dd`), when the text states it.
   * @example "2025-07-01" for "takes effect from July 1, 2025", "вступает в силу с 1 июля 2025 г."
   */
  effectiveDate?: string | undefined;
  /**
   * Where `issuer` came from: `text` when the text names the body, `code` when the code implies it
   * (TW: the Party Central Committee). Alignment compares only issuers the texts name.
   */
  issuerFrom?: 'text' | 'code' | undefined;
  /**
   * How `kind` was decided: `word` from the kind word in the text, `code` from the type code (it
   * wins, with a warning, when the two disagree), `default` when neither tells.
   */
  kindFrom?: 'word' | 'code' | 'default' | undefined;
  /** True when the reference was found only in the `Source:` URL slug, not in the text. */
  fromSourceUrl?: boolean | undefined;
}

/**
 * A date, month, year, period or office term. Ordinals, document numbers and counts are not dates.
 * @example
 * // "June 24" with referenceDate 2025-06-23 → { kind: 'date', value: '2025-06-24', yearInferred: true, ... }
 * // "2025-2030 term" → { kind: 'term', start: '2025', end: '2030', ... }
 */
export interface DateMention {
  /** The mention exactly as written: `input.slice(span.start, span.end) === text`. */
  text: string;
  /** Where the mention is in the caller's string. */
  span: Span;
  /** What the mention names: a day, a month, a year, a period or an office term. */
  kind: DateKind;
  /**
   * For `date`, `month` and `year`: ISO 8601 of what is known (`yyyy-mm-dd`, `yyyy-mm`, `yyyy`), or
   * `--mm-dd` for a day whose year is unknown.
   * @example "2025-04-14", "2025-04", "2025", "--06-24"
   */
  value?: string | undefined;
  /**
   * For `period` and `term`: the ISO start, of the precision the text gives.
   * @example "2025-01" for "the first 9 months of 2025"
   */
  start?: string | undefined;
  /**
   * For `period` and `term`: the ISO end, of the precision the text gives.
   * @example "2025-09" for "the first 9 months of 2025"
   */
  end?: string | undefined;
  /** True when the year came from `options.referenceDate` or from a date stated in the same sentence, not from the mention. */
  yearInferred?: boolean | undefined;
}

/**
 * A post the text gives a person at one mention.
 * @example
 * // "Standing Deputy Secretary of the Provincial Party Committee" →
 * // { title: 'Standing Deputy Secretary', organization: 'Provincial Party Committee',
 * //   position: 'standing-deputy-secretary', body: 'provincial-party-committee', text, span }
 */
export interface Role {
  /** The mention exactly as written: `input.slice(span.start, span.end) === text`. */
  text: string;
  /** Where the mention is in the caller's string. */
  span: Span;
  /**
   * The post's title; in Russian its dictionary form (nominative), while `text` stays as written.
   * Former and acting posts keep their word.
   * @example "Standing Deputy Secretary", "бывший заместитель министра" (for "бывшего заместителя министра"), "nguyên Bộ trưởng"
   */
  title: string;
  /**
   * The organisation the post is held in, as written, when the text names it.
   * @example "Provincial Party Committee", "Tỉnh ủy"
   */
  organization?: string | undefined;
  /**
   * The post as a language-neutral id, the same in every language. Absent when the title is not in
   * the vocabulary, or is an acting or first-deputy post.
   * @example "standing-deputy-secretary" for "Phó Bí thư Thường trực", "Standing Deputy Secretary"
   * and "постоянный заместитель секретаря"; also "vice-chairman", "member", "minister", "general-secretary"
   */
  position?: string | undefined;
  /**
   * The body the post is held in, as a language-neutral id. Absent when the organisation is not
   * written (and the title implies none), is another country's, or is not in the vocabulary.
   * @example "provincial-party-committee", "provincial-peoples-committee", "politburo", "national-assembly", "government"
   */
  body?: string | undefined;
}

/**
 * A person named in the text, one record per mention, with the posts given there.
 * @example
 * // "Comrade Nguyen Van A, Standing Deputy Secretary of the Provincial Party Committee" →
 * // { name: 'Nguyen Van A', nameKey: 'nguyen van a', honorific: 'Comrade', roles: [Role], text, span }
 */
export interface PersonMention {
  /** The mention exactly as written: `input.slice(span.start, span.end) === text`. */
  text: string;
  /** Where the mention is in the caller's string. */
  span: Span;
  /**
   * The name as written.
   * @example "Ву Мань Ха", "Vũ Mạnh Hà"
   */
  name: string;
  /**
   * Lowercase ASCII key in Vietnamese romanisation, the same for the same person in every language:
   * diacritics folded, Russian transcriptions mapped back, the i/y spellings of one syllable folded
   * to y.
   * @example "vu manh ha" for "Vũ Mạnh Hà", "Vu Manh Ha" and "Ву Мань Ха"
   */
  nameKey: string;
  /**
   * The honorific or rank as written.
   * @example "Comrade", "Mr.", "Major General", "đồng chí", "ông", "товарищ"
   */
  honorific?: string | undefined;
  /** Every post the text gives this person at this mention; empty when it gives none. */
  roles: Role[];
  /**
   * For a name in Russian transcription that can be read several ways, the other keys it can stand
   * for; used by alignment.
   * @example ["le chung chinh", ...] for "Ле Чунг Чинь" (Ч is both ch and tr), keyed "le trung trinh"
   */
  nameKeyAlternatives?: string[] | undefined;
  /**
   * Every post the report gives this person (all mentions with the same `nameKey`), each once, in
   * text order; only on the person's first mention, and only when the person is mentioned more than
   * once.
   */
  allRoles?: Role[] | undefined;
}

/**
 * A count of administrative units or party and state bodies.
 * @example
 * // "200 commune-level administrative units" →
 * // { count: 200, units: ['administrative-unit'], level: 'commune', noun: 'commune-level administrative units', text, span }
 */
export interface UnitCount {
  /** The mention exactly as written: `input.slice(span.start, span.end) === text`. */
  text: string;
  /** Where the mention is in the caller's string. */
  span: Span;
  /**
   * The number, from digits or number words.
   * @example 200 for "200", "two hundred", "двести", "hai trăm"
   */
  count: number;
  /** Canonical unit keys; more than one for a mixed noun ("75 communes and wards"). */
  units: UnitKey[];
  /** The level, when the text names one ("commune-level", "cấp xã", "районного уровня"). */
  level?: UnitLevel | undefined;
  /** The counted noun phrase as written. */
  noun: string;
}

/**
 * A restructuring: units merged, split or cut from one count to another. An inconsistent one also
 * adds a line to {@link Report.warnings}.
 * @example
 * // "rearrange 200 commune-level administrative units into 75 (including 8 wards and 67 communes),
 * // a reduction of 62.5%" → { from: { count: 200, ... }, to: { count: 75, ... },
 * //   breakdown: [{ count: 8, units: ['ward'], ... }, { count: 67, units: ['commune'], ... }],
 * //   statedReductionPercent: 62.5, computedReductionPercent: 62.5, consistent: true, text, span }
 */
export interface UnitChange {
  /** The mention exactly as written: `input.slice(span.start, span.end) === text`. */
  text: string;
  /** Where the mention is in the caller's string. */
  span: Span;
  /** The count before the restructuring. */
  from: UnitCount;
  /** The count after it. */
  to: UnitCount;
  /** The parts of `to` the text lists ("including 8 wards and 67 communes"). */
  breakdown?: UnitCount[] | undefined;
  /** The reduction the text states, in percent. */
  statedReductionPercent?: number | undefined;
  /** `(from - to) / from * 100`, rounded to two decimals: negative for an increase, 0 when `from.count` is 0. */
  computedReductionPercent: number;
  /**
   * The parts add up to `to`, a stated percentage agrees with the computed one within 0.1, and a
   * growth is one the text says; when false, `warnings` says why.
   */
  consistent: boolean;
}

/**
 * The last `Source: https://...` (Nguồn:, Источник:) line of the text.
 * @example
 * // "Source: https://nhandan.vn/x.html." → { url: 'https://nhandan.vn/x.html', host: 'nhandan.vn', span }
 */
export interface Source {
  /** The URL as written, trailing punctuation trimmed. */
  url: string;
  /** The URL's host. */
  host: string;
  /** Where the URL is in the text. */
  span: Span;
}

/**
 * A paragraph, or run of paragraphs, read in another language than the report's.
 * @example
 * // 'Trong đó có Đề án.\n\nProject No. 06 was reviewed.' → otherLanguages: [{ code: 'en', span }]
 */
export interface LanguageBlock {
  /** The paragraph's language. */
  code: LanguageCode;
  /** Where the paragraph (or run of paragraphs) is in the text. */
  span: Span;
}

/**
 * Everything `parseReport` found in one text. Every record carries its exact `text` and its `span`
 * in the caller's string; the record arrays are sorted by `span.start`.
 * @example
 * const report: Report = parseReport('Conclusion No. 150-KL/TW, dated April 14, 2025 of the Politburo.');
 * report.documents[0]?.key; // '150-KL/TW'
 */
export interface Report {
  /** The language of the text, detected or given in `options.language`. */
  language: LanguageGuess;
  /**
   * Paragraphs detected in another of en / ru / vi than `language`, read by that language's
   * extractors; absent when there are none or `options.language` was given.
   */
  otherLanguages?: LanguageBlock[] | undefined;
  /** The `Source:` line, when the text has one. */
  source?: Source | undefined;
  /** Document references, sorted by `span.start`. */
  documents: DocumentReference[];
  /** Dates, months, years, periods and terms, sorted by `span.start`. */
  dates: DateMention[];
  /** People, one record per mention, sorted by `span.start`. */
  people: PersonMention[];
  /** Counts of administrative units and bodies, sorted by `span.start`. */
  units: UnitCount[];
  /** Restructurings built from the counts, sorted by `span.start`. */
  unitChanges: UnitChange[];
  /**
   * What the library gave up on or found doubtful, in words: an unrecognised language, a kind word
   * that disagrees with its code, an impossible date, an inconsistent restructuring...
   */
  warnings: string[];
}

/**
 * Options of `parseReport` and the `extract*` functions.
 * @example
 * parseReport(text, { language: 'ru', referenceDate: new Date(), only: ['documents', 'people'] });
 */
export interface ParseOptions {
  /** Skip detection: the whole text is read in this language (no paragraph is read in another). */
  language?: LanguageCode | undefined;
  /**
   * The day dates written without a year are resolved against, e.g. the article's publication date:
   * an ISO `yyyy-mm-dd` string or a `Date` (its UTC calendar date), between 1900-01-01 and
   * 2100-12-31.
   * @example '2025-06-23', new Date(article.publishedAt)
   */
  referenceDate?: string | Date | undefined;
  /**
   * Report only these record families (all when absent); `units` includes `unitChanges`. Documents
   * and dates are still read together, but only the ones asked for are reported.
   * @example ['documents', 'dates']
   */
  only?: readonly RecordType[] | undefined;
  /**
   * What the input is: `text` (the default) or `html`, read as the page shows it (tags dropped with the content of script, style and the like, entities decoded, white space collapsed, block boundaries as line breaks). Spans stay offsets into the HTML, so a record's `text` is the HTML that covers it, markup and entities included.
   * @example 'html'
   */
  input?: 'text' | 'html' | undefined;
}

// ---------------------------------------------------------------------------------------------
// Alignment

/** One report's side of an aligned fact. */
export interface AlignMember {
  /** The fact's key in this report (a document key, a nameKey, an ISO date, `count:unit`). */
  key: string;
  /** The first mention as written. */
  text: string;
  /** The first mention's span in that report's text. */
  span: Span;
  /** Every mention of the fact in this report. */
  spans: Span[];
  /** The distinct ways this report writes the fact, first ten ("Нгуен Ван Тхань", "товарищ Тхань"). */
  forms: string[];
  /** How many times this report mentions the fact. */
  mentions: number;
  /** The fact's compared fields in this report, normalised (ISO dates, numbers, neutral ids). */
  values: Record<string, string | number>;
}

/** A field whose values differ across the members of a group (kept for callers of the first version). */
export interface Conflict {
  /** The field whose values differ. */
  field: string;
  /** One per report, as text; `null` where the report lacks the fact or the field. */
  values: (string | null)[];
}

/**
 * One fact lined up across the reports.
 * @example
 * // { type: 'document', key: '150-KL/TW', members: [AlignMember, AlignMember], confidence: 1, present: [true, true], conflicts: [] }
 */
export interface AlignGroup {
  /** What kind of fact the group is. */
  type: AlignType;
  /** The fact's key: the one most reports use. */
  key: string;
  /** One entry per report, in the order given; `null` where that report lacks the fact. */
  members: (AlignMember | null)[];
  /**
   * How surely the members are one fact: 1 when every member has the same key; 0.8 when joined by a
   * known transcription variant or another reading of a Russian name; 0.7 for an equivalent
   * rendering (a month and a day in it, a date without its year); 0.6 when paired by context with a
   * changed value.
   */
  confidence: number;
  /** How the members were joined when not by one key. */
  note?: string | undefined;
  /** True when members were paired by context with a changed value: not the same fact in every report. */
  pairedByContext?: boolean | undefined;
  /** `present[i]`: whether report i has the fact (kept for callers of the first version). */
  present: boolean[];
  /** Fields whose values differ across the members (kept for callers of the first version). */
  conflicts: Conflict[];
}

/**
 * A way the reports disagree about one fact.
 * @example
 * // { type: 'document', field: 'date', key: '150-KL/TW', values: ['2025-04-14', '2025-04-15'],
 * //   severity: 'high', spans: [[Span], [Span]] }
 */
export interface Difference {
  /** What kind of fact differs. */
  type: AlignType;
  /** What differs: `present` when some reports lack the fact, else the field that changed. */
  field: AlignField;
  /** The fact's key (the group's). */
  key: string;
  /** One per report, normalised (ISO dates, numbers, document keys, neutral ids); `null` where the report lacks the fact or the field. */
  values: (string | number | null)[];
  /** `high`: a changed date, count, target, number or post; `medium`: a fact or attribute missing or changed in kind; `low`: the rest. */
  severity: Severity;
  /** One per report: the spans of the fact in that report, `null` where it lacks it. */
  spans: (Span[] | null)[];
}

/** One of the aligned reports, in the order given. */
export interface AlignedReport {
  /** The report's language code. */
  language: string;
  /** The report's label from `options.labels`. */
  label?: string | undefined;
}

/**
 * What `alignReports` returns: the facts of several versions of one story, lined up, and how they differ.
 * @example
 * const a: Alignment = alignReports([vi, en, ru], { labels: ['vi', 'en', 'ru'] });
 * for (const d of a.differences) console.log(d.severity, d.type, d.field, d.key, d.values);
 */
export interface Alignment {
  /** One per report, in the order given. */
  reports: AlignedReport[];
  /**
   * From 0 to 1: over pairs of reports, the share of facts they have in common, averaged; a pair
   * under 0.3 gets a warning that the reports look like different stories.
   */
  similarity: number;
  /** One per fact. */
  groups: AlignGroup[];
  /** How the reports differ, most serious first. */
  differences: Difference[];
  /** E.g. two reports that look like different stories. */
  warnings: string[];
}

/** Options of `alignReports`. */
export interface AlignOptions {
  /**
   * One label per report (file names, outlets), repeated in `reports`.
   * @example ['vi.txt', 'en.txt', 'ru.txt']
   */
  labels?: readonly string[] | undefined;
}

// ---------------------------------------------------------------------------------------------
// Compile-time checks: each type above is exactly what its schema infers (output types for the
// records, input types for the options a caller passes). A schema change that is not mirrored
// here, or the reverse, fails `tsc`.

type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

export type _SchemaChecks = [
  Expect<Equal<Span, z.output<typeof SpanSchema>>>,
  Expect<Equal<LanguageGuess, z.output<typeof LanguageGuessSchema>>>,
  Expect<Equal<DocumentReference, z.output<typeof DocumentReferenceSchema>>>,
  Expect<Equal<DateMention, z.output<typeof DateMentionSchema>>>,
  Expect<Equal<Role, z.output<typeof RoleSchema>>>,
  Expect<Equal<PersonMention, z.output<typeof PersonMentionSchema>>>,
  Expect<Equal<UnitCount, z.output<typeof UnitCountSchema>>>,
  Expect<Equal<UnitChange, z.output<typeof UnitChangeSchema>>>,
  Expect<Equal<Source, z.output<typeof SourceSchema>>>,
  Expect<Equal<LanguageBlock, z.output<typeof LanguageBlockSchema>>>,
  Expect<Equal<Report, z.output<typeof ReportSchema>>>,
  Expect<Equal<ParseOptions, z.input<typeof ParseOptionsSchema>>>,
  Expect<Equal<AlignMember, z.output<typeof AlignMemberSchema>>>,
  Expect<Equal<Conflict, z.output<typeof ConflictSchema>>>,
  Expect<Equal<AlignGroup, z.output<typeof AlignGroupSchema>>>,
  Expect<Equal<Difference, z.output<typeof DifferenceSchema>>>,
  Expect<Equal<AlignedReport, z.output<typeof AlignedReportSchema>>>,
  Expect<Equal<Alignment, z.output<typeof AlignmentSchema>>>,
  Expect<Equal<AlignOptions, z.input<typeof AlignOptionsSchema>>>,
];
