/**
 * `newsreport/schema`: the zod schemas of every record, the options and the alignment, for
 * callers that validate reports (`ReportSchema.parse(report)`) or derive their own. The main
 * entry point exports them too; a bundle that imports only `parseReport` leaves zod out.
 */
export * from './schema.js';
export { AlignmentSchema, AlignOptionsSchema, ALIGN_FIELDS, ALIGN_TYPES } from './align/schema.js';
export type { Alignment, AlignOptions, AlignGroup, AlignMember, Difference } from './align/schema.js';
