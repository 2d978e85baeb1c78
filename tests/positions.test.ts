/**
 * Neutral posts and bodies (issue 14): `position` and `body` of every role, the same ids in every
 * language. End to end through parseReport (sentences written for this test), then unit-level
 * through neutralPost: every position and body of the vocabulary, Russian case forms, negatives.
 */
import { describe, expect, it } from 'vitest';
import { parseReport, type Role } from '../src/index.js';
import { neutralPost, POSITIONS } from '../src/common/positions.js';
import { RoleSchema } from '../src/schema.js';
import { expectSpansSlice } from './helpers.js';

type Lang = 'en' | 'ru' | 'vi';
/** [sentence, nameKey, title, position, body] */
type E2E = [string, string, string, string | undefined, string | undefined];

function roleOf(lang: Lang, text: string, key: string, title: string): Role {
  const report = parseReport(text, { language: lang });
  expectSpansSlice(text, report);
  const person = report.people.find((p) => p.nameKey === key);
  expect(person, `${key} in ${JSON.stringify(report.people.map((p) => p.nameKey))}`).toBeDefined();
  const role = person!.roles.find((r) => r.title === title);
  expect(role, `${title} in ${JSON.stringify(person!.roles.map((r) => r.title))}`).toBeDefined();
  expect(RoleSchema.safeParse(role).success).toBe(true);
  return role!;
}

const E2E_CASES: Record<Lang, E2E[]> = {
  en: [
    ['Standing Deputy Secretary of the Provincial Party Committee Nguyen Van Hoa opened the conference.', 'nguyen van hoa', 'Standing Deputy Secretary', 'standing-deputy-secretary', 'provincial-party-committee'],
    ["Tran Thi Mai, Vice Chairwoman of the Nghe An Provincial People's Committee, signed the plan.", 'tran thi mai', 'Vice Chairwoman', 'vice-chairman', 'provincial-peoples-committee'],
    ["Chairman of the Provincial People's Council Le Van Tuan chaired the session.", 'le van tuan', 'Chairman', 'chairman', 'provincial-peoples-council'],
    ['Minister of Home Affairs Pham Thi Lan presented the report.', 'pham thi lan', 'Minister', 'minister', 'ministry-of-home-affairs'],
    ['Politburo member Hoang Van Son attended the ceremony.', 'hoang van son', 'Politburo member', 'member', 'politburo'],
    ['General Secretary To Lam received the delegation.', 'to lam', 'General Secretary', 'general-secretary', 'party-central-committee'],
    ['Deputy Prime Minister Bui Van Thanh inspected the project.', 'bui van thanh', 'Deputy Prime Minister', 'deputy-prime-minister', 'government'],
    ['State President Vo Van Dung met veterans in the morning.', 'vo van dung', 'State President', 'president', 'state'],
    ['Permanent Vice Chairman of the National Assembly Do Van Chien spoke at the meeting.', 'do van chien', 'Permanent Vice Chairman', 'permanent-vice-chairman', 'national-assembly'],
    ['Director of the Department of Finance Ngo Thi Ha explained the budget.', 'ngo thi ha', 'Director', 'director', 'provincial-department-of-finance'],
    ['Secretary of the Dong Van District Party Committee Ly Van Minh visited the school.', 'ly van minh', 'Secretary', 'secretary', 'district-party-committee'],
    ["Nguyen Van Quang, Chairman of the Thach Ha District People's Committee, said the road was finished.", 'nguyen van quang', 'Chairman', 'chairman', 'district-peoples-committee'],
    ['Member of the Provincial Party Standing Committee and Director of the Provincial Police Nguyen Van Long said.', 'nguyen van long', 'Director', 'director', 'provincial-police'],
    ['Vietnamese President Luong Van Cuong met the press.', 'luong van cuong', 'President', 'president', 'state'],
    // negatives: another country's minister, the US Secretary of State
    ['Russian Foreign Minister Sergey Lavrov met the press.', 'sergey lavrov', 'Foreign Minister', 'minister', undefined],
    ['US Secretary of State Antony Blinken met Vietnamese officials.', 'antony blinken', 'Secretary', undefined, undefined],
  ],
  ru: [
    ['Постоянный заместитель секретаря провинциального комитета партии Нгуен Ван Хоа открыл конференцию.', 'nguyen van hoa', 'Постоянный заместитель секретаря', 'standing-deputy-secretary', 'provincial-party-committee'],
    // instrumental: "с постоянным заместителем секретаря"
    ['Встреча с постоянным заместителем секретаря провинциального комитета партии Нгуен Ван Хоа прошла в среду.', 'nguyen van hoa', 'постоянный заместитель секретаря', 'standing-deputy-secretary', 'provincial-party-committee'],
    ['Чан Тхи Май, заместитель председателя Народного комитета провинции, подписала план.', 'tran thi mai', 'заместитель председателя', 'vice-chairman', 'provincial-peoples-committee'],
    ['Председатель Народного совета провинции Ле Ван Туан открыл сессию.', 'le van tuan', 'Председатель', 'chairman', 'provincial-peoples-council'],
    ['Министр внутренних дел Фам Тхи Лан представила доклад.', 'pham thi lan', 'Министр', 'minister', 'ministry-of-home-affairs'],
    ['Хоанг Ван Шон, член Политбюро, принял участие в церемонии.', 'hoang van son', 'член', 'member', 'politburo'],
    ['Генеральный секретарь ЦК КПВ То Лам принял делегацию.', 'to lam', 'Генеральный секретарь', 'general-secretary', 'party-central-committee'],
    ['Генсек То Лам прибыл в Москву.', 'to lam', 'Генсек', 'general-secretary', 'party-central-committee'],
    ['Вице-премьер Буй Ван Тхань осмотрел объект.', 'bui van thanh', 'Вице-премьер', 'deputy-prime-minister', 'government'],
    ['Президент Вьетнама Во Ван Зунг встретился с ветеранами.', 'vo van dung', 'Президент', 'president', 'state'],
    ['Постоянный заместитель председателя Национального собрания До Ван Чиен выступил на заседании.', 'do van chien', 'Постоянный заместитель председателя', 'permanent-vice-chairman', 'national-assembly'],
    // genitive: "по словам директора Департамента финансов"
    ['По словам директора Департамента финансов провинции Нго Тхи Ха, бюджет выполнен.', 'ngo thi ha', 'директор', 'director', 'provincial-department-of-finance'],
    // dative: "председателю Народного комитета уезда"
    ['Слово предоставили председателю Народного комитета уезда Нгуен Ван Куангу.', 'nguyen van quang', 'председатель', 'chairman', 'district-peoples-committee'],
    ['Делегацию возглавил заместитель министра иностранных дел Ле Тхи Тху.', 'le thi thu', 'заместитель министра', 'deputy-minister', 'ministry-of-foreign-affairs'],
    // negative: the Russian foreign minister
    ['Министр иностранных дел России Сергей Лавров встретился с журналистами.', 'sergey lavrov', 'Министр', 'minister', undefined],
  ],
  vi: [
    ['Phó Bí thư Thường trực Tỉnh ủy Nguyễn Văn Hòa phát biểu khai mạc hội nghị.', 'nguyen van hoa', 'Phó Bí thư Thường trực', 'standing-deputy-secretary', 'provincial-party-committee'],
    ['Bà Trần Thị Mai, Phó Chủ tịch UBND tỉnh Nghệ An, đã ký kế hoạch.', 'tran thi mai', 'Phó Chủ tịch', 'vice-chairman', 'provincial-peoples-committee'],
    ['Chủ tịch HĐND tỉnh Lê Văn Tuấn chủ trì kỳ họp.', 'le van tuan', 'Chủ tịch', 'chairman', 'provincial-peoples-council'],
    ['Bộ trưởng Bộ Nội vụ Phạm Thị Lan trình bày tờ trình.', 'pham thi lan', 'Bộ trưởng', 'minister', 'ministry-of-home-affairs'],
    ['Ủy viên Bộ Chính trị Hoàng Văn Sơn dự buổi lễ.', 'hoang van son', 'Ủy viên', 'member', 'politburo'],
    ['Tổng Bí thư Tô Lâm tiếp đoàn đại biểu.', 'to lam', 'Tổng Bí thư', 'general-secretary', 'party-central-committee'],
    ['Phó Thủ tướng Bùi Văn Thành kiểm tra dự án.', 'bui van thanh', 'Phó Thủ tướng', 'deputy-prime-minister', 'government'],
    ['Chủ tịch nước Võ Văn Dũng gặp mặt cựu chiến binh.', 'vo van dung', 'Chủ tịch nước', 'president', 'state'],
    ['Phó Chủ tịch Thường trực Quốc hội Đỗ Văn Chiến phát biểu tại phiên họp.', 'do van chien', 'Phó Chủ tịch Thường trực', 'permanent-vice-chairman', 'national-assembly'],
    ['Giám đốc Sở Tài chính Ngô Thị Hà giải trình về ngân sách.', 'ngo thi ha', 'Giám đốc', 'director', 'provincial-department-of-finance'],
    ['Ông Lò Văn Minh, Bí thư Đảng ủy xã Tân Lập, cho biết đường đã xong.', 'lo van minh', 'Bí thư', 'secretary', 'commune-party-committee'],
    ['Ông Phạm Văn Đức, Ủy viên Ban Thường vụ Tỉnh ủy, phụ trách công tác tổ chức, cho biết.', 'pham van duc', 'Ủy viên', 'member', 'provincial-party-standing-committee'],
    ['Thứ trưởng Bộ Ngoại giao Lê Thị Thu tiếp khách.', 'le thi thu', 'Thứ trưởng', 'deputy-minister', 'ministry-of-foreign-affairs'],
  ],
};

describe.each(['en', 'ru', 'vi'] as const)('positions end to end: %s', (lang) => {
  it.each(E2E_CASES[lang])('%s', (text, key, title, position, body) => {
    const role = roleOf(lang, text, key, title);
    expect(role.position).toBe(position);
    expect(role.body).toBe(body);
  });
});

describe('positions end to end: allRoles and language passes', () => {
  it('allRoles carry the fields of the roles they merge', () => {
    const text = 'Bí thư Tỉnh ủy Nguyễn Văn Hòa dự lễ. Sau đó, ông Nguyễn Văn Hòa, Chủ tịch HĐND tỉnh, phát biểu.';
    const report = parseReport(text, { language: 'vi' });
    const first = report.people.find((p) => p.allRoles);
    expect(first?.allRoles?.map((r) => [r.position, r.body])).toEqual([
      ['secretary', 'provincial-party-committee'],
      ['chairman', 'provincial-peoples-council'],
    ]);
  });

  it('the same input gives the same fields whatever was parsed before', () => {
    const text = 'Phó Thủ tướng Bùi Văn Thành kiểm tra dự án.';
    const a = parseReport(text, { language: 'vi' });
    parseReport('Министр иностранных дел России Сергей Лавров встретился с журналистами.', { language: 'ru' });
    expect(parseReport(text, { language: 'vi' })).toEqual(a);
  });
});

/** [lang, title, organization, position, body] */
type Unit = [Lang, string, string | undefined, string | undefined, string | undefined];

const UNIT_CASES: Unit[] = [
  // the issue's examples, three languages each
  ['vi', 'Phó Bí thư Thường trực', 'Tỉnh ủy', 'standing-deputy-secretary', 'provincial-party-committee'],
  ['en', 'Standing Deputy Secretary', 'Provincial Party Committee', 'standing-deputy-secretary', 'provincial-party-committee'],
  ['en', 'Permanent Deputy Secretary', 'Provincial Party Committee', 'standing-deputy-secretary', 'provincial-party-committee'],
  ['ru', 'постоянного заместителя секретаря', 'провинциального комитета партии', 'standing-deputy-secretary', 'provincial-party-committee'],
  ['vi', 'Phó Chủ tịch', 'UBND tỉnh Hà Giang', 'vice-chairman', 'provincial-peoples-committee'],
  ['en', 'Vice Chairman', "Ha Giang Provincial People's Committee", 'vice-chairman', 'provincial-peoples-committee'],
  ['ru', 'заместитель председателя', 'Народного комитета провинции Хазянг', 'vice-chairman', 'provincial-peoples-committee'],
  ['vi', 'Chủ tịch', 'HĐND tỉnh', 'chairman', 'provincial-peoples-council'],
  ['en', 'Chairwoman', "People's Council of Ha Giang province", 'chairman', 'provincial-peoples-council'],
  ['ru', 'председателем', 'провинциальным народным советом', 'chairman', 'provincial-peoples-council'],
  ['vi', 'Bộ trưởng', 'Bộ Nội vụ', 'minister', 'ministry-of-home-affairs'],
  ['en', 'Minister', 'Home Affairs', 'minister', 'ministry-of-home-affairs'],
  ['ru', 'министр', 'внутренних дел', 'minister', 'ministry-of-home-affairs'],
  ['vi', 'Ủy viên', 'Bộ Chính trị', 'member', 'politburo'],
  ['en', 'Politburo member', undefined, 'member', 'politburo'],
  ['ru', 'член', 'Политбюро', 'member', 'politburo'],
  ['vi', 'Tổng Bí thư', undefined, 'general-secretary', 'party-central-committee'],
  ['en', 'General Secretary', undefined, 'general-secretary', 'party-central-committee'],
  ['en', 'General Secretary', 'Party', 'general-secretary', 'party-central-committee'],
  ['ru', 'Генеральный секретарь', 'ЦК КПВ', 'general-secretary', 'party-central-committee'],
  ['ru', 'генсек', undefined, 'general-secretary', 'party-central-committee'],
  ['ru', 'генсеком', 'Коммунистической партии Вьетнама', 'general-secretary', 'party-central-committee'],
  ['vi', 'Phó Thủ tướng', undefined, 'deputy-prime-minister', 'government'],
  ['vi', 'Phó Thủ tướng', 'Chính phủ', 'deputy-prime-minister', 'government'],
  ['en', 'Deputy Prime Minister', undefined, 'deputy-prime-minister', 'government'],
  ['ru', 'вице-премьер', undefined, 'deputy-prime-minister', 'government'],
  ['ru', 'заместителя премьер-министра', 'Вьетнама', 'deputy-prime-minister', 'government'],
  ['vi', 'Chủ tịch nước', undefined, 'president', 'state'],
  ['en', 'State President', undefined, 'president', 'state'],
  ['ru', 'президент', 'Вьетнама', 'president', 'state'],
  ['vi', 'Phó Chủ tịch Thường trực', 'Quốc hội', 'permanent-vice-chairman', 'national-assembly'],
  ['en', 'Permanent Vice Chairman', 'National Assembly', 'permanent-vice-chairman', 'national-assembly'],
  ['ru', 'постоянный заместитель председателя', 'Национального собрания', 'permanent-vice-chairman', 'national-assembly'],

  // every position
  ['en', 'Secretary', 'Provincial Party Committee', 'secretary', 'provincial-party-committee'],
  ['vi', 'Phó Bí thư', 'Tỉnh uỷ', 'deputy-secretary', 'provincial-party-committee'],
  ['en', 'Standing Member', 'Secretariat', 'standing-member', 'secretariat'],
  ['vi', 'Thường trực Ban Bí thư', undefined, 'standing-member', 'secretariat'],
  ['ru', 'постоянный член', 'Секретариата ЦК', 'standing-member', 'secretariat'],
  ['en', 'Alternate Member', 'Party Central Committee', 'alternate-member', 'party-central-committee'],
  ['vi', 'Ủy viên dự khuyết', 'Ban Chấp hành Trung ương Đảng', 'alternate-member', 'party-central-committee'],
  ['vi', 'Phó Giám đốc', 'Sở Y tế', 'deputy-director', 'provincial-department-of-health'],
  ['en', 'Deputy Head', 'Central Organisation Commission', 'deputy-head', 'central-organization-commission'],
  ['vi', 'Trưởng ban', 'Ban Tổ chức Trung ương', 'head', 'central-organization-commission'],
  ['vi', 'Thứ trưởng', 'Bộ Tài chính', 'deputy-minister', 'ministry-of-finance'],
  ['ru', 'замминистра', 'финансов', 'deputy-minister', 'ministry-of-finance'],
  ['vi', 'Thủ tướng', undefined, 'prime-minister', 'government'],
  ['en', 'Prime Minister', undefined, 'prime-minister', 'government'],
  ['en', 'Vice President', undefined, 'vice-president', undefined],
  ['vi', 'Phó Chủ tịch nước', undefined, 'vice-president', 'state'],
  ['ru', 'вице-президента', 'Вьетнама', 'vice-president', 'state'],
  ['en', 'Deputy General Secretary', undefined, 'deputy-general-secretary', undefined],
  ['vi', 'Phó Tổng Thư ký', 'Quốc hội', 'deputy-general-secretary', 'national-assembly'],
  ['ru', 'Генеральный секретарь', 'Национальной ассамблеи', 'general-secretary', 'national-assembly'],
  ['vi', 'Chánh án', 'Tòa án nhân dân tối cao', 'chief-justice', 'supreme-peoples-court'],
  ['en', 'Chief Justice', "Supreme People's Court", 'chief-justice', 'supreme-peoples-court'],
  ['ru', 'Генеральный прокурор', 'Верховной народной прокуратуры', 'procurator-general', 'supreme-peoples-procuracy'],
  ['en', 'Prosecutor General', "Supreme People's Procuracy", 'procurator-general', 'supreme-peoples-procuracy'],
  ['vi', 'Đại sứ', undefined, 'ambassador', undefined],
  ['ru', 'посол', 'Вьетнама в России', 'ambassador', undefined],
  ['vi', 'Tư lệnh', 'Quân khu 2', 'commander', 'military-region'],
  ['vi', 'Chính ủy', 'Bộ Chỉ huy Quân sự tỉnh', 'political-commissar', 'provincial-military-command'],
  ['vi', 'Chỉ huy trưởng', undefined, 'commander', undefined],
  ['vi', 'Chánh Văn phòng', 'Tỉnh ủy', 'chief-of-office', 'provincial-party-committee'],
  ['en', 'Chief of Office', 'Provincial Party Committee', 'chief-of-office', 'provincial-party-committee'],
  ['en', 'Chief', 'CPVCC Office', 'chief-of-office', 'party-central-committee'],
  ['en', 'Deputy Chief', "Provincial People's Committee Office", 'deputy-chief-of-office', 'provincial-peoples-committee'],
  ['ru', 'заведующим', 'Канцелярией ЦК партии', 'chief-of-office', 'party-central-committee'],
  ['vi', 'Thống đốc', 'Ngân hàng Nhà nước', 'governor', 'state-bank'],
  ['vi', 'Đại biểu Quốc hội', 'khóa XV tỉnh Hà Giang', 'deputy', 'national-assembly'],
  ['vi', 'Ủy viên Thường vụ', 'Quốc hội', 'member', 'national-assembly-standing-committee'],
  ['vi', 'Thứ trưởng Thường trực', 'Bộ Ngoại giao', 'permanent-deputy-minister', 'ministry-of-foreign-affairs'],

  // every body: local levels
  ['vi', 'Bí thư', 'Huyện ủy Đồng Văn', 'secretary', 'district-party-committee'],
  ['en', 'Secretary', 'Dong Van District Party Committee', 'secretary', 'district-party-committee'],
  ['ru', 'секретарём', 'районного комитета партии', 'secretary', 'district-party-committee'],
  ['vi', 'Chủ tịch', 'UBND huyện Đồng Văn', 'chairman', 'district-peoples-committee'],
  ['ru', 'председателю', 'Народного комитета уезда', 'chairman', 'district-peoples-committee'],
  ['vi', 'Bí thư', 'Đảng ủy xã Tân Lập', 'secretary', 'commune-party-committee'],
  ['en', 'Secretary', 'Tan Lap Commune Party Committee', 'secretary', 'commune-party-committee'],
  ['vi', 'Chủ tịch', 'UBND xã Tân Lập', 'chairman', 'commune-peoples-committee'],
  ['en', 'Chairman', "People's Committee of Tan Lap commune", 'chairman', 'commune-peoples-committee'],
  ['ru', 'председатель', 'Народного комитета коммуны', 'chairman', 'commune-peoples-committee'],
  ['vi', 'Bí thư', 'Thành ủy Hà Nội', 'secretary', 'city-party-committee'],
  ['en', 'Secretary', 'Hanoi Party Committee', 'secretary', 'city-party-committee'],
  ['en', 'Secretary', 'Ho Chi Minh City Party Committee', 'secretary', 'city-party-committee'],
  ['ru', 'секретаря', 'городского комитета партии', 'secretary', 'city-party-committee'],
  ['vi', 'Chủ tịch', 'UBND TP Hà Nội', 'chairman', 'city-peoples-committee'],
  ['en', 'Chairman', "Hanoi People's Committee", 'chairman', 'city-peoples-committee'],
  ['ru', 'председатель', 'Народного комитета города', 'chairman', 'city-peoples-committee'],
  ['en', 'Secretary', 'Party Committee of Hoa Lu ward', 'secretary', 'ward-party-committee'],
  ['en', 'Member', 'Standing Committee of the HCMC Party Committee', 'member', 'city-party-standing-committee'],
  ['ru', 'член', 'Постоянного комитета провинциального комитета партии', 'member', 'provincial-party-standing-committee'],
  ['vi', 'Ủy viên', 'Ban Thường vụ Tỉnh ủy', 'member', 'provincial-party-standing-committee'],
  ['vi', 'Ủy viên Thường vụ', 'Tỉnh ủy', 'member', 'provincial-party-standing-committee'],
  ['en', 'Secretary', 'Cao Bang province’s Party Committee', 'secretary', 'provincial-party-committee'],
  ['vi', 'Chủ tịch', 'UBND tỉnh Lào Cai', 'chairman', 'provincial-peoples-committee'],
  ['en', 'Secretary', 'Lao Cai Provincial Party Committee', 'secretary', 'provincial-party-committee'],

  // central bodies
  ['en', 'Member', 'Party Central Committee', 'member', 'party-central-committee'],
  ['en', 'General Secretary', 'Communist Party of Vietnam (CPV) Central Committee', 'general-secretary', 'party-central-committee'],
  ['vi', 'Ủy viên', 'Trung ương Đảng', 'member', 'party-central-committee'],
  ['ru', 'членом', 'Центрального комитета партии', 'member', 'party-central-committee'],
  ['en', 'member', 'PCC Secretariat', 'member', 'secretariat'],
  ['vi', 'Ủy viên', 'Ủy ban Thường vụ Quốc hội', 'member', 'national-assembly-standing-committee'],
  ['en', 'Member', 'National Assembly Standing Committee', 'member', 'national-assembly-standing-committee'],
  ['ru', 'член', 'Постоянного комитета Национального собрания', 'member', 'national-assembly-standing-committee'],
  ['ru', 'председателя', 'НС', 'chairman', 'national-assembly'],
  ['ru', 'председателем', 'Национальной ассамблеи', 'chairman', 'national-assembly'],

  // every ministry of the list, and its department
  ['en', 'Minister', 'Finance', 'minister', 'ministry-of-finance'],
  ['vi', 'Bộ trưởng', 'Bộ Công an', 'minister', 'ministry-of-public-security'],
  ['vi', 'Bộ trưởng', 'Công an', 'minister', 'ministry-of-public-security'],
  ['ru', 'министра', 'общественной безопасности', 'minister', 'ministry-of-public-security'],
  ['en', 'Minister', 'Foreign Affairs', 'minister', 'ministry-of-foreign-affairs'],
  ['en', 'Foreign Minister', undefined, 'minister', 'ministry-of-foreign-affairs'],
  ['ru', 'министром', 'здравоохранения', 'minister', 'ministry-of-health'],
  ['vi', 'Bộ trưởng', 'Bộ Giáo dục và Đào tạo', 'minister', 'ministry-of-education-and-training'],
  ['en', 'Minister', 'Education and Training', 'minister', 'ministry-of-education-and-training'],
  ['vi', 'Bộ trưởng', 'Bộ Tư pháp', 'minister', 'ministry-of-justice'],
  ['ru', 'министр', 'юстиции', 'minister', 'ministry-of-justice'],
  ['vi', 'Thứ trưởng', 'Bộ Nông nghiệp và Môi trường', 'deputy-minister', 'ministry-of-agriculture-and-environment'],
  ['en', 'Minister', 'Agriculture and Environment', 'minister', 'ministry-of-agriculture-and-environment'],
  ['ru', 'министр', 'науки и технологий', 'minister', 'ministry-of-science-and-technology'],
  ['vi', 'Thứ trưởng', 'Bộ Khoa học và Công nghệ', 'deputy-minister', 'ministry-of-science-and-technology'],
  ['en', 'Minister', 'Construction', 'minister', 'ministry-of-construction'],
  ['vi', 'Bộ trưởng', 'Bộ Công Thương', 'minister', 'ministry-of-industry-and-trade'],
  ['ru', 'Министр', 'промышленности и торговли', 'minister', 'ministry-of-industry-and-trade'],
  ['en', 'Minister', 'National Defence', 'minister', 'ministry-of-national-defence'],
  ['ru', 'министра', 'национальной обороны', 'minister', 'ministry-of-national-defence'],
  ['vi', 'Bộ trưởng', 'Bộ Văn hóa, Thể thao và Du lịch', 'minister', 'ministry-of-culture-sports-and-tourism'],
  ['en', 'Minister', 'Ministry of Culture, Sports and Tourism', 'minister', 'ministry-of-culture-sports-and-tourism'],
  ['ru', 'директор', 'Министерства иностранных дел', 'director', 'ministry-of-foreign-affairs'],
  ['vi', 'Giám đốc', 'Sở Nội vụ tỉnh Cao Bằng', 'director', 'provincial-department-of-home-affairs'],
  ['en', 'Director', 'Department of Home Affairs', 'director', 'provincial-department-of-home-affairs'],
  ['ru', 'Директор', 'Департамента внутренних дел провинции', 'director', 'provincial-department-of-home-affairs'],
  ['vi', 'Giám đốc', 'Sở TT&TT', 'director', 'provincial-department-of-information-and-communications'],
  ['en', 'Director', 'Ho Chi Minh City Department of Finance', 'director', 'provincial-department-of-finance'],

  // bodies added from the coverage lists (written in all three languages there)
  ['en', 'Deputy Head', 'National Assembly Delegation of Ha Giang province', 'deputy-head', 'national-assembly-delegation'],
  ['vi', 'Trưởng Đoàn', 'đại biểu Quốc hội tỉnh Hà Giang', 'head', 'national-assembly-delegation'],
  ['vi', 'Phó Trưởng Đoàn', 'ĐBQH tỉnh', 'deputy-head', 'national-assembly-delegation'],
  ['ru', 'главой', 'делегации депутатов Национального собрания от провинции Хазянг', 'head', 'national-assembly-delegation'],
  ['en', 'Commander', 'Military Region 2', 'commander', 'military-region'],
  ['vi', 'Phó Tư lệnh', 'Quân khu 2', 'deputy-commander', 'military-region'],
  ['ru', 'командующим', 'Вторым военным округом', 'commander', 'military-region'],
  ['en', 'Secretary', 'Provincial Ho Chi Minh Communist Youth Union', 'secretary', 'provincial-youth-union'],
  ['vi', 'Bí thư', 'Tỉnh đoàn', 'secretary', 'provincial-youth-union'],
  ['ru', 'секретарь', 'провинциального комитета Коммунистического союза молодёжи имени Хо Ши Мина', 'secretary', 'provincial-youth-union'],
  ['vi', 'Giám đốc', 'Công an TP Hà Nội', 'director', 'city-police'],
  ['vi', 'Giám đốc', 'Công an tỉnh Hà Giang', 'director', 'provincial-police'],
  ['en', 'Director', 'Provincial Police', 'director', 'provincial-police'],
  ['ru', 'начальник', 'Управления общественной безопасности провинции', 'head', 'provincial-police'],
  ['en', 'Permanent Deputy Head', 'HCMC Propaganda and Mass Mobilization Commission', 'standing-deputy-head', 'city-party-propaganda-and-mass-mobilization-commission'],
  ['vi', 'Phó Trưởng Ban', 'Tuyên giáo và Dân vận Thành ủy', 'deputy-head', 'city-party-propaganda-and-mass-mobilization-commission'],
  ['vi', 'Chủ nhiệm', 'Ủy ban Kiểm tra Thành ủy', 'chairman', 'city-party-inspection-commission'],
  ['en', 'Head', 'Organization Board of the Provincial Party Committee', 'head', 'provincial-party-organization-commission'],

  // Russian case forms of titles and organisations
  ['ru', 'секретарю', 'провинциальному комитету партии', 'secretary', 'provincial-party-committee'],
  ['ru', 'секретаре', 'провинциальном комитете партии', 'secretary', 'provincial-party-committee'],
  ['ru', 'заместителем председателя', 'Народным комитетом провинции', 'vice-chairman', 'provincial-peoples-committee'],
  ['ru', 'заместителю председателя', 'Народному комитету провинции', 'vice-chairman', 'provincial-peoples-committee'],
  ['ru', 'постоянному заместителю председателя', 'Национальному собранию', 'permanent-vice-chairman', 'national-assembly'],
  ['ru', 'бывшего министра', 'внутренних дел', 'minister', 'ministry-of-home-affairs'],
  ['ru', 'членом', 'Политбюро', 'member', 'politburo'],
  ['ru', 'Председатель', 'Народного совета района Намдан', 'chairman', 'district-peoples-council'],
  ['ru', 'заместителя секретаря', 'провинциального парткома', 'deputy-secretary', 'provincial-party-committee'],
  ['ru', 'заведующий', 'Организационным отделом провинциального комитета партии', 'head', 'provincial-party-organization-commission'],

  // negatives: unknown organisation, another country, other posts, acting posts
  ['en', 'Secretary', 'State', undefined, undefined],
  ['en', 'Chairman', 'Green Leaf Company', 'chairman', undefined],
  ['en', 'Director', 'Department of Local Government', 'director', undefined],
  ['en', 'head', "Party Central Committee's Organisation Commission", 'head', 'central-organization-commission'],
  ['en', 'Chairman', "National Assembly's Committee on Law and Justice", 'chairman', undefined],
  ['en', 'Permanent Deputy Secretary', "Party Committee of the Provincial People's Committee", 'standing-deputy-secretary', undefined],
  ['en', 'Chairman', "Federation Council of Russia's Federal Assembly", 'chairman', undefined],
  ['en', 'General Secretary', 'Lao People’s Revolutionary Party', 'general-secretary', undefined],
  ['en', 'Acting Chairman', "Provincial People's Committee", undefined, 'provincial-peoples-committee'],
  ['en', 'President', undefined, 'president', undefined],
  ['en', 'Minister', undefined, 'minister', undefined],
  ['en', 'Secretary General', undefined, 'general-secretary', undefined],
  ['vi', 'Ủy viên', 'Trung ương Đảng Nhân dân Cách mạng Lào', 'member', undefined],
  ['vi', 'Thủ tướng', 'Lào', 'prime-minister', undefined],
  ['vi', 'Chủ tịch', 'Công ty Cổ phần Xây dựng Số 1', 'chairman', undefined],
  ['vi', 'Chủ tịch', 'UBND', 'chairman', undefined],
  ['vi', 'Bí thư', 'Đảng ủy', 'secretary', undefined],
  ['vi', 'Giám đốc', 'Sở Văn hóa', 'director', undefined],
  ['vi', 'quyền Giám đốc', 'Sở Tài chính', undefined, 'provincial-department-of-finance'],
  ['vi', 'Hiệu trưởng', 'Trường THPT Chu Văn An', undefined, undefined],
  ['ru', 'президент', 'России', 'president', undefined],
  ['ru', 'министр', 'иностранных дел России', 'minister', undefined],
  ['ru', 'генеральный секретарь', 'ЦК ОФВ 8-го созыва', 'general-secretary', 'fatherland-front-central-committee'],
  ['ru', 'Первый заместитель председателя', 'правительства Российской Федерации', undefined, undefined],
  ['ru', 'председатель', 'правления банка', 'chairman', undefined],
  ['ru', 'секретарь', 'Совбеза России', 'secretary', undefined],
  ['ru', 'президент', undefined, 'president', undefined],
];

describe('neutralPost', () => {
  it.each(UNIT_CASES)('%s: %s | %s → %s / %s', (lang, title, org, position, body) => {
    const np = neutralPost(lang, title, org);
    expect(np.position).toBe(position);
    expect(np.body).toBe(body);
  });

  it('a word for another country before the title drops the body, not the post', () => {
    expect(neutralPost('en', 'Foreign Minister', undefined, 'Russian')).toEqual({ position: 'minister' });
    expect(neutralPost('en', 'Prime Minister', undefined, 'Lao')).toEqual({ position: 'prime-minister' });
    expect(neutralPost('en', 'President', undefined, 'Vietnamese')).toEqual({ position: 'president', body: 'state' });
  });

  it('covers every position of the issue, and every id is lowercase-hyphenated', () => {
    const issue = [
      'secretary', 'deputy-secretary', 'standing-deputy-secretary', 'chairman', 'vice-chairman', 'permanent-vice-chairman',
      'member', 'standing-member', 'alternate-member', 'director', 'deputy-director', 'head', 'deputy-head', 'minister',
      'deputy-minister', 'prime-minister', 'deputy-prime-minister', 'president', 'vice-president', 'general-secretary',
      'deputy-general-secretary',
    ];
    for (const p of issue) expect(POSITIONS).toContain(p);
    const tested = new Set(UNIT_CASES.map((c) => c[3]));
    for (const p of issue) expect(tested, p).toContain(p);
    for (const id of [...POSITIONS, ...UNIT_CASES.map((c) => c[4]).filter((b): b is string => !!b)]) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  it('covers every body of the issue', () => {
    const bodies = [
      'politburo', 'secretariat', 'party-central-committee', 'provincial-party-committee', 'provincial-peoples-committee',
      'provincial-peoples-council', 'national-assembly', 'national-assembly-standing-committee', 'government', 'state',
      'commune-peoples-committee', 'commune-party-committee', 'district-peoples-committee', 'district-party-committee',
      'city-party-committee', 'city-peoples-committee',
      ...['home-affairs', 'finance', 'public-security', 'foreign-affairs', 'health', 'education-and-training', 'justice',
        'agriculture-and-environment', 'science-and-technology', 'construction', 'industry-and-trade', 'national-defence',
        'culture-sports-and-tourism'].map((x) => `ministry-of-${x}`),
      'provincial-department-of-home-affairs', 'provincial-department-of-finance',
    ];
    const tested = new Set(UNIT_CASES.map((c) => c[4]));
    for (const b of bodies) expect(tested, b).toContain(b);
  });

  it('never throws, and gives only vocabulary ids, on odd input', () => {
    for (const lang of ['en', 'ru', 'vi'] as const) {
      const odd = [['', ''], [' ', '()'], ['Secretary', '((('], ['constructor', '__proto__ toString'], ['член', 'ЦК'.repeat(500)], ['Chủ tịch', 'UBND '.repeat(2000)]];
      for (const [t, o] of odd) {
        const np = neutralPost(lang, t!, o);
        if (np.position) expect(POSITIONS).toContain(np.position);
        if (np.body) expect(np.body).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      }
    }
  });
});

describe('a term after the body does not hide it', () => {
  it('ru "на срок ...", vi "giai đoạn ..."', () => {
    expect(neutralPost('ru', 'заместитель председателя', 'Национального собрания на срок 2026')).toEqual({ position: 'vice-chairman', body: 'national-assembly' });
    expect(neutralPost('vi', 'Phó Chủ tịch', 'Quốc hội giai đoạn 2026')).toEqual({ position: 'vice-chairman', body: 'national-assembly' });
  });
});

describe('a Vietnamese name in a Russian rendering keeps its bodies', () => {
  it('"Тран Ван Хау" is not a foreign official', () => {
    const r = parseReport('Собрание избрало Тран Ван Хау, заместителя председателя Национального собрания.', { language: 'ru' });
    expect(r.people[0]?.roles.map((x) => [x.position, x.body])).toEqual([['vice-chairman', 'national-assembly']]);
  });
});
