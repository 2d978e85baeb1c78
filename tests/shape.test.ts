/**
 * The record shapes the pipeline copies drafts into (src/shape.ts) must be the zod schemas'
 * fields, in the same order, with the same nested records: the pipeline no longer runs zod.
 */
import { describe, expect, it } from 'vitest';
import { SHAPES } from '../src/shape.js';
import { DateMentionSchema, DocumentReferenceSchema, parseReport, PersonMentionSchema, ReportSchema, RoleSchema, UnitChangeSchema, UnitCountSchema } from '../src/index.js';

const SCHEMAS = {
  document: DocumentReferenceSchema,
  date: DateMentionSchema,
  role: RoleSchema,
  person: PersonMentionSchema,
  unit: UnitCountSchema,
  unitChange: UnitChangeSchema,
} as const;

describe('record shapes', () => {
  for (const [name, schema] of Object.entries(SCHEMAS)) {
    it(`${name}: the fields of its zod schema, in order`, () => {
      expect([...SHAPES[name as keyof typeof SHAPES].keys]).toEqual(Object.keys(schema.shape));
    });
  }

  it('a report built without zod passes ReportSchema and equals its own parse (same keys, same order)', () => {
    const text =
      'On April 14, 2025, the Politburo issued Conclusion No. 150-KL/TW. Secretary of the Provincial Party Committee Nguyen Van Thanh ' +
      'said 200 commune-level administrative units were rearranged into 75 (8 wards and 67 communes), a reduction of 62.5%.';
    const r = parseReport(text, { language: 'en' });
    expect(r.documents.length + r.people.length + r.unitChanges.length).toBeGreaterThan(2);
    const parsed = ReportSchema.parse(r);
    expect(JSON.stringify(parsed)).toBe(JSON.stringify(r));
  });
});
