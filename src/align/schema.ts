/**
 * The shape `alignReports` returns (README, "Alignment"), as zod schemas with a `.describe()` text
 * on every field. The named types (`Alignment`, `AlignGroup`, ...) are declared with JSDoc in
 * ../types-public.ts and checked there against these schemas.
 */
import { z } from 'zod';
import { SpanSchema } from '../schema.js';

export const ALIGN_TYPES = ['document', 'date', 'person', 'unit', 'unitChange'] as const;
export const ALIGN_FIELDS = [
  'present',
  'date',
  'effectiveDate',
  'kind',
  'issuer',
  'count',
  'target',
  'breakdown',
  'percent',
  'position',
  'body',
  'mentions',
  'value',
] as const;
export const SEVERITIES = ['high', 'medium', 'low'] as const;

const AlignTypeSchema = z.enum(ALIGN_TYPES);
const value = z.union([z.string(), z.number()]).nullable();

export const AlignMemberSchema = z
  .object({
    key: z.string().describe('The fact\'s key in this report (a document key, a nameKey, an ISO date, `count:unit`).'),
    text: z.string().describe('The first mention as written.'),
    span: SpanSchema.describe("The first mention's span in that report's text."),
    spans: z.array(SpanSchema).describe('Every mention of the fact in this report.'),
    forms: z.array(z.string()).describe('The distinct ways this report writes the fact, first ten ("Нгуен Ван Тхань", "товарищ Тхань").'),
    mentions: z.number().int().positive().describe('How many times this report mentions the fact.'),
    values: z
      .record(z.string(), z.union([z.string(), z.number()]))
      .describe("The fact's compared fields in this report, normalised (ISO dates, numbers, neutral ids)."),
  })
  .describe("One report's side of an aligned fact.");

export const ConflictSchema = z
  .object({
    field: z.string().describe('The field whose values differ.'),
    values: z.array(z.string().nullable()).describe('One per report, as text; `null` where the report lacks the fact or the field.'),
  })
  .describe('A field whose values differ across the members of a group (kept for callers of the first version).');

export const AlignGroupSchema = z
  .object({
    type: AlignTypeSchema.describe('What kind of fact the group is.'),
    key: z.string().describe("The fact's key: the one most reports use."),
    members: z.array(AlignMemberSchema.nullable()).describe('One entry per report, in the order given; `null` where that report lacks the fact.'),
    confidence: z
      .number()
      .min(0)
      .max(1)
      .describe(
        'How surely the members are one fact: 1 when every member has the same key; 0.8 when joined by a known transcription variant or another reading of a Russian name; 0.7 for an equivalent rendering (a month and a day in it, a date without its year); 0.6 when paired by context with a changed value.',
      ),
    note: z.string().optional().describe('How the members were joined when not by one key.'),
    pairedByContext: z
      .boolean()
      .optional()
      .describe('True when members were paired by context with a changed value: not the same fact in every report.'),
    present: z.array(z.boolean()).describe('`present[i]`: whether report i has the fact (kept for callers of the first version).'),
    conflicts: z.array(ConflictSchema).describe('Fields whose values differ across the members (kept for callers of the first version).'),
  })
  .describe('One fact lined up across the reports.');

export const DifferenceSchema = z
  .object({
    type: AlignTypeSchema.describe('What kind of fact differs.'),
    field: z.enum(ALIGN_FIELDS).describe('What differs: `present` when some reports lack the fact, else the field that changed.'),
    key: z.string().describe("The fact's key (the group's)."),
    values: z.array(value).describe('One per report, normalised (ISO dates, numbers, document keys, neutral ids); `null` where the report lacks the fact or the field.'),
    severity: z
      .enum(SEVERITIES)
      .describe('`high`: a changed date, count, target, number or post; `medium`: a fact or attribute missing or changed in kind; `low`: the rest.'),
    spans: z.array(z.array(SpanSchema).nullable()).describe('One per report: the spans of the fact in that report, `null` where it lacks it.'),
  })
  .describe('A way the reports disagree about one fact.');

export const AlignedReportSchema = z
  .object({
    language: z.string().describe("The report's language code."),
    label: z.string().optional().describe("The report's label from `options.labels`."),
  })
  .describe('One of the aligned reports, in the order given.');

export const AlignmentSchema = z
  .object({
    reports: z.array(AlignedReportSchema).describe('One per report, in the order given.'),
    similarity: z
      .number()
      .min(0)
      .max(1)
      .describe(
        'From 0 to 1: over pairs of reports, the share of facts they have in common, averaged; a pair under 0.3 gets a warning that the reports look like different stories.',
      ),
    groups: z.array(AlignGroupSchema).describe('One per fact.'),
    differences: z.array(DifferenceSchema).describe('How the reports differ, most serious first.'),
    warnings: z.array(z.string()).describe('E.g. two reports that look like different stories.'),
  })
  .describe('What `alignReports` returns: the facts of several versions of one story, lined up, and how they differ.');

export const AlignOptionsSchema = z
  .object({
    labels: z
      .array(z.string())
      .readonly()
      .optional()
      .describe('One label per report (file names, outlets), repeated in `reports`.'),
  })
  .strict()
  .describe('Options of `alignReports`.');

export type {
  AlignedReport,
  AlignField,
  AlignGroup,
  AlignMember,
  AlignOptions,
  AlignType,
  Alignment,
  Conflict,
  Difference,
  Severity,
} from '../types-public.js';
