/**
 * Issue 16's memory bound for archives: `newsreport --input jsonl` (one thread and `--jobs 2`) and
 * a directory of small files stay under 300 MB per process, and memory does not grow with the
 * archive. Runs the CLI as shipped (bundled with esbuild from src/, worker beside it, V8 flags as
 * bin.ts sets them) in its own process on archives made of the house fixtures. The full-size runs
 * (50 MB, 20,000 files) are in `npm run bench:batch` (bench/BATCH.md).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

const MB = 1e6;
const BAR_KB = 300 * 1024;
// inside the repository, so that the bundle's dependencies resolve from node_modules
const dir = resolve(ROOT, 'tests', '.archive-tmp');

const texts = ['en', 'ru', 'vi'].flatMap((lang) =>
  readdirSync(resolve(ROOT, 'fixtures', lang))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ lang, text: readFileSync(resolve(ROOT, 'fixtures', lang, f), 'utf8') })),
);

/** A JSONL archive of about `bytes`, the fixtures repeated, language left to detection. */
function archive(name: string, bytes: number): { file: string; lines: number } {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const line = JSON.stringify({ id: `a${i}`, text: texts[i % texts.length]!.text });
    out.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  const file = join(dir, name);
  writeFileSync(file, `${out.join('\n')}\n`);
  return { file, lines: out.length };
}

/** Runs the bundled CLI; its output lines and its peak RSS in KB. */
function cli(args: string[]): { lines: string[]; rssKb: number; code: number | null } {
  const r = spawnSync(process.execPath, ['--import', resolve(ROOT, 'tests/support/report-rss.mjs'), join(dir, 'bin.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
  });
  const m = /peak-rss-kb (\d+)/.exec(r.stderr);
  expect(m, r.stderr).not.toBeNull();
  return { lines: r.stdout.split('\n').filter(Boolean), rssKb: Number(m![1]), code: r.status };
}

describe('archives stay within 300 MB per process (issue 16)', () => {
  beforeAll(async () => {
    mkdirSync(dir, { recursive: true });
    const { build } = await import('esbuild');
    // bin.js and worker.js side by side, as in dist/esm/: the pool finds ./worker.js beside it
    await build({
      entryPoints: { bin: resolve(ROOT, 'src/cli/bin.ts'), worker: resolve(ROOT, 'src/worker.ts') },
      outdir: dir,
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'es2022',
      packages: 'external',
      logLevel: 'silent',
    });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--input jsonl, one thread and --jobs 2: under 300 MB, the same lines, and memory flat from 1.5 MB to 6 MB', () => {
    const small = archive('small.jsonl', 1.5 * MB);
    const big = archive('big.jsonl', 6 * MB);
    const one = cli(['--input', 'jsonl', small.file]);
    const six = cli(['--input', 'jsonl', big.file]);
    const two = cli(['--input', 'jsonl', '--jobs', '2', big.file]);
    expect([one.code, six.code, two.code]).toEqual([0, 0, 0]);
    expect(one.lines).toHaveLength(small.lines);
    expect(six.lines).toHaveLength(big.lines);
    expect(two.lines).toEqual(six.lines);
    expect(six.rssKb).toBeLessThan(BAR_KB);
    expect(two.rssKb).toBeLessThan(BAR_KB);
    // four times the archive, about the same memory (measured: +1 to +8 MB)
    expect(six.rssKb - one.rssKb, `1.5 MB: ${one.rssKb} KB, 6 MB: ${six.rssKb} KB`).toBeLessThan(40 * 1024);
    console.log(`archive memory: 1.5 MB ${Math.round(one.rssKb / 1024)} MB, 6 MB ${Math.round(six.rssKb / 1024)} MB, 6 MB --jobs 2 ${Math.round(two.rssKb / 1024)} MB peak RSS`);
  }, 180_000);

  it('a directory of 3,000 small files: under 300 MB', () => {
    const files = join(dir, 'files');
    mkdirSync(files, { recursive: true });
    for (let i = 0; i < 3000; i++) {
      const t = texts[i % texts.length]!.text;
      writeFileSync(join(files, `${String(i).padStart(5, '0')}.txt`), t.slice(0, 1500));
    }
    const r = cli([files, '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(3000);
    expect(r.rssKb).toBeLessThan(BAR_KB);
    console.log(`archive memory: 3,000 files ${Math.round(r.rssKb / 1024)} MB peak RSS`);
  }, 180_000);
});
