/** en people extractors: Vietnamese names with honorifics and posts before or after them. */
import { extractPeopleWith } from '../../common/people/index.js';
import type { Extractor } from '../../types.js';
import { enPeopleLexicon } from './people.lexicon.js';

/** "Secretary of the Provincial Party Committee Nguyen Van Thanh", "comrade Vu Manh Ha, Standing ...". */
const enPeopleNames: Extractor = {
  name: 'en.people.names',
  family: 'people',
  run: (ctx) => ({ people: extractPeopleWith(enPeopleLexicon, ctx) }),
};

export const peopleExtractors: readonly Extractor[] = [enPeopleNames];
