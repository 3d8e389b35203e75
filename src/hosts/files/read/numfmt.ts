/**
 * Number formats: the built-in codes a file names only by id, and whether a code shows a date.
 * Shared by the .xlsx and .xls readers so both decide `date` the same way.
 */

/** Built-in formats (ECMA-376 18.8.30, with the zh-CN codes Excel uses for ids 27–36 and 50–58). */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'yyyy/m/d',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'yyyy/m/d h:mm',
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午h"时"mm"分"',
  35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午h"时"mm"分"',
  56: '上午/下午h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
};

/** Built-in ids that are dates or times whatever code a locale shows for them. */
export function isBuiltinDateId(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}

/** What a number format shows of a serial: nothing of a date, a time (or duration) only, or a day. */
export type DateKind = 'none' | 'time' | 'day';

const cache = new Map<string, DateKind>();

/**
 * True when the format code shows a date or time: it has y, m, d, h or s, an era or Buddhist year
 * (e, g, b: `[$-411]ge.m.d`, `[$-41E]bbbb`), 上午/下午 or AM/PM outside quoted text, `[…]` brackets
 * (colours, conditions, locales), `\`-escaped characters, `_x` / `*x` padding and the word General
 * (or its localised `G/通用格式`).
 * `0.00`, `[Red]0.00`, `#,##0"元"`, `General`, `@`, `0.00E+00` are not dates.
 * Only the first section (positive numbers) decides, as in Excel — unless the sections carry
 * conditions (`[=0]?;[<4.17][hh]:mm:ss;[hh]:mm`): then any section may show the value, and a
 * time or date in any of them makes it a date format.
 */
export function isDateFormat(code: string): boolean {
  return dateKind(code) !== 'none';
}

/**
 * Whether the format shows a day (a year, month or day) or only a time of day or a duration
 * (`h:mm`, `[h]:mm:ss`, `mm:ss`): a 1904 workbook's serial is moved to the 1900 system only when
 * it is a day, since a duration of 10 hours is the same number in both systems.
 */
export function dateKind(code: string): DateKind {
  let hit = cache.get(code);
  if (hit !== undefined) return hit;
  hit = scanDate(code);
  if (cache.size < 10000) cache.set(code, hit);
  return hit;
}

function scanDate(code: string): DateKind {
  if (code === '' || code === '@' || code.toLowerCase() === 'general') return 'none';
  const n = code.length;
  let conditional = false;
  // the date and time letters in order, one per run (`yyyy` → y); `a` for AM/PM and 上午/下午
  const seen: string[] = [];
  const add = (l: string, i: number) => {
    if (code[i - 1]?.toLowerCase() !== l) seen.push(l);
  };
  scan: for (let i = 0; i < n; i++) {
    const c = code[i];
    switch (c) {
      case '"': {
        const close = code.indexOf('"', i + 1);
        if (close === -1) return 'none';
        i = close;
        break;
      }
      case '[': {
        const close = code.indexOf(']', i + 1);
        if (close === -1) return 'none';
        // elapsed time [h] [mm] [ss] is a duration; [Red], [$-804], [DBNum1], [>=100] are not dates
        const inner = code.slice(i + 1, close).toLowerCase();
        if (/^(h+|m+|s+)$/.test(inner)) seen.push(inner[0] === 'm' ? 'h' : inner[0]);
        else if (/^[<>=]/.test(inner)) conditional = true;
        i = close;
        break;
      }
      case '\\':
      case '_':
      case '*':
        i++;
        break;
      case ';':
        if (!conditional) break scan;
        break;
      case '上':
        if (code.startsWith('上午/下午', i)) {
          seen.push('a');
          i += 4;
        }
        break;
      default: {
        const l = c.toLowerCase();
        if (l === 'g' && code.slice(i, i + 7).toLowerCase() === 'general') i += 6;
        // G/通用格式 (zh), G/標準 (ja): General as a localised Excel writes it
        else if (l === 'g' && code[i + 1] === '/') i++;
        else if (l === 'y' || l === 'm' || l === 'd' || l === 'h' || l === 's' || l === 'g' || l === 'b') add(l, i);
        // e is an era year (`[$-411]e`) unless it is a scientific exponent (0.00E+00, 0.0E0)
        else if (l === 'e' && !/[-+0-9#?]/.test(code[i + 1] ?? '') && !/[0#?.]/.test(code[i - 1] ?? '')) add(l, i);
        else if (l === 'a' || l === 'p') {
          const ampm = /^(am\/pm|a\/p)/i.exec(code.slice(i));
          if (ampm) {
            seen.push('a');
            i += ampm[0].length - 1;
          }
        }
      }
    }
  }
  if (seen.length === 0) return 'none';
  for (let k = 0; k < seen.length; k++) {
    const l = seen[k];
    if (l === 'y' || l === 'd' || l === 'e' || l === 'g' || l === 'b') return 'day';
    // m after an hour or before seconds is minutes (h:mm, mm:ss), else a month (yyyy-mm, m月)
    if (l === 'm' && seen[k - 1] !== 'h' && seen[k + 1] !== 's') return 'day';
  }
  return 'time';
}

/** The code for a number format id given the file's custom codes; undefined for General. */
export function formatCode(id: number, custom: Map<number, string> | undefined): string | undefined {
  const code = custom?.get(id) ?? BUILTIN_FORMATS[id];
  if (code === undefined || code.toLowerCase() === 'general') return undefined;
  return code;
}
