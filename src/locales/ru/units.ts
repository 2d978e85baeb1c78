/** ru units extractors. (Stub: filled in by the units work.) */
import type { Extractor } from '../../types.js';

export const unitsExtractors: readonly Extractor[] = [];
