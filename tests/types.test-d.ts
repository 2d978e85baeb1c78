/**
 * Type-level tests of the public API (run by vitest's typechecker: `typecheck` in
 * vitest.config.ts; `npx tsc --noEmit -p .` checks them too). Issue 15: named unions are exported,
 * readonly inputs type-check (TS4104 before), `referenceDate` takes a Date, and the records are the
 * named interfaces, not anonymous structural types.
 */
import { describe, expectTypeOf, test } from 'vitest';
import {
  alignReports,
  detectLanguage,
  extractDates,
  extractDocuments,
  extractPeople,
  extractUnits,
  parseReport,
  RECORD_TYPES,
  renderHtml,
  type RenderHtmlOptions,
  type AlignField,
  type AlignGroup,
  type AlignMember,
  type Alignment,
  type AlignOptions,
  type AlignType,
  type DateKind,
  type DateMention,
  type Difference,
  type DocumentKind,
  type DocumentReference,
  type IssuerFrom,
  type KindFrom,
  type LanguageCode,
  type LanguageGuess,
  type LanguageGuessCode,
  type ParseOptions,
  type PersonMention,
  type RecordType,
  type Report,
  type Role,
  type Severity,
  type Span,
  type UnitChange,
  type UnitCount,
  type UnitKey,
  type UnitLevel,
} from '../src/index.js';

describe('unions', () => {
  test('are exported by name with the values they stand for', () => {
    expectTypeOf<LanguageCode>().toEqualTypeOf<'en' | 'ru' | 'vi'>();
    expectTypeOf<LanguageGuessCode>().toEqualTypeOf<'en' | 'ru' | 'vi' | 'und'>();
    expectTypeOf<RecordType>().toEqualTypeOf<'documents' | 'dates' | 'people' | 'units'>();
    expectTypeOf<RecordType>().toEqualTypeOf<(typeof RECORD_TYPES)[number]>();
    expectTypeOf<DateKind>().toEqualTypeOf<'date' | 'month' | 'year' | 'period' | 'term'>();
    expectTypeOf<UnitLevel>().toEqualTypeOf<'commune' | 'district' | 'province'>();
    expectTypeOf<IssuerFrom>().toEqualTypeOf<'text' | 'code'>();
    expectTypeOf<KindFrom>().toEqualTypeOf<'word' | 'code' | 'default'>();
    expectTypeOf<Severity>().toEqualTypeOf<'high' | 'medium' | 'low'>();
    expectTypeOf<AlignType>().toEqualTypeOf<'document' | 'date' | 'person' | 'unit' | 'unitChange'>();
    expectTypeOf<'resolution'>().toExtend<DocumentKind>();
    expectTypeOf<'official-letter'>().toExtend<DocumentKind>();
    expectTypeOf<'administrative-unit'>().toExtend<UnitKey>();
    expectTypeOf<'present'>().toExtend<AlignField>();
  });
});

describe('records are the named types', () => {
  test('Report and its parts', () => {
    expectTypeOf(parseReport).returns.toEqualTypeOf<Report>();
    expectTypeOf(detectLanguage).returns.toEqualTypeOf<LanguageGuess>();
    expectTypeOf<Report['documents']>().toEqualTypeOf<DocumentReference[]>();
    expectTypeOf<Report['dates']>().toEqualTypeOf<DateMention[]>();
    expectTypeOf<Report['people']>().toEqualTypeOf<PersonMention[]>();
    expectTypeOf<PersonMention['roles']>().toEqualTypeOf<Role[]>();
    expectTypeOf<Report['units']>().toEqualTypeOf<UnitCount[]>();
    expectTypeOf<Report['unitChanges']>().toEqualTypeOf<UnitChange[]>();
    expectTypeOf<UnitChange['from']>().toEqualTypeOf<UnitCount>();
    expectTypeOf<DocumentReference['span']>().toEqualTypeOf<Span>();
    expectTypeOf<DocumentReference['kind']>().toEqualTypeOf<DocumentKind>();
    expectTypeOf<DateMention['kind']>().toEqualTypeOf<DateKind>();
    expectTypeOf<UnitCount['units']>().toEqualTypeOf<UnitKey[]>();
    expectTypeOf<LanguageGuess['code']>().toEqualTypeOf<LanguageGuessCode>();
    expectTypeOf(extractDocuments).returns.toEqualTypeOf<DocumentReference[]>();
    expectTypeOf(extractDates).returns.toEqualTypeOf<DateMention[]>();
    expectTypeOf(extractPeople).returns.toEqualTypeOf<PersonMention[]>();
    expectTypeOf(extractUnits).returns.toEqualTypeOf<{ units: UnitCount[]; unitChanges: UnitChange[] }>();
  });

  test('Alignment and its parts', () => {
    expectTypeOf(alignReports).returns.toEqualTypeOf<Alignment>();
    expectTypeOf<Alignment['groups']>().toEqualTypeOf<AlignGroup[]>();
    expectTypeOf<AlignGroup['members']>().toEqualTypeOf<(AlignMember | null)[]>();
    expectTypeOf<Alignment['differences']>().toEqualTypeOf<Difference[]>();
    expectTypeOf<Difference['severity']>().toEqualTypeOf<Severity>();
  });
});

describe('options', () => {
  test('ParseOptions: every entry point takes it', () => {
    expectTypeOf(parseReport).parameter(1).toEqualTypeOf<ParseOptions | undefined>();
    expectTypeOf(extractDocuments).parameter(1).toEqualTypeOf<ParseOptions | undefined>();
    expectTypeOf(extractUnits).parameter(1).toEqualTypeOf<ParseOptions | undefined>();
  });

  test('referenceDate is an ISO string or a Date', () => {
    expectTypeOf<ParseOptions['referenceDate']>().toEqualTypeOf<string | Date | undefined>();
    parseReport('x', { referenceDate: new Date() });
    parseReport('x', { referenceDate: '2025-06-23' });
    // @ts-expect-error a number is not a date
    parseReport('x', { referenceDate: 20250623 });
  });

  test('only takes readonly arrays and tuples (TS4104 before issue 15)', () => {
    expectTypeOf<NonNullable<ParseOptions['only']>>().toEqualTypeOf<readonly RecordType[]>();
    const families: readonly RecordType[] = ['documents', 'dates'];
    parseReport('x', { only: families });
    parseReport('x', { only: ['people'] as const });
    parseReport('x', { only: RECORD_TYPES });
    const mutable: RecordType[] = ['units'];
    parseReport('x', { only: mutable });
    // @ts-expect-error not a record family
    parseReport('x', { only: ['document'] });
    // @ts-expect-error unknown option (a typo)
    parseReport('x', { langauge: 'en' });
    // @ts-expect-error a language the library does not read
    parseReport('x', { language: 'fr' });
  });

  test('alignReports takes readonly reports and labels', () => {
    expectTypeOf(alignReports).parameter(0).toEqualTypeOf<readonly Report[]>();
    expectTypeOf(alignReports).parameter(1).toEqualTypeOf<AlignOptions | undefined>();
    const reports: readonly Report[] = [parseReport('a'), parseReport('b')];
    const labels = ['a.txt', 'b.txt'] as const;
    alignReports(reports, { labels });
  });

  test('renderHtml takes a Report, its text and RenderHtmlOptions, and returns the page (issue 17)', () => {
    expectTypeOf(renderHtml).parameters.toEqualTypeOf<[Report, string, (RenderHtmlOptions | undefined)?]>();
    expectTypeOf(renderHtml).returns.toEqualTypeOf<string>();
    expectTypeOf<RenderHtmlOptions>().toEqualTypeOf<{ title?: string }>();
    renderHtml(parseReport('x'), 'x', { title: 'a.txt' });
    // @ts-expect-error unknown option
    renderHtml(parseReport('x'), 'x', { titel: 'a.txt' });
  });
});
