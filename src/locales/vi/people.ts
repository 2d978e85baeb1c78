/** vi people extractors: names with or without diacritics, honorifics and posts. */
import { extractPeopleWith } from '../../common/people/index.js';
import type { Extractor } from '../../types.js';
import { viPeopleLexicon } from './people.lexicon.js';

/** "Bí thư Tỉnh ủy Hà Quang Vinh", "đồng chí Lò Văn Hương - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh". */
const viPeopleNames: Extractor = {
  name: 'vi.people.names',
  family: 'people',
  run: (ctx) => ({ people: extractPeopleWith(viPeopleLexicon, ctx) }),
};

export const peopleExtractors: readonly Extractor[] = [viPeopleNames];
