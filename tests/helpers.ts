import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Report } from '../src/index.js';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = resolve(ROOT, '..', 'shared');
export const HAS_SHARED = existsSync(resolve(SHARED, 'seeds'));
if (!HAS_SHARED) {
  console.warn(`NOTE: ${SHARED} is absent: tests that read ../shared/ (seeds, corpora) are skipped.`);
}

/** Every record and nested role / count slices the input to its text. */
export function expectSpansSlice(input: string, report: Report): void {
  const check = (r: { text: string; span: { start: number; end: number } }) =>
    expect(input.slice(r.span.start, r.span.end)).toBe(r.text);
  for (const d of report.documents) check(d);
  for (const d of report.dates) check(d);
  for (const p of report.people) {
    check(p);
    p.roles.forEach(check);
    p.allRoles?.forEach(check);
  }
  report.units.forEach(check);
  for (const c of report.unitChanges) {
    check(c);
    check(c.from);
    check(c.to);
    c.breakdown?.forEach(check);
  }
  if (report.source) expect(input.slice(report.source.span.start, report.source.span.end)).toBe(report.source.url);
}
