/** en people extractors. (Stub: filled in by the people work.) */
import type { Extractor } from '../../types.js';

export const peopleExtractors: readonly Extractor[] = [];
