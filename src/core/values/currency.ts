/** Currencies of the fee standards and exchange rates, as ISO 4217 codes (美元 → USD). */
import { compact } from './text';
import { COUNTRIES, countryInfo } from './countries';

const NAMES: Record<string, string[]> = {
  CNY: ['人民币', '元', 'RMB', '¥'],
  USD: ['美元', '美金', '$', 'US$'],
  EUR: ['欧元', '€'],
  JPY: ['日元', '日圆', '円'],
  GBP: ['英镑', '£'],
  HKD: ['港元', '港币', 'HK$'],
  MOP: ['澳门元', '澳门币', '葡币'],
  TWD: ['新台币', '台币'],
  CHF: ['瑞士法郎', '法郎'],
  CAD: ['加元', '加拿大元', '加币'],
  AUD: ['澳元', '澳大利亚元', '澳币'],
  NZD: ['新西兰元', '纽币'],
  SGD: ['新加坡元', '新币'],
  KRW: ['韩元', '韩币'],
  DKK: ['丹麦克朗'],
  SEK: ['瑞典克朗'],
  NOK: ['挪威克朗'],
  ISK: ['冰岛克朗'],
  CZK: ['捷克克朗'],
  HUF: ['福林', '匈牙利福林'],
  PLN: ['兹罗提', '波兰兹罗提'],
  RUB: ['卢布', '俄罗斯卢布'],
  THB: ['泰铢'],
  MYR: ['林吉特', '马来西亚林吉特'],
  IDR: ['印尼盾', '印度尼西亚盾'],
  PHP: ['菲律宾比索'],
  VND: ['越南盾'],
  INR: ['印度卢比', '卢比'],
  ILS: ['以色列新谢克尔', '新谢克尔', '谢克尔'],
  AED: ['迪拉姆', '阿联酋迪拉姆'],
  SAR: ['沙特里亚尔'],
  ZAR: ['兰特', '南非兰特'],
  BRL: ['雷亚尔', '巴西雷亚尔'],
  MXN: ['墨西哥比索'],
  ARS: ['阿根廷比索'],
  TRY: ['里拉', '土耳其里拉'],
  EGP: ['埃及镑'],
};
const BY_NAME = new Map<string, string>();
for (const [code, names] of Object.entries(NAMES)) {
  BY_NAME.set(code.toLowerCase(), code);
  for (const n of names) BY_NAME.set(compact(n).toLowerCase(), code);
}
for (const c of COUNTRIES) BY_NAME.set(c.currency.toLowerCase(), c.currency);

/** ISO code of a currency name or code; null when unknown. */
export function normaliseCurrency(text: string): string | null {
  const k = compact(text).toLowerCase().replace(/[()]/g, '');
  if (k === '') return null;
  return BY_NAME.get(k) ?? (/^[a-z]{3}$/.test(k) ? k.toUpperCase() : null);
}

/** The currency of a country (its fee standard is usually in it). */
export function currencyOfCountry(country: string): string | null {
  return countryInfo(country)?.currency ?? null;
}
