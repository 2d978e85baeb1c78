/**
 * The hand-written options check on the pipeline's path (src/check-options.ts) and the exported
 * zod/mini schema (src/options.ts) must agree on every input: same verdict, same referenceDate.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkParseOptions } from '../src/check-options.js';
import { ParseOptionsSchema } from '../src/options.js';
import { parseReport } from '../src/index.js';

const value = fc.oneof(
  fc.constantFrom('en', 'ru', 'vi', 'fr', '', 'EN', '2025-04-14', '2025-02-30', '1899-12-31', '2101-01-01', '2025-4-14', 'documents', 'dates', 'people', 'units', 'tables'),
  fc.constantFrom(new Date('2025-04-14T23:30:00Z'), new Date('nope'), new Date('1850-01-01'), 3, null, true, {}),
  fc.array(fc.constantFrom('documents', 'dates', 'people', 'units', 'tables', 3), { maxLength: 3 }),
);
const options = fc.dictionary(fc.constantFrom('language', 'referenceDate', 'only', 'extra'), value, { maxKeys: 3 });

const iso = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : v);

describe('options: the pipeline check and ParseOptionsSchema agree', () => {
  it('on any mix of known, unknown and malformed options', () => {
    fc.assert(
      fc.property(options, (o) => {
        const z = ParseOptionsSchema.safeParse(o);
        let ours: ReturnType<typeof checkParseOptions> | undefined;
        let error: unknown;
        try {
          ours = checkParseOptions(o, 'parseReport');
        } catch (e) {
          error = e;
        }
        expect(z.success, `${JSON.stringify(o)}: ${String(error)}`).toBe(error === undefined);
        if (z.success && ours) {
          expect(ours.language).toBe(z.data.language);
          expect(ours.referenceDate).toBe(iso(z.data.referenceDate));
          expect(ours.only).toEqual(z.data.only);
        } else {
          expect(error).toBeInstanceOf(TypeError);
          expect(String((error as Error).message)).toMatch(/^parseReport: invalid options: options\.\w+(?:\.\d+)?: /);
        }
      }),
      { numRuns: 600 },
    );
  });

  it('a Date is its UTC calendar day; an invalid Date or one out of range is refused', () => {
    const text = 'The plan was approved on 14 April.';
    const a = parseReport(text, { language: 'en', referenceDate: new Date('2025-06-23T22:00:00Z') });
    const b = parseReport(text, { language: 'en', referenceDate: '2025-06-23' });
    expect(a).toEqual(b);
    expect(() => parseReport(text, { referenceDate: new Date('nope') })).toThrow(/options\.referenceDate: referenceDate is an invalid Date/);
    expect(() => parseReport(text, { referenceDate: new Date('1850-01-01') })).toThrow(/options\.referenceDate: referenceDate must lie between/);
    expect(() => parseReport(text, { colour: 'red' } as never)).toThrow(/options\.colour: unknown option \(known: language, referenceDate, only\)/);
    expect(() => parseReport(text, { language: 'fr' } as never)).toThrow(/options\.language: expected one of "en", "ru", "vi", got "fr"/);
  });
});
