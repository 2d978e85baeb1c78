/**
 * Per-family entry points: each runs the pipeline limited to one family and returns its part
 * of the Report. Same options and errors as parseReport.
 */
import { checkOptions, checkText, runPipeline } from './pipeline.js';
import type { ParseOptions, Report } from './schema.js';

export function extractDocuments(text: string, options?: ParseOptions): Report['documents'] {
  checkText(text, 'extractDocuments');
  return runPipeline(text, { ...checkOptions(options, 'extractDocuments'), only: ['documents'] }).report.documents;
}

export function extractDates(text: string, options?: ParseOptions): Report['dates'] {
  checkText(text, 'extractDates');
  return runPipeline(text, { ...checkOptions(options, 'extractDates'), only: ['dates'] }).report.dates;
}

export function extractPeople(text: string, options?: ParseOptions): Report['people'] {
  checkText(text, 'extractPeople');
  return runPipeline(text, { ...checkOptions(options, 'extractPeople'), only: ['people'] }).report.people;
}

/** Unit counts and the restructurings built from them. */
export function extractUnits(
  text: string,
  options?: ParseOptions,
): Pick<Report, 'units' | 'unitChanges'> {
  checkText(text, 'extractUnits');
  const r = runPipeline(text, { ...checkOptions(options, 'extractUnits'), only: ['units'] }).report;
  return { units: r.units, unitChanges: r.unitChanges };
}
