/** Every TypeScript example in the README runs (with `newsreport` pointing at the sources). */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ROOT } from './helpers.js';

const readme = readFileSync(resolve(ROOT, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const dir = resolve(ROOT, 'tests', '.readme-tmp');

describe('README examples', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has examples', () => {
    expect(blocks.length).toBeGreaterThan(0);
  });

  it.each(blocks.map((b, i) => [i, b] as const))('example %i runs and prints what its comments say', async (i, code) => {
    mkdirSync(dir, { recursive: true });
    const file = resolve(dir, `example-${i}.ts`);
    writeFileSync(file, code.replace(/from 'newsreport'/g, `from '${resolve(ROOT, 'src/index.ts')}'`));
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
      lines.push(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x).replace(/,/g, ', ').replace(/^\[/, '[ ').replace(/\]$/, ' ]'))).join(' '));
    });
    try {
      await import(file);
    } finally {
      spy.mockRestore();
    }
    const expected = [...code.matchAll(/console\.log\(.*\/\/ (.*)$/gm)].map((m) => m[1]!.trim());
    expect(lines).toEqual(expected);
  });
});

describe('README links', () => {
  const slug = (h: string) =>
    h
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N} _-]/gu, '')
      .replace(/ /g, '-');
  const anchors = new Set([...readme.matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!)));
  const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!);

  it('stay inside the package: a section of this README or a file of the repository, never ../ or the web', () => {
    expect(links.length).toBeGreaterThan(0);
    const bad = links.filter((l) => {
      if (l.startsWith('#')) return !anchors.has(l.slice(1));
      if (/^[a-z]+:/i.test(l) || l.startsWith('//') || l.startsWith('../') || l.startsWith('/')) return true;
      return !existsSync(resolve(ROOT, l.split('#')[0]!));
    });
    expect(bad).toEqual([]);
  });

  it('has the sections issue 15 asks for', () => {
    for (const a of ['use', 'records', 'language-and-confidence', 'runtimes-and-browsers', 'size', 'license']) expect(anchors, a).toContain(a);
    expect(readme).toMatch(/synchronous/);
    expect(readme).toMatch(/require\('newsreport'\)/);
    expect(readme).toMatch(/Safari\s+16\.4/);
  });
});
