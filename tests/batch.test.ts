/**
 * parseReports: input order, per-item errors as records, iterables and async iterables, and the
 * same results with worker threads as without (issue 16). Texts written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, parseReports, type BatchResult } from '../src/index.js';

const TEXTS = [
  { id: 'a', text: 'Nghị quyết số 60-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương.', lang: 'vi' as const },
  { id: 'b', text: 'Resolution No. 57-NQ/TW was issued on December 22, 2024.', lang: 'en' as const },
  { id: 'c', text: 'Заключение № 150-KL/TW от 14 апреля 2025 года.', lang: 'ru' as const },
];

async function all(it: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

describe('parseReports', () => {
  it('reads every item in input order, each as parseReport would, with per-item options', async () => {
    const out = await all(parseReports([...TEXTS, 'Plan No. 5-KH/TU.'], { referenceDate: '2025-06-01' }));
    expect(out.map((r) => [r.index, r.id])).toEqual([[0, 'a'], [1, 'b'], [2, 'c'], [3, undefined]]);
    for (const [i, t] of TEXTS.entries()) {
      const r = out[i]!;
      expect('report' in r && r.report).toEqual(parseReport(t.text, { language: t.lang, referenceDate: '2025-06-01' }));
    }
  });

  it('reports a bad item as an error record and goes on', async () => {
    const items = [TEXTS[0]!, 42, { id: 'x', text: 'y', lang: 'fr' }, { id: 'z' }, TEXTS[1]!] as never[];
    const out = await all(parseReports(items));
    expect(out.map((r) => ('error' in r ? `error:${r.id ?? r.index}` : `ok:${r.id}`))).toEqual(['ok:a', 'error:1', 'error:x', 'error:z', 'ok:b']);
    expect((out[1] as { error: string }).error).toMatch(/item 1 must be a string or \{ id\?, text/);
    expect((out[2] as { error: string }).error).toMatch(/options\.language/);
    expect((out[3] as { error: string }).error).toMatch(/text must be a string/);
  });

  it('takes an async iterable, and refuses a bad batch option before reading anything', async () => {
    async function* gen() {
      for (const t of TEXTS) yield t;
    }
    expect((await all(parseReports(gen()))).map((r) => r.id)).toEqual(['a', 'b', 'c']);
    await expect(all(parseReports(TEXTS, { language: 'fr' } as never))).rejects.toThrow(/parseReports: invalid options: options\.language/);
    await expect(all(parseReports(42 as never))).rejects.toThrow(/items must be an iterable/);
    await expect(all(parseReports(TEXTS, { workers: 0 }))).rejects.toThrow(/options\.workers must be an integer from 1 to 256/);
  });

  it('gives the same results, in the same order, with two workers', async () => {
    const items = Array.from({ length: 12 }, (_, k) => ({ ...TEXTS[k % 3]!, id: `i${k}` }));
    const one = await all(parseReports(items));
    const two = await all(parseReports(items, { workers: 2 }));
    expect(two).toEqual(one);
  }, 60_000);
});
