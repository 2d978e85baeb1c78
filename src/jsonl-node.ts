/**
 * JSONL for Node: parseJsonl with worker threads (`workers: n`), and jsonlStream, the same as a
 * Duplex stream to pipe a file, a socket or stdin through. Kept apart from src/jsonl.ts so that
 * browser bundles never see tinypool or node: modules.
 */
import { Duplex } from 'node:stream';
import { batchSetup } from './batch.js';
import { onPool } from './batch-node.js';
import { checkJsonlOptions, jsonlText, type JsonlOptions, type JsonlSource } from './jsonl.js';

/**
 * Reads JSONL and gives JSONL, on `workers` threads when asked (see the browser entry's
 * parseJsonl for the lines): `for await (const line of parseJsonl(createReadStream(f), { workers: 2 }))`.
 */
export function parseJsonl(source: JsonlSource, options?: JsonlOptions): AsyncGenerator<string> {
  return jsonlText(source, options, 'parseJsonl', onPool);
}

/**
 * parseJsonl as a Duplex stream: JSONL articles written in, JSONL results read out, in input
 * order, with backpressure both ways.
 * @example await pipeline(createReadStream('archive.jsonl'), jsonlStream({ workers: 2 }), createWriteStream('out.jsonl'))
 */
export function jsonlStream(options?: JsonlOptions): Duplex {
  // options are checked now, not at the first chunk: a bad option is a throw, not a stream error
  batchSetup(checkJsonlOptions(options, 'jsonlStream').batch, 'jsonlStream');
  return Duplex.from(async function* (source: AsyncIterable<string | Uint8Array>) {
    yield* jsonlText(source, options, 'jsonlStream', onPool);
  });
}
