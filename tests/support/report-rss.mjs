/**
 * `node --import ./tests/support/report-rss.mjs script`: at exit, writes the process's peak
 * resident memory (all its threads) to stderr as `peak-rss-kb <n>`, for tests that bound memory.
 */
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
