/** Vietnamese words for documents and their issuers. Data only. */
import type { DocumentLexicon } from '../../common/documents.js';

export const documentsLexicon: DocumentLexicon = {
  kindWords: {
    'nghị quyết': 'resolution', 'nghị quyết liên tịch': 'resolution',
    'kết luận': 'conclusion',
    'chỉ thị': 'directive',
    'quyết định': 'decision',
    'quy định': 'regulation', 'quy chế': 'regulation',
    'kế hoạch': 'plan', 'phương án': 'other',
    'hướng dẫn': 'guidance',
    'thông báo': 'notice', 'thông cáo': 'other',
    'báo cáo': 'report',
    'công văn': 'official-letter', 'văn bản': 'official-letter',
    'công điện': 'other',
    'đề án': 'project', 'dự án': 'project',
    'chương trình': 'program',
    'nghị định': 'decree',
    'thông tư': 'circular', 'thông tư liên tịch': 'circular', 'thông tri': 'circular',
    luật: 'law', 'bộ luật': 'law',
    'tờ trình': 'submission',
  },
  numberMarkers: ['số', 'Số:', 'số:'],
  conjunctions: ['và', 'hoặc'],
  issuerPhrases: {
    'của Bộ Chính trị': 'Politburo',
    'của Ban Bí thư': 'Secretariat',
    'của Bộ Chính trị, Ban Bí thư': 'Politburo and Secretariat',
    'của Ban Chấp hành Trung ương': 'Party Central Committee',
    'của Ban Chỉ đạo Trung ương': 'Central Steering Committee',
    'của Chính phủ': 'Government',
    'của Thủ tướng Chính phủ': 'Prime Minister',
    'của Quốc hội': 'National Assembly',
    'của Tỉnh ủy': 'Provincial Party Committee',
    'của Ban Thường vụ Tỉnh ủy': 'Standing Committee of the Provincial Party Committee',
  },
  dateLinkers: ['ngày', 'ban hành ngày', 'ký ngày'],
};
