/**
 * The options of parseReport and the extract* functions as a zod (mini) schema, for callers and
 * documentation. The pipeline itself checks options with the hand-written check-options.ts (the
 * same rules, tested side by side), so that a bundle that only parses reports carries no zod.
 * Each field's description is the JSDoc of `ParseOptions` in types-public.ts (tests/types.test.ts),
 * and `ParseOptions` is checked there to be this schema's input type.
 */
import * as z from 'zod/mini';
import { ISO_DAY, isRealDay, LANGUAGE_CODES, RECORD_TYPES } from './constants.js';

export const ParseOptionsSchema = z
  .strictObject({
    language: z
      .optional(z.enum(LANGUAGE_CODES))
      .check(z.describe('Skip detection: the whole text is read in this language (no paragraph is read in another).')),
    referenceDate: z
      .optional(
        z.union([z.date(), z.string()]).check(
          z.refine((v) => typeof v !== 'string' || ISO_DAY.test(v), 'referenceDate must be an ISO date yyyy-mm-dd'),
          z.refine((v) => isRealDay(iso(v)), 'referenceDate must be a real calendar date'),
          // the years a date mention may carry (MIN_YEAR..MAX_YEAR): outside them it could infer nothing
          z.refine((v) => iso(v) >= '1900-01-01' && iso(v) <= '2100-12-31', 'referenceDate must lie between 1900-01-01 and 2100-12-31'),
        ),
      )
      .check(
        z.describe(
          "The day dates written without a year are resolved against, e.g. the article's publication date: an ISO `yyyy-mm-dd` string or a `Date` (its UTC calendar date), between 1900-01-01 and 2100-12-31.",
        ),
      ),
    // readonly: a caller's `readonly RecordType[]` or `as const` tuple type-checks (TS4104 before)
    only: z
      .optional(z.readonly(z.array(z.enum(RECORD_TYPES)).check(z.minLength(1, 'only must name at least one record family (omit it for all)'))))
      .check(
        z.describe(
          'Report only these record families (all when absent); `units` includes `unitChanges`. Documents and dates are still read together, but only the ones asked for are reported.',
        ),
      ),
    input: z
      .optional(z.enum(['text', 'html']))
      .check(
        z.describe(
          "What the input is: `text` (the default) or `html`, read as the page shows it (tags dropped with the content of script, style and the like, entities decoded, white space collapsed, block boundaries as line breaks). Spans stay offsets into the HTML, so a record's `text` is the HTML that covers it, markup and entities included.",
        ),
      ),
  })
  .check(z.describe('Options of `parseReport` and the `extract*` functions.'));

/** The UTC calendar day of a Date, or the string itself. */
function iso(v: string | Date): string {
  if (typeof v === 'string') return v;
  return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
}
