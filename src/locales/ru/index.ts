/** The ru locale: the only list of its extractors, in the order they run. */
import type { Locale } from '../../types.js';
import { datesExtractors } from './dates.js';
import { documentsExtractors } from './documents.js';
import { peopleExtractors } from './people.js';
import { unitsExtractors } from './units.js';

export const ru: Locale = {
  code: 'ru',
  extractors: [...datesExtractors, ...documentsExtractors, ...unitsExtractors, ...peopleExtractors],
};
