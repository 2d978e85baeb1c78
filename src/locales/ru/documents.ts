/** ru document-reference extractors. */
import type { Extractor } from '../../types.js';

export const documentsExtractors: readonly Extractor[] = [];
