/**
 * renderHtml in Node (issue 17): the page read back with htmlparser2. Escaping, nesting and
 * crossing spans, every mention focusable with a tooltip, warnings, tables, language, no external
 * URL, argument errors. tests/browser.test.ts checks the same pages in Chromium.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { ChildNode, Document, Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { parseReport, renderHtml, type Report } from '../src/index.js';
import { ROOT } from './helpers.js';

const fixture = (p: string) => readFileSync(resolve(ROOT, 'fixtures', p), 'utf8');
const FIXTURES = ['en/en-02.txt', 'ru/ru-07.txt', 'vi/vi-09.txt'];

const dom = (html: string): Document => parseDocument(html);
const all = (d: Document | Element, test: (e: Element) => boolean): Element[] => DomUtils.findAll(test, d.children);
const cls = (e: Element, c: string) => (e.attribs.class ?? '').split(' ').includes(c);
/** Text of a node as a reader sees it: tooltips left out. */
function shown(n: ChildNode): string {
  if (n.type === 'text') return n.data;
  if ('children' in n && !(n.type === 'tag' && cls(n as Element, 'tip'))) return n.children.map(shown).join('');
  return '';
}
const textDiv = (d: Document) => all(d, (e) => cls(e, 'text'))[0]!;
const marks = (d: Document) => all(d, (e) => e.name === 'mark');
/** The text of every piece of a mark, joined. */
const markText = (d: Document, id: string) =>
  marks(d)
    .filter((m) => m.attribs['data-m'] === id)
    .map(shown)
    .join('');

/** Mentions renderHtml draws: records, roles, the source; empty spans excepted. */
function mentions(r: Report): { id: string; text: string }[] {
  const out: { id: string; text: string }[] = [];
  r.documents.forEach((x, i) => out.push({ id: `document-${i}`, text: x.text }));
  r.dates.forEach((x, i) => out.push({ id: `date-${i}`, text: x.text }));
  r.people.forEach((x, i) => {
    out.push({ id: `person-${i}`, text: x.text });
    x.roles.forEach((y, j) => out.push({ id: `post-${i}-${j}`, text: y.text }));
  });
  r.units.forEach((x, i) => out.push({ id: `unit-${i}`, text: x.text }));
  r.unitChanges.forEach((x, i) => out.push({ id: `change-${i}`, text: x.text }));
  if (r.source) out.push({ id: 'source', text: r.source.url });
  return out.filter((m) => m.text !== '');
}

const empty = (): Report => ({ language: { code: 'en', confidence: 1 }, documents: [], dates: [], people: [], units: [], unitChanges: [], warnings: [] });

describe('renderHtml: the text and its mentions', () => {
  it.each(FIXTURES)('%s: the text reads as given, every mention is one focusable mark with its text and a tooltip', (p) => {
    const text = fixture(p);
    const r = parseReport(text);
    const d = dom(renderHtml(r, text));
    expect(shown(textDiv(d))).toBe(text);
    const ms = mentions(r);
    expect(ms.length).toBeGreaterThan(20);
    const focusable = marks(d).filter((m) => m.attribs.tabindex === '0');
    expect(focusable.map((m) => m.attribs.id).sort()).toEqual(ms.map((m) => m.id).sort());
    const ids = all(d, (e) => e.attribs.id !== undefined).map((e) => e.attribs.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of ms) {
      expect(markText(d, m.id), m.id).toBe(m.text);
      const el = DomUtils.getElementById(m.id, d.children)!;
      const tipEl = DomUtils.getElementById(el.attribs['aria-describedby']!, d.children)!;
      expect(tipEl.attribs.role).toBe('tooltip');
      expect(DomUtils.getParent(tipEl)).toBe(el);
    }
  });

  it('tooltips carry the normalised fields: key and kind, ISO value, nameKey, units', () => {
    const text = fixture('en/en-02.txt');
    const r = parseReport(text);
    const d = dom(renderHtml(r, text));
    const tipOf = (id: string) => DomUtils.textContent(DomUtils.getElementById(`${id}-tip`, d.children)!);
    expect(tipOf('document-0')).toContain(`key: ${r.documents[0]!.key}`);
    expect(tipOf('document-0')).toContain(`kind: ${r.documents[0]!.kind}`);
    expect(tipOf('date-1')).toContain(`value: ${r.dates[1]!.value}`);
    expect(tipOf('person-0')).toContain(`nameKey: ${r.people[0]!.nameKey}`);
    expect(tipOf('unit-0')).toContain(`units: ${r.units[0]!.units.join(', ')}`);
    expect(tipOf('change-0')).toMatch(/from: \d+ .*to: \d+/);
  });

  it('a restructuring nests its counts; a post beside its person', () => {
    const text = fixture('en/en-02.txt');
    const r = parseReport(text);
    const d = dom(renderHtml(r, text));
    const change = DomUtils.getElementById('change-0', d.children)!;
    const inner = all(change, (e) => e.name === 'mark').map((m) => m.attribs['data-m']);
    expect(inner.length).toBeGreaterThanOrEqual(2);
    expect(inner.every((id) => id!.startsWith('unit-'))).toBe(true);
  });

  it('crossing spans are split into pieces that share data-m; identical and nested spans nest; empty spans are not drawn', () => {
    const text = 'abcdefghijkl';
    const s = (start: number, end: number) => ({ text: text.slice(start, end), span: { start, end } });
    const r: Report = {
      ...empty(),
      documents: [{ ...s(0, 6), kind: 'plan', number: '1', key: 'plan:1' }],
      dates: [
        { ...s(3, 9), kind: 'year', value: '2025' },
        { ...s(3, 9), kind: 'year', value: '2026' },
        { ...s(10, 10), kind: 'year', value: '2027' },
      ],
      units: [{ ...s(4, 5), count: 1, units: ['commune'], noun: 'e' }],
    };
    const d = dom(renderHtml(r, text));
    expect(shown(textDiv(d))).toBe(text);
    expect(markText(d, 'document-0')).toBe('abcdef');
    expect(markText(d, 'date-0')).toBe('defghi');
    expect(markText(d, 'date-1')).toBe('defghi');
    expect(markText(d, 'unit-0')).toBe('e');
    expect(marks(d).filter((m) => m.attribs['data-m'] === 'date-0')).toHaveLength(2);
    expect(marks(d).filter((m) => m.attribs['data-m'] === 'date-0' && m.attribs.tabindex === '0')).toHaveLength(1);
    expect(DomUtils.getElementById('date-2', d.children)).toBeNull();
    // the count sits inside both dates, which sit inside the document
    const unit = DomUtils.getElementById('unit-0', d.children)!;
    const ancestors: string[] = [];
    for (let p = DomUtils.getParent(unit); p && p.type === 'tag'; p = DomUtils.getParent(p)) if (p.name === 'mark') ancestors.push(p.attribs['data-m']!);
    expect(ancestors).toEqual(['date-1', 'date-0', 'document-0']);
  });

  it('a 1 MB text with over 10,000 mentions renders in under 3 s (about 0.4 s here: one sort and one sweep)', () => {
    const text = fixture('vi/vi-09.txt').repeat(200);
    const r = parseReport(text, { language: 'vi' });
    const t = performance.now();
    const html = renderHtml(r, text);
    const ms = performance.now() - t;
    expect(html.length).toBeGreaterThan(text.length);
    expect(ms).toBeLessThan(3000);
  });
});

describe('renderHtml: escaping and self-containment', () => {
  const text = 'Resolution No. 60-NQ/TW <script>alert(1)</script> & "q" <img src=x onerror=alert(1)> of the Politburo.';

  it('an article with <script> and markup renders it as text, and so do fields, warnings and the title', () => {
    const r = parseReport(text, { language: 'en' });
    r.documents[0]!.issuer = '<i>Politburo</i>';
    r.warnings.push('a <b>bold</b> warning');
    const html = renderHtml(r, text, { title: '</title><script>x()</script>' });
    expect(html).not.toMatch(/<script|<img|<i>|<b>bold/i);
    const d = dom(html);
    expect(shown(textDiv(d))).toBe(text);
    expect(all(d, (e) => ['script', 'img', 'iframe', 'object', 'embed', 'link'].includes(e.name))).toEqual([]);
    expect(all(d, (e) => Object.keys(e.attribs).some((a) => a.startsWith('on')))).toEqual([]);
    expect(DomUtils.textContent(DomUtils.getElementById("document-0-tip", d.children)!)).toContain('issuer: <i>Politburo</i>');
    expect(shown(all(d, (e) => e.name === 'title')[0]!)).toBe('</title><script>x()</script>');
  });

  it('needs nothing from outside: inline style, links only to its own mentions, no url()', () => {
    const t = fixture('en/en-01.txt');
    const html = renderHtml(parseReport(t), t);
    const d = dom(html);
    const refs = all(d, (e) => e.attribs.href !== undefined || e.attribs.src !== undefined).map((e) => e.attribs.href ?? e.attribs.src);
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(ref!.startsWith('#') && DomUtils.getElementById(ref!.slice(1), d.children) !== null, ref).toBe(true);
    expect(html).not.toMatch(/url\(|@import|<link/);
    expect(html.startsWith('<!doctype html>')).toBe(true);
  });
});

describe('renderHtml: warnings, tables, language', () => {
  it('shows warnings in a role="alert" box, and none when there are none', () => {
    const text = fixture('en/en-02.txt');
    const r = parseReport(text);
    expect(r.warnings.length).toBeGreaterThan(0);
    const d = dom(renderHtml(r, text));
    const box = all(d, (e) => e.attribs.role === 'alert');
    expect(box).toHaveLength(1);
    for (const w of r.warnings) expect(shown(box[0]!)).toContain(w);
    expect(all(dom(renderHtml(empty(), 'x')), (e) => e.attribs.role === 'alert')).toEqual([]);
    expect(renderHtml(empty(), 'x')).toContain('No warnings.');
  });

  it('has a table per record type with one row per record, each linking to its mention', () => {
    const text = fixture('ru/ru-07.txt');
    const r = parseReport(text);
    const d = dom(renderHtml(r, text));
    const heads = all(d, (e) => e.name === 'h2').map(shown);
    for (const [h, n] of [
      ['Documents', r.documents.length],
      ['Dates', r.dates.length],
      ['People', r.people.length],
      ['Unit counts', r.units.length],
      ['Restructurings', r.unitChanges.length],
    ] as const) {
      expect(heads).toContain(`${h} (${n})`);
    }
    const tables = all(d, (e) => e.name === 'table');
    expect(tables).toHaveLength(5);
    const rows = tables.map((t) => all(t, (e) => e.name === 'tr').length - 1);
    expect(rows).toEqual([r.documents.length, r.dates.length, r.people.length, r.units.length, r.unitChanges.length]);
    // columns no record fills are left out; the ones with values are there
    const docHead = all(tables[0]!, (e) => e.name === 'th').map(shown);
    expect(docHead).toEqual(expect.arrayContaining(['mention', 'key', 'kind']));
  });

  it('shows the detected language and marks the text with it', () => {
    const text = fixture('vi/vi-09.txt');
    const r = parseReport(text);
    const html = renderHtml(r, text, { title: 'vi-09' });
    expect(html).toContain('Vietnamese (vi)</strong>, confidence ');
    expect(textDiv(dom(html)).attribs.lang).toBe('vi');
    expect(renderHtml(parseReport('?'), '?')).toContain('undetermined (und)');
    expect(textDiv(dom(renderHtml(parseReport('?'), '?'))).attribs.lang).toBeUndefined();
  });

  it('with input: "html" the spans are offsets into the HTML source, which the page shows as text', () => {
    const html = '<p>Nghị quyết số <b>60</b>-NQ/TW ngày 12/4/2025.</p>';
    const r = parseReport(html, { input: 'html' });
    const d = dom(renderHtml(r, html));
    expect(shown(textDiv(d))).toBe(html);
    expect(markText(d, 'document-0')).toBe('60</b>-NQ/TW');
  });
});

describe('renderHtml: argument errors are TypeErrors that say what is wrong', () => {
  const text = 'Resolution No. 60-NQ/TW.';
  const r = parseReport(text, { language: 'en' });
  it.each([
    ['text not a string', () => renderHtml(r, 42 as never), /^renderHtml: text must be a string, got number$/],
    ['report null', () => renderHtml(null as never, text), /^renderHtml: report must be a Report \(what parseReport returns\), got null$/],
    ['report without a family', () => renderHtml({ ...r, dates: undefined } as never, text), /^renderHtml: report\.dates must be an array, got undefined/],
    ['report without language', () => renderHtml({ ...r, language: 'en' } as never, text), /^renderHtml: report\.language must be/],
    ['another text', () => renderHtml(r, 'Resolution No. 61-NQ/TW.'), /^renderHtml: report\.documents\[0\] is not at its span in text \(15\.\.23 of 24\): give the text the report was parsed from$/],
    ['a shorter text', () => renderHtml(r, 'Resolution'), /^renderHtml: report\.documents\[0\] is not at its span in text/],
    ['options not an object', () => renderHtml(r, text, 'x' as never), /^renderHtml: options must be an object, got string$/],
    ['unknown option', () => renderHtml(r, text, { titel: 'x' } as never), /^renderHtml: invalid options: options\.titel: unknown option \(known: title\)$/],
    ['title not a string', () => renderHtml(r, text, { title: 5 } as never), /^renderHtml: invalid options: options\.title: expected a string, got number$/],
  ])('%s', (_, call, message) => {
    expect(call).toThrow(TypeError);
    expect(call).toThrow(message);
  });

  it('a role off its span is named by its path', () => {
    const t = 'Secretary of the Provincial Party Committee Dinh Quang Vinh spoke.';
    const rep = parseReport(t, { language: 'en' });
    rep.people[0]!.roles[0]!.span = { start: 0, end: 3 };
    expect(() => renderHtml(rep, t)).toThrow(/^renderHtml: report\.people\[0\]\.roles\[0\] is not at its span/);
  });
});
