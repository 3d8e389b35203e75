/**
 * One country list with aliases (FORMS.md: "Keep one country list with aliases (美国/美利坚合众国/USA)"),
 * 中国香港/澳门/台湾 as 地区, and a small city → country table for common training destinations.
 */
import { removeSpaces, toHalfWidth } from './text';

export interface CountryInfo {
  /** Canonical Chinese short name (中国香港 for the regions). */
  name: string;
  /** Full names, other Chinese forms, English names, ISO codes. */
  aliases: string[];
  /** ISO 4217 code of the currency (for the fee standards). */
  currency: string;
  /** 地区 rather than 国家 (中国香港, 中国澳门, 中国台湾). */
  region?: boolean;
}

// name | aliases (comma-separated) | currency
const COUNTRY_DATA = `
德国|德意志联邦共和国,德意志,Germany,DE,DEU|EUR
美国|美利坚合众国,美利坚,USA,US,United States,United States of America,America|USD
日本|日本国,Japan,JP,JPN|JPY
英国|大不列颠及北爱尔兰联合王国,联合王国,英格兰,United Kingdom,UK,GB,GBR,Britain,Great Britain,England|GBP
法国|法兰西共和国,法兰西,France,FR,FRA|EUR
新加坡|新加坡共和国,Singapore,SG,SGP|SGD
以色列|以色列国,Israel,IL,ISR|ILS
荷兰|荷兰王国,尼德兰,Netherlands,the Netherlands,Holland,NL,NLD|EUR
瑞士|瑞士联邦,Switzerland,CH,CHE|CHF
澳大利亚|澳大利亚联邦,澳洲,Australia,AU,AUS|AUD
加拿大|Canada,CA,CAN|CAD
芬兰|芬兰共和国,Finland,FI,FIN|EUR
丹麦|丹麦王国,Denmark,DK,DNK|DKK
新西兰|Aotearoa,New Zealand,NZ,NZL|NZD
瑞典|瑞典王国,Sweden,SE,SWE|SEK
挪威|挪威王国,Norway,NO,NOR|NOK
冰岛|冰岛共和国,Iceland,IS,ISL|ISK
爱尔兰|爱尔兰共和国,Ireland,IE,IRL|EUR
比利时|比利时王国,Belgium,BE,BEL|EUR
卢森堡|卢森堡大公国,Luxembourg,LU,LUX|EUR
奥地利|奥地利共和国,Austria,AT,AUT|EUR
意大利|意大利共和国,Italy,IT,ITA|EUR
西班牙|西班牙王国,Spain,ES,ESP|EUR
葡萄牙|葡萄牙共和国,Portugal,PT,PRT|EUR
希腊|希腊共和国,Greece,GR,GRC|EUR
波兰|波兰共和国,Poland,PL,POL|PLN
捷克|捷克共和国,Czech Republic,Czechia,CZ,CZE|CZK
斯洛伐克|斯洛伐克共和国,Slovakia,SK,SVK|EUR
匈牙利|Hungary,HU,HUN|HUF
罗马尼亚|Romania,RO,ROU|RON
保加利亚|保加利亚共和国,Bulgaria,BG,BGR|BGN
塞尔维亚|塞尔维亚共和国,Serbia,RS,SRB|RSD
克罗地亚|克罗地亚共和国,Croatia,HR,HRV|EUR
斯洛文尼亚|斯洛文尼亚共和国,Slovenia,SI,SVN|EUR
爱沙尼亚|爱沙尼亚共和国,Estonia,EE,EST|EUR
拉脱维亚|拉脱维亚共和国,Latvia,LV,LVA|EUR
立陶宛|立陶宛共和国,Lithuania,LT,LTU|EUR
马耳他|马耳他共和国,Malta,MT,MLT|EUR
塞浦路斯|塞浦路斯共和国,Cyprus,CY,CYP|EUR
俄罗斯|俄罗斯联邦,俄国,Russia,Russian Federation,RU,RUS|RUB
白俄罗斯|白俄罗斯共和国,Belarus,BY,BLR|BYN
乌克兰|Ukraine,UA,UKR|UAH
土耳其|土耳其共和国,Türkiye,Turkey,TR,TUR|TRY
韩国|大韩民国,南韩,Korea,South Korea,Republic of Korea,KR,KOR|KRW
朝鲜|朝鲜民主主义人民共和国,North Korea,KP,PRK|KPW
蒙古|蒙古国,Mongolia,MN,MNG|MNT
越南|越南社会主义共和国,Viet Nam,Vietnam,VN,VNM|VND
泰国|泰王国,Thailand,TH,THA|THB
马来西亚|Malaysia,MY,MYS|MYR
印度尼西亚|印度尼西亚共和国,印尼,Indonesia,ID,IDN|IDR
菲律宾|菲律宾共和国,Philippines,PH,PHL|PHP
柬埔寨|柬埔寨王国,Cambodia,KH,KHM|KHR
老挝|老挝人民民主共和国,Laos,LA,LAO|LAK
缅甸|缅甸联邦共和国,Myanmar,MM,MMR|MMK
文莱|文莱达鲁萨兰国,Brunei,BN,BRN|BND
印度|印度共和国,India,IN,IND|INR
巴基斯坦|巴基斯坦伊斯兰共和国,Pakistan,PK,PAK|PKR
孟加拉国|孟加拉人民共和国,孟加拉,Bangladesh,BD,BGD|BDT
斯里兰卡|斯里兰卡民主社会主义共和国,Sri Lanka,LK,LKA|LKR
尼泊尔|Nepal,NP,NPL|NPR
哈萨克斯坦|哈萨克斯坦共和国,Kazakhstan,KZ,KAZ|KZT
乌兹别克斯坦|乌兹别克斯坦共和国,Uzbekistan,UZ,UZB|UZS
阿联酋|阿拉伯联合酋长国,United Arab Emirates,UAE,AE,ARE|AED
沙特阿拉伯|沙特阿拉伯王国,沙特,Saudi Arabia,SA,SAU|SAR
卡塔尔|卡塔尔国,Qatar,QA,QAT|QAR
伊朗|伊朗伊斯兰共和国,Iran,IR,IRN|IRR
埃及|阿拉伯埃及共和国,Egypt,EG,EGY|EGP
南非|南非共和国,South Africa,ZA,ZAF|ZAR
肯尼亚|肯尼亚共和国,Kenya,KE,KEN|KES
埃塞俄比亚|埃塞俄比亚联邦民主共和国,Ethiopia,ET,ETH|ETB
尼日利亚|尼日利亚联邦共和国,Nigeria,NG,NGA|NGN
摩洛哥|摩洛哥王国,Morocco,MA,MAR|MAD
坦桑尼亚|坦桑尼亚联合共和国,Tanzania,TZ,TZA|TZS
墨西哥|墨西哥合众国,Mexico,MX,MEX|MXN
巴西|巴西联邦共和国,Brazil,BR,BRA|BRL
阿根廷|阿根廷共和国,Argentina,AR,ARG|ARS
智利|智利共和国,Chile,CL,CHL|CLP
秘鲁|秘鲁共和国,Peru,PE,PER|PEN
哥伦比亚|哥伦比亚共和国,Colombia,CO,COL|COP
古巴|古巴共和国,Cuba,CU,CUB|CUP
中国香港|香港,香港特别行政区,中国香港特别行政区,Hong Kong,HK,HKG|HKD|region
中国澳门|澳门,澳门特别行政区,中国澳门特别行政区,Macao,Macau,MO,MAC|MOP|region
中国台湾|台湾,台湾省,中国台湾省,Taiwan,TW,TWN|TWD|region
`;

export const COUNTRIES: CountryInfo[] = COUNTRY_DATA.trim()
  .split('\n')
  .map((line) => {
    const [name, aliases, currency, region] = line.split('|');
    return { name, aliases: aliases.split(','), currency, ...(region ? { region: true } : {}) };
  });

function countryKey(s: string): string {
  return removeSpaces(toHalfWidth(s)).toLowerCase().replace(/[()]/g, '');
}

const BY_ALIAS = new Map<string, CountryInfo>();
for (const c of COUNTRIES) {
  BY_ALIAS.set(countryKey(c.name), c);
  for (const a of c.aliases) BY_ALIAS.set(countryKey(a), c);
}

/** Country (or region) info by any of its names, with or without 地区 words; undefined if unknown. */
export function countryInfo(text: string): CountryInfo | undefined {
  let k = countryKey(text);
  if (k === '') return undefined;
  const hit = BY_ALIAS.get(k);
  if (hit) return hit;
  k = k.replace(/(特别行政区|地区)$/, '');
  return BY_ALIAS.get(k) ?? BY_ALIAS.get(k.replace(/^中国/, ''));
}

/** Canonical name of a country or region; null when the name is not in the list. */
export function normaliseCountry(text: string): string | null {
  return countryInfo(text)?.name ?? null;
}

/** True for 中国香港 / 中国澳门 / 中国台湾. */
export function isRegion(name: string): boolean {
  return countryInfo(name)?.region === true;
}

const LIST_SEP = /[、,，/／;；|]+|\s+(?:and|&)\s+/i;

export interface CountryList {
  /** Canonical names, in order, without repeats; unknown names kept as written. */
  countries: string[];
  /** Parts that are not in the country list (kept as written in `countries`). */
  unknown: string[];
}

/**
 * Splits a cell naming countries: `德国、荷兰`, `德国/荷兰`, `德国,荷兰`, `德国和荷兰`,
 * `美国 加拿大`. 和/与/及 split only when both sides are countries (`中非共和国` stays whole).
 */
const listCache = new Map<string, CountryList>();

export function splitCountries(text: string): CountryList {
  const hit = listCache.get(text);
  if (hit) return { countries: [...hit.countries], unknown: [...hit.unknown] };
  const out = splitCountriesUncached(text);
  if (listCache.size > 5000) listCache.clear();
  listCache.set(text, out);
  return { countries: [...out.countries], unknown: [...out.unknown] };
}

function splitCountriesUncached(text: string): CountryList {
  const out: string[] = [];
  const unknown: string[] = [];
  const push = (n: string) => {
    if (!out.includes(n)) out.push(n);
  };
  const whole = normaliseCountry(text);
  if (whole) return { countries: [whole], unknown: [] };
  const parts = toHalfWidth(text)
    .split(LIST_SEP)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^(等|等国|等地)$/.test(p));
  for (let part of parts) {
    part = part.replace(/(等国|等地|等)$/, '');
    const n = normaliseCountry(part);
    if (n) {
      push(n);
      continue;
    }
    const spaced = part.split(/\s+/).map(normaliseCountry);
    const words = spaced.length > 1 && spaced.every((x) => x) ? (spaced as string[]) : splitOnConjunctions(part);
    if (words) words.forEach(push);
    else {
      push(part);
      unknown.push(part);
    }
  }
  return { countries: out, unknown };
}

function splitOnConjunctions(part: string): string[] | null {
  const m = /^(.+?)(和|与|及|以及)(.+)$/.exec(part);
  if (!m) return null;
  for (let i = 0; i < part.length; i++) {
    const ch = part[i];
    if (ch !== '和' && ch !== '与' && ch !== '及') continue;
    const a = normaliseCountry(part.slice(0, i));
    const rest = part.slice(i + 1).replace(/^及/, '');
    const b = normaliseCountry(rest) ? [normaliseCountry(rest) as string] : splitOnConjunctions(rest);
    if (a && b) return [a, ...b];
  }
  return null;
}

// ------------------------------------------------------------------ cities

// country: cities (the destinations of gen_units.py and other common ones)
const CITY_DATA: Record<string, string> = {
  德国: '柏林 慕尼黑 汉堡 法兰克福 斯图加特 科隆 杜塞尔多夫 波恩 汉诺威 德累斯顿 莱比锡 海德堡 卡尔斯鲁厄 亚琛 纽伦堡 不来梅 多特蒙德 埃森 沃尔夫斯堡 弗莱堡',
  美国: '华盛顿 纽约 波士顿 旧金山 洛杉矶 芝加哥 西雅图 休斯顿 费城 亚特兰大 圣地亚哥 圣何塞 硅谷 迈阿密 达拉斯 丹佛 底特律 匹兹堡 巴尔的摩 拉斯维加斯 夏威夷 檀香山 奥斯汀 伯克利 帕洛阿尔托 斯坦福 纽黑文 普林斯顿 麦迪逊 明尼阿波利斯',
  日本: '东京 大阪 京都 名古屋 横滨 神户 福冈 札幌 仙台 广岛 筑波 奈良 冲绳',
  英国: '伦敦 剑桥 曼彻斯特 牛津 爱丁堡 伯明翰 利物浦 格拉斯哥 布里斯托 利兹 谢菲尔德 诺丁汉 卡迪夫 贝尔法斯特',
  法国: '巴黎 里昂 马赛 尼斯 图卢兹 波尔多 斯特拉斯堡 里尔 南特 格勒诺布尔 蒙彼利埃',
  新加坡: '新加坡',
  以色列: '特拉维夫 耶路撒冷 海法 贝尔谢巴',
  荷兰: '阿姆斯特丹 瓦赫宁根 鹿特丹 海牙 乌得勒支 代尔夫特 埃因霍温 莱顿 格罗宁根',
  瑞士: '苏黎世 日内瓦 洛桑 伯尔尼 巴塞尔 卢塞恩 达沃斯',
  澳大利亚: '悉尼 墨尔本 堪培拉 布里斯班 珀斯 阿德莱德 黄金海岸 霍巴特',
  加拿大: '多伦多 温哥华 渥太华 蒙特利尔 卡尔加里 埃德蒙顿 魁北克 滑铁卢',
  芬兰: '赫尔辛基 埃斯波 坦佩雷 图尔库 奥卢',
  丹麦: '哥本哈根 奥胡斯 欧登塞',
  新西兰: '奥克兰 惠灵顿 基督城 克赖斯特彻奇 汉密尔顿 皇后镇',
  瑞典: '斯德哥尔摩 哥德堡 马尔默 乌普萨拉 隆德',
  挪威: '奥斯陆 卑尔根 特隆赫姆',
  爱尔兰: '都柏林 科克',
  比利时: '布鲁塞尔 安特卫普 根特 鲁汶',
  卢森堡: '卢森堡',
  奥地利: '维也纳 萨尔茨堡 因斯布鲁克 格拉茨',
  意大利: '罗马 米兰 威尼斯 佛罗伦萨 都灵 那不勒斯 博洛尼亚',
  西班牙: '马德里 巴塞罗那 瓦伦西亚 塞维利亚',
  葡萄牙: '里斯本 波尔图',
  希腊: '雅典',
  波兰: '华沙 克拉科夫',
  捷克: '布拉格',
  匈牙利: '布达佩斯',
  俄罗斯: '莫斯科 圣彼得堡 新西伯利亚',
  土耳其: '伊斯坦布尔 安卡拉',
  韩国: '首尔 釜山 仁川 大田 大邱 光州 水原',
  越南: '河内 胡志明市',
  泰国: '曼谷 清迈 普吉',
  马来西亚: '吉隆坡 槟城 布城',
  印度尼西亚: '雅加达 巴厘岛',
  菲律宾: '马尼拉',
  印度: '新德里 孟买 班加罗尔',
  阿联酋: '迪拜 阿布扎比',
  埃及: '开罗',
  南非: '约翰内斯堡 开普敦 比勒陀利亚',
  巴西: '圣保罗 里约热内卢 巴西利亚',
  阿根廷: '布宜诺斯艾利斯',
  墨西哥: '墨西哥城',
  中国香港: '香港',
  中国澳门: '澳门',
  中国台湾: '台北 高雄 新竹',
};

const CITY_COUNTRY = new Map<string, string>();
for (const [country, cities] of Object.entries(CITY_DATA)) for (const c of cities.split(' ')) CITY_COUNTRY.set(c, country);

/** The country of a known city (`柏林` → 德国); undefined when the city is not in the table. */
export function countryOfCity(city: string): string | undefined {
  const k = removeSpaces(toHalfWidth(city)).replace(/市$/, '');
  return CITY_COUNTRY.get(k) ?? CITY_COUNTRY.get(removeSpaces(city));
}

export interface CityCell {
  /** The cities named, in order (a move `柏林—慕尼黑` names two). */
  cities: string[];
  /** Canonical countries, from the cell (`德国·柏林`, `柏林（德国）`) or the city table. */
  countries: string[];
  /** True when the cell names two or more different cities (a move between them). */
  move: boolean;
}

const MOVE_SEP = /\s*(?:—+|–|－|-+|→|->|⇒|➝|至|到|~|～|、|\/|,|，|;|；)\s*/;
const COUNTRY_CITY_SEP = /[·•・.．]/;

/**
 * Parses a schedule's city cell: `柏林`, `德国·柏林`, `柏林（德国）`, `德国柏林`,
 * `柏林—慕尼黑` / `柏林-慕尼黑` / `柏林→慕尼黑` (a move: two cities).
 */
const cityCache = new Map<string, CityCell>();

export function parseCityCell(text: string): CityCell {
  const out = parseCityCellShared(text);
  return { cities: [...out.cities], countries: [...out.countries], move: out.move };
}

/**
 * parseCityCell's answer as remembered, not copied: frozen, shared by every cell with the same text.
 * The schedule reader keeps its arrays in each row (150 000 rows made 300 000 copies of a few dozen lists).
 */
export function parseCityCellShared(text: string): { readonly cities: readonly string[]; readonly countries: readonly string[]; readonly move: boolean } {
  const hit = cityCache.get(text);
  if (hit) return hit;
  const out = parseCityCellUncached(text);
  Object.freeze(out.cities);
  Object.freeze(out.countries);
  Object.freeze(out);
  if (cityCache.size > 5000) cityCache.clear();
  cityCache.set(text, out);
  return out;
}

function parseCityCellUncached(text: string): CityCell {
  const cities: string[] = [];
  const countries: string[] = [];
  const addCountry = (c: string | undefined | null) => {
    if (c && !countries.includes(c)) countries.push(c);
  };
  const s = text.trim();
  if (s === '') return { cities, countries, move: false };
  for (let part of s.split(MOVE_SEP)) {
    part = part.trim();
    if (!part) continue;
    let city = part;
    let country: string | null = null;
    // 柏林（德国）
    const br = /^(.+?)\s*[（(]\s*(.+?)\s*[)）]$/.exec(part);
    if (br) {
      const c = normaliseCountry(br[2]);
      if (c) {
        city = br[1];
        country = c;
      } else if (normaliseCountry(br[1])) {
        city = br[2];
        country = normaliseCountry(br[1]);
      }
    } else if (COUNTRY_CITY_SEP.test(part)) {
      // 德国·柏林 (or 柏林·德国)
      const [a, b] = part.split(COUNTRY_CITY_SEP).map((x) => x.trim());
      if (a && b) {
        if (normaliseCountry(a) && !(countryOfCity(a) && !normaliseCountry(b))) {
          country = normaliseCountry(a);
          city = b;
        } else if (normaliseCountry(b)) {
          country = normaliseCountry(b);
          city = a;
        }
      }
    } else if (!countryOfCity(part) && !normaliseCountry(part)) {
      // 德国柏林: a country name in front of a known city
      for (const c of COUNTRIES) {
        for (const n of [c.name, ...c.aliases.filter((a) => /[\u4e00-\u9fff]/.test(a))]) {
          if (part.startsWith(n) && countryOfCity(part.slice(n.length))) {
            country = c.name;
            city = part.slice(n.length);
          }
        }
      }
    }
    city = city.trim();
    if (!country && !countryOfCity(city) && normaliseCountry(city)) {
      // the cell names a country only (新加坡 is both)
      addCountry(normaliseCountry(city));
      continue;
    }
    addCountry(country ?? countryOfCity(city));
    const cityName = city.replace(/市$/, '') || city;
    if (!cities.includes(cityName)) cities.push(cityName);
  }
  return { cities, countries, move: cities.length > 1 };
}
