/**
 * The playground page (issue 17): the library's browser entry point (src/browser.ts, what the
 * `browser` condition of the package resolves to) and its HTML reader, bundled by
 * scripts/build-playground.ts into one classic script, so the page also works opened from a file.
 * Everything runs here: no server code.
 */
import { parseReport, renderHtml, type LanguageCode, type ParseOptions } from '../src/browser.js';
import '../src/html-register.js';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;
const text = $<HTMLTextAreaElement>('text');
const lang = $<HTMLSelectElement>('lang');
const ref = $<HTMLInputElement>('ref');
const input = $<HTMLSelectElement>('input');
const file = $<HTMLInputElement>('file');
const view = $<HTMLIFrameElement>('view');
const json = $<HTMLPreElement>('json');
const status = $<HTMLParagraphElement>('status');

const EXAMPLE =
  'Comrade Nguyen Van An, Secretary of the Provincial Party Committee, announced Resolution No. 60-NQ/TW, dated April 12, 2025. ' +
  'The province will rearrange 200 commune-level administrative units into 75 (including 8 wards and 67 communes), a reduction of 62.5%. ' +
  'The new communes start work on July 1 for the 2025-2030 term.';
const NAMES: Record<string, string> = { en: 'English', ru: 'Russian', vi: 'Vietnamese', und: 'undetermined' };

let title = 'Pasted text';
let runs = 0;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Parses the text with the options chosen and shows the view, the JSON and a status line. */
function run(): void {
  clearTimeout(timer);
  const options: ParseOptions = {};
  if (lang.value) options.language = lang.value as LanguageCode;
  if (ref.value) options.referenceDate = ref.value;
  if (input.value === 'html') options.input = 'html';
  status.classList.remove('error');
  try {
    const t0 = performance.now();
    const report = parseReport(text.value, options);
    const ms = performance.now() - t0;
    json.textContent = JSON.stringify(report, null, 2);
    view.srcdoc = renderHtml(report, text.value, { title });
    const { code, confidence } = report.language;
    const n = (k: string, xs: unknown[]) => `${xs.length} ${k}${xs.length === 1 ? '' : 's'}`;
    status.textContent =
      `${lang.value ? 'Read as' : 'Detected'}: ${NAMES[code]} (${code}), confidence ${confidence.toFixed(2)}. ` +
      `${n('document', report.documents)}, ${n('date', report.dates)}, ${report.people.length} ${report.people.length === 1 ? 'person' : 'people'}, ${n('unit count', report.units)}, ` +
      `${n('restructuring', report.unitChanges)}, ${n('warning', report.warnings)}; ${ms.toFixed(0)} ms.`;
  } catch (e) {
    status.classList.add('error');
    status.textContent = `Error: ${(e as Error).message}`;
    json.textContent = '';
    view.srcdoc = '';
  }
  document.body.dataset.runs = String(++runs);
}

/** A file from the picker or a drop: its text, read as HTML when its name says so. */
async function load(f: File): Promise<void> {
  text.value = await f.text();
  title = f.name;
  input.value = /\.html?$/i.test(f.name) ? 'html' : 'text';
  run();
}

text.addEventListener('input', () => {
  title = 'Pasted text';
  clearTimeout(timer);
  timer = setTimeout(run, 250);
});
for (const el of [lang, ref, input]) el.addEventListener('change', run);
file.addEventListener('change', () => {
  const f = file.files?.[0];
  if (f) void load(f);
});
$<HTMLButtonElement>('example').addEventListener('click', () => {
  text.value = EXAMPLE;
  title = 'Example';
  input.value = 'text';
  run();
});
// a file dropped anywhere on the page is read, not opened by the browser
document.addEventListener('dragover', (e) => {
  e.preventDefault();
  text.classList.add('over');
});
document.addEventListener('dragleave', () => text.classList.remove('over'));
document.addEventListener('drop', (e) => {
  e.preventDefault();
  text.classList.remove('over');
  const f = e.dataTransfer?.files[0];
  if (f) void load(f);
});

run();
status.textContent = 'Ready: paste a report, drop a file or try the example.';
