/**
 * The public types at run time: what the named types promise (a `Date` as referenceDate, readonly
 * arrays as options) works, and the documentation cannot drift: each field's JSDoc in
 * src/types-public.ts says what its schema's `.describe()` says, and every field of schema.json has
 * a description. (That each type equals its schema's is checked at compile time in
 * src/types-public.ts; the type-level assertions are in tests/types.test-d.ts.)
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as api from '../src/index.js';
import { AlignedReportSchema, ConflictSchema } from '../src/align/schema.js';
import { alignReports, extractDates, parseReport, type ParseOptions, type RecordType } from '../src/index.js';
import { ROOT } from './helpers.js';

const TEXT = 'Conclusion No. 150-KL/TW, dated April 14, 2025 of the Politburo. The meeting is on June 24.';

describe('referenceDate as a Date', () => {
  it('a Date gives the report its UTC calendar date gives', () => {
    const byString = parseReport(TEXT, { referenceDate: '2025-06-23' });
    expect(byString.dates.find((d) => d.text === 'June 24')!.value).toBe('2025-06-24');
    expect(parseReport(TEXT, { referenceDate: new Date('2025-06-23T00:00:00Z') })).toEqual(byString);
    expect(parseReport(TEXT, { referenceDate: new Date(Date.UTC(2025, 5, 23, 23, 59)) })).toEqual(byString);
    // 23:30 in New York on 2025-06-22 is already the 23rd in UTC: the UTC day counts, not the local one
    expect(parseReport(TEXT, { referenceDate: new Date('2025-06-22T23:30:00-05:00') })).toEqual(byString);
    expect(extractDates('June 24', { language: 'en', referenceDate: new Date('2031-01-01T00:00:00Z') })[0]!.value).toBe('2031-06-24');
  });

  it('does not touch the caller’s Date', () => {
    const d = new Date('2025-06-23T12:00:00Z');
    parseReport(TEXT, { referenceDate: d });
    expect(d.toISOString()).toBe('2025-06-23T12:00:00.000Z');
  });

  it('an invalid Date, a Date outside 1900..2100 or another type is a TypeError naming options.referenceDate', () => {
    expect(() => parseReport(TEXT, { referenceDate: new Date('not a date') })).toThrow(TypeError);
    expect(() => parseReport(TEXT, { referenceDate: new Date('not a date') })).toThrow(
      /^parseReport: invalid options: options\.referenceDate: referenceDate is an invalid Date$/,
    );
    expect(() => extractDates(TEXT, { referenceDate: new Date(NaN) })).toThrow(/^extractDates: invalid options: options\.referenceDate: /);
    for (const d of [new Date('1899-12-31T23:59:59Z'), new Date('2101-01-01T00:00:00Z')]) {
      expect(() => parseReport(TEXT, { referenceDate: d }), d.toISOString()).toThrow(
        /options\.referenceDate: referenceDate must lie between 1900-01-01 and 2100-12-31/,
      );
    }
    expect(parseReport(TEXT, { referenceDate: new Date('1900-01-01T00:00:00Z') }).warnings).toEqual(parseReport(TEXT, { referenceDate: '1900-01-01' }).warnings);
    for (const bad of [20250623, null, {}, ['2025-06-23']]) {
      expect(() => parseReport(TEXT, { referenceDate: bad as never }), String(bad)).toThrow(
        /options\.referenceDate: expected an ISO date yyyy-mm-dd or a Date, got (number|null|an object|an array)/,
      );
    }
    // strings are checked as before
    expect(() => parseReport(TEXT, { referenceDate: '23/06/2025' })).toThrow(/options\.referenceDate: referenceDate must be an ISO date yyyy-mm-dd/);
  });
});

describe('readonly inputs', () => {
  it('options.only may be a frozen array or a readonly tuple, and is left as it was', () => {
    const only: readonly RecordType[] = Object.freeze(['documents', 'people'] as const);
    const r = parseReport(TEXT, { only });
    expect(r.documents.map((d) => d.key)).toEqual(['150-KL/TW']);
    expect(r.dates).toEqual([]);
    const mutable: RecordType[] = ['dates'];
    parseReport(TEXT, { only: mutable });
    expect(Object.isFrozen(mutable)).toBe(false);
    mutable.push('people');
    expect(mutable).toEqual(['dates', 'people']);
  });

  it('alignReports takes a readonly array of reports and readonly labels', () => {
    const reports = Object.freeze([parseReport(TEXT), parseReport('Заключение № 150-КЛ/TW от 14 апреля 2025 г.')] as const);
    const a = alignReports(reports, { labels: Object.freeze(['en', 'ru']) });
    expect(a.reports).toEqual([
      { language: 'en', label: 'en' },
      { language: 'ru', label: 'ru' },
    ]);
  });

  it('an options object typed with the exported ParseOptions is accepted by every entry point', () => {
    const options: ParseOptions = { language: 'en', referenceDate: new Date('2025-06-23T00:00:00Z'), only: ['dates'] };
    expect(parseReport(TEXT, options).dates.length).toBe(extractDates(TEXT, options).length);
  });
});

describe('exports', () => {
  it('exports the value lists behind the unions', () => {
    expect(api.LANGUAGE_CODES).toEqual(['en', 'ru', 'vi']);
    expect(api.RECORD_TYPES).toEqual(['documents', 'dates', 'people', 'units']);
    expect(api.DATE_KINDS).toEqual(['date', 'month', 'year', 'period', 'term']);
    expect(api.SEVERITIES).toEqual(['high', 'medium', 'low']);
    expect(api.DOCUMENT_KINDS).toContain('official-letter');
    expect(api.UNIT_KEYS).toContain('administrative-unit');
    expect(api.UNIT_LEVELS).toEqual(['commune', 'district', 'province']);
  });
});

// --- documentation ------------------------------------------------------------------------------

/** An object schema, classic zod or zod/mini (ParseOptionsSchema). */
type ObjectSchema = z.core.$ZodType & { shape: Record<string, z.core.$ZodType> };
/** A schema's description, from `.describe()` or zod/mini's `z.describe()` check alike. */
const description = (s: z.core.$ZodType) => z.globalRegistry.get(s)?.description;

/** The schema of each documented interface of src/types-public.ts. */
const SCHEMAS: Record<string, ObjectSchema> = {
  Span: api.SpanSchema,
  LanguageGuess: api.LanguageGuessSchema,
  DocumentReference: api.DocumentReferenceSchema,
  DateMention: api.DateMentionSchema,
  Role: api.RoleSchema,
  PersonMention: api.PersonMentionSchema,
  UnitCount: api.UnitCountSchema,
  UnitChange: api.UnitChangeSchema,
  Source: api.SourceSchema,
  LanguageBlock: api.LanguageBlockSchema,
  Report: api.ReportSchema,
  ParseOptions: api.ParseOptionsSchema,
  AlignMember: api.AlignMemberSchema,
  Conflict: ConflictSchema,
  AlignGroup: api.AlignGroupSchema,
  Difference: api.DifferenceSchema,
  AlignedReport: AlignedReportSchema,
  Alignment: api.AlignmentSchema,
  AlignOptions: api.AlignOptionsSchema,
};

const squash = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The JSDoc text (without tags) of each interface and of each of its properties. */
function interfaceDocs(): Map<string, { doc: string; props: Map<string, string> }> {
  const file = resolve(ROOT, 'src/types-public.ts');
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const docOf = (node: ts.Node) =>
    squash(
      ts
        .getJSDocCommentsAndTags(node)
        .filter(ts.isJSDoc)
        .map((d) => ts.getTextOfJSDocComment(d.comment) ?? '')
        .join(' '),
    );
  const out = new Map<string, { doc: string; props: Map<string, string> }>();
  for (const st of sf.statements) {
    if (!ts.isInterfaceDeclaration(st)) continue;
    const props = new Map<string, string>();
    for (const m of st.members) if (ts.isPropertySignature(m)) props.set(m.name.getText(sf), docOf(m));
    out.set(st.name.text, { doc: docOf(st), props });
  }
  return out;
}

describe('documentation', () => {
  const docs = interfaceDocs();

  it('every interface of src/types-public.ts is checked against a schema', () => {
    expect([...docs.keys()].sort()).toEqual(Object.keys(SCHEMAS).sort());
  });

  it.each(Object.keys(SCHEMAS))('%s: its JSDoc and each field’s say what the schema describes', (name) => {
    const schema = SCHEMAS[name]!;
    const { doc, props } = docs.get(name)!;
    expect(squash(description(schema)), `${name}: schema has a description`).not.toBe('');
    expect(doc.startsWith(squash(description(schema))), `${name}: JSDoc starts with "${description(schema)}"`).toBe(true);
    expect([...props.keys()].sort(), `${name}: same fields`).toEqual(Object.keys(schema.shape).sort());
    for (const [field, fieldSchema] of Object.entries(schema.shape)) {
      expect(squash(description(fieldSchema)), `${name}.${field}: schema field has a description`).not.toBe('');
      expect(props.get(field), `${name}.${field}: JSDoc is the schema's description`).toBe(squash(description(fieldSchema)));
    }
  });

  it('every property in schema.json has a description', () => {
    const schema = JSON.parse(readFileSync(resolve(ROOT, 'schema.json'), 'utf8'));
    const missing: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.properties && typeof n.properties === 'object') {
        for (const [k, v] of Object.entries(n.properties as Record<string, Record<string, unknown>>)) {
          if (typeof v.description !== 'string' || !v.description) missing.push(`${path}.${k}`);
        }
      }
      for (const [k, v] of Object.entries(n)) walk(v, `${path}.${k}`);
    };
    walk(schema, '$');
    expect(missing).toEqual([]);
    expect(schema.description).toBe(description(api.ReportSchema));
  });
});
