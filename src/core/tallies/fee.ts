/**
 * The fee cap of 国科才函〔2022〕39号 一、3: 人数 × 天数 × 培训费标准 (per person per day, in the
 * currency of the teacher's country, 财行〔2014〕4号) × 汇率 ÷ 10 000 → 万元. Compared exactly
 * (decimal digits as integers), so a budget exactly at the cap passes.
 */
import type { ExchangeRate, FeeStandard, Project } from '../model/records';
import { normaliseName } from '../rules/util';

const SHIPPED_REF = { sheet: '', row: 0, col: 0 };

/** The only standards the project can cite (财行〔2014〕4号 as published in June 2014). No rate is shipped. */
export const SHIPPED_STANDARDS: readonly FeeStandard[] = [
  { country: '美国', currency: 'USD', feePerDay: 87, ref: SHIPPED_REF, source: '财行〔2014〕4号' },
  { country: '德国', currency: 'EUR', feePerDay: 66, ref: SHIPPED_REF, source: '财行〔2014〕4号' },
  { country: '日本', currency: 'JPY', feePerDay: 8400, ref: SHIPPED_REF, source: '财行〔2014〕4号' },
];

/** Currency names and symbols as written → ISO code (a Map: the text comes from units' files). */
const CURRENCY_ALIASES = new Map<string, string>([
  ['美元', 'USD'], ['美金', 'USD'], ['usd', 'USD'], ['$', 'USD'],
  ['欧元', 'EUR'], ['eur', 'EUR'], ['€', 'EUR'],
  ['日元', 'JPY'], ['日圆', 'JPY'], ['jpy', 'JPY'],
  ['英镑', 'GBP'], ['gbp', 'GBP'],
  ['港元', 'HKD'], ['港币', 'HKD'], ['hkd', 'HKD'],
  ['澳门元', 'MOP'], ['澳门币', 'MOP'], ['mop', 'MOP'],
  ['新台币', 'TWD'], ['twd', 'TWD'],
  ['加元', 'CAD'], ['加拿大元', 'CAD'], ['cad', 'CAD'],
  ['澳元', 'AUD'], ['澳大利亚元', 'AUD'], ['aud', 'AUD'],
  ['新西兰元', 'NZD'], ['nzd', 'NZD'],
  ['瑞士法郎', 'CHF'], ['瑞郎', 'CHF'], ['chf', 'CHF'],
  ['新加坡元', 'SGD'], ['新币', 'SGD'], ['sgd', 'SGD'],
  ['韩元', 'KRW'], ['krw', 'KRW'],
  ['卢布', 'RUB'], ['rub', 'RUB'],
  ['瑞典克朗', 'SEK'], ['sek', 'SEK'],
  ['丹麦克朗', 'DKK'], ['dkk', 'DKK'],
  ['挪威克朗', 'NOK'], ['nok', 'NOK'],
  ['人民币', 'CNY'], ['元', 'CNY'], ['cny', 'CNY'], ['rmb', 'CNY'],
]);

/** `美元`, `usd`, `USD` → `USD`. */
export function normaliseCurrency(c: string): string {
  const k = c.replace(/\s+/g, '');
  return CURRENCY_ALIASES.get(k) ?? CURRENCY_ALIASES.get(k.toLowerCase()) ?? k.toUpperCase();
}

const CURRENCY_NAMES = new Map<string, string>([['USD', '美元'], ['EUR', '欧元'], ['JPY', '日元'], ['GBP', '英镑'], ['HKD', '港元'], ['CNY', '元']]);
export function currencyName(code: string): string {
  return CURRENCY_NAMES.get(code) ?? code;
}

/** Standards by country, later lists winning. */
export function mergeStandards(...lists: readonly (readonly FeeStandard[] | undefined)[]): FeeStandard[] {
  const m = new Map<string, FeeStandard>();
  for (const list of lists) for (const s of list ?? []) m.set(normaliseName(s.country), s);
  return [...m.values()];
}

/** Rates by currency, later lists winning. */
export function mergeRates(...lists: readonly (readonly ExchangeRate[] | undefined)[]): ExchangeRate[] {
  const m = new Map<string, ExchangeRate>();
  for (const list of lists) for (const r of list ?? []) m.set(normaliseCurrency(r.currency), r);
  return [...m.values()];
}

export type FeeCap =
  | {
      ok: true;
      country: string;
      standard: FeeStandard;
      /** 折合人民币 for 1 unit of the currency (1 for CNY). */
      rate: number;
      people: number;
      days: number;
      /** The cap in 万元 (a float for display; use `exceeds` to compare). */
      capWan: number;
      /** Strictly above the cap (exact). */
      exceeds(budgetWan: number): boolean;
    }
  /** needs: people, days or country cannot be read → nothing to say (other rules report it). */
  | { ok: false; reason: 'needs'; country?: string }
  | { ok: false; reason: 'no-standard'; country: string }
  | { ok: false; reason: 'no-rate'; country: string; standard: FeeStandard };

/** Lookup tables of a standards/rates list, made once per list. */
const standardIndex = new WeakMap<readonly FeeStandard[], Map<string, FeeStandard>>();
const rateIndex = new WeakMap<readonly ExchangeRate[], Map<string, number>>();

function standardsByCountry(standards: readonly FeeStandard[]): Map<string, FeeStandard> {
  let m = standardIndex.get(standards);
  if (!m) {
    m = new Map();
    for (const s of standards) if (!m.has(normaliseName(s.country))) m.set(normaliseName(s.country), s);
    standardIndex.set(standards, m);
  }
  return m;
}

function ratesByCurrency(rates: readonly ExchangeRate[]): Map<string, number> {
  let m = rateIndex.get(rates);
  if (!m) {
    m = new Map();
    for (const r of rates) if (!m.has(normaliseCurrency(r.currency))) m.set(normaliseCurrency(r.currency), r.cny);
    rateIndex.set(rates, m);
  }
  return m;
}

/** The teacher's country: the project's first country, else a country with a standard named in 境外培训机构. */
export function teacherCountry(p: Project, standards: readonly FeeStandard[]): string | undefined {
  if (p.countries?.ok && p.countries.value.length > 0) return p.countries.value[0];
  const inst = p.fields.institution?.text ?? '';
  return standards.find((s) => s.country && inst.includes(s.country))?.country;
}

function positive(r: Project['people']): number | undefined {
  return r && r.ok && r.value > 0 ? r.value : undefined;
}

const capCache = new WeakMap<Project, { standards: readonly FeeStandard[]; rates: readonly ExchangeRate[]; cap: FeeCap }>();

/** The project's fee cap (memoised per project and standards/rates lists: MO-FEE, MO-FEE-UNKNOWN and the tallies share it). */
export function feeCap(p: Project, standards: readonly FeeStandard[], rates: readonly ExchangeRate[]): FeeCap {
  const hit = capCache.get(p);
  if (hit && hit.standards === standards && hit.rates === rates) return hit.cap;
  const cap = computeFeeCap(p, standards, rates);
  capCache.set(p, { standards, rates, cap });
  return cap;
}

function computeFeeCap(p: Project, standards: readonly FeeStandard[], rates: readonly ExchangeRate[]): FeeCap {
  const people = positive(p.people);
  const days = positive(p.days);
  const country = teacherCountry(p, standards);
  if (people === undefined || days === undefined || !country) return { ok: false, reason: 'needs', country };
  const standard = standardsByCountry(standards).get(normaliseName(country));
  if (!standard) return { ok: false, reason: 'no-standard', country };
  const currency = normaliseCurrency(standard.currency);
  const rate = currency === 'CNY' ? 1 : ratesByCurrency(rates).get(currency);
  if (rate === undefined || !(rate > 0)) return { ok: false, reason: 'no-rate', country, standard };
  const capWan = Math.round(((people * days * standard.feePerDay * rate) / 10000) * 1e6) / 1e6;
  return {
    ok: true,
    country,
    standard,
    rate,
    people,
    days,
    capWan,
    exceeds: (budgetWan: number) => exceedsExactly(budgetWan, [people, days, standard.feePerDay, rate]),
  };
}

/** A finite decimal number as integer digits and a power-of-ten scale (0.05 → 5n, 2). */
export function decimal(x: number): { n: bigint; scale: number } {
  let s = Math.abs(x).toString();
  if (/e/i.test(s)) s = Math.abs(x).toFixed(20).replace(/0+$/, '');
  const [int, fracPart = ''] = s.split('.');
  const n = BigInt(int + fracPart) * (x < 0 ? -1n : 1n);
  return { n, scale: fracPart.length };
}

/** budgetWan × 10 000 > product of the factors, compared exactly on their decimal digits. */
export function exceedsExactly(budgetWan: number, factors: number[]): boolean {
  const b = decimal(budgetWan);
  let pn = 1n;
  let ps = 0;
  for (const f of factors) {
    const d = decimal(f);
    pn *= d.n;
    ps += d.scale;
  }
  // b.n / 10^b.scale × 10^4  >  pn / 10^ps   ⇔   b.n × 10^(4 + ps) > pn × 10^b.scale
  return b.n * 10n ** BigInt(4 + ps) > pn * 10n ** BigInt(b.scale);
}
