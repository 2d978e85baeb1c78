/** en units extractors: counts of administrative units and bodies, and restructurings. */
import { unitsExtractor } from '../../common/units/index.js';
import type { Extractor } from '../../types.js';
import { EN_UNITS_LEXICON } from './units.lexicon.js';

/** "rearrange 200 commune-level administrative units into 75 ... (including 8 wards and 67 communes), a reduction of 62.5%" */
export const unitsExtractors: readonly Extractor[] = [unitsExtractor('en.units.counts-and-changes', EN_UNITS_LEXICON)];
