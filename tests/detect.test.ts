import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../src/index.js';
import { ROOT } from './helpers.js';

const snippets = (lang: string) =>
  readFileSync(resolve(ROOT, 'fixtures/langid', `${lang}.txt`), 'utf8').split('\n').filter(Boolean);

describe('detectLanguage', () => {
  it.each([
    ['', 'und'],
    ['   \n\t', 'und'],
    ['2025 2030 62,5 0212.3852.111', 'und'],
    ['60-NQ/TW', 'und'],
    ['Der Landtag hat heute ein neues Gesetz zur Verwaltungsreform beschlossen.', 'und'],
    ['省委书记主持召开了常委会会议。', 'und'],
    ['Депутати підтримали зміни до закону про місцеве самоврядування.', 'und'],
    ['Comrade Vu Manh Ha met Nguyen Thi Hong Tuyen in Son La.', 'en'],
    ['Comrade Le Hoai Trung spoke.', 'en'],
    ['Заключение № 150-KL/TW Политбюро', 'ru'],
    ['Постановление № 60-NQ/TW: итоги выполнения', 'ru'],
    ['Bí thư Tỉnh ủy phát biểu', 'vi'],
    ['Nghị định số 120/2025/NĐ-CP quy định phân cấp, phân quyền.', 'vi'],
    // titles and noun lists with few function words (common-English list)
    ['Administrative Reform: district abolition and commune rearrangement', 'en'],
    ['Provincial budget report', 'en'],
    // Vietnamese marks that other languages share: the syllable shape decides
    ['trong không', 'vi'],
    ['ngoài thành phố', 'vi'],
    ['Cán bộ của tôi là ai?', 'vi'],
    // Vietnamese typed without diacritics, lowercase running text
    ['lop hoc lai he chinh quy cua truong', 'vi'],
    // Macedonian and Bulgarian without letters of their own
    ['Советот се состана во понеделник.', 'und'],
    ['Но не го направихме!', 'und'],
    // Russian with neither ы/э/ё nor the old shapes
    ['Мессианство, в принципе, свойственно всем империям и мощнейшим державам.', 'ru'],
    // Portuguese with syllable-shaped words is not Vietnamese
    ['Não são estes os documentos que o ministério aprovou.', 'und'],
  ])('%j → %s', (text, code) => {
    const g = detectLanguage(text);
    expect(g.code).toBe(code);
    expect(g.confidence).toBeGreaterThanOrEqual(0);
    expect(g.confidence).toBeLessThanOrEqual(1);
  });

  it('is right on whole seed-like articles', () => {
    for (const lang of ['en', 'ru', 'vi'] as const) {
      const article = snippets(lang).join(' ');
      expect(detectLanguage(article).code).toBe(lang);
    }
  });

  // The hand-written snippet set (fixtures/langid): at least 60 per language, each language at
  // least 95% right. `npm run langid` prints the figures beside franc alone.
  it.each(['en', 'ru', 'vi', 'und'])('snippet set %s: at least 95%% right', (lang) => {
    const lines = snippets(lang);
    expect(lines.length).toBeGreaterThanOrEqual(60);
    const wrong = lines.filter((l) => detectLanguage(l).code !== lang);
    expect(wrong.length / lines.length, wrong.join('\n')).toBeLessThanOrEqual(0.05);
  });

  it.each([[null], [42], [{}], [undefined]])('throws a TypeError for %j', (v) => {
    expect(() => detectLanguage(v as unknown as string)).toThrow(TypeError);
    expect(() => detectLanguage(v as unknown as string)).toThrow(/text must be a string/);
  });
});

describe('detectConfident (paragraph checks, issue 13)', () => {
  it('gives what detectLanguage gives whenever that guess is confident (0.8 or more), and never a confident guess otherwise', async () => {
    const { detectConfident } = await import('../src/detect/index.js');
    let confident = 0;
    for (const lang of ['en', 'ru', 'vi', 'und']) {
      for (const s of snippets(lang)) {
        const full = detectLanguage(s);
        const quick = detectConfident(s);
        if (full.confidence >= 0.8 && full.code !== 'und') {
          confident++;
          expect(quick).toEqual(full);
        } else {
          expect(quick.code === 'und' || quick.code === full.code).toBe(true);
          expect(quick.code !== 'und' && quick.confidence >= 0.8).toBe(false);
        }
      }
    }
    expect(confident).toBeGreaterThan(50);
  });
});
