/** The locale registry: adding a language is adding a folder and a line here. */
import type { LanguageCode } from '../schema.js';
import type { Locale } from '../types.js';
import { en } from './en/index.js';
import { ru } from './ru/index.js';
import { vi } from './vi/index.js';

export const LOCALES: Readonly<Record<LanguageCode, Locale>> = { en, ru, vi };
