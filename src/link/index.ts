/**
 * Linkers, in order: dates to documents, source-URL documents, unit-change arithmetic,
 * people merged by nameKey. Each is a small module; this file is their only list.
 */
import type { Hit } from '../span.js';
import { linkDocumentDates, linkEffectiveDates, linkHeaderDates, linkSourceUrlDocuments } from './documents.js';
import { linkPeople } from './people.js';
import type { Context, Drafts } from '../types.js';

export interface SourceRef {
  url: string;
  span: Hit;
}

export type Linker = (ctx: Context, d: Drafts, source?: SourceRef) => void;

export const LINKERS: readonly Linker[] = [linkDocumentDates, linkHeaderDates, linkEffectiveDates, linkSourceUrlDocuments, linkPeople];

export function linkAll(ctx: Context, d: Drafts, source?: SourceRef): void {
  for (const l of LINKERS) l(ctx, d, source);
}
