/**
 * newsreport for browsers (the `browser` condition of the package's exports), and the one list of
 * the public API: the main entry point (src/index.ts) is this list plus the HTML reader and
 * worker threads. A bundle that never reads HTML does not carry the reader; `import
 * 'newsreport/html'` once to read HTML (`input: 'html'`).
 */
export { parseReport } from './pipeline.js';
export { detectLanguage } from './detect/index.js';
export { extractDocuments, extractDates, extractPeople, extractUnits } from './extract.js';
export { alignReports } from './align/index.js';
export { renderHtml, type RenderHtmlOptions } from './view/report.js';
export { parseReports, type BatchItem, type BatchOptions, type BatchResult, type BatchSource } from './batch.js';
export { parseJsonl, type JsonlOptions, type JsonlSource } from './jsonl.js';
export { createParser, type LexiconAdditions, type Parser, type ParserConfig } from './extend.js';
export {
  AlignmentSchema,
  AlignOptionsSchema,
  AlignGroupSchema,
  AlignMemberSchema,
  DifferenceSchema,
  ALIGN_TYPES,
  ALIGN_FIELDS,
  SEVERITIES,
} from './align/schema.js';
export {
  ReportSchema,
  DocumentReferenceSchema,
  DateMentionSchema,
  PersonMentionSchema,
  UnitCountSchema,
  UnitChangeSchema,
  RoleSchema,
  SpanSchema,
  SourceSchema,
  LanguageGuessSchema,
  LanguageBlockSchema,
  ParseOptionsSchema,
  LANGUAGE_CODES,
  RECORD_TYPES,
  DOCUMENT_KINDS,
  UNIT_KEYS,
  UNIT_LEVELS,
  DATE_KINDS,
} from './schema.js';
// The named, documented types (src/types-public.ts), each checked equal to its schema's.
export type {
  Report,
  DocumentReference,
  DateMention,
  PersonMention,
  Role,
  UnitCount,
  UnitChange,
  Span,
  Source,
  LanguageGuess,
  LanguageBlock,
  ParseOptions,
  LanguageCode,
  LanguageGuessCode,
  RecordType,
  DocumentKind,
  DateKind,
  UnitKey,
  UnitLevel,
  IssuerFrom,
  KindFrom,
  Alignment,
  AlignOptions,
  AlignGroup,
  AlignMember,
  AlignedReport,
  Conflict,
  Difference,
  AlignType,
  AlignField,
  Severity,
} from './types-public.js';
export { VERSION } from './version.js';
