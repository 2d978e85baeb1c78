/**
 * The browser entry point leaves the HTML reader out until `newsreport/html` is imported; this
 * file imports nothing that loads it first (vitest gives each test file its own modules).
 */
import { describe, expect, it } from 'vitest';
import { parseReport } from '../src/browser.js';

describe('HTML input through the browser entry point', () => {
  it('asks for newsreport/html, then reads HTML once it is imported', async () => {
    const html = '<p>Nghị quyết số <b>60</b>-NQ/TW ngày 12/4/2025</p>';
    expect(() => parseReport(html, { input: 'html', language: 'vi' })).toThrow(/import 'newsreport\/html'/);
    // text input does not need it
    expect(parseReport('Nghị quyết số 60-NQ/TW', { language: 'vi' }).documents.map((d) => d.key)).toEqual(['60-NQ/TW']);
    await import('../src/html-register.js');
    const r = parseReport(html, { input: 'html', language: 'vi' });
    expect(r.documents.map((d) => [d.key, d.text, html.slice(d.span.start, d.span.end)])).toEqual([['60-NQ/TW', '60</b>-NQ/TW', '60</b>-NQ/TW']]);
  });
});
