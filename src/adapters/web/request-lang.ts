import type { Request } from 'restify';
import { pickLang, type Lang } from '../../app/i18n/lang';

export function queryOf(req: Request): Record<string, unknown> {
  const q: unknown = req.query;
  return typeof q === 'object' && q !== null ? (q as Record<string, unknown>) : {};
}

/** The language the person chose with `?lang=`, if any. */
export function explicitLang(req: Request): Lang | undefined {
  const q = queryOf(req).lang;
  return q === 'sv' || q === 'en' ? q : undefined;
}

/** `?lang=` wins, then the browser's Accept-Language; Swedish unless English is clearly asked for. */
export function langOf(req: Request): Lang {
  return explicitLang(req) ?? pickLang(req.header('accept-language'), 'sv');
}
