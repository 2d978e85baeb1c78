/**
 * ru positions lexicon: post titles (in their dictionary form, see `ruTitleLemma`) as neutral parts,
 * and organisations as neutral body ids (read by src/common/positions.ts). Organisation words come
 * in every case: `FORMS` maps each case form to its nominative, generated from the declension
 * tables below, so a pattern written in the nominative ("провинциальный комитет партии") matches
 * "провинциального комитета партии", "провинциальным комитетом партии", ...
 * Patterns: `a|b` a choice of words, `x?` optional, `@` a place.
 */
import type { PositionsLexicon, TitleEntry } from '../../common/positions.js';
import { ruTitleLemma } from './people.lexicon.js';

/** Adjective endings after a hard stem ("провинциальн-"), masculine nominative first. */
const ADJ_HARD = ['ый', 'ого', 'ому', 'ым', 'ом', 'ая', 'ой', 'ую', 'ое', 'ые', 'ых', 'ыми'];
/** After к/г/х/ш ("городск-", "коммунистическ-"): -ий, or -ой when stressed (`nom`). */
const ADJ_K = ['ий', 'ого', 'ому', 'им', 'ом', 'ая', 'ой', 'ую', 'ое', 'ие', 'их', 'ими'];
/** After a hard stem, stressed ending ("втор-ой"). */
const ADJ_O = ['ой', 'ого', 'ому', 'ым', 'ом', 'ая', 'ую', 'ое', 'ые', 'ых', 'ыми'];
/** Hard masculine nouns: комитет, комитета, комитету, комитетом, комитете; plural. */
const NOUN_HARD = ['', 'а', 'у', 'ом', 'е', 'ы', 'ов', 'ам', 'ами', 'ах'];
/** Nouns in -ия: партия, партии, партию, партией; plural. */
const NOUN_IYA = ['ия', 'ии', 'ию', 'ией', 'ий', 'иям', 'иями', 'иях'];
/** Hard feminine nouns: коммуна, коммуны, коммуне, коммуну, коммуной. */
const NOUN_A = ['а', 'ы', 'е', 'у', 'ой', 'ам', 'ами', 'ах'];
/** Neuter nouns in -ие: собрание, собрания, собранию, собранием, собрании. */
const NOUN_IE = ['ие', 'ия', 'ию', 'ием', 'ии', 'ий', 'иям', 'иями', 'иях'];
/** Hard neuter nouns: правительство, правительства, правительству, правительством, правительстве. */
const NOUN_O = ['о', 'а', 'у', 'ом', 'е'];

const ADJECTIVES: readonly (readonly [string, readonly string[], string])[] = [
  ['провинциальн', ADJ_HARD, 'ый'], ['уездн', ADJ_HARD, 'ый'], ['районн', ADJ_HARD, 'ый'], ['народн', ADJ_HARD, 'ый'],
  ['национальн', ADJ_HARD, 'ый'], ['центральн', ADJ_HARD, 'ый'], ['постоянн', ADJ_HARD, 'ый'], ['партийн', ADJ_HARD, 'ый'],
  ['военн', ADJ_HARD, 'ый'], ['организационн', ADJ_HARD, 'ый'], ['верховн', ADJ_HARD, 'ый'], ['отечественн', ADJ_HARD, 'ый'],
  ['государственн', ADJ_HARD, 'ый'], ['экономическ', ADJ_K, 'ий'], ['коммунистическ', ADJ_K, 'ий'], ['вьетнамск', ADJ_K, 'ий'],
  ['городск', ADJ_K, 'ой'],
  // ordinals of the military regions: "Вторым военным округом"
  ['перв', ADJ_HARD, 'ый'], ['втор', ADJ_O, 'ой'], ['четверт', ADJ_HARD, 'ый'], ['пят', ADJ_HARD, 'ый'], ['седьм', ADJ_O, 'ой'], ['девят', ADJ_HARD, 'ый'], ['коммунальн', ADJ_HARD, 'ый'], ['инспекционн', ADJ_HARD, 'ый'], ['контрольн', ADJ_HARD, 'ый'], ['исполнительн', ADJ_HARD, 'ый'],
];
const NOUNS: readonly (readonly [string, readonly string[], string])[] = [
  ['комитет', NOUN_HARD, ''], ['совет', NOUN_HARD, ''], ['уезд', NOUN_HARD, ''], ['район', NOUN_HARD, ''], ['город', NOUN_HARD, ''],
  ['департамент', NOUN_HARD, ''], ['секретариат', NOUN_HARD, ''], ['фронт', NOUN_HARD, ''], ['суд', NOUN_HARD, ''], ['банк', NOUN_HARD, ''],
  ['отдел', NOUN_HARD, ''], ['партком', NOUN_HARD, ''], ['вьетнам', NOUN_HARD, ''],
  ['парт', NOUN_IYA, 'ия'], ['компарт', NOUN_IYA, 'ия'], ['провинц', NOUN_IYA, 'ия'], ['комисс', NOUN_IYA, 'ия'], ['канцеляр', NOUN_IYA, 'ия'],
  ['ассамбле', ['я', 'и', 'е', 'ю', 'ей'], 'я'], ['коммун', NOUN_A, 'а'], ['прокуратур', NOUN_A, 'а'], ['общин', NOUN_A, 'а'], ['полици', ['я', 'и', 'ю', 'ей'], 'я'],
  ['собран', NOUN_IE, 'ие'], ['управлен', NOUN_IE, 'ие'], ['командован', NOUN_IE, 'ие'],
  ['правительств', NOUN_O, 'о'], ['министерств', NOUN_O, 'о'],
  ['делегац', NOUN_IYA, 'ия'], ['депутат', NOUN_HARD, ''], ['округ', NOUN_HARD, ''], ['союз', NOUN_HARD, ''],
  ['молодеж', ['ь', 'и', 'ью'], 'ь'],
  ['созыв', NOUN_HARD, ''],
];

/** Every case form of the organisation words, to its nominative. */
function forms(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [stem, ends, nom] of [...ADJECTIVES, ...NOUNS]) for (const e of ends) out[stem + e] ??= stem + nom;
  return out;
}

const CHAIR: TitleEntry = { base: 'chairman' };
const SECRETARY: TitleEntry = { base: 'secretary' };
const HEAD: TitleEntry = { base: 'head' };
const MINISTER: TitleEntry = { base: 'minister' };
const PM: TitleEntry = { base: 'prime-minister', implied: 'government', impliedDeputy: true };
const GS: TitleEntry = { base: 'general-secretary', implied: 'party-central-committee' };
const PRESIDENT: TitleEntry = { base: 'president', ofCountry: 'state' };
const DIRECTOR: TitleEntry = { base: 'director' };
const COMMANDER: TitleEntry = { base: 'commander' };

/**
 * Titles in the dictionary form `ruTitleLemma` gives, and the genitive a "заместитель" governs
 * ("заместитель председателя"). Plurals in the nominative.
 */
const TITLES: Readonly<Record<string, TitleEntry>> = {
  секретарь: SECRETARY, секретаря: SECRETARY, секретари: SECRETARY,
  председатель: CHAIR, председателя: CHAIR, председательница: CHAIR, председатели: CHAIR,
  'вице-председатель': { base: 'chairman', deputy: true }, зампредседателя: { base: 'chairman', deputy: true }, зампред: { base: 'chairman', deputy: true },
  член: { base: 'member' }, члены: { base: 'member' },
  директор: DIRECTOR, директора: DIRECTOR, директоры: DIRECTOR, замдиректора: { base: 'director', deputy: true },
  'генеральный директор': { base: 'director-general' }, 'генерального директора': { base: 'director-general' },
  начальник: HEAD, начальника: HEAD, начальники: HEAD, руководитель: HEAD, руководителя: HEAD, руководители: HEAD,
  глава: HEAD, главы: HEAD, заведующий: HEAD, заведующего: HEAD, заведующая: HEAD,
  замглавы: { base: 'head', deputy: true }, замначальника: { base: 'head', deputy: true },
  министр: MINISTER, министра: MINISTER, министры: MINISTER, замминистра: { base: 'minister', deputy: true },
  'премьер-министр': PM, 'премьер-министра': PM, премьер: PM, 'вице-премьер': { ...PM, deputy: true }, 'вице-премьеры': { ...PM, deputy: true },
  президент: PRESIDENT, президента: PRESIDENT, 'вице-президент': { ...PRESIDENT, deputy: true },
  'генеральный секретарь': GS, 'генерального секретаря': GS, генсек: GS,
  замсекретаря: { base: 'secretary', deputy: true },
  'генеральный прокурор': { base: 'procurator-general' },
  командующий: COMMANDER, командующего: COMMANDER, командир: COMMANDER,
  посол: { base: 'ambassador' }, послы: { base: 'ambassador' },
  губернатор: { base: 'governor' }, мэр: { base: 'mayor' },
  депутат: { base: 'deputy' }, депутаты: { base: 'deputy' },
  'пресс-секретарь': { base: 'spokesperson' },
};

/** Levels of local government: adjective and noun, in the nominative. */
const LEVELS: Readonly<Record<string, { adj: string; noun: string }>> = {
  provincial: { adj: 'провинциальный', noun: 'провинция' },
  city: { adj: 'городской', noun: 'город' },
  district: { adj: 'уездный|районный', noun: 'уезд|район' },
  commune: { adj: 'коммунальный', noun: 'коммуна|община' },
};

function localBodies(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [level, { adj, noun }] of Object.entries(LEVELS)) {
    const party = [`${adj} комитет партии`, `комитет партии ${noun}`, `${adj} партком`, `партком ${noun}`, `партийный комитет ${noun}`, `${adj} партийный комитет`];
    out[`${level}-party-standing-committee`] = party.map((p) => `постоянный комитет ${p}`);
    out[`${level}-party-committee`] = party;
    if (level === 'provincial' || level === 'city') {
      // "Организационный отдел провинциального комитета партии", "инспекционная комиссия горкома"
      const of = [`${adj} комитет партии`, `${adj} партком`, `комитет партии ${noun}`, `партком ${noun}`];
      const commissions: Readonly<Record<string, readonly string[]>> = {
        organization: ['организационный отдел', 'организационная комиссия'],
        inspection: ['инспекционная комиссия', 'комиссия по проверке', 'контрольная комиссия'],
        propaganda: ['отдел пропаганды', 'комиссия по пропаганде', 'комиссия по пропаганде и воспитанию'],
      };
      for (const [id, heads] of Object.entries(commissions)) out[`${level}-party-${id}-commission`] = heads.flatMap((h) => of.map((o) => `${h} ${o}`));
    }
    out[`${level}-peoples-committee`] = [`народный комитет ${noun}`, `${adj} народный комитет`];
    out[`${level}-peoples-council`] = [`народный совет ${noun}`, `${adj} народный совет`];
  }
  return out;
}

export const ruPositionsLexicon: PositionsLexicon = {
  language: 'ru',
  titles: TITLES,
  modifiers: { заместитель: 'deputy', заместители: 'deputy', 'вице-': 'deputy', постоянный: 'standing' },
  titlePrefixes: ['бывший', 'бывшая', 'экс-'],
  titleBlockers: ['первый', 'исполняющий обязанности', 'исполнявший обязанности', 'временно исполняющий обязанности', 'врио'],
  titleLemma: ruTitleLemma,
  abbreviations: {
    ЦК: 'центральный комитет', КПВ: 'коммунистическая партия Вьетнама', НС: 'национальное собрание', ОФВ: 'отечественного фронта Вьетнама',
    МИД: 'министерство иностранных дел', ВНС: 'верховный народный суд', РФ: 'Россия',
  },
  forms: forms(),
  bodies: {
    party: ['партия', 'коммунистическая партия вьетнама', 'компартия вьетнама', 'коммунистическая партия'],
    politburo: ['политбюро'],
    secretariat: ['секретариат'],
    'party-central-committee': [
      'центральный комитет', 'центральный комитет партии', 'центральный комитет коммунистической партии вьетнама',
      'центральный комитет компартии вьетнама', 'центральный комитет коммунистической партии',
    ],
    'central-military-commission': ['центральная военная комиссия'],
    'central-organization-commission': ['центральная организационная комиссия', 'организационная комиссия центрального комитета', 'организационный отдел центрального комитета'],
    'central-inspection-commission': ['центральная инспекционная комиссия', 'центральная комиссия по проверке'],
    'central-propaganda-commission': ['центральный отдел пропаганды', 'центральная комиссия по пропаганде и воспитанию', 'центральная комиссия по пропаганде'],
    'central-mass-mobilization-commission': ['центральная комиссия по мобилизации масс', 'центральная комиссия по массовой мобилизации'],
    'central-propaganda-and-mass-mobilization-commission': ['центральная комиссия по пропаганде и мобилизации масс'],
    'central-economic-commission': ['центральная экономическая комиссия'],
    'central-internal-affairs-commission': ['центральная комиссия по внутренним делам'],
    'central-policy-and-strategy-commission': ['центральная комиссия по политике и стратегии'],
    'national-assembly': ['национальное собрание', 'национальная ассамблея'],
    'national-assembly-standing-committee': ['постоянный комитет национального собрания', 'постоянный комитет национальной ассамблеи'],
    government: ['правительство'],
    'supreme-peoples-court': ['верховный народный суд'],
    'supreme-peoples-procuracy': ['верховная народная прокуратура'],
    'state-bank': ['государственный банк', 'государственный банк вьетнама'],
    'fatherland-front-central-committee': ['центральный комитет отечественного фронта вьетнама'],
    'provincial-fatherland-front-committee': ['комитет отечественного фронта вьетнама провинции', 'провинциальный комитет отечественного фронта вьетнама?'],
    'provincial-police': ['управление общественной безопасности провинции', 'провинциальное управление общественной безопасности', 'полиция провинции', 'департамент общественной безопасности провинции'],
    'provincial-military-command': ['военное командование провинции', 'провинциальное военное командование'],
    'city-police': ['полиция города', 'управление общественной безопасности города', 'городское управление общественной безопасности'],
    'national-assembly-delegation': ['делегация депутатов национального собрания', 'делегация национального собрания'],
    'military-region': ['военный округ #', 'первый|второй|третий|четвертый|пятый|седьмой|девятый военный округ'],
    'provincial-youth-union': ['провинциальный комитет коммунистического союза молодежи', 'провинциальный комитет союза молодежи'],
    ...localBodies(),
  },
  portfolios: {
    'home-affairs': ['внутренних дел'],
    finance: ['финансов'],
    'public-security': ['общественной безопасности'],
    'foreign-affairs': ['иностранных дел'],
    health: ['здравоохранения'],
    'education-and-training': ['образования и подготовки кадров', 'образования и профессиональной подготовки', 'образования'],
    justice: ['юстиции'],
    'agriculture-and-environment': ['сельского хозяйства и окружающей среды'],
    'agriculture-and-rural-development': ['сельского хозяйства и развития села', 'сельского хозяйства и развития сельских районов'],
    'natural-resources-and-environment': ['природных ресурсов и окружающей среды'],
    'science-and-technology': ['науки и технологий', 'науки и техники'],
    construction: ['строительства'],
    'industry-and-trade': ['промышленности и торговли'],
    'national-defence': ['национальной обороны', 'обороны'],
    'culture-sports-and-tourism': ['культуры спорта и туризма'],
    'planning-and-investment': ['планирования и инвестиций'],
    transport: ['транспорта'],
    'information-and-communications': ['информации и коммуникаций', 'информации и связи'],
    'labour-invalids-and-social-affairs': ['труда инвалидов войны и социальных дел', 'труда инвалидов и социальных дел'],
    'ethnic-and-religious-affairs': ['по делам национальностей и религий', 'этнических меньшинств и религий'],
  },
  ministry: ['министерство {p}'],
  department: ['департамент {p}', 'провинциальный департамент {p}'],
  tails: ['созыв', 'провинция', 'город', 'уезд', 'район', 'коммуна', 'от', 'имени', 'на', 'срок', 'период'],
  capitalTail: true,
  of: [],
  officeBefore: ['канцелярия'],
  foreign: [],
  // any case form: "России", "Российской Федерации", "Лаоса", "США"
  foreignStems: [
    'росси', 'рф', 'китай', 'китая', 'кнр', 'лаос', 'камбодж', 'сша', 'америк', 'япон', 'коре', 'казахстан', 'белорус', 'беларус',
    'кубы', 'кубе', 'куба', 'таиланд', 'тайск', 'сингапур', 'индонез', 'малайз', 'филиппин', 'индии', 'индия', 'индийск', 'франц',
    'герман', 'британ', 'великобритан', 'австрал', 'оон', 'асеан', 'евросоюз', 'украин', 'монгол', 'федерал', 'федерац', 'госдум', 'совбез',
  ],
  country: ['вьетнам', 'вьетнамский'],
};
