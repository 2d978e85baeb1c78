/** ru units extractors: counts of administrative units and bodies, and restructurings. */
import { unitsExtractor } from '../../common/units/index.js';
import type { Extractor } from '../../types.js';
import { RU_UNITS_LEXICON } from './units.lexicon.js';

/** "реорганизации 200 административных единиц уровня коммун в 75 ... (включая 8 районов и 67 коммун), что означает сокращение на 62,5%" */
export const unitsExtractors: readonly Extractor[] = [unitsExtractor('ru.units.counts-and-changes', RU_UNITS_LEXICON)];
