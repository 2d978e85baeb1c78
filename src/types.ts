/**
 * Internal types shared by extractors, linkers and the pipeline.
 *
 * Extractors read the *normalised* text and return drafts whose spans are offsets into it.
 * The pipeline maps every `span` (also nested ones: roles, from/to, breakdown) back to the
 * caller's string and fills `text` from it, so extractors never compute `text` themselves.
 */
import type {
  DateMention,
  DocumentReference,
  LanguageCode,
  PersonMention,
  RecordType,
  Role,
  UnitChange,
  UnitCount,
} from './schema.js';
import type { Hit } from './span.js';
import type { LocaleParts } from './locales/compose.js';

type Draft<T> = Omit<T, 'text' | 'span'> & { span: Hit };

export type DocumentDraft = Draft<DocumentReference>;
export type DateDraft = Draft<DateMention>;
export type RoleDraft = Draft<Role>;
export type PersonDraft = Omit<Draft<PersonMention>, 'roles' | 'allRoles'> & { roles: RoleDraft[]; allRoles?: RoleDraft[] };
export type UnitDraft = Draft<UnitCount>;
export type UnitChangeDraft = Omit<Draft<UnitChange>, 'from' | 'to' | 'breakdown'> & {
  from: UnitDraft;
  to: UnitDraft;
  breakdown?: UnitDraft[];
};

export interface Drafts {
  documents: DocumentDraft[];
  dates: DateDraft[];
  people: PersonDraft[];
  units: UnitDraft[];
  unitChanges: UnitChangeDraft[];
}

export interface Context {
  /** Normalised text (NFC, look-alikes folded); all draft spans index into it. */
  readonly text: string;
  readonly language: LanguageCode;
  /** ISO yyyy-mm-dd; resolves dates written without a year. */
  readonly referenceDate?: string;
  /** Records a warning in the report: nothing is dropped silently. */
  warn(message: string): void;
  /**
   * The offset in the caller's input of a position of `text`, for warnings that name one; absent
   * when the input is text (offsets of the normalised text are said as they are).
   */
  inputOffset?(pos: number): number;
  /** Drafts found so far (extractors run in registry order; later ones may read earlier ones). */
  readonly found: Drafts;
}

/** One pattern family for one language. */
export interface Extractor {
  /** e.g. `en.documents.coded` */
  readonly name: string;
  readonly family: RecordType;
  /** Cheap prefilter: when given and it does not match, the extractor is skipped. */
  readonly keywords?: RegExp;
  run(ctx: Context): Partial<Drafts>;
}

/** A locale is an ordered list of extractors; the only list of them for that language. */
export interface Locale {
  readonly code: LanguageCode;
  readonly extractors: readonly Extractor[];
  /** What it was built from (src/locales/compose.ts): createParser rebuilds it with entries added. */
  readonly parts: LocaleParts;
}

export function emptyDrafts(): Drafts {
  return { documents: [], dates: [], people: [], units: [], unitChanges: [] };
}
