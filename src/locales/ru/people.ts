/** ru people extractors: Vietnamese names in Russian transcription, in any case, with posts. */
import { extractPeopleWith } from '../../common/people/index.js';
import type { Extractor } from '../../types.js';
import { ruPeopleLexicon } from './people.lexicon.js';

/** "секретарь провинциального комитета партии Нгуен Ван Тхань", "товарищ Ле Хоай Чунг — секретарь ЦК". */
const ruPeopleNames: Extractor = {
  name: 'ru.people.names',
  family: 'people',
  run: (ctx) => ({ people: extractPeopleWith(ruPeopleLexicon, ctx) }),
};

export const peopleExtractors: readonly Extractor[] = [ruPeopleNames];
