/** vi dates extractors. (Stub: filled in by the dates work.) */
import type { Extractor } from '../../types.js';

export const datesExtractors: readonly Extractor[] = [];
