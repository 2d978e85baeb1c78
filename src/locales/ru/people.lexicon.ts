/**
 * ru people lexicon: honorifics and post titles with every case form spelled out (nominative,
 * genitive, dative, instrumental, prepositional), generated from small declension tables.
 */
import type { PeopleLexicon } from '../../common/names.js';

/** Case forms: nom, gen, dat, acc (when it differs), ins, prep. */
type Forms = readonly string[];

const TOVARISHCH: Forms = ['товарищ', 'товарища', 'товарищу', 'товарищем', 'товарище', 'товарищи', 'товарищей', 'товарищам', 'товарищами'];
const GOSPODIN: Forms = ['господин', 'господина', 'господину', 'господином', 'господине', 'госпожа', 'госпожи', 'госпоже', 'госпожу', 'госпожой', 'г-н', 'г-жа'];
const RANK_STEMS = ['генерал-майор', 'генерал-лейтенант', 'генерал-полковник', 'генерал армии', 'генерал', 'полковник', 'подполковник', 'старший полковник', 'контр-адмирал', 'вице-адмирал', 'адмирал', 'профессор', 'доктор'];
/** Hard-stem masculine endings: -, -а, -у, -ом, -е. */
const hard = (stem: string): Forms => ['', 'а', 'у', 'ом', 'е'].map((e) => stem + e);

export const RU_HONORIFICS: readonly string[] = [
  ...TOVARISHCH,
  ...GOSPODIN,
  ...RANK_STEMS.flatMap((r) => (r === 'генерал армии' ? ['генерал армии', 'генерала армии', 'генералу армии', 'генералом армии'] : hard(r))),
];

/** Title nouns in nom, gen, dat, ins, prep. */
const NOUNS: Readonly<Record<string, Forms>> = {
  секретарь: ['секретарь', 'секретаря', 'секретарю', 'секретарём', 'секретарем', 'секретаре'],
  председатель: ['председатель', 'председателя', 'председателю', 'председателем', 'председателе'],
  заместитель: ['заместитель', 'заместителя', 'заместителю', 'заместителем', 'заместителе'],
  член: ['член', 'члена', 'члену', 'членом', 'члене'],
  директор: hard('директор'),
  начальник: hard('начальник'),
  министр: hard('министр'),
  'премьер-министр': hard('премьер-министр'),
  'вице-премьер': hard('вице-премьер'),
  президент: hard('президент'),
  'вице-президент': hard('вице-президент'),
  командир: hard('командир'),
  ректор: hard('ректор'),
  губернатор: hard('губернатор'),
  прокурор: hard('прокурор'),
  посол: ['посол', 'посла', 'послу', 'послом'],
  спикер: hard('спикер'),
  руководитель: ['руководитель', 'руководителя', 'руководителю', 'руководителем', 'руководителе'],
  глава: ['глава', 'главы', 'главе', 'главу', 'главой'],
  заведующий: ['заведующий', 'заведующего', 'заведующему', 'заведующим', 'заведующем', 'заведующая', 'заведующей'],
  командующий: ['командующий', 'командующего', 'командующему', 'командующим', 'командующем'],
  'генеральный секретарь': ['генеральный секретарь', 'генерального секретаря', 'генеральному секретарю', 'генеральным секретарём', 'генеральным секретарем', 'генеральном секретаре'],
  генсек: hard('генсек'),
  председательница: ['председательница', 'председательницы', 'председательнице', 'председательницей'],
  'вице-председатель': ['вице-председатель', 'вице-председателя', 'вице-председателю', 'вице-председателем'],
  // grown from the job heads of factRuEval-2016's dev part (never its test part)
  лидер: hard('лидер'),
  представитель: ['представитель', 'представителя', 'представителю', 'представителем', 'представителе'],
  полпред: hard('полпред'),
  помощник: hard('помощник'),
  премьер: hard('премьер'),
  основатель: ['основатель', 'основателя', 'основателю', 'основателем', 'основателе'],
  депутат: hard('депутат'),
  судья: ['судья', 'судьи', 'судье', 'судью', 'судьёй', 'судьей'],
  замминистра: ['замминистра'],
  мэр: ['мэр', 'мэра', 'мэру', 'мэром', 'мэре'],
  сенатор: hard('сенатор'),
  уполномоченный: ['уполномоченный', 'уполномоченного', 'уполномоченному', 'уполномоченным', 'уполномоченном'],
  советник: hard('советник'),
  'пресс-секретарь': ['пресс-секретарь', 'пресс-секретаря', 'пресс-секретарю', 'пресс-секретарём', 'пресс-секретарем'],
  канцлер: hard('канцлер'),
  инспектор: hard('инспектор'),
};
/** Genitive nouns completing "заместители ...". */
const OF_WHOM_PL = ['председателя', 'министра', 'премьер-министра', 'секретаря', 'директора', 'губернатора', 'мэра'];
/** Plural forms (nom, gen, dat, ins, prep): a post before (or introducing) a list of names. */
const hardPl = (stem: string): Forms => [/[кгх]$/.test(stem) ? `${stem}и` : `${stem}ы`, 'ов', 'ам', 'ами', 'ах'].map((e, i) => (i === 0 ? e : stem + e));
const softPl = (stem: string): Forms => ['и', 'ей', 'ям', 'ями', 'ях'].map((e) => stem + e);
const PLURALS: Readonly<Record<string, Forms>> = {
  секретарь: softPl('секретар'),
  председатель: softPl('председател'),
  заместитель: softPl('заместител'),
  руководитель: softPl('руководител'),
  представитель: softPl('представител'),
  член: hardPl('член'),
  директор: hardPl('директор'),
  начальник: hardPl('начальник'),
  министр: hardPl('министр'),
  'вице-премьер': hardPl('вице-премьер'),
  президент: hardPl('президент'),
  губернатор: hardPl('губернатор'),
  депутат: hardPl('депутат'),
  посол: ['послы', 'послов', 'послам', 'послами', 'послах'],
  глава: ['главы', 'глав', 'главам', 'главами', 'главах'],
  мэр: hardPl('мэр'),
};
export const RU_PLURAL_TITLES: readonly string[] = [
  ...Object.values(PLURALS).flat(),
  ...PLURALS['заместитель']!.flatMap((z) => OF_WHOM_PL.map((w) => `${z} ${w}`)),
];

/** Modifiers agreeing with the head noun, same case order (nom, gen, dat, ins, prep). */
const MODIFIERS: readonly Forms[] = [
  ['постоянный', 'постоянного', 'постоянному', 'постоянным', 'постоянном'],
  ['первый', 'первого', 'первому', 'первым', 'первом'],
  ['исполняющий обязанности', 'исполняющего обязанности', 'исполняющему обязанности', 'исполняющим обязанности'],
];
/** Genitive nouns completing "заместитель ...". */
const OF_WHOM = ['секретаря', 'председателя', 'директора', 'министра', 'начальника', 'руководителя', 'главы', 'заведующего', 'командующего', 'премьер-министра', 'генерального секретаря'];

/** Every title form with its dictionary form (nominative): "заместителя министра" → "заместитель министра". */
function build(): Map<string, string> {
  const out = new Map<string, string>();
  const add = (form: string, lemma: string) => {
    if (!out.has(form)) out.set(form, lemma);
  };
  for (const forms of Object.values(NOUNS)) for (const f of forms) add(f, forms[0]!);
  const zam = NOUNS['заместитель']!;
  const heads: Forms[] = [zam, NOUNS['секретарь']!, NOUNS['председатель']!, NOUNS['член']!];
  for (const mod of MODIFIERS) for (const m of mod) for (const head of heads) for (const h of head) add(`${m} ${h}`, `${mod[0]} ${head[0]}`);
  for (const z of zam) for (const w of OF_WHOM) add(`${z} ${w}`, `${zam[0]} ${w}`);
  for (const mod of MODIFIERS) for (const m of mod) for (const z of zam) for (const w of OF_WHOM) add(`${m} ${z} ${w}`, `${mod[0]} ${zam[0]} ${w}`);
  for (const forms of Object.values(PLURALS)) for (const f of forms) add(f, forms[0]!);
  const zamPl = PLURALS['заместитель']!;
  for (const z of zamPl) for (const w of OF_WHOM_PL) add(`${z} ${w}`, `${zamPl[0]} ${w}`);
  return out;
}
const LEMMAS = build();
/** Title prefixes in the nominative: "бывшего" → "бывший". */
const PREFIX_LEMMAS: Readonly<Record<string, string>> = {
  бывшего: 'бывший', бывшему: 'бывший', бывшим: 'бывший', бывшем: 'бывший', бывшей: 'бывшая',
  'исполняющего обязанности': 'исполняющий обязанности', 'исполняющему обязанности': 'исполняющий обязанности',
  'исполнявшего обязанности': 'исполнявший обязанности',
};

export const RU_TITLES: readonly string[] = [...LEMMAS.keys()];

/** Words before a title that keep it the person's post: "бывшего министра", "экс-секретаря". */
const RU_TITLE_PREFIXES: readonly string[] = [
  'бывший ', 'бывшего ', 'бывшему ', 'бывшим ', 'бывшем ', 'бывшая ', 'бывшей ', 'экс-',
  'исполняющий обязанности ', 'исполняющего обязанности ', 'исполнявший обязанности ', 'исполнявшего обязанности ',
  'временно исполняющий обязанности ', 'врио ',
];
/** The prefixes a title's dictionary form is looked up past (built once, not per title). */
const LEMMA_PREFIXES: readonly string[] = [...new Set([...RU_TITLE_PREFIXES, ...Object.keys(PREFIX_LEMMAS).map((k) => `${k} `)])];

/**
 * The dictionary form of a title as written, its first letter's case kept: "Президента" →
 * "Президент", "бывшего министра" → "бывший министр", "экс-секретаря" → "экс-секретарь".
 */
export function ruTitleLemma(title: string): string | undefined {
  const lower = title.toLowerCase().replace(/[ \u00A0]+/g, ' ');
  let prefix = '';
  let rest = lower;
  for (const p of LEMMA_PREFIXES) {
    if (lower.startsWith(p)) {
      prefix = p === 'экс-' ? p : `${PREFIX_LEMMAS[p.trim()] ?? p.trim()} `;
      rest = lower.slice(p.length);
      break;
    }
  }
  const lemma = LEMMAS.get(rest);
  if (!lemma) return undefined;
  const out = prefix + lemma;
  return title[0] !== title[0]!.toLowerCase() ? out[0]!.toUpperCase() + out.slice(1) : out;
}

export const ruPeopleLexicon: PeopleLexicon = {
  language: 'ru',
  honorifics: RU_HONORIFICS,
  titles: RU_TITLES,
  placeAfter: ['провинция', 'провинции', 'провинцию', 'провинцией', 'уезд', 'уезда', 'уезде', 'район', 'района', 'районе', 'коммуна', 'коммуны', 'коммуне', 'город', 'города', 'городе', 'улица', 'улицы', 'улице', 'шоссе'],
  placeBefore: ['имени', 'им.', 'улица', 'улицы', 'улице', 'улицу', 'проспект', 'проспекта', 'провинции', 'провинция', 'провинцию', 'уезда', 'уезд', 'коммуны', 'коммуна', 'город', 'города'],
  // a verb in the past tense ("сообщил", "выступила") or a conjunction opening a clause ends a post
  placeLead: ['провинции', 'уезда', 'района', 'города', 'коммуны', 'округа', 'провинция', 'в', 'во'],
  roleJoiners: ['и'],
  listJoiners: ['и'],
  titlePrefixes: [...RU_TITLE_PREFIXES, 'Бывший ', 'Экс-'],
  pluralTitles: RU_PLURAL_TITLES,
  titleLemma: ruTitleLemma,
  verbPost:
    '[ \\u00A0]{0,3},?[ \\u00A0]{0,3}(?:(?:был|была|были|было|также|вновь|официально)[ \\u00A0]+){0,2}' +
    '(?:(?:пере)?избран[аоы]?|назначен[аоы]?|утвержд[её]н[аоы]?(?:[ \\u00A0]+в[ \\u00A0]+должности)?|выдвинут[аоы]?|стал[аи]?|становится|станет)' +
    '[ \\u00A0]+(?:(?:на[ \\u00A0]+(?:должность|пост)|в[ \\u00A0]+качестве)[ \\u00A0]+)?(?:нов\\p{L}+[ \\u00A0]+)?',
  verbPostSkip: 6,
  verbBeforeName: '[ \\u00A0]{1,3}(?:(?:был|была|были)[ \\u00A0]{1,3})?(?:пере)?(?:назначен|избран|утвержд[её]н)[аоы]?[ \\u00A0]{0,3}',
  listIntros: [':', '–', '—', 'в том числе', 'а именно', 'среди них'],
  roleStop: '(?<![\\p{L}\\p{N}-])(?!(?:генерал|филиал|канал|капитал|персонал|материал|сигнал)(?:а|у|ом|е|ы|ов)?(?![\\p{L}]))(?:\\p{Ll}{3,}(?:ил|ал|ел|ял|ул|ыл)(?:а|и|о|ся|ась|ись)?|(?:назначен|избран|утвержд[её]н|освобожд[её]н|переизбран)(?:а|о|ы)?|который|которая|что|где)(?![\\p{L}\\p{N}])',
};
