/**
 * en positions lexicon: post titles as neutral parts, and organisations as neutral body ids
 * (read by src/common/positions.ts). Patterns: `a|b` a choice of words, `x?` optional, `@` a place.
 */
import type { PositionsLexicon, TitleEntry } from '../../common/positions.js';

const CHAIR: TitleEntry = { base: 'chairman' };
const MEMBER: TitleEntry = { base: 'member' };
const PM: TitleEntry = { base: 'prime-minister', implied: 'government', impliedDeputy: true };

/** Base titles, singular and plural. */
const TITLES: Readonly<Record<string, TitleEntry>> = {
  secretary: { base: 'secretary' }, secretaries: { base: 'secretary' },
  chairman: CHAIR, chairmen: CHAIR, chairwoman: CHAIR, chairwomen: CHAIR, chairperson: CHAIR, chairpersons: CHAIR, chair: CHAIR, chairs: CHAIR,
  member: MEMBER, members: MEMBER,
  'politburo member': { base: 'member', body: 'politburo' }, 'politburo members': { base: 'member', body: 'politburo' },
  director: { base: 'director' }, directors: { base: 'director' },
  'director general': { base: 'director-general' }, 'directors general': { base: 'director-general' }, 'general director': { base: 'director-general' },
  head: { base: 'head' }, heads: { base: 'head' },
  chief: { base: 'head', officeOnly: true }, chiefs: { base: 'head', officeOnly: true },
  'chief of office': { base: 'chief-of-office' },
  'chief inspector': { base: 'chief-inspector' },
  'inspector general': { base: 'inspector-general' },
  'auditor general': { base: 'auditor-general' },
  'prosecutor general': { base: 'procurator-general' }, 'procurator general': { base: 'procurator-general' },
  'chief justice': { base: 'chief-justice' },
  commander: { base: 'commander' }, commanders: { base: 'commander' },
  'political commissar': { base: 'political-commissar' },
  minister: { base: 'minister' }, ministers: { base: 'minister' },
  'prime minister': PM, 'prime ministers': PM,
  president: { base: 'president', ofCountry: 'state' }, presidents: { base: 'president' },
  'state president': { base: 'president', body: 'state' },
  'state vice president': { base: 'president', deputy: true, body: 'state' },
  'general secretary': { base: 'general-secretary', implied: 'party-central-committee' },
  'secretary general': { base: 'general-secretary' },
  governor: { base: 'governor' }, governors: { base: 'governor' },
  mayor: { base: 'mayor' }, mayors: { base: 'mayor' },
  'editor-in-chief': { base: 'editor-in-chief' },
  ambassador: { base: 'ambassador' }, ambassadors: { base: 'ambassador' },
  spokesperson: { base: 'spokesperson' }, spokesman: { base: 'spokesperson' },
  deputy: { base: 'deputy' }, deputies: { base: 'deputy' },
  'national assembly deputy': { base: 'deputy', body: 'national-assembly' },
  'national assembly deputies': { base: 'deputy', body: 'national-assembly' },
  // a portfolio written before the title
  'foreign minister': { base: 'minister', body: 'ministry-of-foreign-affairs' },
  'defence minister': { base: 'minister', body: 'ministry-of-national-defence' },
  'defense minister': { base: 'minister', body: 'ministry-of-national-defence' },
  'finance minister': { base: 'minister', body: 'ministry-of-finance' },
  'health minister': { base: 'minister', body: 'ministry-of-health' },
  'justice minister': { base: 'minister', body: 'ministry-of-justice' },
  'home minister': { base: 'minister', body: 'ministry-of-home-affairs' },
  'interior minister': { base: 'minister', body: 'ministry-of-home-affairs' },
  'education minister': { base: 'minister', body: 'ministry-of-education-and-training' },
  'transport minister': { base: 'minister', body: 'ministry-of-transport' },
};

/** Levels of local government: the adjective ("provincial") and the noun ("province"). */
const LEVELS: Readonly<Record<string, { adj: string; noun: string }>> = {
  provincial: { adj: 'provincial', noun: 'province' },
  city: { adj: 'city|municipal', noun: 'city' },
  district: { adj: 'district', noun: 'district' },
  commune: { adj: 'commune', noun: 'commune' },
  ward: { adj: 'ward', noun: 'ward' },
};

/** Local bodies, every level: "Nghe An Provincial Party Committee", "Party Committee of Hoa Lu ward". */
function localBodies(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [level, { adj, noun }] of Object.entries(LEVELS)) {
    out[`${level}-party-standing-committee`] = [
      `@? ${adj} party standing committee`,
      `standing committee of @? ${adj} party committee`,
      `standing committee of party committee of @? ${noun}`,
    ];
    out[`${level}-party-committee`] = [
      `@? ${adj} party committee`,
      `party committee of @? ${noun}`,
      `@? ${noun}'s party committee`,
      // "Ha Giang Provincial Party Secretary": the organisation written before the title
      `@? ${adj} party`,
    ];
    if (level === 'provincial' || level === 'city') {
      // "Organization Board of the Provincial Party Committee", "Provincial Party Committee's Inspection Commission"
      const commissions = [
        ['organization', 'organization'],
        ['inspection', 'inspection'],
        ['propaganda', 'propaganda|propaganda and education'],
        ['propaganda-and-mass-mobilization', 'propaganda and mass mobilization'],
      ] as const;
      for (const [id, name] of commissions) {
        out[`${level}-party-${id}-commission`] = [
          `${name} board|commission|committee|department of @? ${adj} party committee`,
          `@? ${adj} party committee's ${name} board|commission|committee|department`,
          `@? ${adj} party ${name} board|commission|committee|department`,
          // "HCMC Propaganda and Mass Mobilization Commission": only the Party has these (not inspection)
          ...(id === 'inspection' ? [] : [`@? ${adj} ${name} board|commission`]),
        ];
      }
    }
    out[`${level}-peoples-committee`] = [`@? ${adj} people's committee`, `people's committee of @? ${noun}`, `@? ${noun}'s people's committee`];
    out[`${level}-peoples-council`] = [`@? ${adj} people's council`, `people's council of @? ${noun}`, `@? ${noun}'s people's council`];
  }
  return out;
}

/** Central Party commissions: "Party Central Committee's Organisation Commission", "Central Organisation Commission". */
const COMMISSIONS: Readonly<Record<string, readonly string[]>> = {
  'central-organization-commission': ['organization'],
  'central-inspection-commission': ['inspection'],
  'central-propaganda-and-mass-mobilization-commission': ['propaganda and mass mobilization'],
  'central-propaganda-commission': ['propaganda and education', 'popularization and education', 'propaganda'],
  'central-mass-mobilization-commission': ['mass mobilization'],
  'central-economic-commission': ['economic'],
  'central-internal-affairs-commission': ['internal affairs'],
  'central-policy-and-strategy-commission': ['policies and strategies', 'policy and strategy'],
};
const PCC = 'party? central committee';
function commissions(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [id, names] of Object.entries(COMMISSIONS)) {
    out[id] = names.flatMap((n) => [
      `central ${n} commission`,
      `${PCC}'s ${n} commission`,
      `${PCC}'s commission for ${n}`,
      `${n} commission of ${PCC}`,
      `commission for ${n} of ${PCC}`,
    ]);
  }
  return out;
}

export const enPositionsLexicon: PositionsLexicon = {
  language: 'en',
  titles: TITLES,
  modifiers: { deputy: 'deputy', vice: 'deputy', 'vice-': 'deputy', standing: 'standing', permanent: 'standing', alternate: 'alternate' },
  titlePrefixes: ['former', 'ex-', 'then-', 'outgoing', 'incumbent', 'newly-elected', 'newly elected'],
  titleBlockers: ['acting', 'first', 'interim'],
  // words of a place name must not be words of a pattern, or the place is not read as one
  // ("Ho Chi Minh City Party Committee"): the Union's name is read without its namesake
  rewrites: [['Viet Nam', 'Vietnam'], ['Việt Nam', 'Vietnam'], ['VietNam', 'Vietnam'], ['Ho Chi Minh Communist Youth Union', 'Communist Youth Union']],
  abbreviations: { PCC: 'Party Central Committee', CPVCC: 'Party Central Committee', CPV: 'Communist Party of Vietnam', NA: 'National Assembly', HCMC: 'city', VFF: 'Vietnam Fatherland Front' },
  forms: {
    organisation: 'organization', mobilisation: 'mobilization', popularisation: 'popularization', defense: 'defence',
    hanoi: 'city', communications: 'communication',
  },
  drop: ['the'],
  bodies: {
    party: ['party', 'communist party of vietnam', 'vietnamese communist party', 'communist party'],
    politburo: ['politburo', 'political bureau', 'politburo of party central committee', 'party central committee politburo'],
    secretariat: ['secretariat', 'party central committee secretariat', "party central committee's secretariat", 'party secretariat'],
    'party-central-committee': [
      'central committee', 'party central committee', 'communist party of vietnam central committee', 'party central executive committee',
      'central committee of communist party of vietnam', 'central committee of party', 'central committee of communist party',
    ],
    'central-military-commission': ['central military commission', 'party central military commission'],
    ...commissions(),
    'national-assembly': ['national assembly', 'vietnamese national assembly', 'vietnam national assembly'],
    'national-assembly-standing-committee': ['national assembly standing committee', 'standing committee of national assembly', "national assembly's standing committee"],
    government: ['government', 'vietnamese government', 'government of vietnam'],
    'government-office': ['government office', 'office of government'],
    'government-inspectorate': ['government inspectorate'],
    'state-audit-office': ['state audit office', 'state audit office of vietnam', 'state audit'],
    'supreme-peoples-court': ["supreme people's court"],
    'supreme-peoples-procuracy': ["supreme people's procuracy"],
    'state-bank': ['state bank', 'state bank of vietnam'],
    'fatherland-front-central-committee': ['vietnam fatherland front central committee', 'central committee of vietnam fatherland front'],
    'provincial-fatherland-front-committee': ['@? provincial vietnam? fatherland front committee', 'vietnam? fatherland front committee of @? province'],
    'provincial-police': ['@? provincial police', 'police of @? province', 'provincial police department'],
    'city-police': ['@? city|municipal police', 'police of @? city'],
    // the deputies a province elects to the National Assembly: "Đoàn đại biểu Quốc hội tỉnh"
    'national-assembly-delegation': [
      '@? provincial|city? national assembly delegation', 'national assembly delegation of @? province|city',
      'delegation of national assembly deputies', 'national assembly deputies delegation', 'delegation of national assembly deputies of|from @? province|city',
    ],
    'military-region': ['military region #'],
    'provincial-youth-union': [
      '@? provincial communist youth union', '@? provincial youth union', 'communist youth union of @? province', 'youth union of @? province',
    ],
    'provincial-military-command': ['@? provincial military command', 'military command of @? province'],
    ...localBodies(),
  },
  portfolios: {
    'home-affairs': ['home affairs', 'interior'],
    finance: ['finance'],
    'public-security': ['public security'],
    'foreign-affairs': ['foreign affairs'],
    health: ['health'],
    'education-and-training': ['education and training', 'education'],
    justice: ['justice'],
    'agriculture-and-environment': ['agriculture and environment'],
    'agriculture-and-rural-development': ['agriculture and rural development'],
    'natural-resources-and-environment': ['natural resources and environment'],
    'science-and-technology': ['science and technology'],
    construction: ['construction'],
    'industry-and-trade': ['industry and trade'],
    'national-defence': ['national defence', 'defence'],
    'culture-sports-and-tourism': ['culture sports and tourism'],
    'planning-and-investment': ['planning and investment'],
    transport: ['transport'],
    'information-and-communications': ['information and communication'],
    'labour-invalids-and-social-affairs': ['labour invalids and social affairs', 'labor invalids and social affairs'],
    'ethnic-and-religious-affairs': ['ethnic and religious affairs', 'ethnic minorities and religions'],
  },
  ministry: ['ministry of {p}', '{p} ministry'],
  department: ['@? provincial|city department of {p}', 'department of {p}', '@? provincial|city {p} department'],
  tails: ['for', 'term', 'tenure', 'in', 'at'],
  capitalTail: false,
  of: ['of'],
  officeBefore: ['office of'],
  officeAfter: ['office'],
  foreign: [
    'russia', 'russian', 'russian federation', 'china', 'chinese', 'laos', 'lao', 'cambodia', 'cambodian', 'us', 'u.s', 'united states', 'america', 'american',
    'japan', 'japanese', 'korea', 'korean', 'thailand', 'thai', 'singapore', 'singaporean', 'indonesia', 'indonesian', 'malaysia', 'malaysian',
    'philippines', 'philippine', 'india', 'indian', 'france', 'french', 'germany', 'german', 'britain', 'british', 'uk', 'australia', 'australian',
    'cuba', 'cuban', 'kazakhstan', 'belarus', 'ukraine', 'ukrainian', 'european', 'eu', 'asean', 'united nations', 'un', 'brunei', 'myanmar',
    'mongolia', 'canada', 'canadian', 'italy', 'italian', 'brazil', 'brazilian', 'federation council', 'state duma', 'federal assembly',
  ],
  country: ['vietnam', 'vietnamese', "vietnam's"],
  otherPosts: ['secretary|state', 'secretary|state department'],
};
