/**
 * Writes schema.json: the JSON Schema of `Report`, generated from the zod schema, with the
 * `Alignment` that alignReports returns under `$defs.Alignment`.
 */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { AlignmentSchema } from '../src/align/schema.js';
import { ReportSchema } from '../src/schema.js';

const schema = {
  ...z.toJSONSchema(ReportSchema, { io: 'output', unrepresentable: 'any' }),
  $id: 'https://www.npmjs.com/package/newsreport/schema.json',
  title: 'newsreport Report',
  $defs: { Alignment: z.toJSONSchema(AlignmentSchema, { io: 'output', unrepresentable: 'any' }) },
};
writeFileSync(new URL('../schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.log('wrote schema.json');
