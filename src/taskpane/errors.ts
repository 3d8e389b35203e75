/** Turns what a host threw into a message a reviewer can act on (Chinese first). */
import type { Strings } from './i18n';

interface OfficeLikeError {
  code: string;
  message: string;
  debugInfo?: { errorLocation?: string };
}

/** OfficeExtension.Error (duck-typed so it works where office.js is not loaded, e.g. in tests). */
export function isOfficeError(e: unknown): e is OfficeLikeError {
  if (typeof OfficeExtension !== 'undefined' && OfficeExtension.Error && e instanceof OfficeExtension.Error) return true;
  const o = e as Partial<OfficeLikeError> & { name?: string } | null;
  return !!o && typeof o === 'object' && typeof o.code === 'string' && typeof o.message === 'string' && (o.name === 'RichApi.Error' || 'debugInfo' in o);
}

export function describeError(e: unknown, t: Strings): string {
  if (isOfficeError(e)) {
    const hint = t.excelCodes[e.code];
    const where = e.debugInfo?.errorLocation ? ` [${e.debugInfo.errorLocation}]` : '';
    const base = t.excelRefused(e.message || e.code, e.code) + where;
    return hint ? `${base} ${hint}` : base;
  }
  if (e instanceof Error) return t.unexpected(e.message);
  return t.unexpected(String(e));
}
