import type { Language } from '../../domain/campaign-file';

export type Lang = Language;

/** Picks sv unless the caller clearly asks for English (Accept-Language, Teams locale, ?lang=en). */
export function pickLang(hint: string | undefined, fallback: Lang = 'sv'): Lang {
  if (!hint) return fallback;
  const first = hint.split(',')[0]?.trim().toLowerCase() ?? '';
  if (first.startsWith('en')) return 'en';
  if (first.startsWith('sv')) return 'sv';
  return fallback;
}

export type Texts<T> = Record<Lang, T>;
