/**
 * Russian unit-count lexicon: data only, every case form spelled out (ё forms are matched by
 * their е spelling too). Regex alternations are generated from it in src/common/units.ts.
 */
import type { NounEntry, UnitsLexicon } from '../../common/units.js';

/** All case forms, singular and plural, of the nouns. */
const ЕДИНИЦА = ['единица', 'единицы', 'единице', 'единицу', 'единицей', 'единицею', 'единиц', 'единицам', 'единицами', 'единицах'];
const КОММУНА = ['коммуна', 'коммуны', 'коммуне', 'коммуну', 'коммуной', 'коммун', 'коммунам', 'коммунами', 'коммунах'];
const ОБЩИНА = ['община', 'общины', 'общине', 'общину', 'общиной', 'общин', 'общинам', 'общинами', 'общинах'];
const РАЙОН = ['район', 'района', 'району', 'районом', 'районе', 'районы', 'районов', 'районам', 'районами', 'районах'];
const УЕЗД = ['уезд', 'уезда', 'уезду', 'уездом', 'уезде', 'уезды', 'уездов', 'уездам', 'уездами', 'уездах'];
const ПРОВИНЦИЯ = ['провинция', 'провинции', 'провинцию', 'провинцией', 'провинций', 'провинциям', 'провинциями', 'провинциях'];
const ГОРОД = ['город', 'города', 'городу', 'городом', 'городе', 'городов', 'городам', 'городами', 'городах'];
const ПОСЁЛОК = ['посёлок', 'посёлка', 'посёлку', 'посёлком', 'посёлке', 'посёлки', 'посёлков', 'посёлкам', 'посёлками', 'посёлках'];
/** "городок" renders thị trấn (township) beside communes: "16 коммун и городков". */
const ГОРОДОК = ['городок', 'городка', 'городку', 'городком', 'городке', 'городки', 'городков', 'городкам', 'городками', 'городках'];
const СЕЛО = ['село', 'села', 'селу', 'селом', 'селе', 'сёла', 'сёл', 'сёлам', 'сёлами', 'сёлах'];
const ДЕРЕВНЯ = ['деревня', 'деревни', 'деревне', 'деревню', 'деревней', 'деревень', 'деревням', 'деревнями', 'деревнях'];
const КОМИТЕТ = ['комитет', 'комитета', 'комитету', 'комитетом', 'комитете', 'комитеты', 'комитетов', 'комитетам', 'комитетами', 'комитетах'];
const ЯЧЕЙКА = ['ячейка', 'ячейки', 'ячейке', 'ячейку', 'ячейкой', 'ячеек', 'ячейкам', 'ячейками', 'ячейках'];
const ВЕДОМСТВО = ['ведомство', 'ведомства', 'ведомству', 'ведомством', 'ведомстве', 'ведомств', 'ведомствам', 'ведомствами', 'ведомствах'];
const ЗОНА = ['зона', 'зоны', 'зоне', 'зону', 'зоной', 'зон', 'зонам', 'зонами', 'зонах'];

/** Adjective endings of the hard declension (административн-ая/-ой/-ых ...). */
const HARD_ADJ_ENDINGS = ['ый', 'ая', 'ое', 'ого', 'ой', 'ому', 'ую', 'ым', 'ом', 'ые', 'ых', 'ыми'];

/** Every "adjective noun" form: stems × endings × noun forms ("административных единиц"). */
function phrases(adjStems: readonly string[], nounForms: readonly string[]): string[] {
  return adjStems.flatMap((s) => HARD_ADJ_ENDINGS.flatMap((e) => nounForms.map((n) => `${s}${e} ${n}`)));
}

/** Adjective stems that belong to a compound noun, so the free adjective slot must not take them. */
export const RU_COMPOUND_STEMS = ['административн', 'партийн', 'уездн', 'особ', 'специальн'] as const;

export const RU_UNIT_NOUNS: readonly NounEntry[] = [
  { key: 'administrative-unit', forms: phrases(['административн'], ЕДИНИЦА) },
  { key: 'administrative-unit', forms: ЕДИНИЦА, weak: true },
  { key: 'commune', forms: [...КОММУНА, ...ОБЩИНА] },
  /** "район" also renders phường (ward): see the part and list rules. */
  { key: 'district', forms: РАЙОН, wardWithCommunes: true },
  { key: 'district', forms: УЕЗД },
  /** "уездный город" = thị xã, a district-level town. */
  { key: 'town', forms: phrases(['уездн'], ГОРОД) },
  { key: 'city', forms: ГОРОД },
  { key: 'township', forms: [...ПОСЁЛОК, ...ГОРОДОК] },
  { key: 'province', forms: ПРОВИНЦИЯ },
  { key: 'village', forms: [...ДЕРЕВНЯ, ...СЕЛО] },
  { key: 'party-committee', forms: [...phrases(['партийн'], КОМИТЕТ), ...КОМИТЕТ.map((k) => `${k} партии`)] },
  { key: 'party-cell', forms: phrases(['партийн'], ЯЧЕЙКА) },
  { key: 'agency', forms: ВЕДОМСТВО },
  { key: 'other', forms: phrases(['особ', 'специальн'], ЗОНА) },
];

/** Phrases after a noun that belong to it: "1 город провинциального подчинения". */
export const RU_NOUN_TAILS = ['провинциального подчинения', 'центрального подчинения'] as const;

/** Level phrases after the noun: "уровня коммун", "районного уровня". */
export const RU_LEVEL_AFTER: Readonly<Record<string, 'commune' | 'district' | 'province'>> = {
  ...Object.fromEntries(['коммун', 'коммуны', 'общин', 'общины'].map((w) => [`уровня ${w}`, 'commune'])),
  ...Object.fromEntries(['районов', 'района', 'уездов', 'уезда'].map((w) => [`уровня ${w}`, 'district'])),
  ...Object.fromEntries(['провинций', 'провинции'].map((w) => [`уровня ${w}`, 'province'])),
  'коммунального уровня': 'commune',
  'общинного уровня': 'commune',
  'районного уровня': 'district',
  'уездного уровня': 'district',
  'провинциального уровня': 'province',
};

/** Number words with their case forms ("двух провинций", "трёх уездов"); один is left out. */
export const RU_NUMBER_WORDS: Readonly<Record<string, number>> = {
  два: 2, две: 2, двух: 2, двум: 2, двумя: 2,
  три: 3, трёх: 3, трех: 3, трём: 3, трем: 3, тремя: 3,
  четыре: 4, четырёх: 4, четырех: 4, четырём: 4, четырем: 4, четырьмя: 4,
  пять: 5, пяти: 5, пятью: 5,
  шесть: 6, шести: 6, шестью: 6,
  семь: 7, семи: 7, семью: 7,
  восемь: 8, восьми: 8, восемью: 8, восьмью: 8,
  девять: 9, девяти: 9, девятью: 9,
  десять: 10, десяти: 10, десятью: 10,
};

/** One free adjective before the noun ("трёх приграничных уездов"), not a compound's own stem. */
export const RU_ADJECTIVE_PATTERN = `(?<![\\p{L}\\p{N}])(?!(?:${RU_COMPOUND_STEMS.join('|')}))\\p{Script=Cyrillic}{2,20}(?:ых|их|ые|ие|ым|им|ыми|ими)(?![\\p{L}\\p{N}])`;

export const RU_UNITS_LEXICON: UnitsLexicon = {
  language: 'ru',
  nouns: RU_UNIT_NOUNS,
  levelBefore: {},
  levelAfter: RU_LEVEL_AFTER,
  adjectivePattern: RU_ADJECTIVE_PATTERN,
  nounTails: RU_NOUN_TAILS,
  coordinators: ['и', 'или'],
  numberWords: RU_NUMBER_WORDS,
  bareNumberWords: { один: 1, одну: 1, одно: 1, одного: 1, одной: 1 },
  spaceThousands: true,
  numberOfWords: ['число', 'числа', 'числу', 'количество', 'количества', 'численность'],
  fromWords: ['с', 'со'],
  toWords: ['до'],
  intoWords: ['в', 'во'],
  intoMaxGap: 2,
  changeVerbs: ['увелич', 'возрос', 'реорганиз', 'преобраз', 'объедин', 'слиян', 'слия', 'укрупн', 'сокра', 'сниз', 'сниж', 'уменьш', 'перестр'],
  percentLeads: ['на'],
  approxWords: ['примерно', 'около', 'почти', 'приблизительно', 'более чем', 'свыше', 'порядка'],
  yearLeads: ['в', 'во', 'к', 'до', 'с', 'со', 'по', 'после'],
  dateWords: [
    'января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября',
    'ноября', 'декабря', 'год', 'года', 'году', 'годы', 'годов', 'г', 'месяца', 'месяцев', 'дней', 'лет',
    'процента', 'процентов',
  ],
};
