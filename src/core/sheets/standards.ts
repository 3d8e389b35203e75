/** 费用标准 (国家（地区）, 币种, 培训费（每人每天）, 来源) and 汇率 (币种, 折合人民币, 日期) sheets. */
import type { ExchangeRate, FeeStandard, ReadNote } from '../model/records';
import { normaliseCountry } from '../values/countries';
import { normaliseCurrency, currencyOfCountry } from '../values/currency';
import { readDate } from '../values/dates';
import { RATES_INDEX, STANDARDS_INDEX, type RatesField, type StandardsField } from '../values/labels';
import { readNumber } from '../values/number';
import { quote } from '../values/result';
import { dataRows, findTableHeader, rowCell, type TableHeader } from './table';
import type { SheetView } from './view';

export type StandardsHeader = TableHeader<StandardsField>;
export type RatesHeader = TableHeader<RatesField>;

export function findStandardsHeader(v: SheetView): StandardsHeader | null {
  return findTableHeader(v, STANDARDS_INDEX, ['country', 'feePerDay'], [], 0);
}

export function findRatesHeader(v: SheetView): RatesHeader | null {
  return findTableHeader(v, RATES_INDEX, ['currency', 'cny'], [], 0);
}

export function parseStandards(v: SheetView, header: StandardsHeader): { standards: FeeStandard[]; notes: ReadNote[] } {
  const standards: FeeStandard[] = [];
  const notes: ReadNote[] = [];
  const cols = header.columns;
  for (const r of dataRows(v, header.row)) {
    const countryCell = rowCell(v, r, cols.country, header.row);
    const feeCell = rowCell(v, r, cols.feePerDay, header.row);
    if (!countryCell || countryCell.text === '' || !feeCell) continue;
    const country = normaliseCountry(countryCell.text);
    if (!country) notes.push({ ref: countryCell.ref, message: `费用标准：国家（地区）${quote(countryCell.text)}不在国家（地区）列表中，按原文保留` });
    else if (country !== countryCell.text.trim()) notes.push({ ref: countryCell.ref, message: `费用标准：${quote(countryCell.text)}读作 ${country}` });
    const fee = readNumber(feeCell.cell);
    if (!fee.ok) {
      notes.push({ ref: feeCell.ref, message: `费用标准：培训费${quote(feeCell.text)}${fee.problem === 'blank' ? '未填' : '不是数字'}，该行未采用` });
      continue;
    }
    if (fee.note) notes.push({ ref: feeCell.ref, message: `费用标准：${fee.note}` });
    const curCell = rowCell(v, r, cols.currency, header.row);
    let currency = curCell && curCell.text !== '' ? normaliseCurrency(curCell.text) : null;
    if (!currency && curCell && curCell.text !== '') currency = curCell.text.trim();
    if (!currency) {
      currency = currencyOfCountry(country ?? countryCell.text);
      if (currency) notes.push({ ref: feeCell.ref, message: `费用标准：币种未填，按${country ?? countryCell.text}的货币读作 ${currency}` });
    }
    if (!currency) continue;
    const source = rowCell(v, r, cols.source, header.row);
    standards.push({
      country: country ?? countryCell.text.trim(),
      currency,
      feePerDay: fee.value,
      ref: feeCell.ref,
      ...(source && source.text !== '' ? { source: source.text } : {}),
    });
  }
  return { standards, notes };
}

export function parseRates(v: SheetView, header: RatesHeader): { rates: ExchangeRate[]; notes: ReadNote[] } {
  const rates: ExchangeRate[] = [];
  const notes: ReadNote[] = [];
  const cols = header.columns;
  for (const r of dataRows(v, header.row)) {
    const curCell = rowCell(v, r, cols.currency, header.row);
    const cnyCell = rowCell(v, r, cols.cny, header.row);
    if (!curCell || curCell.text === '' || !cnyCell) continue;
    const currency = normaliseCurrency(curCell.text) ?? curCell.text.trim();
    const cny = readNumber(cnyCell.cell);
    if (!cny.ok) {
      notes.push({ ref: cnyCell.ref, message: `汇率：${quote(cnyCell.text)}${cny.problem === 'blank' ? '未填' : '不是数字'}，该行未采用` });
      continue;
    }
    if (cny.note) notes.push({ ref: cnyCell.ref, message: `汇率：${cny.note}` });
    const dateCell = rowCell(v, r, cols.date, header.row);
    const date = dateCell ? readDate(dateCell.cell) : null;
    rates.push({ currency, cny: cny.value, ref: cnyCell.ref, ...(date && date.ok ? { date: date.value } : {}) });
  }
  return { rates, notes };
}
