/** en document-reference extractors: the shared code finder fed with this locale's words. */
import { documentExtractor } from '../../common/documents.js';
import type { Extractor } from '../../types.js';
import { documentsLexicon } from './documents.lexicon.js';

export const documentsExtractors: readonly Extractor[] = [documentExtractor('en', documentsLexicon)];
