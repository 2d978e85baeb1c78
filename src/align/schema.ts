/**
 * The shape `alignReports` returns (CONTRACT.md, "Alignment"), as zod schemas; the types are
 * inferred from them.
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

const value = z.union([z.string(), z.number()]).nullable();

/** One report's side of an aligned fact. */
export const AlignMemberSchema = z.object({
  /** The fact's key in this report (a document key, a nameKey, an ISO date, `count:unit`). */
  key: z.string(),
  /** The first mention as written, and its span in that report's text. */
  text: z.string(),
  span: SpanSchema,
  /** Every mention of the fact in this report. */
  spans: z.array(SpanSchema),
  /** The distinct ways this report writes the fact, first ten ("Нгуен Ван Тхань", "товарищ Тхань"). */
  forms: z.array(z.string()),
  mentions: z.number().int().positive(),
  /** The fact's compared fields in this report, normalised (ISO dates, numbers, neutral ids). */
  values: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type AlignMember = z.infer<typeof AlignMemberSchema>;

export const AlignGroupSchema = z.object({
  type: z.enum(ALIGN_TYPES),
  /** The fact's key: the one most reports use. */
  key: z.string(),
  /** One entry per report, `null` where that report lacks the fact. */
  members: z.array(AlignMemberSchema.nullable()),
  /**
   * 1 when every member has the same key; lower when members were joined by a known
   * transcription ambiguity or short form (0.8), an equivalent rendering (0.7: a month and a day
   * in it, a date without its year), or paired by context with a changed value (0.6).
   */
  confidence: z.number().min(0).max(1),
  /** How the members were joined when not by one key. */
  note: z.string().optional(),
  /** True when members were paired by context with a changed value: not the same fact in every report. */
  pairedByContext: z.boolean().optional(),
  /** `present[i]`: whether report i has the fact (kept for callers of the first version). */
  present: z.array(z.boolean()),
  /** Fields whose values differ across the members (kept for callers of the first version). */
  conflicts: z.array(z.object({ field: z.string(), values: z.array(z.string().nullable()) })),
});
export type AlignGroup = z.infer<typeof AlignGroupSchema>;

export const DifferenceSchema = z.object({
  type: z.enum(ALIGN_TYPES),
  field: z.enum(ALIGN_FIELDS),
  key: z.string(),
  /** One per report, normalised; `null` where the report lacks the fact or the field. */
  values: z.array(value),
  /** high: a changed date, count, number or post; medium: a fact or attribute missing or changed in kind; low: the rest. */
  severity: z.enum(['high', 'medium', 'low']),
  /** One per report: the spans of the fact in that report, `null` where it lacks it. */
  spans: z.array(z.array(SpanSchema).nullable()),
});
export type Difference = z.infer<typeof DifferenceSchema>;

export const AlignmentSchema = z.object({
  reports: z.array(z.object({ language: z.string(), label: z.string().optional() })),
  /** 0..1: the mean over pairs of reports of the share of facts they have in common; low means different stories. */
  similarity: z.number().min(0).max(1),
  groups: z.array(AlignGroupSchema),
  /** Most serious first. */
  differences: z.array(DifferenceSchema),
  /** E.g. two reports that look like different stories. */
  warnings: z.array(z.string()),
});
export type Alignment = z.infer<typeof AlignmentSchema>;

export const AlignOptionsSchema = z
  .object({
    /** One label per report (file names, outlets), repeated in `reports`. */
    labels: z.array(z.string()).optional(),
  })
  .strict();
export type AlignOptions = z.input<typeof AlignOptionsSchema>;
