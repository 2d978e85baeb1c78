/**
 * Well-known Vietnamese officials, as of 2026-12-06: used ONLY to choose among the keys a Russian
 * transcription can stand for ("Чинь" is Chính or Trịnh, "Чунг" Trung or Chung, "Чи" Chi or Trí,
 * "Ти" Tỵ or Chi), never to add a person or a post the text does not state.
 *
 * Sources (the public rosters of these bodies): the Politburo and Secretariat elected by the 13th
 * Central Committee (2021) and their later changes, the Government members approved by the 15th
 * National Assembly (2021-2026) and its Standing Committee, as listed on the Communist Party's
 * portal (dangcongsan.vn), the Government portal (chinhphu.vn) and the National Assembly's site
 * (quochoi.vn); former top leaders from the same rosters of earlier terms; and provincial chairs
 * whose names are ambiguous in Russian transcription. Names with full diacritics; the key is
 * folded from them.
 */
export const OFFICIALS: readonly string[] = [
  // Politburo and Secretariat (13th term and changes)
  'Nguyễn Phú Trọng', 'Nguyễn Xuân Phúc', 'Vương Đình Huệ', 'Phạm Minh Chính', 'Võ Văn Thưởng',
  'Trương Thị Mai', 'Lương Cường', 'Tô Lâm', 'Trần Thanh Mẫn', 'Phan Văn Giang', 'Trần Tuấn Anh',
  'Nguyễn Hòa Bình', 'Đinh Tiến Dũng', 'Nguyễn Văn Nên', 'Nguyễn Xuân Thắng', 'Trần Cẩm Tú',
  'Nguyễn Trọng Nghĩa', 'Lê Minh Hưng', 'Bùi Thị Minh Hoài', 'Đỗ Văn Chiến', 'Nguyễn Duy Ngọc',
  'Lê Minh Khái', 'Trần Quốc Vượng', 'Phan Đình Trạc', 'Nguyễn Văn Quảng', 'Lê Hoài Trung',
  'Trần Lưu Quang', 'Nguyễn Thanh Nghị', 'Trịnh Văn Quyết', 'Nguyễn Văn Thể',
  // Government (2021-2026)
  'Trần Hồng Hà', 'Lê Thành Long', 'Hồ Đức Phớc', 'Bùi Thanh Sơn', 'Nguyễn Chí Dũng',
  'Phạm Thị Thanh Trà', 'Nguyễn Hồng Diên', 'Lê Minh Hoan', 'Đỗ Đức Duy', 'Nguyễn Kim Sơn',
  'Nguyễn Văn Thắng', 'Đào Ngọc Dung', 'Nguyễn Mạnh Hùng', 'Nguyễn Văn Hùng', 'Huỳnh Thành Đạt',
  'Đào Hồng Lan', 'Trần Văn Sơn', 'Lương Tam Quang', 'Hầu A Lềnh', 'Đoàn Hồng Phong',
  'Nguyễn Thị Hồng', 'Mai Văn Chính', 'Phạm Bình Minh', 'Vũ Đức Đam', 'Lê Văn Thành',
  'Trịnh Đình Dũng', 'Trương Hòa Bình', 'Nguyễn Thị Kim Tiến', 'Phùng Xuân Nhạ',
  // National Assembly leadership
  'Nguyễn Khắc Định', 'Nguyễn Đức Hải', 'Trần Quang Phương', 'Nguyễn Thị Thanh', 'Vũ Hồng Thanh',
  'Đỗ Bá Tỵ', 'Phùng Quốc Hiển', 'Nguyễn Thị Kim Ngân', 'Tòng Thị Phóng', 'Uông Chu Lưu',
  // State and judiciary
  'Võ Thị Ánh Xuân', 'Lê Minh Trí', 'Nguyễn Hòa Bình', 'Trần Đại Quang', 'Trương Tấn Sang',
  'Nguyễn Minh Triết', 'Trần Đức Lương', 'Nguyễn Tấn Dũng', 'Nông Đức Mạnh', 'Lê Khả Phiêu',
  'Phan Văn Khải', 'Võ Văn Kiệt', 'Đỗ Mười', 'Nguyễn Sinh Hùng', 'Nguyễn Thiện Nhân',
  // provincial chairs and secretaries whose names are ambiguous in Russian
  'Lê Trung Chinh', 'Chu Ngọc Anh', 'Trần Sỹ Thanh', 'Nguyễn Văn Được', 'Trần Đức Thắng',
];
