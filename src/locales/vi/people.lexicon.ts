/** vi people lexicon: honorifics, post titles and the words that end a post or mark a place. */
import type { PeopleLexicon } from '../../common/people/lexicon.js';

/** Words and ranks written before a name ("Thượng tướng" is a rank, not a post). */
const HONORIFICS: readonly string[] = [
  'các đồng chí', 'đồng chí', 'ông', 'bà', 'anh', 'chị', 'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng',
  'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc',
  'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ', 'Thạc sĩ', 'GS.TS', 'PGS.TS', 'GS.TSKH', 'TS.', 'ThS.', 'TS', 'ThS',
  'Nhà báo', 'Bác sĩ', 'Luật sư',
];

/** Post titles. Organisation names follow them without a preposition: "Bí thư Tỉnh ủy". */
const TITLES: readonly string[] = [
  'Tổng Bí thư', 'Thường trực Ban Bí thư', 'Bí thư', 'Phó Bí thư', 'Phó Bí thư Thường trực', 'Bí thư Thường trực',
  'Chủ tịch', 'Phó Chủ tịch', 'Phó Chủ tịch Thường trực', 'Chủ tịch nước', 'Phó Chủ tịch nước',
  'Ủy viên', 'Ủy viên Thường vụ', 'Ủy viên dự khuyết', 'Tỉnh ủy viên', 'Thành ủy viên',
  'Huyện ủy viên', 'Đảng ủy viên', 'Thành viên', 'Giám đốc', 'Phó Giám đốc', 'Tổng Giám đốc',
  'Phó Tổng Giám đốc', 'Trưởng ban', 'Phó Trưởng ban', 'Trưởng đoàn', 'Phó Trưởng đoàn',
  'Trưởng phòng', 'Phó Trưởng phòng', 'Trưởng', 'Phó trưởng', 'Chánh Văn phòng',
  'Phó Chánh Văn phòng', 'Chánh án', 'Phó Chánh án', 'Chánh Thanh tra', 'Phó Chánh Thanh tra',
  'Chủ nhiệm', 'Phó Chủ nhiệm', 'Bộ trưởng', 'Thứ trưởng', 'Thứ trưởng Thường trực', 'Thủ tướng',
  'Phó Thủ tướng', 'Phó Thủ tướng Thường trực', 'Tư lệnh', 'Phó Tư lệnh', 'Chính ủy', 'Phó Chính ủy',
  'Chỉ huy trưởng', 'Phó Chỉ huy trưởng', 'Tổng Thư ký', 'Đại sứ', 'Viện trưởng', 'Phó Viện trưởng',
  'Hiệu trưởng', 'Phó Hiệu trưởng', 'Tổng Biên tập', 'Phó Tổng Biên tập', 'Cục trưởng',
  'Phó Cục trưởng', 'Vụ trưởng', 'Phó Vụ trưởng', 'Tổng Kiểm toán', 'Thống đốc', 'Phó Thống đốc',
  'Người phát ngôn', 'Đại biểu Quốc hội', 'Trưởng Công an', 'Phó Trưởng Công an',
  // Lao and Cambodian provincial posts as Vietnamese news writes them
  'Tỉnh trưởng', 'Phó Tỉnh trưởng', 'Chủ tịch tỉnh', 'Phó Chủ tịch tỉnh',
];

/** Old-style tone placement ("Uỷ ban", "Thuỷ") is common in Vietnamese news: both spellings. */
function withOldStyle(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    out.add(w.replace(/Ủy/g, 'Uỷ').replace(/ủy/g, 'uỷ'));
  }
  return [...out];
}

/** Two-word verbs and function words that end a post written without a closing comma. */
const STOPS: readonly string[] = [
  'cho biết', 'trình bày', 'nhấn mạnh', 'chủ trì', 'phát biểu', 'đề nghị', 'yêu cầu', 'báo cáo',
  'khẳng định', 'cho rằng', 'chia sẻ', 'lưu ý', 'đánh giá', 'kết luận', 'thông tin', 'đề xuất',
  'chỉ đạo', 'khai mạc', 'bế mạc', 'trao đổi', 'giải trình', 'tiếp thu', 'ghi nhận', 'biểu dương',
  'đã', 'đang', 'sẽ', 'là', 'có', 'được', 'tại', 'khi', 'thì', 'nói', 'cũng', 'cùng', 'làm',
  'đến', 'thăm', 'tặng', 'trao', 'nêu', 'mong', 'muốn', 'xác nhận', 'giải thích', 'nhận định',
  'thông báo', 'phân tích', 'bày tỏ', 'khuyến cáo', 'cảnh báo', 'tiết lộ', 'nhận xét', 'thừa nhận',
  'cho hay', 'trả lời', 'phản ánh', 'lý giải', 'kiến nghị', 'phát hiện', 'đồng thời', 'ký', 'gửi',
  'tiếp', 'kiểm tra', 'làm việc', 'họp', 'dẫn đầu', 'tham dự', 'tham gia', 'chúc mừng',
  // verbs of appointment: the post is the appointee's, not the appointer's
  'phê chuẩn', 'bổ nhiệm', 'miễn nhiệm', 'bãi nhiệm', 'điều động', 'chỉ định', 'công bố', 'giữ chức', 'thăng cấp', 'thăng hàm',
  // a term or the person a decision concerns after the post: "Phó Chủ tịch HĐND huyện nhiệm kỳ 2026-2031 đối với bà A"
  'nhiệm kỳ', 'đối với',
];
/** "và", "với" end a post only before a lowercase word ("Sở Tài nguyên và Môi trường" goes on). */
const STOP_BEFORE_LOWER: readonly string[] = ['và', 'với', 'về'];

export const viPeopleLexicon: PeopleLexicon = {
  // bộ, sở, cục, ban có dấu phẩy hay gạch nối trong tên
  commaNames: [
    'Văn hóa, Thể thao và Du lịch',
    'Văn hoá, Thể thao và Du lịch',
    'Lao động, Thương binh và Xã hội',
    'Lao động - Thương binh và Xã hội',
    'Khoa học, Công nghệ và Môi trường',
    'Văn hóa, Thông tin, Thể thao và Du lịch',
  ],
  language: 'vi',
  honorifics: withOldStyle(HONORIFICS),
  titles: withOldStyle(TITLES),
  placeAfter: [],
  // streets, places, schools and hospitals named after people ("đường Tô Hiệu", "THPT Chuyên Lê Hồng Phong")
  placeBefore: [
    'đường', 'phố', 'phường', 'xã', 'huyện', 'quận', 'tỉnh', 'thành phố', 'thị xã', 'thị trấn', 'TP',
    'TP.', 'P.', 'Q.', 'trường', 'cầu', 'bản', 'thôn', 'sông', 'núi', 'đèo', 'hồ', 'chợ', 'làng', 'khu',
    'chuyên', 'THPT', 'THCS', 'tiểu học', 'mầm non', 'bệnh viện', 'học viện', 'đại học', 'quỹ', 'giải',
    'giải thưởng', 'tượng đài', 'đền', 'công viên', 'sân vận động', 'tư tưởng', 'lăng', 'bảo tàng',
    'nhà văn hóa', 'khu di tích', 'di tích', 'thư viện', 'đại lộ', 'quảng trường', 'tàu',
  ],
  placeLead: ['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'thành phố', 'thị xã', 'thị trấn', 'Tỉnh ủy', 'Huyện ủy', 'Thành ủy', 'Tỉnh uỷ', 'Huyện uỷ', 'Thành uỷ', 'TP', 'TP.', 'tại', 'ở'],
  personalHonorifics: ['ông', 'bà', 'ngài'],
  signatureTitles: TITLES.map((t) => t.toUpperCase()),
  roleJoiners: ['và', 'kiêm'],
  listJoiners: ['và'],
  titlePrefixes: ['nguyên ', 'Nguyên ', 'quyền ', 'Quyền '],
  verbPost:
    '[ \\u00A0]{0,3},?[ \\u00A0]{0,3}(?:(?:đã|được|sẽ|vừa|chính[ \\u00A0]+thức|tiếp[ \\u00A0]+tục)[ \\u00A0]+){0,3}' +
    '(?:(?:tái[ \\u00A0]+)?(?:bầu|bổ[ \\u00A0]+nhiệm|điều[ \\u00A0]+động|chỉ[ \\u00A0]+định|phân[ \\u00A0]+công|giới[ \\u00A0]+thiệu|phê[ \\u00A0]+chuẩn)[ \\u00A0]+)?' +
    '(?:giữ[ \\u00A0]+chức(?:[ \\u00A0]+vụ)?|làm|vào[ \\u00A0]+vị[ \\u00A0]+trí|vào[ \\u00A0]+chức[ \\u00A0]+vụ|đảm[ \\u00A0]+(?:nhận|nhiệm)(?:[ \\u00A0]+chức[ \\u00A0]+vụ)?|là)[ \\u00A0]+(?:tân[ \\u00A0]+)?',
  // Vietnamese titles do not inflect: "các" before the list or the post marks it plural
  listIntros: [':', 'gồm', 'gồm có', 'gồm các ông', 'gồm các bà', 'là', 'là các ông', 'là các bà', 'là các ông, bà', 'là các đồng chí', 'các ông', 'các bà', 'các đồng chí', 'các ông, bà', 'trong đó có', 'đối với',
    // "Ba Phó Chủ tịch ... được bổ nhiệm là bà A và ông B"
    'được bổ nhiệm là', 'được phê chuẩn bổ nhiệm là', 'được bầu là', 'được phê chuẩn là'],
  termAfterPost: 'nhiệm[ \\u00A0]+kỳ[ \\u00A0]+\\d{4}[ \\u00A0]{0,3}[-–][ \\u00A0]{0,3}\\d{4}',
  roleStop:
    `(?<![\\p{L}\\p{N}])(?:(?:${STOPS.map((s) => s.replace(/ /g, '[ \\u00A0]')).join('|')})(?![\\p{L}\\p{N}])` +
    `|(?:${STOP_BEFORE_LOWER.join('|')})(?=[ \\u00A0]\\p{Ll}))`,
};
