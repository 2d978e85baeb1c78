/**
 * Linkers, in order: dates to documents (per language), then over the whole report source-URL
 * documents, one date of issue per document key, and people merged by nameKey. Each is a small module; this file is their only list.
 */
import type { Hit } from '../span.js';
import { linkDocumentDates, linkEffectiveDates, linkHeaderDates, linkSameKeyDates, linkSourceUrlDocuments } from './documents.js';
import { linkPeople } from './people.js';
import { linkPositions } from './positions.js';
import type { Context, Drafts } from '../types.js';

export interface SourceRef {
  url: string;
  span: Hit;
}

export type Linker = (ctx: Context, d: Drafts, source?: SourceRef) => void;

/** Linkers that read one language's text: run once per language the report holds. */
export const TEXT_LINKERS: readonly Linker[] = [linkDocumentDates, linkHeaderDates, linkEffectiveDates, linkPositions];
/** Linkers over the whole report, after the per-language ones. */
export const REPORT_LINKERS: readonly Linker[] = [linkSourceUrlDocuments, linkSameKeyDates, linkPeople];
