/** newsreport: public API, named exports only. */
export { parseReport } from './pipeline.js';
export { detectLanguage } from './detect/index.js';
export { extractDocuments, extractDates, extractPeople, extractUnits } from './extract.js';
export { alignReports } from './link/align.js';
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
  AlignmentSchema,
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
  Alignment,
  DocumentKind,
  UnitKey,
  UnitLevel,
} from './schema.js';
export { VERSION } from './version.js';
