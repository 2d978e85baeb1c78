/**
 * Per-family entry points: each runs the pipeline limited to one family and returns its part
 * of the Report. Same options and errors as parseReport.
 */
import { LOCALES } from './locales/index.js';
import { readWith } from './pipeline.js';
import type { ParseOptions, Report } from './schema.js';

/**
 * The document references of `text`: `parseReport(text, { ...options, only: ['documents'] }).documents`.
 * @example
 * extractDocuments('Nghị định số 120/2025/NĐ-CP')[0]?.key; // '120/2025/ND-CP'
 */
export function extractDocuments(text: string, options?: ParseOptions): Report['documents'] {
  return readWith(LOCALES, 'extractDocuments', text, options, ['documents']).documents;
}

/**
 * The dates, months, years, periods and terms of `text`: `parseReport(text, { ...options, only: ['dates'] }).dates`.
 * @example
 * extractDates('ngày 14/4/2025')[0]?.value; // '2025-04-14'
 */
export function extractDates(text: string, options?: ParseOptions): Report['dates'] {
  return readWith(LOCALES, 'extractDates', text, options, ['dates']).dates;
}

/**
 * The people of `text`, one per mention, with their posts: `parseReport(text, { ...options, only: ['people'] }).people`.
 * @example
 * extractPeople('Comrade Vu Manh Ha spoke.')[0]?.nameKey; // 'vu manh ha'
 */
export function extractPeople(text: string, options?: ParseOptions): Report['people'] {
  return readWith(LOCALES, 'extractPeople', text, options, ['people']).people;
}

/**
 * Unit counts and the restructurings built from them: the `units` and `unitChanges` of
 * `parseReport(text, { ...options, only: ['units'] })`.
 * @example
 * extractUnits('merge 200 communes into 75 communes').unitChanges[0]?.computedReductionPercent; // 62.5
 */
export function extractUnits(
  text: string,
  options?: ParseOptions,
): Pick<Report, 'units' | 'unitChanges'> {
  const r = readWith(LOCALES, 'extractUnits', text, options, ['units']);
  return { units: r.units, unitChanges: r.unitChanges };
}
