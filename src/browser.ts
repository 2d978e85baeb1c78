/**
 * newsreport for browsers (the `browser` condition of the package's exports): the same API as
 * the main entry point, without the HTML reader, which a bundle that never reads HTML should not
 * carry; `import 'newsreport/html'` once to read HTML (`input: 'html'`).
 */
export { parseReport } from './pipeline.js';
export { detectLanguage } from './detect/index.js';
export { extractDocuments, extractDates, extractPeople, extractUnits } from './extract.js';
export { alignReports } from './align/index.js';
export { parseReports, type BatchItem, type BatchOptions, type BatchResult, type BatchSource } from './batch.js';
export { createParser, type LexiconAdditions, type Parser, type ParserConfig } from './extend.js';
export { AlignmentSchema, AlignOptionsSchema, ALIGN_TYPES, ALIGN_FIELDS } from './align/schema.js';
export type { Alignment, AlignOptions, AlignGroup, AlignMember, Difference } from './align/schema.js';
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
  ParseOptionsSchema,
  DOCUMENT_KINDS,
  UNIT_KEYS,
  UNIT_LEVELS,
  DATE_KINDS,
} from './schema.js';
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
  ParseOptions,
  DocumentKind,
  UnitKey,
  UnitLevel,
} from './schema.js';
export { VERSION } from './version.js';
