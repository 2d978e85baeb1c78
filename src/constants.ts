/**
 * The closed vocabularies of the contract, as plain constants: imported by the pipeline, the CLI
 * and the zod schemas alike, so that code that needs only them does not load zod.
 */
export const LANGUAGE_CODES = ['en', 'ru', 'vi'] as const;
export type LanguageCode = (typeof LANGUAGE_CODES)[number];

export const DOCUMENT_KINDS = [
  'resolution',
  'conclusion',
  'directive',
  'decision',
  'regulation',
  'plan',
  'guidance',
  'notice',
  'report',
  'official-letter',
  'project',
  'program',
  'decree',
  'circular',
  'law',
  'submission',
  'other',
] as const;

export const DATE_KINDS = ['date', 'month', 'year', 'period', 'term'] as const;

export const UNIT_KEYS = [
  'commune',
  'ward',
  'township',
  'town',
  'city',
  'district',
  'province',
  'village',
  'administrative-unit',
  'party-committee',
  'party-cell',
  'agency',
  'other',
] as const;

export const UNIT_LEVELS = ['commune', 'district', 'province'] as const;

export const RECORD_TYPES = ['documents', 'dates', 'people', 'units'] as const;

export type RecordType = (typeof RECORD_TYPES)[number];

/** yyyy-mm-dd. */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date (2025-02-30 is not). */
export function isRealDay(s: string): boolean {
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d); // Date.UTC maps years 0..99 to 1900..1999

  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}
