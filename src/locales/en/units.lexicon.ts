/**
 * English unit-count lexicon: data only. Regex alternations are generated from it in
 * src/common/units/lexicon.ts (longest first, escaped).
 */
import type { NounEntry, UnitsLexicon } from '../../common/units/lexicon.js';
import type { NumberWordTable } from '../../common/numbers.js';

/** Unit nouns and their canonical keys; forms are lowercase, matched case-insensitively. */
export const EN_UNIT_NOUNS: readonly NounEntry[] = [
  { key: 'administrative-unit', forms: ['administrative units', 'administrative unit', 'administrative-units'] },
  /** "13 district-level units": counted only with a level or inside a change. */
  { key: 'administrative-unit', forms: ['units', 'unit'], weak: true },
  { key: 'commune', forms: ['communes', 'commune'] },
  { key: 'ward', forms: ['wards', 'ward'] },
  { key: 'township', forms: ['townships', 'township'] },
  /** "communes and towns" inside a district are thị trấn; a district-level "town" is thị xã. */
  { key: 'township', forms: ['towns', 'town'], districtLevelKey: 'town' },
  { key: 'city', forms: ['cities', 'city', 'municipalities', 'municipality'] },
  { key: 'district', forms: ['districts', 'district'] },
  { key: 'province', forms: ['provinces', 'province'] },
  { key: 'village', forms: ['villages', 'village', 'hamlets', 'hamlet', 'residential groups', 'residential group'] },
  { key: 'party-committee', forms: ['party committees', 'party committee'] },
  { key: 'party-cell', forms: ['party cells', 'party cell', 'party chapters', 'party chapter'] },
  /** Ministries and agencies of the government are bodies counted as `agency` ("17 ministries and agencies"). */
  {
    key: 'agency',
    forms: [
      'specialized agencies', 'specialised agencies', 'agencies', 'agency', 'ministries', 'ministry',
      // a ministry's own units: "17 departments and bureaus", "52 affiliated units"
      'departments and bureaus', 'affiliated units', 'affiliated unit',
    ],
  },
  { key: 'other', forms: ['special zones', 'special zone', 'special administrative-economic zones', 'public service units', 'public service unit'] },
];

/** "commune-level administrative units" -> level commune. */
export const EN_LEVEL_BEFORE = {
  'commune-level': 'commune',
  'commune level': 'commune',
  'communal-level': 'commune',
  'district-level': 'district',
  'district level': 'district',
  'provincial-level': 'province',
  'provincial level': 'province',
  'province-level': 'province',
  'province level': 'province',
} as const;

/** Words between number and noun that do not change the unit. */
export const EN_ADJECTIVES = [
  'new',
  'major',
  'newly established',
  'existing',
  'current',
  'former',
  'remaining',
  'border',
  'mountainous',
  'rural',
  'urban',
  'island',
  'centrally-run',
  'centrally run',
  'centrally-governed',
  'centrally governed',
  'centrally-administered',
  // "two more district-level towns", "3 additional wards"
  'more',
  'fewer',
  'additional',
  'other',
] as const;

const ONES = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'] as const;
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'] as const;

/** one..ninety-nine, compounds written with a hyphen or a space ("seventy-five", "seventy five"). */
export const EN_NUMBER_WORDS: Readonly<Record<string, number>> = (() => {
  const out: Record<string, number> = {};
  ONES.forEach((w, i) => (out[w] = i + 1));
  TEENS.forEach((w, i) => (out[w] = i + 10));
  TENS.forEach((t, i) => {
    const tens = (i + 2) * 10;
    out[t] = tens;
    ONES.forEach((o, j) => {
      out[`${t}-${o}`] = tens + j + 1;
      out[`${t} ${o}`] = tens + j + 1;
    });
  });
  return out;
})();

/** Compound number words ("seventy-five", "one hundred and twenty", "five thousand"). */
export const EN_NUMBER_TABLE: NumberWordTable = {
  values: {
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
    seventy: 70, eighty: 80, ninety: 90,
  },
  multiplyLast: { hundred: 100 },
  scales: { thousand: 1000, million: 1_000_000 },
  fillers: ['and'],
};

export const EN_UNITS_LEXICON: UnitsLexicon = {
  language: 'en',
  nouns: EN_UNIT_NOUNS,
  levelBefore: EN_LEVEL_BEFORE,
  // "about 690 units at the district level"
  levelAfter: {
    'at the district level': 'district', 'at district level': 'district',
    'at the commune level': 'commune', 'at commune level': 'commune', 'at the communal level': 'commune',
    'at the provincial level': 'province', 'at provincial level': 'province',
  },
  adjectives: EN_ADJECTIVES,
  coordinators: ['and', 'or'],
  rangeWords: ['between', 'Between'],
  numberWords: EN_NUMBER_WORDS,
  numberTable: EN_NUMBER_TABLE,
  bareNumberWords: { one: 1 },
  spaceThousands: false,
  numberOfWords: ['number of', 'total number of', 'total of'],
  fromWords: ['from'],
  byWords: ['by'],
  fromAfterTarget: ['down from', 'up from', 'reduced from', 'compared with', 'compared to'],
  toWords: ['into', 'to', 'down to'],
  intoWords: ['into', 'to', 'to form', 'to create', 'to establish', 'forming', 'creating'],
  intoMaxGap: 60,
  cutByWords: ['by'],
  growthVerbs: ['increas', 'rise', 'rose', 'rising', 'grow', 'grew', 'split', 'divid', 'separat', 'up from', 'add', 'expand', 'adjust', 'upgrad', 'establish', 'new'],
  changeVerbs: ['split', 'divid', 'separat', 'increas', 'rise', 'rose', 'rising', 'grow', 'grew', 'rearrang', 'arrang', 'merg', 'reorganiz', 'reorganis', 'consolidat', 'reduc', 'streamlin', 'restructur', 'cut', 'combin', 'amalgamat', 'decreas', 'shrink', 'shrunk', 'fall', 'fell', 'drop', 'declin'],
  percentLeads: [
    'a reduction of',
    'a cut of',
    'cut of',
    'reduction of',
    'a decrease of',
    'decrease of',
    'a drop of',
    'a cut of',
    'reduced by',
    'decreased by',
    'cut by',
    'down by',
    'down',
    'fewer by',
  ],
  approxWords: ['about', 'around', 'approximately', 'nearly', 'almost', 'over', 'more than', 'roughly'],
  yearLeads: ['in', 'since', 'by', 'of', 'until', 'before', 'after', 'from', 'to'],
  dateWords: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
    'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
    'years', 'year', 'months', 'month', 'days', 'day', 'percent', 'per cent',
  ],
};
