/**
 * The options of parseReport and the extract* functions, validated with zod's mini build: the
 * pipeline checks every call's options, so this schema is on every bundle's path, and zod/mini
 * keeps it to a few kilobytes where the full zod would add hundreds (issue 15).
 */
import * as z from 'zod/mini';
import { ISO_DAY, isRealDay, LANGUAGE_CODES, RECORD_TYPES } from './constants.js';

export const ParseOptionsSchema = z.strictObject({
  /** Skip detection: the whole text is read in this language. */
  language: z.optional(z.enum(LANGUAGE_CODES)),
  /** yyyy-mm-dd (e.g. the publication date) for dates written without a year. */
  referenceDate: z.optional(
    z.string().check(
      z.regex(ISO_DAY, 'referenceDate must be an ISO date yyyy-mm-dd'),
      z.refine((s) => isRealDay(s), 'referenceDate must be a real calendar date'),
      // the years a date mention may carry (MIN_YEAR..MAX_YEAR): outside them it could infer nothing
      z.refine((s) => s >= '1900-01-01' && s <= '2100-12-31', 'referenceDate must lie between 1900-01-01 and 2100-12-31'),
    ),
  ),
  /** Record families to extract; all when absent. `units` includes `unitChanges`. */
  only: z.optional(z.array(z.enum(RECORD_TYPES)).check(z.minLength(1, 'only must name at least one record family (omit it for all)'))),
});
export type ParseOptions = z.input<typeof ParseOptionsSchema>;
