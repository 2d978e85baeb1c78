/**
 * Browser tests (issue 17): playwright-core drives a real Chromium (the system's: Debian's
 * `chromium` package, which .ci/run installs when /usr/bin/chromium is missing; CHROMIUM_PATH
 * names another), headless, without sandbox and background networking. Skipped with a note when
 * no browser is found. One browser for the file; screenshots go to tests/artifacts/ (git-ignored)
 * for a person to look at.
 *
 * - the playground (built by scripts/build-playground.ts into a temporary folder, opened from the
 *   file and over http) parses each seed in the browser and shows the JSON parseReport gives in Node;
 * - renderHtml's page of a fixture highlights every gold fact, labelled by more than colour;
 * - an article holding <script> stays text; Tab reaches every mention and shows its tooltip;
 * - `newsreport align --format html` shows the versions side by side with each difference marked.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseReport, renderHtml, type ParseOptions, type Report } from '../src/index.js';
import { main } from '../src/cli/main.js';
import { buildPlayground } from '../scripts/build-playground.js';
import { servePlayground } from '../scripts/serve-playground.js';
import { roleFound, type Gold } from '../scripts/eval-lib.js';
import { HAS_SHARED, ROOT, SHARED } from './helpers.js';

// The callbacks given to page.evaluate run in Chromium. The project compiles without the DOM
// library (src must not lean on it), so the browser globals they use are declared here, untyped.
declare const document: any, window: any, getComputedStyle: any, DataTransfer: any, DragEvent: any;
type HTMLElement = any;

/** The browser to drive: CHROMIUM_PATH, else the usual system paths, else playwright's own download. */
function findChromium(): string | undefined {
  const env = process.env.CHROMIUM_PATH;
  if (env) return existsSync(env) ? env : undefined;
  for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome']) if (existsSync(p)) return p;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // playwright-core has no browser of its own
  }
  return undefined;
}

const CHROMIUM = findChromium();
if (!CHROMIUM) {
  console.warn(
    `NOTE: no Chromium found (${process.env.CHROMIUM_PATH ? `CHROMIUM_PATH=${process.env.CHROMIUM_PATH} does not exist` : 'CHROMIUM_PATH unset, no /usr/bin/chromium'}): ` +
      'the browser tests (tests/browser.test.ts) are skipped. Install it (apt-get install chromium) or set CHROMIUM_PATH.',
  );
}
const ARTIFACTS = resolve(ROOT, 'tests', 'artifacts');
const fixture = (p: string) => readFileSync(resolve(ROOT, 'fixtures', p), 'utf8');
const gold = (p: string) => JSON.parse(readFileSync(resolve(ROOT, 'fixtures', p), 'utf8')) as Gold;
/** A report as the page shows it: JSON, so absent fields are absent. */
const asJson = (r: Report) => JSON.parse(JSON.stringify(r)) as Report;

describe.skipIf(!CHROMIUM)('in Chromium (playwright-core)', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let index: string;
  let server: Server;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    dir = mkdtempSync(join(tmpdir(), 'newsreport-playground-'));
    index = await buildPlayground(dir);
    server = await servePlayground(dir, 0);
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--headless', '--no-sandbox', '--disable-background-networking'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => pageErrors.push(e.message));
  });

  // an exception thrown in a page fails the test that caused it
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((ok) => (server ? server.close(ok) : ok(undefined)));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Types `text` into the playground with these options and waits for the page to parse it. */
  async function playground(text: string, options: { language?: string; referenceDate?: string }): Promise<Report> {
    await page.selectOption('#lang', options.language ?? '');
    await page.fill('#ref', options.referenceDate ?? '');
    await page.selectOption('#input', 'text');
    const before = Number(await page.evaluate(() => document.body.dataset.runs));
    await page.fill('#text', text);
    await page.waitForFunction((n) => Number(document.body.dataset.runs) > n, before);
    expect(await page.getAttribute('#status', 'class')).not.toBe('error');
    return JSON.parse((await page.textContent('#json'))!) as Report;
  }

  /** Every mark in the page (or frame): its pieces' text without tooltips, focusability, look. */
  const MARKS = () =>
    [...document.querySelectorAll('mark[data-m]')].reduce<Record<string, { text: string; focusable: boolean; visible: boolean; label: string; border: string }>>((acc, el) => {
      const c = el.cloneNode(true) as HTMLElement;
      c.querySelectorAll('.tip').forEach((t: HTMLElement) => t.remove());
      const id = el.dataset.m!;
      const first = acc[id] === undefined;
      const style = getComputedStyle(el);
      acc[id] = {
        text: (acc[id]?.text ?? '') + c.textContent,
        focusable: acc[id]?.focusable || el.tabIndex === 0,
        visible: (acc[id]?.visible ?? true) && el.getClientRects().length > 0,
        label: first ? getComputedStyle(el, '::after').content : acc[id]!.label,
        border: first ? style.borderBottomStyle : acc[id]!.border,
      };
      return acc;
    }, {});

  describe.skipIf(!HAS_SHARED)('the playground on the seeds (../shared/seeds)', () => {
    const seeds = HAS_SHARED ? readdirSync(resolve(ROOT, 'fixtures', 'seeds')).filter((f) => f.endsWith('.gold.json')).sort() : [];

    beforeAll(async () => {
      await page.goto(pathToFileURL(index).href);
    });

    it('has the seeds', () => {
      expect(seeds).toHaveLength(5);
    });

    it.each(seeds)('%s: the JSON the page shows is parseReport in Node, and the view has every mention', async (f) => {
      const g = gold(`seeds/${f}`);
      const text = readFileSync(resolve(SHARED, g.text!), 'utf8');
      const options: ParseOptions = { referenceDate: g.referenceDate! };
      const shown = await playground(text, { referenceDate: g.referenceDate! });
      const node = parseReport(text, options);
      expect(shown).toEqual(asJson(node));
      expect(await page.textContent('#status')).toContain(`Detected: `);
      const marks = await page.frameLocator('#view').locator('mark[tabindex="0"]').count();
      const mentions = [node.documents, node.dates, node.people, node.units, node.unitChanges].reduce((n, xs) => n + xs.length, 0) + node.people.reduce((n, p) => n + p.roles.length, 0) + (node.source ? 1 : 0);
      expect(marks).toBe(mentions);
      await page.screenshot({ path: join(ARTIFACTS, `browser-playground-${g.id}.png`), fullPage: false });
    });
  });

  describe('the playground', () => {
    it('served over http: a language picked and a reference date give what Node gives with those options', async () => {
      const addr = server.address();
      await page.goto(`http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/`);
      const text = fixture('ru/ru-02.txt');
      const shown = await playground(text, { language: 'ru', referenceDate: '2025-06-23' });
      expect(shown).toEqual(asJson(parseReport(text, { language: 'ru', referenceDate: '2025-06-23' })));
      expect(await page.textContent('#status')).toMatch(/^Read as: Russian \(ru\), confidence 1\.00\./);
      // a yearless date takes the reference date's year only when it is given
      const en = 'The meeting on June 24 followed Resolution No. 60-NQ/TW.';
      expect((await playground(en, { referenceDate: '2025-06-23' })).dates[0]!.value).toBe('2025-06-24');
      expect((await playground(en, {})).dates[0]!.value).toBe('--06-24');
    });

    it('opened from the file: a dropped HTML file is read as HTML; the file picker reads a text file', async () => {
      await page.goto(pathToFileURL(index).href);
      const html = '<p>Nghị quyết số <b>60</b>-NQ/TW ngày 12/4/2025 của Ban Chấp hành Trung ương.</p>';
      const before = Number(await page.evaluate(() => document.body.dataset.runs));
      await page.evaluate((content) => {
        const dt = new DataTransfer();
        dt.items.add(new File([content], 'article.html', { type: 'text/html' }));
        document.getElementById('text')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
      }, html);
      await page.waitForFunction((n) => Number(document.body.dataset.runs) > n, before);
      expect(await page.inputValue('#input')).toBe('html');
      expect(await page.inputValue('#text')).toBe(html);
      const shown = JSON.parse((await page.textContent('#json'))!) as Report;
      expect(shown).toEqual(asJson(parseReport(html, { input: 'html' })));
      expect(shown.documents[0]!.text).toBe('60</b>-NQ/TW');
      expect(await page.frameLocator('#view').locator('h1').textContent()).toBe('article.html');

      const again = Number(await page.evaluate(() => document.body.dataset.runs));
      await page.setInputFiles('#file', { name: 'note.txt', mimeType: 'text/plain', buffer: Buffer.from('Conclusion No. 150-KL/TW of the Politburo.') });
      await page.waitForFunction((n) => Number(document.body.dataset.runs) > n, again);
      expect(await page.inputValue('#input')).toBe('text');
      expect((JSON.parse((await page.textContent('#json'))!) as Report).documents.map((d) => d.key)).toEqual(['150-KL/TW']);
    });

    it('a pasted <script> is shown as text in the view and never runs', async () => {
      const evil = 'Resolution No. 60-NQ/TW <script>window.top.__pwned = 1</script><img src=x onerror="window.top.__pwned = 2">';
      await playground(evil, {});
      const view = page.frameLocator('#view');
      expect(await view.locator('.text').textContent()).toContain('<script>window.top.__pwned = 1</script>');
      expect(await view.locator('script, img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    });

    it('the example button fills and parses an example (screenshot)', async () => {
      const before = Number(await page.evaluate(() => document.body.dataset.runs));
      await page.click('#example');
      await page.waitForFunction((n) => Number(document.body.dataset.runs) > n, before);
      const shown = JSON.parse((await page.textContent('#json'))!) as Report;
      expect(shown.unitChanges[0]!.computedReductionPercent).toBe(62.5);
      await page.screenshot({ path: join(ARTIFACTS, 'browser-playground-example.png') });
    });
  });

  describe('renderHtml in the browser', () => {
    const FIXTURES = ['en/en-02', 'ru/ru-07', 'vi/vi-09'];
    const dateKey = (d: { kind: string; value?: string; start?: string; end?: string }) => (d.value !== undefined ? `${d.kind}:${d.value}` : `${d.kind}:${d.start}..${d.end}`);
    const unitKey = (u: { count: number; units: string[]; level?: string }) => `${u.count}:${[...new Set(u.units)].sort().join('+')}:${u.level ?? ''}`;
    const LABELS: Record<string, string> = { document: '"doc"', date: '"date"', person: '"person"', post: '"post"', unit: '"units"', change: '"change"' };

    it.each(FIXTURES)('%s: every gold fact is highlighted where the report puts it, with a label besides the colour', async (name) => {
      const text = fixture(`${name}.txt`);
      const g = gold(`${name}.gold.json`);
      const report = parseReport(text, { referenceDate: g.referenceDate! });
      await page.setContent(renderHtml(report, text, { title: name }));
      const marks = await page.evaluate(MARKS);
      /** The ids of the records of `recs` whose key is `key`; each must be highlighted as written. */
      const check = (what: string, type: string, ids: string[]) => {
        expect(ids.length, `${what}: no record`).toBeGreaterThan(0);
        for (const id of ids) {
          const m = marks[id];
          expect(m, `${what}: ${id} not in the page`).toBeDefined();
          expect(m!.visible && m!.focusable, `${what}: ${id} hidden or not focusable`).toBe(true);
          expect(m!.label, `${what}: ${id} label`).toBe(LABELS[type]);
          expect(m!.border, `${what}: ${id} border`).not.toBe('none');
        }
      };
      const idsOf = <T,>(type: string, recs: readonly T[], test: (r: T) => boolean, check2: (r: T, id: string) => void = () => {}) =>
        recs.flatMap((r, i) => (test(r) ? (check2(r, `${type}-${i}`), [`${type}-${i}`]) : []));
      const textOf = (id: string, want: string) => expect(marks[id]?.text, id).toBe(want);
      let facts = 0;
      for (const d of g.documents) {
        check(`document ${d.key}`, 'document', idsOf('document', report.documents, (r) => r.key === d.key && !r.fromSourceUrl, (r, id) => textOf(id, r.text)));
        facts++;
      }
      for (const d of g.dates) {
        check(`date ${dateKey(d)}`, 'date', idsOf('date', report.dates, (r) => dateKey(r) === dateKey(d), (r, id) => textOf(id, r.text)));
        facts++;
      }
      for (const p of g.people) {
        check(`person ${p.nameKey}`, 'person', idsOf('person', report.people, (r) => r.nameKey === p.nameKey, (r, id) => textOf(id, r.text)));
        facts++;
        // each gold post the report gives this person is highlighted too
        for (const role of p.roles) {
          const posts = report.people.flatMap((r, i) => (r.nameKey === p.nameKey ? r.roles.map((x, j) => ({ id: `post-${i}-${j}`, x })) : []));
          const found = posts.filter(({ x }) => roleFound(role, [[x.title, x.organization].filter(Boolean).join(' ')]));
          if (!found.length) continue;
          check(`post ${role}`, 'post', found.map(({ id }) => id));
          for (const { id, x } of found) textOf(id, x.text);
          facts++;
        }
      }
      for (const u of g.units) {
        check(`units ${unitKey(u)}`, 'unit', idsOf('unit', report.units, (r) => unitKey(r) === unitKey(u), (r, id) => textOf(id, r.text)));
        facts++;
      }
      for (const c of g.unitChanges) {
        check(`change ${c.from}->${c.to}`, 'change', idsOf('change', report.unitChanges, (r) => r.from.count === c.from && r.to.count === c.to, (r, id) => textOf(id, r.text)));
        facts++;
      }
      expect(facts).toBeGreaterThan(30);
      await page.screenshot({ path: join(ARTIFACTS, `browser-view-${name.split('/')[1]}.png`), fullPage: true });
    });

    it('an article holding <script> and markup renders as text: nothing runs, nothing loads', async () => {
      const text = 'Resolution No. 60-NQ/TW <script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> <iframe src="https://example.com"></iframe> & <b>bold</b>';
      await page.setContent(renderHtml(parseReport(text, { language: 'en' }), text, { title: '<script>window.__pwned = 3</script>' }));
      const seen = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        scripts: document.scripts.length,
        elements: [...document.querySelectorAll('img, iframe, b')].filter((e: HTMLElement) => !e.closest('.tip')).length,
        text: document.querySelector('.text')!.textContent,
        title: document.title,
      }));
      expect(seen).toEqual({ pwned: undefined, scripts: 0, elements: 0, text: expect.stringContaining('<script>window.__pwned = 1</script> <img src=x'), title: '<script>window.__pwned = 3</script>' });
    });

    it('Tab reaches every mention in text order, and each shows its tooltip on focus', async () => {
      const text = fixture('en/en-02.txt');
      const report = parseReport(text);
      await page.setContent(renderHtml(report, text));
      const ids = await page.evaluate(() => [...document.querySelectorAll('mark[tabindex="0"]')].map((m) => m.id));
      expect(ids.length).toBeGreaterThan(40);
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const reached: string[] = [];
      for (let i = 0; i < ids.length; i++) {
        await page.keyboard.press('Tab');
        const at = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const tip = el.querySelector(':scope > .tip');
          return { id: el.id, tip: tip ? getComputedStyle(tip).display : 'none', described: el.getAttribute('aria-describedby') === tip?.id };
        });
        expect(at.tip, at.id).toBe('block');
        expect(at.described, at.id).toBe(true);
        reached.push(at.id);
        if (i === 5) await page.screenshot({ path: join(ARTIFACTS, 'browser-view-focus.png') });
      }
      expect(reached).toEqual(ids);
      // the marks come in text order
      const starts = await page.evaluate(() => {
        const root = document.querySelector('.text')!;
        return [...root.querySelectorAll('mark[tabindex="0"]')].map((m) => {
          const r = document.createRange();
          r.setStart(root, 0);
          r.setEndBefore(m);
          return r.toString().length;
        });
      });
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    });
  });

  it('newsreport align --format html: one column per version side by side, each difference marked on every version', async () => {
    const set = resolve(ROOT, 'fixtures', 'align', '02-lang-son-commune-merger');
    let html = '';
    const code = await main(['align', '--format', 'html', ...['vi', 'en', 'ru'].map((l) => join(set, `${l}.txt`))], {
      stdout: (s) => void (html += s),
      stderr: () => {},
      stdin: async () => Buffer.alloc(0),
      stderrIsTTY: false,
      cwd: ROOT,
    });
    expect(code).toBe(0);
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.setContent(html);
    const layout = await page.evaluate(() => {
      const cols = [...document.querySelectorAll('.col')].map((c) => c.getBoundingClientRect());
      const rows = [...document.querySelectorAll('tbody tr')].map((tr) =>
        [...tr.querySelectorAll('a')].map((a) => {
          const target = document.getElementById(a.getAttribute('href')!.slice(1));
          return { col: [...document.querySelectorAll('.col')].findIndex((c) => c.contains(target)), diff: !!target?.classList.contains('diff'), missing: target?.tagName === 'LI', visible: !!target && target.getClientRects().length > 0 };
        }),
      );
      return { tops: cols.map((r) => Math.round(r.top)), lefts: cols.map((r) => Math.round(r.left)), rows };
    });
    expect(layout.lefts).toHaveLength(3);
    expect(new Set(layout.tops).size).toBe(1);
    expect(layout.lefts).toEqual([...layout.lefts].sort((a, b) => a - b));
    expect(layout.rows.length).toBeGreaterThan(2);
    for (const row of layout.rows) {
      expect(row.map((c) => c.col)).toEqual([0, 1, 2]);
      for (const c of row) expect(c.visible && (c.diff || c.missing)).toBe(true);
    }
    await page.screenshot({ path: join(ARTIFACTS, 'browser-align.png') });
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
