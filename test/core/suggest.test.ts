/** Packs suggested from the content (RULES.md "Rule packs") and a review that runs them. */
import { suggestPacks, packUseLine, combinePackUse, REGION_WORDS } from '../../src/core/suggest';
import { reviewParsed } from '../../src/core/review';
import { project, workbook } from './rules/builders';

const unitWb = (unit: string, extra: Parameters<typeof project>[0] = {}) => workbook({ projects: [project({ text: { unit, theme: '智能制造专题培训班' }, ...extra })] });

describe('suggestPacks', () => {
  it('a Zhejiang unit → zj2017, with the words and cell that suggested it', () => {
    const s = suggestPacks(unitWb('杭州市科学技术局'));
    expect(s.packs).toEqual(['zj2017']);
    expect(s.reasons).toEqual([{ pack: 'zj2017', why: '组团单位“杭州市科学技术局”含“杭州”', file: 'test.xlsx', sheet: '需求表', cell: 'B2' }]);
  });
  it('a Sichuan unit → sc2020 (城市 of the province too)', () => {
    expect(suggestPacks(unitWb('绵阳市科技局')).packs).toEqual(['sc2020']);
    expect(suggestPacks(unitWb('凉山彝族自治州教育局')).packs).toEqual(['sc2020']);
  });
  it('a county-level unit named without its city', () => {
    expect(suggestPacks(unitWb('淳安县住房和城乡建设局')).reasons[0].why).toBe('组团单位“淳安县住房和城乡建设局”含“淳安县”');
    expect(suggestPacks(unitWb('义乌市人民医院')).packs).toEqual(['zj2017']);
    expect(suggestPacks(unitWb('都江堰市科技局')).packs).toEqual(['sc2020']);
    expect(suggestPacks(unitWb('三台县人民政府')).packs).toEqual(['sc2020']);
    // names shared with other provinces do not count
    expect(suggestPacks(unitWb('上海市普陀区科学技术委员会')).packs).toEqual([]);
    expect(suggestPacks(unitWb('重庆市江北区科技局')).packs).toEqual([]);
  });
  it('a unit of neither province → no pack', () => {
    expect(suggestPacks(unitWb('江苏省科学技术厅'))).toEqual({ packs: [], reasons: [] });
  });
  it('an online demand form → most2022-online; an assumed mode does not suggest it', () => {
    expect(suggestPacks(unitWb('江苏省科学技术厅', { mode: 'online' })).packs).toEqual(['most2022-online']);
    expect(suggestPacks(unitWb('江苏省科学技术厅', { mode: 'offline' })).packs).toEqual([]);
  });
  it('a continuing-education register → ce2007', () => {
    const wb = workbook({ recognition: [{ sheet: '学时登记', kind: 'ce-register', reason: '' }] });
    const s = suggestPacks(wb);
    expect(s.packs).toEqual(['ce2007']);
    expect(s.reasons[0].why).toContain('继续教育学时登记表');
  });
  it('the file name counts as a title', () => {
    expect(suggestPacks({ ...unitWb('某研究院'), file: '宁波市2024年度计划.xlsx' }).packs).toEqual(['zj2017']);
  });
  it('finds every place word wherever it sits in the text, the same word as trying each in turn', () => {
    for (const { pack, words } of REGION_WORDS) {
      for (const word of words) {
        for (const text of [word, `某${word}`, `${word}人民医院`, `（${word}）科技局`]) {
          const expected = words.find((x) => text.includes(x));
          const s = suggestPacks(unitWb(text));
          expect(s.packs).toContain(pack);
          expect(s.reasons.find((r) => r.pack === pack)?.why).toBe(`组团单位“${text}”含“${expected}”`);
        }
      }
    }
    // a text with only one character of a word, or the two apart, suggests nothing
    expect(suggestPacks(unitWb('杭 州 宁－波 成都')).packs).toEqual(['sc2020']);
    expect(suggestPacks(unitWb('杭 州 宁－波')).packs).toEqual([]);
  });
  it('several workbooks: the union, in pack order', () => {
    expect(suggestPacks([unitWb('成都市科技局'), unitWb('浙江大学', { mode: 'online' })]).packs).toEqual(['zj2017', 'sc2020', 'most2022-online']);
  });
});

describe('reviewParsed with suggestPacks', () => {
  // 25 people is SC-GROUP-SIZE under sc2020, not under zj2017
  const sichuan = unitWb('成都市科学技术局', { people: 25 });
  it('runs the suggested packs when none were picked, and says so', () => {
    const r = reviewParsed(sichuan, { packs: [], suggestPacks: true, asOf: '2024-06-01' });
    expect(r.packs).toMatchObject({ used: ['common', 'sc2020'], suggested: ['sc2020'], fromSuggestion: true });
    expect(r.findings.some((f) => f.ruleId === 'SC-GROUP-SIZE')).toBe(true);
  });
  it('runs only common without suggestPacks, and the picked packs when there are some', () => {
    const none = reviewParsed(sichuan, { packs: [], asOf: '2024-06-01' });
    expect(none.packs).toMatchObject({ used: ['common'], suggested: ['sc2020'], fromSuggestion: false });
    expect(none.findings.some((f) => f.ruleId === 'SC-GROUP-SIZE')).toBe(false);
    const picked = reviewParsed(sichuan, { packs: ['zj2017'], suggestPacks: true, asOf: '2024-06-01' });
    expect(picked.packs?.used).toEqual(['common', 'zj2017']);
    expect(picked.findings.some((f) => f.ruleId === 'SC-GROUP-SIZE')).toBe(false);
  });
});

describe('packUseLine', () => {
  it('names the packs used and why, in one Chinese line', () => {
    const r = reviewParsed(unitWb('杭州市科学技术局'), { packs: [], suggestPacks: true });
    const line = packUseLine(combinePackUse([r.packs]));
    expect(line).toBe('未指定规则包，按内容选用：common、zj2017（组团单位“杭州市科学技术局”含“杭州”）；可用 --packs 改选');
    expect(line).not.toContain('\n');
  });
  it('says when nothing was suggested', () => {
    const r = reviewParsed(unitWb('某研究院'), { packs: [], suggestPacks: true });
    expect(packUseLine(combinePackUse([r.packs]))).toContain('只运行通用检查');
  });
});
