/**
 * Data for Vietnamese personal names: family names, their Russian transcriptions, the syllables
 * met in given and middle names, and place names that look like personal names.
 *
 * Syllables are written with their tones as they appear in Vietnamese; `name-keys.ts` derives the
 * toneless forms, the ASCII keys and the Russian (Kontsevich-style) transcriptions from them.
 * Earlier entries win when two syllables share a Russian transcription ("Тинь": Chính before
 * Tính), so the more frequent name comes first.
 */

/** Vietnamese family names, most frequent first (including ethnic-minority names). */
export const FAMILY_NAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ',
  'Hồ', 'Ngô', 'Dương', 'Lý', 'Tống', 'Lò', 'Lường', 'Hà', 'Triệu', 'Giàng', 'Quàng', 'Đinh',
  'Lại', 'Tô', 'Mai', 'Cao', 'Chu', 'Lưu', 'Tạ', 'Vương', 'Thái', 'Lâm', 'Đoàn', 'Trịnh',
  'Trương', 'Lương', 'Cầm', 'Nông', 'Kha', 'Vàng', 'Phùng', 'Khuất', 'Mạc', 'Hứa', 'Thân',
  'Quách', 'Đàm', 'Lục', 'Sầm', 'Hầu', 'Bế', 'Sùng', 'Mùa', 'Thào', 'Tòng', 'Lù', 'Hờ', 'Vi',
  'Lã', 'Kiều', 'Đào', 'Tăng', 'Bạch', 'Nghiêm', 'Âu', 'Diệp', 'Lộc', 'Ninh', 'Khổng', 'Doãn', 'Giáp',
  'Tôn', 'Phí', 'Chảo', 'Tẩn', 'Lầu', 'Mông', 'Mẫn', 'Thạch',
];

/**
 * Russian transcriptions of family names as they are written in Russian news, with their keys.
 * Several spellings of one name are listed (standard first).
 */
export const RU_FAMILY_NAMES: Readonly<Record<string, string>> = {
  // beside the standard forms, renderings from the Latin spelling met in Russian media: Тран
  // (Чан), Труонг (Чыонг), Вуонг (Выонг), Дуонг (Зыонг), Луонг (Лыонг)
  Нгуен: 'nguyen', Нгуэн: 'nguyen', Чан: 'tran', Тран: 'tran', Труонг: 'truong', Вуонг: 'vuong', Дуонг: 'duong', Луонг: 'luong', Ле: 'le', Лê: 'le', Фам: 'pham', Хоанг: 'hoang',
  Хюинь: 'huynh', Хуинь: 'huynh', Фан: 'phan', Ву: 'vu', Во: 'vo', Данг: 'dang', Буй: 'bui',
  До: 'do', Хо: 'ho', Нго: 'ngo', Зыонг: 'duong', Зуонг: 'duong', Ли: 'ly', Тонг: 'tong',
  Ло: 'lo', Лыонг: 'luong', Ха: 'ha', Чьеу: 'trieu', Чиеу: 'trieu', Зянг: 'giang',
  Зианг: 'giang', Куанг: 'quang', Динь: 'dinh', Лай: 'lai', То: 'to', Май: 'mai', Као: 'cao',
  Тю: 'chu', Чу: 'chu', Лыу: 'luu', Та: 'ta', Выонг: 'vuong', Тхай: 'thai', Лам: 'lam',
  Доан: 'doan', Чинь: 'trinh', Чыонг: 'truong', Кам: 'cam', Нонг: 'nong', Кха: 'kha',
  Ванг: 'vang', Фунг: 'phung', Кхуат: 'khuat', Мак: 'mac', Хыа: 'hua', Тхан: 'than',
  Куать: 'quach', Дам: 'dam', Лук: 'luc', Шам: 'sam', Хау: 'hau', Бе: 'be', Шунг: 'sung',
  Муа: 'mua', Тхао: 'thao', Лу: 'lu', Ви: 'vi', Киеу: 'kieu', Кьеу: 'kieu', Дао: 'dao',
  Танг: 'tang', Бать: 'bach', Нгием: 'nghiem', Зиеп: 'diep', Зьеп: 'diep', Лок: 'loc', Нинь: 'ninh',
  Кхонг: 'khong', Зоан: 'doan', Зяп: 'giap', Тон: 'ton', Ты: 'tu', Фи: 'phi', Тхать: 'thach',
};

/**
 * Syllables of given and middle names (with tones, as written in Vietnamese), most frequent
 * first where two share a Russian transcription. Family names are added automatically.
 */
export const NAME_SYLLABLES: readonly string[] = [
  // very frequent middle names and given names first: they win transcription ties
  'Văn', 'Thị', 'Hữu', 'Đức', 'Công', 'Quang', 'Minh', 'Thanh', 'Hồng', 'Ngọc', 'Kim', 'Xuân',
  'Chính', 'Trọng', 'Trung', 'Chí', 'Chiến', 'Châu', 'Chung', 'Chương', 'Chánh', 'Tiến',
  'Quốc', 'Mạnh', 'Hoài', 'Hương', 'Thưởng', 'Thương', 'Thường', 'Hải', 'Hùng', 'Hưng', 'Huy',
  'Hiếu', 'Hạnh', 'Hằng', 'Hiền', 'Hòa', 'Hoa', 'Hà', 'Hậu', 'Hào', 'Hảo', 'Hiệp', 'Hiển',
  'Khánh', 'Khang', 'Khải', 'Khoa', 'Khôi', 'Khuê', 'Kiên', 'Kiệt', 'Lâm', 'Lộc', 'Lợi', 'Long',
  'Luân', 'Lực', 'Mẫn', 'Nam', 'Năng', 'Nga', 'Nghĩa', 'Nghị', 'Ngân', 'Nguyên', 'Nhân', 'Nhật',
  'Như', 'Nhung', 'Ninh', 'Oanh', 'Phát', 'Phong', 'Phú', 'Phúc', 'Phụng', 'Phương', 'Phượng',
  'Quân', 'Quý', 'Quế', 'Quyết', 'Quyền', 'Quỳnh', 'Sang', 'Sáng', 'Sơn', 'Sinh', 'Tài', 'Tâm',
  'Tân', 'Tấn', 'Thắng', 'Thái', 'Thảo', 'Thạch', 'Thân', 'Thiện', 'Thịnh', 'Thọ', 'Thông',
  'Thuận', 'Thư', 'Tín', 'Tình', 'Tính', 'Toàn', 'Toản', 'Trang', 'Trí', 'Triều', 'Trinh', 'Trường',
  'Tú', 'Tuấn', 'Tùng', 'Tuyên', 'Tuyến', 'Tuyết', 'Tư', 'Tường', 'Uyên', 'Vân', 'Việt', 'Vinh',
  'Vĩnh', 'Vũ', 'Vương', 'Xuyến', 'Yến', 'Ánh', 'Anh', 'An', 'Bảo', 'Bích', 'Bình', 'Bắc', 'Bá',
  'Cường', 'Cảnh', 'Cúc', 'Dân', 'Diệp', 'Diệu', 'Dung', 'Dũng', 'Duy', 'Duyên', 'Đại', 'Đạt',
  'Điệp', 'Định', 'Đông', 'Đồng', 'Đăng', 'Giang', 'Giáp', 'Hạ', 'Hòe', 'Hợp', 'Huệ', 'Huấn',
  'Hường', 'Hội', 'Kỳ', 'Kế', 'Lai', 'Lam', 'Lan', 'Lành', 'Lệ', 'Liên', 'Liêm', 'Liễu', 'Linh',
  'Loan', 'Luyến', 'Lương', 'Lượng', 'Mai', 'Mận', 'Mến', 'Mỹ', 'Na', 'Nhàn', 'Nhị', 'Nương',
  'Phấn', 'Phi', 'Quảng', 'Quyên', 'Sâm', 'Sĩ', 'Sỹ', 'Tạo', 'Thạnh', 'Thế', 'Thiêm', 'Thơ',
  'Thoa', 'Thuần', 'Thục', 'Thu', 'Thủy', 'Thúy', 'Thùy', 'Tiên', 'Tịnh', 'Toan', 'Trà', 'Tráng',
  'Trâm', 'Tri', 'Truyền', 'Tưởng', 'Vy', 'Vĩ', 'Vỹ', 'Yên', 'Ái', 'Diễm', 'Đoan', 'Hân', 'Kha',
  'Khiêm', 'Kiều', 'Lạc', 'Mừng', 'Ngà', 'Ngôn', 'Nhiên', 'Phước', 'Sương', 'Thắm', 'Thiết',
  'Thuyết', 'Tuệ', 'Tuân', 'Thiều', 'Hoan', 'Hoàn', 'Huân', 'Hoạt', 'Khanh', 'Lân', 'Lưu',
  'Tịch', 'Trác', 'Tuy', 'Vượng', 'Cầu', 'Cử', 'Dự', 'Giao', 'Hiên', 'Hinh', 'Khương', 'Lệnh',
  'Luật', 'Mão', 'Nhâm', 'Ổn', 'Ân', 'Bằng', 'Biên', 'Cần', 'Chất', 'Chức', 'Công', 'Cương',
  'Dinh', 'Điền', 'Đính', 'Đoàn', 'Gia', 'Hiệu', 'Hoạch', 'Học', 'Hợi', 'Khiết', 'Khởi', 'Lập',
  'Lĩnh', 'Lũy', 'Mạc', 'Mười', 'Ngạn', 'Nguyện', 'Nhạ', 'Nhất', 'Pha', 'Phán', 'Quán', 'Sáu',
  'Sử', 'Tám', 'Thạc', 'Thành', 'Thao', 'Thìn', 'Thông', 'Thuật', 'Thủ', 'Tiệp', 'Tới', 'Trị',
  'Triển', 'Túc', 'Tuyển', 'Ước', 'Vạn', 'Vệ', 'Vịnh', 'Xô', 'Xương', 'Yêm', 'Bộ', 'Cẩm', 'Cát',
  'Dậu', 'Doãn', 'Hách', 'Hàn', 'Hiến', 'Hoành', 'Kết', 'Khai', 'Khâm', 'Kiểm', 'Liêu', 'Lợi',
  'Lụa', 'Mùi', 'Ngữ', 'Phấn', 'Quyến', 'Sắc', 'Thiệu', 'Thuyên', 'Tiếp', 'Toại', 'Trãi', 'Tuất',
  'Tý', 'Ưng', 'Vang', 'Vọng', 'Xuân', 'Ca', 'Cơ', 'Chi', 'Dương', 'Đào', 'Điểm', 'Ngọ', 'Nhàn',
  'Tiền', 'Tốn', 'Khiển', 'Hoằng', 'Khoái', 'Ngoạn', 'Nên', 'Triết', 'Phiêu', 'Đam', 'Nhạn', 'Thuấn',
  'Hiếu', 'Khiêm', 'Khải', 'Tuất', 'Hiển', 'Thăng', 'Thiệu', 'Phụ', 'Quảng', 'Cảnh', 'Duẩn', 'Đồng',
  // ethnic-minority (Hmong, Thai, Dao...) syllables
  'A', 'Páo', 'Pao', 'Seo', 'Cho', 'Chớ', 'Chứ', 'Súa', 'Sính', 'Sềnh', 'Dế', 'Dình', 'Chờ',
  'Pó', 'Mua', 'Lử', 'Lìn', 'Tỏa', 'Vừ', 'Lầu', 'Dìn', 'Pá', 'Chá', 'Sào', 'Mỷ', 'Tủa', 'Nủ',
  'Mí', 'Giàng', 'Thào', 'Vàng', 'Lò', 'Lường', 'Quàng', 'Cầm', 'Nông', 'Tòng', 'Sùng', 'Mùa',
];

/**
 * Whole names whose traditional Russian spelling does not follow the syllable rules
 * ("Хо Ши Мин" is the established spelling of Hồ Chí Minh). Keys are lowercase.
 */
export const RU_WHOLE_NAMES: Readonly<Record<string, string>> = {
  'хо ши мин': 'ho chi minh',
  'во нгуен зяп': 'vo nguyen giap',
  'ле зуан': 'le duan',
  'фам ван донг': 'pham van dong',
};

/**
 * Places (ASCII keys) that start with a family-name syllable and would otherwise read as a
 * two- or three-syllable name: provinces, cities and districts met in this genre.
 */
export const PLACE_KEYS: readonly string[] = [
  'ha noi', 'ha giang', 'ha tinh', 'ha nam', 'ha long', 'ha dong', 'ha tien', 'ha trung', 'ha hoa',
  'lai chau', 'cao bang', 'lam dong', 'lam thao', 'quang ninh', 'quang tri', 'quang binh',
  'quang nam', 'quang ngai', 'hoang su phi', 'hoang mai', 'ho chi minh', 'vu quang', 'vu ban',
  'phan thiet', 'phan rang', 'tan uyen', 'mai chau', 'mai son', 'do son', 'thai binh',
  'thai nguyen', 'tuyen quang', 'kien giang', 'tien giang', 'hau giang', 'bac giang',
  'dong nai', 'dong thap', 'dong van', 'dong ha', 'dong hoi', 'ly son', 'tran van thoi',
  'vinh long', 'vinh phuc', 'vinh yen', 'lai vung', 'chu se', 'chu pah', 'chu prong', 'to hieu',
  'ha quang', 'bui chu', 'hoang hoa', 'hoang sa', 'vo nhai', 'trieu phong', 'trieu son',
  'lo gach', 'cam pha', 'cam thuy', 'cam xuyen', 'cam khe', 'cam giang', 'cam lam', 'cam ranh',
  'nong cong', 'ngo quyen', 'le chan', 'duong minh chau', 'phu tho', 'phu yen',
  // common nouns that look like names: "Các tiểu Vương Quốc Ả Rập" (kingdom), "Hoàng Cung"
  'vuong quoc', 'hoang cung', 'hoang gia',
];
