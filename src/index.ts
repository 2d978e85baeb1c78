/**
 * newsreport: public API, named exports only. The list is src/browser.ts's; in Node this entry
 * point also installs the HTML reader (`input: 'html'`) and gives parseReports worker threads.
 */
import './html-register.js';
export * from './browser.js';
// explicit, so it wins over browser.js's parseReports (the one without worker threads)
export { parseReports } from './batch-node.js';
