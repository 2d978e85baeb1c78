/**
 * The hook through which the pipeline reads HTML input. The reader itself (src/html.ts, on
 * htmlparser2) is installed by importing src/html-register.ts: the main entry point does so, so
 * that in Node `parseReport(html, { input: 'html' })` just works, while the browser entry point
 * (src/browser.ts) leaves it out of bundles that never read HTML; a browser app that does imports
 * `newsreport/html` once.
 */
import type { Hit } from './span.js';

export interface HtmlText {
  /** The text the page shows. */
  text: string;
  /** Maps a span of `text` to the span of the HTML that covers it. */
  toOriginal(h: Hit): Hit;
}

let reader: ((html: string) => HtmlText) | undefined;

export function setHtmlReader(r: (html: string) => HtmlText): void {
  reader = r;
}

export function readHtml(html: string): HtmlText {
  if (!reader) {
    throw new TypeError("options.input 'html' needs the HTML reader, which this build leaves out: import 'newsreport/html' once (the Node entry point loads it)");
  }
  return reader(html);
}
