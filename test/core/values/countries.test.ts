import fc from 'fast-check';
import { countryOfCity, isRegion, normaliseCountry, parseCityCell, parseCityCellShared, splitCountries } from '../../../src/core/values/countries';
import { normaliseCurrency } from '../../../src/core/values/currency';

describe('countries', () => {
  test('aliases give one canonical name', () => {
    for (const s of ['美国', '美利坚合众国', 'USA', 'usa', 'United States']) expect(normaliseCountry(s)).toBe('美国');
    expect(normaliseCountry('德意志联邦共和国')).toBe('德国');
    expect(normaliseCountry('DEU')).toBe('德国');
    expect(normaliseCountry('英 国')).toBe('英国');
    expect(normaliseCountry('火星')).toBeNull();
  });
  test('香港 / 澳门 / 台湾 are 地区, with or without 地区 words', () => {
    for (const s of ['中国香港', '香港', '香港特别行政区', '香港地区', 'Hong Kong']) expect(normaliseCountry(s)).toBe('中国香港');
    expect(normaliseCountry('澳门特别行政区')).toBe('中国澳门');
    expect(normaliseCountry('台湾地区')).toBe('中国台湾');
    expect(isRegion('香港')).toBe(true);
    expect(isRegion('德国')).toBe(false);
  });
  test.each([
    ['德国、荷兰', ['德国', '荷兰']],
    ['德国/荷兰', ['德国', '荷兰']],
    ['德国,荷兰', ['德国', '荷兰']],
    ['德国，荷兰', ['德国', '荷兰']],
    ['德国和荷兰', ['德国', '荷兰']],
    ['德国、荷兰及丹麦', ['德国', '荷兰', '丹麦']],
    ['美国 加拿大', ['美国', '加拿大']],
    ['United States', ['美国']],
    ['德国、德国', ['德国']],
  ])('splitCountries(%s)', (text, want) => {
    expect(splitCountries(text)).toEqual({ countries: want, unknown: [] });
  });
  test('unknown names are kept and listed', () => {
    expect(splitCountries('德国、乌托邦')).toEqual({ countries: ['德国', '乌托邦'], unknown: ['乌托邦'] });
    // 和 splits only between two countries
    expect(splitCountries('和平岛')).toEqual({ countries: ['和平岛'], unknown: ['和平岛'] });
  });
});

describe('cities', () => {
  test('every destination of gen_units.py is known', () => {
    const gen: Record<string, string[]> = {
      德国: ['柏林', '慕尼黑', '汉堡', '法兰克福', '斯图加特'], 美国: ['华盛顿', '纽约', '波士顿', '旧金山', '洛杉矶'],
      日本: ['东京', '大阪', '京都', '名古屋'], 英国: ['伦敦', '剑桥', '曼彻斯特'], 法国: ['巴黎', '里昂'], 新加坡: ['新加坡'],
      以色列: ['特拉维夫', '耶路撒冷'], 荷兰: ['阿姆斯特丹', '瓦赫宁根', '鹿特丹'], 瑞士: ['苏黎世', '日内瓦', '洛桑'],
      澳大利亚: ['悉尼', '墨尔本', '堪培拉'], 加拿大: ['多伦多', '温哥华', '渥太华'], 芬兰: ['赫尔辛基'], 丹麦: ['哥本哈根'], 新西兰: ['奥克兰', '惠灵顿'],
    };
    for (const [country, cities] of Object.entries(gen)) for (const c of cities) expect(countryOfCity(c)).toBe(country);
    expect(countryOfCity('某某市')).toBeUndefined();
  });
  test.each([
    ['柏林', ['柏林'], ['德国'], false],
    ['德国·柏林', ['柏林'], ['德国'], false],
    ['柏林（德国）', ['柏林'], ['德国'], false],
    ['柏林(德国)', ['柏林'], ['德国'], false],
    ['德国柏林', ['柏林'], ['德国'], false],
    ['柏林—慕尼黑', ['柏林', '慕尼黑'], ['德国'], true],
    ['柏林-慕尼黑', ['柏林', '慕尼黑'], ['德国'], true],
    ['柏林→阿姆斯特丹', ['柏林', '阿姆斯特丹'], ['德国', '荷兰'], true],
    ['新加坡', ['新加坡'], ['新加坡'], false],
    ['某镇', ['某镇'], [], false],
    ['', [], [], false],
  ])('parseCityCell(%s)', (text, cities, countries, move) => {
    expect(parseCityCell(text as string)).toEqual({ cities, countries, move });
  });
  test('no input throws', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => { parseCityCell(s); splitCountries(s); normaliseCountry(s); }));
  });
});

test('currencies', () => {
  expect(normaliseCurrency('美元')).toBe('USD');
  expect(normaliseCurrency('eur')).toBe('EUR');
  expect(normaliseCurrency('日元')).toBe('JPY');
  expect(normaliseCurrency('港币')).toBe('HKD');
  expect(normaliseCurrency('贝壳')).toBeNull();
});

describe('parseCityCellShared', () => {
  test('is parseCityCell remembered: the same frozen answer for the same text, while parseCityCell still gives copies', () => {
    for (const text of ['柏林', '德国·柏林', '柏林—慕尼黑', '巴黎（法国）', '', '新加坡']) {
      const shared = parseCityCellShared(text);
      expect(shared).toEqual(parseCityCell(text));
      expect(parseCityCellShared(text)).toBe(shared);
      expect(Object.isFrozen(shared.cities) && Object.isFrozen(shared.countries)).toBe(true);
      const copy = parseCityCell(text);
      copy.cities.push('x');
      copy.countries.push('y');
      expect(parseCityCellShared(text)).toEqual(parseCityCell(text));
      expect(parseCityCell(text).cities).not.toContain('x');
    }
  });
});
