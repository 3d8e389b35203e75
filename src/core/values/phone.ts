/**
 * Mainland phone numbers (RULES.md C-PHONE): a landline with its area code (`0571-87054069`,
 * `057187054069`, `(0571)87054069`, extensions), an 11-digit mobile starting 1[3-9], 400/800
 * service numbers; several numbers separated by 、，,/;; a later number may omit the area code
 * (`010-58884238，58884236`).
 */
import { toHalfWidth } from './text';

const SEPARATORS = /[、,，/;；|]+|\s{2,}|或/;
const EXTENSION = /(?:转|分机|ext\.?|x|#|-)\s*\d{1,6}$/i;

function isMobile(d: string): boolean {
  return /^(?:\+?86)?1[3-9]\d{9}$/.test(d);
}

/** One number; `areaKnown` allows a bare 7–8 digit local number after a landline with area code. */
function classify(part: string, areaKnown: boolean): 'mobile' | 'landline' | 'local' | null {
  let p = part.trim().replace(/^(电话|手机|座机|办公室|办|tel|mobile|phone)[:：]?/i, '').trim();
  if (p === '') return null;
  if (isMobile(p.replace(/[\s-]/g, ''))) return 'mobile';
  p = p.replace(/\s+/g, '');
  const withExt = p.replace(/[(（]/g, '').replace(/[)）]/g, '-');
  for (const cand of [withExt, withExt.replace(EXTENSION, '')]) {
    if (/^(?:\+?86-?)?0\d{2,3}-?\d{7,8}$/.test(cand)) return 'landline';
    if (/^[48]00-?\d{3}-?\d{4}$/.test(cand)) return 'landline';
    if (areaKnown && /^\d{7,8}$/.test(cand)) return 'local';
  }
  return null;
}

// The usual cell, one mobile (`13912345678`) or one landline (`0571-87054069`) in plain digits: what the
// reading below says of it (no half-width form, separator, prefix or bracket to remove) without its
// replacements and splits — C-PHONE reads every project's cell.
const PLAIN_NUMBER = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/;

/** True when every number in the text is a recognisable mainland phone number (and there is one). */
export function isMainlandPhone(text: string): boolean {
  if (typeof text === 'string' && PLAIN_NUMBER.test(text)) return true;
  return readsAsMainlandPhone(text);
}

/** isMainlandPhone without its shortcut for one plain number (the plain way; tests). */
export function readsAsMainlandPhone(text: string): boolean {
  const s = toHalfWidth(String(text)).trim();
  if (s === '') return false;
  const parts = s.split(SEPARATORS).filter((p) => p.trim() !== '');
  if (parts.length === 0) return false;
  let areaKnown = false;
  for (const p of parts) {
    const k = classify(p, areaKnown);
    if (!k) return false;
    if (k === 'landline') areaKnown = true;
  }
  return true;
}

/** The numbers of a phone cell as written (split at the separators). */
export function splitPhones(text: string): string[] {
  return toHalfWidth(String(text))
    .split(SEPARATORS)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}
