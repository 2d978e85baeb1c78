/**
 * createParser: a caller's entries are found in each language, the built-in parser and other
 * parsers are untouched, and a bad config is a TypeError naming the field. Sentences written
 * for these tests.
 */
import { describe, expect, it } from 'vitest';
import { createParser, parseReport, ReportSchema } from '../src/index.js';

const CASES = {
  en: {
    text: 'Plan No. 14/KH-BCĐQZ was signed. Chief Data Steward Nguyen Van Loc attended. The province now has 4 economic zones.',
    post: 'Chief Data Steward',
    noun: 'economic zones',
  },
  ru: {
    text: 'План № 14/KH-BCĐQZ подписан. На совещании выступил главный хранитель данных Нгуен Ван Лок. В провинции 4 экономических зоны.',
    post: 'главный хранитель данных',
    noun: 'экономических зоны',
  },
  vi: {
    text: 'Kế hoạch số 14/KH-BCĐQZ đã được ký. Trưởng nhóm Dữ liệu Nguyễn Văn Lộc tham dự. Tỉnh hiện có 4 khu kinh tế.',
    post: 'Trưởng nhóm Dữ liệu',
    noun: 'khu kinh tế',
  },
} as const;

describe('createParser: added entries are found in each language', () => {
  for (const [lang, c] of Object.entries(CASES) as [keyof typeof CASES, (typeof CASES)[keyof typeof CASES]][]) {
    it(`${lang}: an issuer code, a post and a unit noun`, () => {
      const p = createParser({ lexicons: { [lang]: { issuers: { BCĐQZ: 'Data Steering Board' }, posts: [c.post], unitNouns: [{ key: 'other', forms: [c.noun] }] } } });
      const r = p.parseReport(c.text, { language: lang });
      expect(ReportSchema.safeParse(r).success).toBe(true);
      expect(r.documents.map((d) => [d.key, d.issuer])).toEqual([['14/KH-BCDQZ', 'Data Steering Board']]);
      expect(r.people.map((x) => [x.nameKey, x.roles.map((o) => o.title)])).toEqual([['nguyen van loc', [c.post]]]);
      expect(r.units.map((u) => [u.count, u.units])).toEqual([[4, ['other']]]);
      // the built-in parser does not know them
      const base = parseReport(c.text, { language: lang });
      expect(base.documents[0]?.issuer).toBeUndefined();
      expect(base.people[0]?.roles.map((o) => o.title)).not.toEqual([c.post]);
      expect(base.units).toEqual([]);
      // the per-family functions read with the same vocabulary
      expect(p.extractUnits(c.text, { language: lang }).units.map((u) => u.count)).toEqual([4]);
      expect(p.extractDocuments(c.text, { language: lang })[0]?.issuer).toBe('Data Steering Board');
    });
  }

  it('a kind word (en "charter") and a family name (vi "Siu")', () => {
    const en = createParser({ lexicons: { en: { kindWords: { charter: 'regulation', Charter: 'regulation' } } } });
    expect(en.extractDocuments('The Charter No. 7 was amended.', { language: 'en' }).map((d) => [d.key, d.kind])).toEqual([['regulation:7', 'regulation']]);
    expect(parseReport('The Charter No. 7 was amended.', { language: 'en' }).documents.map((d) => d.kind)).not.toEqual(['regulation']);
    const text = 'Bí thư Huyện ủy Siu Văn Páo phát biểu.';
    expect(parseReport(text, { language: 'vi' }).people).toEqual([]);
    expect(createParser({ lexicons: { vi: { familyNames: ['Siu'] } } }).extractPeople(text, { language: 'vi' }).map((x) => x.nameKey)).toEqual(['siu van pao']);
  });

  it('two parsers do not share entries', () => {
    const a = createParser({ lexicons: { vi: { issuers: { BCĐQZ: 'Board A' } } } });
    const b = createParser({ lexicons: { vi: { issuers: { BCĐQZ: 'Board B' } } } });
    const t = CASES.vi.text;
    expect([a, b].map((p) => p.extractDocuments(t, { language: 'vi' })[0]?.issuer)).toEqual(['Board A', 'Board B']);
    expect(createParser().parseReport(t, { language: 'vi' })).toEqual(parseReport(t, { language: 'vi' }));
  });

  it('refuses a bad config with a TypeError naming the field', () => {
    expect(() => createParser('x' as never)).toThrow(/createParser: config must be an object/);
    expect(() => createParser({ colour: 1 } as never)).toThrow(/config\.colour is not an option/);
    expect(() => createParser({ lexicons: { fr: {} } as never })).toThrow(/lexicons\.fr: not a language/);
    expect(() => createParser({ lexicons: { en: { posts: ['ok', ''] } } })).toThrow(/lexicons\.en\.posts must be an array of non-empty strings/);
    expect(() => createParser({ lexicons: { en: { kindWords: { charter: 'statute' as never } } } })).toThrow(/lexicons\.en\.kindWords\.charter must be one of/);
    expect(() => createParser({ lexicons: { en: { unitNouns: [{ key: 'zone' as never, forms: ['zones'] }] } } })).toThrow(/unitNouns\[0\]\.key must be one of/);
    expect(() => createParser({ lexicons: { ru: { familyNames: ['Ксор'] } } })).toThrow(/Latin script only/);
    expect(() => createParser({ lexicons: { vi: { issuer: {} } as never } })).toThrow(/lexicons\.vi\.issuer is not a lexicon/);
  });
});
