/** Writes schema.json: the JSON Schema of `Report`, generated from the zod schema. */
import { writeFileSync } from 'node:fs';
import { z } from 'zod';
import { ReportSchema } from '../src/schema.js';

const schema = {
  ...z.toJSONSchema(ReportSchema, { io: 'output', unrepresentable: 'any' }),
  $id: 'https://www.npmjs.com/package/newsreport/schema.json',
  title: 'newsreport Report',
};
writeFileSync(new URL('../schema.json', import.meta.url), JSON.stringify(schema, null, 2) + '\n');
console.log('wrote schema.json');
