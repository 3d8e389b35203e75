/** The sc2020 rules at the edges the main tests leave: which project a finding belongs to, parameters, unit names, word lists. */
import { isCadreProject, isLocalUnit } from '../../../../src/core/rules/sc2020/cadreLocal';
import { findings, project, workbook, type ProjectSpec } from '../builders';

/** Two projects, the second one offending: every finding must carry the second project's key. */
function second(ruleId: string, spec: ProjectSpec, options = {}) {
  const wb = workbook({ projects: [project({ key: 'OK', row: 1 }), project({ key: 'BAD', row: 2, ...spec })] });
  return findings(wb, ruleId, options).map((f) => [f.projectKey, `${f.sheet}!${f.cell}`]);
}

describe('every sc2020 finding names its project (projectKey) and points at its row', () => {
  it.each([
    ['SC-GROUP-SIZE', { people: 21 }, 'D3'],
    ['SC-DURATION', { days: 13 }, 'E3'],
    ['SC-RESERVED-FIELD', { text: { theme: '宗教事务管理研修班' } }, 'A3'],
    ['SC-CADRE-LOCAL', { text: { unit: '成都市科学技术局' }, category: '党政类' }, 'B3'],
    ['SC-PARTNER', { category: '综合管理类', isPartner: { yes: false, no: true } }, 'X3'],
    ['SC-NO-BUDGET', { inBudget: false }, 'Y3'],
    ['SC-PROHIBITED', { text: { theme: '欧洲观光团' } }, 'A3'],
  ] as [string, ProjectSpec, string][])('%s', (ruleId, spec, cell) => {
    expect(second(ruleId, spec)).toEqual([['BAD', `需求表!${cell}`]]);
  });

  it('SC-LAST-SUMMARY', () => {
    expect(second('SC-LAST-SUMMARY', { text: { unit: '成都理工大学' } }, { outstandingUnits: ['成都理工大学'] })).toEqual([
      ['BAD', '需求表!B3'],
    ]);
  });
});

describe('SC-GROUP-SIZE', () => {
  it('says the figures', () => {
    const [f] = findings(workbook({ projects: [project({ people: 21 })] }), 'SC-GROUP-SIZE');
    expect(f.message).toMatch(/^每团申报人数21人，超过20人（/);
  });
  it('skips a 人数 it could not read', () => {
    expect(findings(workbook({ projects: [project({ people: { bad: '很多' } })] }), 'SC-GROUP-SIZE')).toEqual([]);
  });
});

describe('SC-DURATION', () => {
  const dur = (days: ProjectSpec['days'], options = {}) => findings(workbook({ projects: [project({ days })] }), 'SC-DURATION', options);

  it('says the range in its message', () => {
    expect(dur(13)[0].message).toMatch(/^培训天数13天，不在14天至360天之内（/);
  });
  it('follows minDays and maxDays', () => {
    expect(dur(13, { params: { 'sc2020.minDays': 13 } })).toEqual([]);
    expect(dur(12, { params: { 'sc2020.minDays': 13 } })).toHaveLength(1);
    expect(dur(361, { params: { 'sc2020.maxDays': 361 } })).toEqual([]);
    expect(dur(362, { params: { 'sc2020.maxDays': 361 } })).toHaveLength(1);
  });
  it('leaves 0, negative and unreadable 天数 to C-NUMBER', () => {
    expect(dur(0)).toEqual([]);
    expect(dur(-5)).toEqual([]);
    expect(dur({ bad: '两周' })).toEqual([]);
  });
});

describe('SC-RESERVED-FIELD', () => {
  it('reports a project once, at the theme, when both theme and unit name a reserved field', () => {
    const fs = findings(
      workbook({ projects: [project({ text: { theme: '司法改革专题培训班', unit: '成都市公安局' } })] }),
      'SC-RESERVED-FIELD',
    );
    expect(fs.map((f) => f.cell)).toEqual(['A2']);
    expect(fs[0].message).toMatch(/^培训班主题“司法改革专题培训班”属“司法”领域/);
  });
  it('quotes the text trimmed', () => {
    const [f] = findings(workbook({ projects: [project({ text: { theme: ' 宗教事务管理研修班 ' } })] }), 'SC-RESERVED-FIELD');
    expect(f.message).toMatch(/^培训班主题“宗教事务管理研修班”属/);
  });
  it('names the unit when only the unit is in such a field', () => {
    const [f] = findings(workbook({ projects: [project({ text: { unit: '成都市公安局' } })] }), 'SC-RESERVED-FIELD');
    expect(f.message).toMatch(/^组团单位“成都市公安局”属“公安”领域/);
  });
  it('follows its word list', () => {
    const wb = workbook({ projects: [project({ text: { theme: '宗教事务管理研修班' } })] });
    expect(findings(wb, 'SC-RESERVED-FIELD', { params: { 'sc2020.reservedWords': '立法、司法' } })).toEqual([]);
  });
});

describe('SC-CADRE-LOCAL: the level read from the unit name', () => {
  it.each([
    ['成都市科学技术局', true],
    ['四川省成都市武侯区教育局', true],
    ['三台县人民政府', true],
    ['凉山彝族自治州人民政府', true],
    ['甘孜州委宣传部', true],
    ['阿坝州教育局', true],
    ['  成都市 科学技术局', true],
    ['凉山州市场监督管理局', true],
    ['浙江省温州市统计局', true],
    ['四川省科学技术厅', false],
    ['贵州省统计局', false],
    [' 北京市科学技术委员会', false],
    ['四川省市场监督管理局', false],
    ['广西壮族自治区科学技术厅', false],
    ['北京市科学技术委员会', false],
    ['上海市教育委员会', false],
    ['天津市商务局', false],
    ['省委组织部', false],
    ['四川大学', false],
    ['西南交通大学犀浦校区', false],
    ['成都高新技术产业园区管委会', false],
    ['四川省城市规划设计研究院', false],
    ['四川省超市行业协会', false],
    ['四川省驻北京市办事处', false],
    ['成都市人民政府驻北京办事处', true],
  ])('%s → %s', (name, local) => expect(isLocalUnit(name)).toBe(local));

  it('a 党政 or 综合管理 category is a cadre project; others and none are not', () => {
    expect(isCadreProject('党政类')).toBe(true);
    expect(isCadreProject('党政干部综合管理类')).toBe(true);
    expect(isCadreProject('综合管理类')).toBe(true);
    expect(isCadreProject('专业技术类')).toBe(false);
    expect(isCadreProject('')).toBe(false);
    expect(isCadreProject(undefined)).toBe(false);
  });

  it('skips a project without a unit or with a blank one', () => {
    expect(findings(workbook({ projects: [project({ text: { unit: '   ' }, category: '党政类' })] }), 'SC-CADRE-LOCAL')).toEqual([]);
    expect(findings(workbook({ projects: [project({ text: { unit: null }, category: '党政类' })] }), 'SC-CADRE-LOCAL')).toEqual([]);
  });

  it('names the unit (trimmed) and the category', () => {
    const [f] = findings(
      workbook({ projects: [project({ text: { unit: ' 成都市科学技术局 ' }, category: '综合管理类' })] }),
      'SC-CADRE-LOCAL',
    );
    expect(f.message).toMatch(/^项目类别为“综合管理类”，组团单位“成都市科学技术局”为地市级及以下单位/);
  });
});

describe('SC-PARTNER', () => {
  const partner = (isPartner: ProjectSpec['isPartner'], category = '综合管理类') =>
    findings(workbook({ projects: [project({ category, isPartner })] }), 'SC-PARTNER');
  it('leaves an unanswered or doubly ticked box to C-CHECKBOX', () => {
    expect(partner({ yes: false, no: false })).toEqual([]);
    expect(partner({ yes: true, no: true })).toEqual([]);
  });
  it('is quiet without the 合作机构 box, and for a project without a category', () => {
    expect(findings(workbook({ projects: [project({ category: '综合管理类' })] }), 'SC-PARTNER')).toEqual([]);
    expect(findings(workbook({ projects: [project({ isPartner: { yes: false, no: true } })] }), 'SC-PARTNER')).toEqual([]);
  });
  it('names the category', () => {
    expect(partner({ yes: false, no: true }, '一般性专业')[0].message).toMatch(/^项目类别为“一般性专业”，境外培训机构不是/);
  });
});

describe('rules on a figure skip a project without that field', () => {
  it('SC-GROUP-SIZE without 人数, SC-DURATION without 天数', () => {
    expect(findings(workbook({ projects: [project({ people: null })] }), 'SC-GROUP-SIZE')).toEqual([]);
    expect(findings(workbook({ projects: [project({ days: null })] }), 'SC-DURATION')).toEqual([]);
  });
});

describe('SC-NO-BUDGET', () => {
  it('says what 四(一) says', () => {
    const [f] = findings(workbook({ projects: [project({ inBudget: false })] }), 'SC-NO-BUDGET');
    expect(f.message).toMatch(/^未纳入因公出国（境）经费预算的单位不得申报因公出国（境）培训项目（/);
  });
  it('is quiet when the answer is blank or unreadable (C-REQUIRED / C-CHECKBOX say so)', () => {
    expect(findings(workbook({ projects: [project({ inBudget: '' })] }), 'SC-NO-BUDGET')).toEqual([]);
    expect(findings(workbook({ projects: [project({ inBudget: { bad: '待定' } })] }), 'SC-NO-BUDGET')).toEqual([]);
  });
});

describe('SC-PROHIBITED', () => {
  const run = (text: ProjectSpec['text'], options = {}) => findings(workbook({ projects: [project({ text })] }), 'SC-PROHIBITED', options);
  it('says which word made the theme suspect, quoting the theme trimmed', () => {
    expect(run({ theme: ' 欧洲五国观光交流团 ' })[0].message).toMatch(/^培训班主题“欧洲五国观光交流团”含“观光”而无培训内容/);
  });
  it('a theme with training substance passes, whatever the word list of substance says', () => {
    expect(run({ theme: '参观考察技术交流团' })).toEqual([]);
    expect(run({ theme: '参观考察技术交流团' }, { params: { 'sc2020.substanceWords': '培训' } })).toHaveLength(1);
  });
  it('finds the cross-region sign in the theme as well as in 培训对象, and names organiser and sign', () => {
    const [f] = findings(
      workbook({
        projects: [project({ key: 'K', text: { unit: ' 四川省科技工作者协会 ', theme: '跨部门科技管理专题培训班', targets: null } })],
      }),
      'SC-PROHIBITED',
    );
    expect(f).toMatchObject({ cell: 'B2', projectKey: 'K' });
    expect(f.message).toMatch(/^组团单位“四川省科技工作者协会”为协会类单位，组织“跨部门”团组/);
  });
  it('an ordinary unit organising a cross-region group is no sign', () => {
    expect(run({ unit: '四川省科学技术厅', targets: '全省跨部门科技管理人员' })).toEqual([]);
  });
  it('a project without a theme is still judged by its organiser', () => {
    expect(run({ theme: null, unit: '四川省科技工作者协会', targets: '全省科技管理人员' }).map((f) => f.cell)).toEqual(['B2']);
  });
  it('both signs in one project give two findings, at theme and unit', () => {
    expect(run({ theme: '全省观光团', unit: '四川省旅游协会' }).map((f) => f.cell)).toEqual(['A2', 'B2']);
  });
});

describe('SC-LAST-SUMMARY', () => {
  const wb = () => workbook({ projects: [project({ text: { unit: ' 成都理工大学 ' } })] });
  it('matches names without spaces and says the unit, trimmed', () => {
    const [f] = findings(wb(), 'SC-LAST-SUMMARY', { outstandingUnits: ['成都理工大学'] });
    expect(f.message).toMatch(/^组团单位“成都理工大学”上一年度项目总结尚未报送/);
  });
  it('blank names on the list match nothing, not a blank unit', () => {
    const blank = workbook({ projects: [project({ text: { unit: '' } })] });
    expect(findings(blank, 'SC-LAST-SUMMARY', { outstandingUnits: ['', ' '] })).toEqual([]);
  });
  it('a project without a unit is skipped', () => {
    expect(
      findings(workbook({ projects: [project({ text: { unit: null } })] }), 'SC-LAST-SUMMARY', { outstandingUnits: ['成都理工大学'] }),
    ).toEqual([]);
  });
});

describe('every sc2020 finding carries its figures (data), texts trimmed', () => {
  const one = (ruleId: string, spec: ProjectSpec, options = {}) =>
    findings(workbook({ projects: [project(spec)] }), ruleId, options).map((f) => f.data);
  it.each([
    ['SC-DURATION', { days: 13 }, { days: 13, minDays: 14, maxDays: 360 }],
    ['SC-NO-BUDGET', { inBudget: false }, { inBudget: false }],
    ['SC-PARTNER', { category: '综合管理类', isPartner: { yes: false, no: true } }, { category: '综合管理类' }],
    ['SC-CADRE-LOCAL', { text: { unit: ' 成都市科学技术局 ' }, category: '党政类' }, { unit: '成都市科学技术局', category: '党政类' }],
    ['SC-ORGDEPT-LOCAL', { text: { unit: ' 中共成都市委组织部 ' } }, { unit: '中共成都市委组织部' }],
    ['SC-RESERVED-FIELD', { text: { theme: ' 宗教事务管理研修班 ' } }, { field: 'theme', text: '宗教事务管理研修班', word: '宗教' }],
    ['SC-RESERVED-FIELD', { text: { unit: ' 成都市公安局 ' } }, { field: 'unit', text: '成都市公安局', word: '公安' }],
    ['SC-PROHIBITED', { text: { theme: ' 欧洲观光团 ' } }, { kind: 'theme', theme: '欧洲观光团', word: '观光' }],
    [
      'SC-PROHIBITED',
      { text: { unit: ' 四川省科技工作者协会 ', targets: '全省科技人员' } },
      { kind: 'organiser', unit: '四川省科技工作者协会', word: '协会', cross: '全省' },
    ],
  ] as [string, ProjectSpec, Record<string, unknown>][])('%s %#', (ruleId, spec, data) => {
    expect(one(ruleId, spec)).toEqual([data]);
  });
  it('SC-LAST-SUMMARY', () => {
    expect(one('SC-LAST-SUMMARY', { text: { unit: ' 成都理工大学 ' } }, { outstandingUnits: ['成都理工大学'] })).toEqual([
      { unit: '成都理工大学' },
    ]);
  });
  it("SC-ORGDEPT-LOCAL: an autonomous region's Party committee is provincial, written 党委 or 委", () => {
    expect(one('SC-ORGDEPT-LOCAL', { text: { unit: '广西壮族自治区党委组织部' } })).toEqual([]);
    expect(one('SC-ORGDEPT-LOCAL', { text: { unit: '广西壮族自治区委组织部' } })).toEqual([]);
  });
});
