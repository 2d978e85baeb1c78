/**
 * newsreport: public API, named exports only. The list is src/browser.ts's; in Node this entry
 * point also installs the HTML reader (`input: 'html'`), gives parseReports and parseJsonl worker
 * threads, and adds jsonlStream.
 */
import './html-register.js';
export * from './browser.js';
// explicit, so they win over browser.js's parseReports and parseJsonl (without worker threads)
export { parseReports } from './batch-node.js';
export { parseJsonl, jsonlStream } from './jsonl-node.js';
