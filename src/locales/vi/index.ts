/**
 * The vi locale: its date rules and the lexicons of its documents, units and people (each a
 * data file beside it); src/locales/compose.ts turns them into its extractors, in order.
 */
import { composeLocale } from '../compose.js';
import { datesExtractors } from './dates.js';
import { documentsLexicon } from './documents.lexicon.js';
import { viPeopleLexicon } from './people.lexicon.js';
import { VI_UNITS_LEXICON } from './units.lexicon.js';

export const vi = composeLocale({
  code: 'vi',
  dates: datesExtractors,
  lexicons: { documents: documentsLexicon, units: VI_UNITS_LEXICON, people: viPeopleLexicon },
});
