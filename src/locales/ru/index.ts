/**
 * The ru locale: its date rules and the lexicons of its documents, units and people (each a
 * data file beside it); src/locales/compose.ts turns them into its extractors, in order.
 */
import { composeLocale } from '../compose.js';
import { datesExtractors } from './dates.js';
import { documentsLexicon } from './documents.lexicon.js';
import { ruPeopleLexicon } from './people.lexicon.js';
import { RU_UNITS_LEXICON } from './units.lexicon.js';

export const ru = composeLocale({
  code: 'ru',
  dates: datesExtractors,
  lexicons: { documents: documentsLexicon, units: RU_UNITS_LEXICON, people: ruPeopleLexicon },
});
