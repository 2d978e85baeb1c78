/**
 * A locale from its parts: the date rules (code, written per language) and the lexicons the
 * shared engines read (documents, units, people). The three locales are built here from their own
 * lexicons; createParser (src/extend.ts) builds them again from lexicons with a caller's entries
 * added. The order is the order extractors run: dates, documents, units, people.
 */
import { documentExtractor, type DocumentLexicon } from '../common/documents.js';
import { extractPeopleWith } from '../common/people/index.js';
import type { PeopleLexicon } from '../common/people/lexicon.js';
import { unitsExtractor } from '../common/units/index.js';
import type { UnitsLexicon } from '../common/units/lexicon.js';
import type { LanguageCode } from '../constants.js';
import type { Extractor, Locale } from '../types.js';

export interface LocaleLexicons {
  readonly documents: DocumentLexicon;
  readonly units: UnitsLexicon;
  readonly people: PeopleLexicon;
}

export interface LocaleParts {
  readonly code: LanguageCode;
  readonly dates: readonly Extractor[];
  readonly lexicons: LocaleLexicons;
}

export function composeLocale(parts: LocaleParts): Locale {
  const { code, dates, lexicons } = parts;
  const people: Extractor = {
    name: `${code}.people.names`,
    family: 'people',
    run: (ctx) => ({ people: extractPeopleWith(lexicons.people, ctx) }),
  };
  return {
    code,
    parts,
    extractors: [...dates, documentExtractor(code, lexicons.documents), unitsExtractor(`${code}.units.counts-and-changes`, lexicons.units), people],
  };
}
