/**
 * Text from a unit's file must never become a formula. The file writer writes every string as a
 * string cell, so it needs nothing; a host that writes through `range.values` (Office.js), where
 * Excel parses `=…`, `+…`, `-…`, `@…` as formulas, must pass text through formulaSafe, which
 * prefixes the apostrophe Excel reads as "this is text" (not shown, not stored in the value).
 */
import type { OutValue } from './types';

const FORMULA_START = /^[=+\-@\t\r]/;

export function formulaSafe(v: OutValue): OutValue {
  return typeof v === 'string' && FORMULA_START.test(v) ? `'${v}` : v;
}
