/**
 * `newsreport/html`: installs the HTML reader (src/html.ts, on htmlparser2) so that
 * `input: 'html'` works. The main entry point imports this module; a browser bundle imports it
 * only where HTML is read (it adds about 23 KB gzipped). Also exports the reader.
 */
import { htmlToText } from './html.js';
import { setHtmlReader } from './html-reader.js';

setHtmlReader(htmlToText);

export { htmlToText };
