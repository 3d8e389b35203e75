/**
 * Numbers as units type them (FORMS.md "Values"): full-width digits and punctuation, thousands
 * separators, a trailing unit (人, 天, 万元, 元), 约. `15000元` where 万元 is wanted is 1.5 万元.
 * Anything else is unreadable — never a silent 0.
 */
import type { Cell } from '../grid';
import { hasFullWidth, removeSpaces, toHalfWidth } from './text';
import { quote, rawOf, type ValueResult } from './result';

/** The unit a field is counted in: people, days, or money in 万元 / 元. */
export type NumberUnit = '万元' | '元' | '人' | '天';

export interface NumberOptions {
  /** The unit the value is wanted in; a trailing unit of another kind makes the text unreadable. */
  unit?: NumberUnit;
  /** The unit the column header or a neighbouring cell gives (`经费预算（元）`): plain numbers are in it. */
  headerUnit?: string;
}

/** Trailing units accepted for each wanted unit (money units are converted to the wanted one). */
const UNIT_WORDS: Record<NumberUnit, string[]> = {
  人: ['人次', '人', '名', '位'],
  天: ['天', '日'],
  万元: ['万元人民币', '万元', '万', '元人民币', '元'],
  元: ['万元人民币', '万元', '万', '元人民币', '元'],
};
const ALL_UNITS = ['万元人民币', '元人民币', '万元', '人次', '人', '名', '位', '天', '日', '万', '元'];

const PLAIN_RE = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;
const GROUPED_RE = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/** Moves the decimal point of a plain decimal string (exact, no float arithmetic). */
function shiftDecimal(s: string, places: number): number {
  let sign = '';
  if (s[0] === '-' || s[0] === '+') {
    sign = s[0] === '-' ? '-' : '';
    s = s.slice(1);
  }
  let [int, dec = ''] = s.split('.');
  if (int === '') int = '0';
  let digits = int + dec;
  let point = int.length + places;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) {
    digits = digits + '0'.repeat(point - digits.length);
  }
  return Number(`${sign}${digits.slice(0, point)}.${digits.slice(point) || '0'}`);
}

/** A number as a plain decimal string without exponent (for exact shifting). */
function numberToPlain(n: number): string {
  const s = String(n);
  if (!/e/i.test(s) || Math.abs(n) >= 1e21) return s;
  return n.toFixed(20).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
}

function round6(n: number): number {
  return Math.abs(n) >= 1e15 ? n : Number(n.toFixed(6));
}

function fmt(n: number): string {
  return String(n);
}

function moneyUnit(u: string): '万元' | '元' | null {
  if (u === '万元' || u === '万' || u === '万元人民币') return '万元';
  if (u === '元' || u === '元人民币') return '元';
  return null;
}

/** Converts `value` (written as plain decimal `digits`) from money unit `from` to `to`. */
function convertMoney(digits: string, from: '万元' | '元', to: '万元' | '元'): number {
  if (from === to) return Number(digits);
  if (/e/i.test(digits)) return round6(from === '元' ? Number(digits) / 10000 : Number(digits) * 10000);
  return round6(shiftDecimal(digits, from === '元' ? -4 : 4));
}

/**
 * Reads a cell as a number. Excel errors → 'error'; blanks → 'blank'; text that is not a number
 * (after full-width, thousands separators, 约 and a unit are taken off) → 'unreadable'.
 */
export function readNumber(cell: Cell | undefined, opts: NumberOptions = {}): ValueResult<number> {
  const raw = rawOf(cell);
  if (raw.kind === 'blank') return { ok: false, problem: 'blank', text: '' };
  if (raw.kind === 'error') return { ok: false, problem: 'error', text: raw.text };
  if (typeof raw.v === 'boolean' || cell?.date) return { ok: false, problem: 'unreadable', text: raw.text };
  const header = opts.headerUnit ? moneyUnit(opts.headerUnit) : null;
  const want = opts.unit === '万元' || opts.unit === '元' ? opts.unit : null;
  if (typeof raw.v === 'number') {
    if (!Number.isFinite(raw.v)) return { ok: false, problem: 'unreadable', text: raw.text };
    if (want && header && header !== want) {
      const value = convertMoney(numberToPlain(raw.v), header, want);
      return { ok: true, value, text: raw.text, note: `${quote(raw.text)}按表头单位${header}折合 ${fmt(value)} ${want}` };
    }
    return { ok: true, value: raw.v, text: raw.text };
  }
  return parseNumberText(raw.text, opts);
}

/** The text form of readNumber (also used for numbers found inside longer text). */
export function parseNumberText(text: string, opts: NumberOptions = {}): ValueResult<number> {
  const shown = text.trim();
  if (shown === '') return { ok: false, problem: 'blank', text: '' };
  const bad: ValueResult<number> = { ok: false, problem: 'unreadable', text: shown };
  const reasons: string[] = [];
  if (hasFullWidth(shown)) reasons.push('全角');
  let s = removeSpaces(toHalfWidth(shown));
  // 约 / 大约 / 约合 in front, 左右 / 余 behind
  const about = /^(大约|约合|约)/.exec(s);
  if (about) {
    s = s.slice(about[0].length);
    reasons.push('约');
  }
  if (/左右$/.test(s)) {
    s = s.slice(0, -2);
    reasons.push('约');
  }
  // the trailing unit
  let unit: string | null = null;
  for (let i = 0; i < ALL_UNITS.length; i++) {
    const u = ALL_UNITS[i]; // (by index: a `for … of` is an iterator step per unit in a cold run's interpreter)
    if (s.length > u.length && s.endsWith(u)) {
      unit = u;
      s = s.slice(0, -u.length);
      break;
    }
  }
  if (unit && opts.unit && !UNIT_WORDS[opts.unit].includes(unit)) return bad;
  if (/^[¥￥]/.test(s) && (!opts.unit || opts.unit === '元' || opts.unit === '万元')) {
    s = s.slice(1);
    unit = unit ?? '元';
  }
  let digits: string;
  if (PLAIN_RE.test(s)) digits = s;
  else if (GROUPED_RE.test(s)) {
    digits = s.replace(/,/g, '');
    reasons.push('千分位');
  } else return bad;
  if (digits.endsWith('.')) digits = digits.slice(0, -1);
  let value = Number(digits);
  if (!Number.isFinite(value)) return bad;
  const want = opts.unit === '万元' || opts.unit === '元' ? opts.unit : null;
  const from = unit ? moneyUnit(unit) : opts.headerUnit ? moneyUnit(opts.headerUnit) : null;
  if (want && from && from !== want) {
    value = convertMoney(digits, from, want);
    const how = unit ? '' : `按表头单位${from}`;
    return { ok: true, value, text: shown, note: `${quote(shown)}${how}折合 ${fmt(value)} ${want}` };
  }
  if (unit) reasons.push('单位');
  if (reasons.length === 0) return { ok: true, value, text: shown };
  return { ok: true, value, text: shown, note: `${quote(shown)}读作 ${fmt(value)}` };
}

/** True when the text is only a unit word (`万元` placeholder in a blank form). */
export function isUnitOnly(text: string): boolean {
  const s = removeSpaces(toHalfWidth(text)).replace(/^[(（]|[)）]$/g, '');
  return ALL_UNITS.includes(s);
}

/** The unit word a cell holds on its own (`万元` in the cell beside `12`), else null. */
export function unitWord(text: string): string | null {
  const s = removeSpaces(toHalfWidth(text)).replace(/^\(|\)$/g, '');
  return ALL_UNITS.includes(s) ? s : null;
}
