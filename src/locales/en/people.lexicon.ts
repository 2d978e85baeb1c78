/** en people lexicon: honorifics, post titles and the words that end a post or mark a place. */
import type { PeopleLexicon } from '../../common/people/lexicon.js';

/** Words and ranks written before a name. Ranks are honorifics, not posts. */
export const EN_HONORIFICS: readonly string[] = [
  'comrade', 'comrades', 'Mr.', 'Mr', 'Ms.', 'Ms', 'Mrs.', 'Mrs', 'Madam', 'Miss',
  'General', 'Senior Lieutenant General', 'Lieutenant General', 'Major General', 'Colonel General',
  'Senior Colonel', 'Colonel', 'Lieutenant Colonel', 'Major', 'Captain', 'Rear Admiral', 'Vice Admiral',
  'Admiral', 'Dr.', 'Dr', 'Prof.', 'Assoc. Prof.', 'Associate Professor', 'Professor',
  // Malaysian and Brunei honours written before a name
  'Datuk Seri', 'Dato Seri', "Dato' Seri", 'Datuk', 'Dato', "Dato'", 'Tan Sri', 'Tun',
];

/** Heads of posts; "Deputy", "Vice", "Standing", "Permanent" variants are generated below. */
const HEADS: readonly string[] = [
  'Secretary', 'Chairman', 'Chairwoman', 'Chairperson', 'Chair', 'Director', 'Director General',
  'Head', 'Chief', 'Chief of Office', 'Chief of Staff', 'Chief Inspector', 'Commander',
  'Political Commissar', 'Prime Minister', 'Minister', 'President', 'Governor', 'Mayor', 'Rector',
  'Principal', 'Editor-in-Chief', 'Inspector General', 'Auditor General', 'Prosecutor General',
  'Chief Justice', 'General Director', 'Spokesperson', 'Spokesman', 'Ambassador', 'Consul General',
];
const DEPUTY = ['Deputy', 'Vice', 'Vice-', 'Standing Deputy', 'Permanent Deputy', 'Standing Vice', 'Permanent Vice', 'First Deputy', 'First Vice', 'Acting', 'Acting Deputy'];

/** Plurals of the heads, for a post shared by a list ("Vice Chairmen: A, B and C"). */
const HEAD_PLURALS: Readonly<Record<string, string>> = {
  Secretary: 'Secretaries', Chairman: 'Chairmen', Chairwoman: 'Chairwomen', Chairperson: 'Chairpersons',
  Chair: 'Chairs', Director: 'Directors', 'Director General': 'Directors General', Head: 'Heads',
  Chief: 'Chiefs', Commander: 'Commanders', 'Prime Minister': 'Prime Ministers', Minister: 'Ministers',
  President: 'Presidents', Governor: 'Governors', Mayor: 'Mayors', Ambassador: 'Ambassadors',
};
const withDeputies = (heads: readonly string[]) => [
  ...heads,
  ...DEPUTY.flatMap((d) => heads.map((h) => (d.endsWith('-') ? d + h : `${d} ${h}`))),
];

/** Plural titles: a post before (or introducing) a list of names is every name's. */
export const EN_PLURAL_TITLES: readonly string[] = [
  ...withDeputies(Object.values(HEAD_PLURALS)),
  'Members', 'Standing Members', 'Permanent Members', 'Alternate Members', 'Politburo members', 'Politburo Members',
  'Deputies', 'National Assembly deputies', 'National Assembly Deputies', 'Leaders',
];

export const EN_TITLES: readonly string[] = [
  ...withDeputies(HEADS),
  'General Secretary', 'Secretary General', 'First Secretary', 'Member', 'Standing Member',
  // a head of state or a portfolio written before the title ("State President", "Foreign Minister")
  'State President', 'State Vice President', 'Foreign Minister', 'Defence Minister', 'Defense Minister',
  'Finance Minister', 'Health Minister', 'Trade Minister', 'Justice Minister', 'Interior Minister',
  'Home Minister', 'Education Minister', 'Transport Minister', 'Industry Minister', 'Agriculture Minister',
  'Deputy Foreign Minister', 'Deputy Defence Minister', 'Deputy Defense Minister',
  'Permanent Member', 'Alternate Member', 'Politburo member', 'Politburo Member', 'Deputy',
  'National Assembly deputy', 'National Assembly Deputy', 'Leader',
  ...EN_PLURAL_TITLES,
];

/** Lowercase words allowed inside an English organisation name; any other lowercase word ends the post. */
const ORG_LOWER = ['of', 'the', 'and', 'on', 'for', 'province', 'provincial', 'district', 'commune', 'city', 'ward', 'town', 'level', 'people', 'branch',
  // "Institute under the Ministry", "the delegation of provincial deputies"
  'under', 'delegation', 'deputies',
  // "the Party Committee of the air force", "the border guard force"
  'naval', 'navy', 'force', 'forces', 'armed', 'air', 'military', 'border', 'guard', 'guards', 'police', 'army',
  // title prefixes: "former Politburo member and former Deputy Prime Minister" is split at "and", not ended at "former"
  'former', 'outgoing', 'incumbent'];

export const enPeopleLexicon: PeopleLexicon = {
  // ministries, departments and commissions whose names hold a comma
  commaNames: [
    'Culture, Sports and Tourism',
    'Culture, Sport and Tourism',
    'Labour, Invalids and Social Affairs',
    'Labor, Invalids and Social Affairs',
    'Labour, War Invalids and Social Affairs',
    'Labor, War Invalids and Social Affairs',
    'Science, Technology and Environment',
    'Communication, Education and Mass Mobilisation',
    'Communication, Education and Mass Mobilization',
    'Information, Communication and Propaganda',
  ],
  language: 'en',
  honorifics: EN_HONORIFICS,
  titles: EN_TITLES,
  placeAfter: ['province', 'district', 'commune', 'ward', 'city', 'town', 'village', 'street', 'road', 'expressway', 'highway', 'bridge', 'river', 'lake', 'border gate', 'area', 'region'],
  // a place or a temple named after a person is not a person (GOLD.md): "the temples of King Dinh Tien Hoang"
  placeBefore: ['street', 'road', 'temple of', 'temples of', 'pagoda of', 'King', 'Emperor', 'Lord'],
  // a lowercase word that is not part of an organisation name ("said", "reported", "chaired")
  placeLead: ['of', 'province', 'district', 'city', 'commune', 'ward', 'town', 'in'],
  personalHonorifics: ['Mr.', 'Ms.', 'Mrs.', 'Madam'],
  roleJoiners: ['and', 'cum', 'concurrently', 'as well as'],
  // countries, demonyms and bodies: never part of a foreign official's name after a post
  foreignNameStops: [
    'State', 'States', 'United', 'Republic', 'Kingdom', 'Federation', 'Federal', 'Duma', 'Affairs', 'Bureau',
    'Senate', 'Congress', 'Parliament', 'House', 'Nations', 'Embassy', 'Foreign', 'Security', 'Defence', 'Defense',
    'Vietnam', 'Viet', 'Việt', 'Nam', 'Hanoi', 'Russia', 'Russian', 'China', 'Chinese', 'America', 'American', 'US', 'U.S.',
    'Malaysia', 'Malaysian', 'Japan', 'Japanese', 'Korea', 'Korean', 'Laos', 'Lao', 'Cambodia', 'Cambodian', 'Thailand',
    'Thai', 'Singapore', 'Singaporean', 'Indonesia', 'Indonesian', 'Philippines', 'Philippine', 'India', 'Indian',
    'France', 'French', 'Germany', 'German', 'Britain', 'British', 'UK', 'Australia', 'Australian', 'Canada', 'Canadian',
    'Cuba', 'Cuban', 'Brazil', 'Brazilian', 'Kazakhstan', 'Belarus', 'Ukraine', 'Ukrainian', 'European', 'Europe', 'Asian',
    'Asia', 'Pacific', 'ASEAN', 'Union', 'Mekong', 'East', 'West', 'North', 'South', 'Central', 'Datuk', 'Seri', 'Dato',
    'Sri', 'Tan', 'Tun', 'His', 'Her', 'Excellency', 'Majesty', 'King', 'Queen', 'Prince', 'Princess', 'Sheikh',
  ],
  foreignIntroducers: ['counterpart', 'counterparts'],
  termAfterPost: '(?:for[ \\u00A0]+the[ \\u00A0]+)?\\d{4}[ \\u00A0]{0,3}[-–][ \\u00A0]{0,3}\\d{4}[ \\u00A0]+(?:term|tenure)',
  listJoiners: ['and'],
  titlePrefixes: ['former ', 'Former ', 'then-', 'ex-', 'outgoing ', 'incumbent '],
  pluralTitles: EN_PLURAL_TITLES,
  verbPost:
    '[ \\u00A0]{0,3},?[ \\u00A0]{0,3}(?:(?:has|have|had|was|were|is|are|been|be|being|also|officially|then|unanimously|formally|newly|recently|today|currently|still|cease|ceased|stop|stopped|continue|continues|continued|to)[ \\u00A0]+){0,3}' +
    '(?:(?:re-?elected|elected|re-?appointed|appointed|named|nominated|chosen|designated|promoted|confirmed|approved|installed|serves|served|serving|serve|acts|acted|acting|works|worked|working)[ \\u00A0]+)?' +
    '(?:to[ \\u00A0]+become|to[ \\u00A0]+be|to[ \\u00A0]+serve[ \\u00A0]+as|as|to[ \\u00A0]+the[ \\u00A0]+(?:post|position|role)[ \\u00A0]+of|for[ \\u00A0]+the[ \\u00A0]+(?:post|position)[ \\u00A0]+of|(?:to[ \\u00A0]+)?(?:hold|holds|held|holding|take|takes|took|taking|assume|assumes|assumed|assuming)[ \\u00A0]+the[ \\u00A0]+(?:post|position|office|role)[ \\u00A0]+of)[ \\u00A0]+(?:(?:the|a|an|new)[ \\u00A0]+){0,2}',
  listIntros: [':', 'including', 'namely', 'as follows', 'who are', 'comprising', 'consisting of', 'among them', 'comprise of', 'comprise', 'comprises', 'consist of', 'include', 'includes'],
  roleStop: `(?<![\\p{L}\\p{N}'’-])(?!(?:${ORG_LOWER.join('|')})(?![\\p{L}]))\\p{Ll}\\p{L}*`,
  orgLead: '(?:of[ \\u00A0]+)?(?:the[ \\u00A0]+)?',
  orgBeforeTitle: [
    'Party', 'Committee', 'Assembly', 'Council', 'Front', 'Ministry', 'Department', 'Provincial',
    'Municipal', 'City', "People's", 'Police', 'Union', 'Court', 'Procuracy', 'Office', 'Commission',
    'Government', 'Army', 'Bank', 'Federation', 'Association', 'Academy', 'University', 'Command',
    'Agency', 'Inspectorate', 'Audit', 'Delegation',
  ],
};
