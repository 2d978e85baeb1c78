/**
 * parseReports: input order, per-item errors as records, iterables and async iterables, and the
 * same results with worker threads as without; parseJsonl and jsonlStream (issue 16). Texts written
 * for these tests.
 */
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it, vi } from 'vitest';
import { toLine } from '../src/batch.js';
import { parseJsonl as browserJsonl } from '../src/browser.js';
import { jsonlStream, parseJsonl, parseReport, parseReports, type BatchResult } from '../src/index.js';
import { lineText } from '../src/jsonl.js';

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

describe('parseJsonl and jsonlStream: JSONL in, JSONL out', () => {
  const article = (t: (typeof TEXTS)[number]) => JSON.stringify(t);
  const archive = `${TEXTS.map(article).join('\r\n')}\n\n{"id":"bad",\n[1,2]\n${JSON.stringify({ id: 'd', body: TEXTS[0]!.text })}\n`;
  const expected = [
    ...TEXTS.map((t) => JSON.stringify({ id: t.id, report: parseReport(t.text, { language: t.lang }) })),
    JSON.stringify({ error: 'line 5: ' + errorOf('{"id":"bad",') }),
    JSON.stringify({ error: 'line 6: not a JSON object' }),
    JSON.stringify({ id: 'd', error: 'parseReports: item 5: text must be a string, got undefined' }),
  ];
  function errorOf(line: string): string {
    try {
      JSON.parse(line);
      return '';
    } catch (e) {
      return (e as Error).message;
    }
  }
  async function lines(it: AsyncIterable<string>): Promise<string[]> {
    let s = '';
    for await (const x of it) s += x;
    expect(s.endsWith('\n')).toBe(true);
    return s.slice(0, -1).split('\n');
  }

  it('cuts lines across chunks of any size, as strings or as UTF-8 bytes cut inside a character, and keeps input order', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${archive}`);
    for (const size of [1, 2, 3, 7, 64, bytes.length]) {
      const byteChunks = Array.from({ length: Math.ceil(bytes.length / size) }, (_, k) => bytes.subarray(k * size, (k + 1) * size));
      expect(await lines(parseJsonl(byteChunks)), `bytes by ${size}`).toEqual(expected);
      const strChunks = Array.from({ length: Math.ceil(archive.length / size) }, (_, k) => archive.slice(k * size, (k + 1) * size));
      expect(await lines(parseJsonl(strChunks)), `strings by ${size}`).toEqual(expected);
    }
  });

  it('makes error lines of bytes that are not UTF-8 and of lines over maxLineBytes, naming the input, and goes on', async () => {
    const good = new TextEncoder().encode(`${article(TEXTS[1]!)}\n`);
    const notUtf8 = new Uint8Array([0x7b, 0x22, 0xff, 0x22, 0x7d, 0x0a]);
    const long = new TextEncoder().encode(`{"id":"long","text":"${'x'.repeat(5000)}"}\n`);
    const out = await lines(parseJsonl([good, notUtf8, long, good], { label: 'a.jsonl', maxLineBytes: 1000 }));
    expect(out.map((l) => JSON.parse(l) as { id?: string; error?: string }).map((o) => o.error ?? o.id)).toEqual([
      'b',
      'a.jsonl: line 2: not UTF-8',
      'a.jsonl: line 3: longer than 1000 bytes',
      'b',
    ]);
  });

  it('takes the text from textField, skips the ids skip() names, and reads on worker threads alike', async () => {
    const src = [archive];
    const byBody = (await lines(parseJsonl(src, { textField: 'body', skip: (id) => id === 'a' }))).map((l) => JSON.parse(l) as { id?: string; error?: string });
    expect(byBody.map((o) => (o.error ? `${o.id ?? '-'}:error` : `${o.id}:ok`))).toEqual(['b:error', 'c:error', '-:error', '-:error', 'd:ok']);
    expect(await lines(parseJsonl(src, { workers: 2 }))).toEqual(expected);
  }, 60_000);

  it('refuses a bad source or option with a TypeError; the browser build has no workers', async () => {
    await expect(lines(parseJsonl('{"id":1}' as never))).rejects.toThrow(/parseJsonl: source must be an iterable/);
    await expect(lines(parseJsonl([42 as never]))).rejects.toThrow(/parseJsonl: the source must give strings or bytes/);
    await expect(lines(parseJsonl([], { textField: '' }))).rejects.toThrow(/options\.textField must be a non-empty string/);
    await expect(lines(parseJsonl([], { maxLineBytes: 0 }))).rejects.toThrow(/options\.maxLineBytes must be a positive integer/);
    await expect(lines(parseJsonl([], { language: 'fr' } as never))).rejects.toThrow(/parseJsonl: invalid options: options\.language/);
    expect(() => jsonlStream({ skip: 'a' } as never)).toThrow(/jsonlStream: options\.skip must be a function/);
    expect(() => jsonlStream({ workers: 0 })).toThrow(/jsonlStream: options\.workers must be an integer/);
    await expect(lines(browserJsonl([archive], { workers: 2 }))).rejects.toThrow(/options\.workers needs worker threads/);
  });

  it('jsonlStream pipes a byte stream through, with backpressure, to the same lines', async () => {
    const chunks: string[] = [];
    await pipeline(
      Readable.from([Buffer.from(archive.slice(0, 100)), Buffer.from(archive.slice(100))]),
      jsonlStream(),
      new Writable({
        highWaterMark: 1,
        write(chunk, _enc, done) {
          chunks.push(String(chunk));
          done();
        },
      }),
    );
    expect(chunks.join('').slice(0, -1).split('\n')).toEqual(expected);
  });

  it('writes a report whose JSON is too long for one string a record at a time, in strings of about 1 MB', () => {
    const r = { id: 'big', index: 0, report: parseReport(TEXTS[1]!.text) };
    const spy = vi.spyOn(JSON, 'stringify').mockImplementationOnce(() => {
      throw new RangeError('Invalid string length');
    });
    try {
      expect(toLine(r)).toBe(r);
    } finally {
      spy.mockRestore();
    }
    const pieces = Array.from({ length: 3000 }, (_, k) => `"${'y'.repeat(998)}${k % 10}"`);
    const texts = [...lineText({ error: false, pieces })];
    expect(texts.length).toBe(3);
    expect(texts.slice(0, -1).every((t) => t.length >= 1 << 20)).toBe(true);
    expect(texts.join('')).toBe(`${pieces.join('')}\n`);
  });
});
