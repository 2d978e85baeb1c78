/** Russian words for documents (every case form spelled out) and their issuers. Data only. */
import type { DocumentLexicon } from '../../common/documents.js';

export const documentsLexicon: DocumentLexicon = {
  kindWords: {
    'постановление': 'resolution', 'постановления': 'resolution', 'постановлению': 'resolution', 'постановлением': 'resolution', 'постановлении': 'resolution', 'резолюция': 'resolution', 'резолюции': 'resolution', 'резолюцию': 'resolution', 'резолюцией': 'resolution',
    'заключение': 'conclusion', 'заключения': 'conclusion', 'заключению': 'conclusion', 'заключением': 'conclusion', 'заключении': 'conclusion',
    'директива': 'directive', 'директивы': 'directive', 'директиве': 'directive', 'директиву': 'directive', 'директивой': 'directive',
    'решение': 'decision', 'решения': 'decision', 'решению': 'decision', 'решением': 'decision', 'решении': 'decision',
    'положение': 'regulation', 'положения': 'regulation', 'положению': 'regulation', 'положением': 'regulation', 'положении': 'regulation', 'правила': 'regulation', 'правил': 'regulation', 'правилам': 'regulation', 'правилами': 'regulation', 'правилах': 'regulation', 'регламент': 'regulation', 'регламента': 'regulation', 'регламенту': 'regulation', 'регламентом': 'regulation', 'регламенте': 'regulation',
    'план': 'plan', 'плана': 'plan', 'плану': 'plan', 'планом': 'plan', 'плане': 'plan',
    'руководство': 'guidance', 'руководства': 'guidance', 'руководству': 'guidance', 'руководством': 'guidance', 'руководстве': 'guidance', 'инструкция': 'guidance', 'инструкции': 'guidance', 'инструкцию': 'guidance', 'инструкцией': 'guidance', 'указание': 'guidance', 'указания': 'guidance', 'указанию': 'guidance', 'указанием': 'guidance', 'указании': 'guidance',
    'уведомление': 'notice', 'уведомления': 'notice', 'уведомлению': 'notice', 'уведомлением': 'notice', 'уведомлении': 'notice', 'сообщение': 'notice', 'сообщения': 'notice', 'сообщению': 'notice', 'сообщением': 'notice', 'сообщении': 'notice',
    'доклад': 'report', 'доклада': 'report', 'докладу': 'report', 'докладом': 'report', 'докладе': 'report', 'отчёт': 'report', 'отчёта': 'report', 'отчёту': 'report', 'отчётом': 'report', 'отчёте': 'report', 'отчет': 'report', 'отчета': 'report', 'отчету': 'report', 'отчетом': 'report', 'отчете': 'report',
    'документ': 'official-letter', 'документа': 'official-letter', 'документу': 'official-letter', 'документом': 'official-letter', 'документе': 'official-letter', 'письмо': 'official-letter', 'письма': 'official-letter', 'письму': 'official-letter', 'письмом': 'official-letter', 'письме': 'official-letter', 'официальное письмо': 'official-letter', 'официального письма': 'official-letter', 'официальному письму': 'official-letter', 'официальным письмом': 'official-letter', 'официальном письме': 'official-letter',
    'проект': 'project', 'проекта': 'project', 'проекту': 'project', 'проектом': 'project', 'проекте': 'project',
    'программа': 'program', 'программы': 'program', 'программе': 'program', 'программу': 'program', 'программой': 'program',
    'декрет': 'decree', 'декрета': 'decree', 'декрету': 'decree', 'декретом': 'decree', 'декрете': 'decree', 'указ': 'decree', 'указа': 'decree', 'указу': 'decree', 'указом': 'decree', 'указе': 'decree', 'постановление правительства': 'decree', 'постановления правительства': 'decree', 'постановлению правительства': 'decree', 'постановлением правительства': 'decree', 'постановлении правительства': 'decree',
    'циркуляр': 'circular', 'циркуляра': 'circular', 'циркуляру': 'circular', 'циркуляром': 'circular', 'циркуляре': 'circular', 'совместный циркуляр': 'circular', 'совместного циркуляра': 'circular', 'совместному циркуляру': 'circular', 'совместным циркуляром': 'circular', 'совместном циркуляре': 'circular',
    'закон': 'law', 'закона': 'law', 'закону': 'law', 'законом': 'law', 'законе': 'law',
    'представление': 'submission', 'представления': 'submission', 'представлению': 'submission', 'представлением': 'submission', 'представлении': 'submission', 'тезис': 'submission', 'тезиса': 'submission', 'тезису': 'submission', 'тезисом': 'submission', 'тезисе': 'submission',
    'депеша': 'other', 'депеши': 'other', 'депешу': 'other', 'депешей': 'other', 'депеше': 'other', 'официальная депеша': 'other', 'официальной депеши': 'other', 'официальную депешу': 'other', 'официальной депешей': 'other', 'официальной депеше': 'other', 'коммюнике': 'other',
  },
  numberMarkers: ['№', 'N', 'номер'],
  conjunctions: ['и', 'или', 'а также'],
  issuerPhrases: {
    'Политбюро': 'Politburo',
    'Секретариата': 'Secretariat',
    'Политбюро и Секретариата': 'Politburo and Secretariat',
    'Центрального Комитета партии': 'Party Central Committee',
    'ЦК партии': 'Party Central Committee',
    'Центрального руководящего комитета': 'Central Steering Committee',
    'правительства': 'Government',
    'премьер-министра': 'Prime Minister',
    'Национального собрания': 'National Assembly',
    'провинциального комитета партии': 'Provincial Party Committee',
  },
  dateLinkers: ['от'],
};
