/**
 * `npx tsx scripts/docs-screenshot.ts`: writes docs/view.png, the README's picture of the HTML
 * view: renderHtml's page of fixtures/en/en-02.txt (a text written for the project) in headless
 * Chromium (CHROMIUM_PATH or /usr/bin/chromium), a post focused to show its tooltip.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { parseReport, renderHtml } from '../src/index.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../..');
const text = readFileSync(resolve(ROOT, 'fixtures/en/en-02.txt'), 'utf8');
const html = renderHtml(parseReport(text, { referenceDate: '2025-05-10' }), text, { title: 'fixtures/en/en-02.txt' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-background-networking'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1120, height: 700 } });
  await page.setContent(html);
  await page.focus('#person-0');
  mkdirSync(resolve(ROOT, 'docs'), { recursive: true });
  await page.screenshot({ path: resolve(ROOT, 'docs/view.png') });
} finally {
  await browser.close();
}
console.log('wrote docs/view.png');
