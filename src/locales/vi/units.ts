/** vi units extractors: counts of administrative units and bodies, and restructurings. */
import { unitsExtractor } from '../../common/units/index.js';
import type { Extractor } from '../../types.js';
import { VI_UNITS_LEXICON } from './units.lexicon.js';

/** "sắp xếp 150 đơn vị hành chính cấp xã thành 52 đơn vị (gồm 6 phường và 46 xã), giảm 65,3%" */
export const unitsExtractors: readonly Extractor[] = [unitsExtractor('vi.units.counts-and-changes', VI_UNITS_LEXICON)];
