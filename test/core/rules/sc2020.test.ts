import { cells, findings, project, workbook } from './builders';

describe('SC-GROUP-SIZE (原则上每团总申报人数不超过20人)', () => {
  it('passes 20 people, warns 21 at the 人数 cell', () => {
    expect(findings(workbook({ projects: [project({ people: 20 })] }), 'SC-GROUP-SIZE')).toEqual([]);
    const fs = findings(workbook({ projects: [project({ people: 21 })] }), 'SC-GROUP-SIZE');
    expect(cells(fs)).toEqual(['需求表!D2']);
    expect(fs[0]).toMatchObject({ severity: 'warning', message: expect.stringContaining('21人'), data: { people: 21, maxGroupSize: 20 } });
  });
  it('follows maxGroupSize', () => {
    expect(findings(workbook({ projects: [project({ people: 21 })] }), 'SC-GROUP-SIZE', { params: { 'sc2020.maxGroupSize': 25 } })).toEqual([]);
  });
});

describe('SC-DURATION (培训时间为14天-360天以内; offline only)', () => {
  const dur = (days: number, mode?: 'online' | 'offline') => findings(workbook({ projects: [project({ days, mode })] }), 'SC-DURATION');
  it('passes 14 and 360 days', () => {
    expect(dur(14)).toEqual([]);
    expect(dur(360)).toEqual([]);
  });
  it('fails 13 and 361 days', () => {
    expect(cells(dur(13))).toEqual(['需求表!E2']);
    expect(dur(361)).toHaveLength(1);
  });
  it('skips online projects', () => {
    expect(dur(5, 'online')).toEqual([]);
    expect(dur(5, 'offline')).toHaveLength(1);
  });
});

describe('SC-RESERVED-FIELD (立法、司法、公安、民族、宗教)', () => {
  it('warns on a reserved field in the theme', () => {
    const fs = findings(workbook({ projects: [project({ text: { theme: '公安信息化建设专题培训班' } })] }), 'SC-RESERVED-FIELD');
    expect(cells(fs)).toEqual(['需求表!A2']);
    expect(fs[0].severity).toBe('warning');
  });
  it('warns on a reserved field in the unit, once', () => {
    expect(cells(findings(workbook({ projects: [project({ text: { unit: '成都市司法局' } })] }), 'SC-RESERVED-FIELD'))).toEqual(['需求表!B2']);
  });
  it('passes other fields', () => expect(findings(workbook({ projects: [project()] }), 'SC-RESERVED-FIELD')).toEqual([]));
});

describe('SC-CADRE-LOCAL (地市级及以下不组织党政干部综合管理类培训)', () => {
  const cadre = (unit: string, category = '党政类') => findings(workbook({ projects: [project({ text: { unit }, category })] }), 'SC-CADRE-LOCAL');
  it('warns for a city, county or district body', () => {
    expect(cells(cadre('成都市科学技术局'))).toEqual(['需求表!B2']);
    expect(cadre('四川省成都市武侯区教育局')).toHaveLength(1);
    expect(cadre('三台县人民政府')).toHaveLength(1);
    expect(cadre('晋城市科技局')).toHaveLength(1);
    expect(cadre('成都市城市管理委员会')).toHaveLength(1);
  });
  it('passes provincial bodies (省, and municipalities under the centre)', () => {
    expect(cadre('四川省科学技术厅')).toEqual([]);
    expect(cadre('四川省市场监督管理局')).toEqual([]);
    expect(cadre('省委组织部')).toEqual([]);
    expect(cadre('重庆市科学技术委员会')).toEqual([]);
  });
  it('passes other categories', () => expect(cadre('成都市科学技术局', '专业技术类')).toEqual([]));
  it('counts 州 and 自治州 bodies as prefecture level (002: 市（州）)', () => {
    expect(cadre('凉山彝族自治州教育和体育局')).toHaveLength(1);
    expect(cadre('甘孜州人民政府')).toHaveLength(1);
    expect(cadre('四川省阿坝藏族羌族自治州科学技术局')).toHaveLength(1);
  });
  it('does not read 区域, 市政 or 县域 as a place', () => {
    expect(cadre('四川省地质矿产勘查开发局区域地质调查队')).toEqual([]);
    expect(cadre('四川省市政工程设计研究院')).toEqual([]);
    expect(cadre('成都市政府办公厅')).toHaveLength(1);
    expect(cadre('四川省县域经济研究中心')).toEqual([]);
  });
  it('does not count a 校区 or 园区 as a district', () => {
    expect(cadre('四川大学江安校区')).toEqual([]);
    expect(cadre('四川省天府软件园区管理办公室')).toEqual([]);
  });
  it('leaves a local Party organisation department to SC-ORGDEPT-LOCAL', () => {
    expect(cadre('中共绵阳市委组织部', '综合管理类')).toEqual([]);
    expect(cadre('凉山州委组织部')).toEqual([]);
    // another local Party body is still this rule
    expect(cadre('中共绵阳市委宣传部')).toHaveLength(1);
  });
  it('carries the unit and category as data', () => {
    expect(cadre('成都市科学技术局')[0].data).toEqual({ unit: '成都市科学技术局', category: '党政类' });
  });
});

describe('SC-ORGDEPT-LOCAL (地市级和县级党委组织部不直接组织境外培训)', () => {
  const org = (unit: string, category = '专业技术类') => findings(workbook({ projects: [project({ text: { unit }, category })] }), 'SC-ORGDEPT-LOCAL');
  it('fails a 市委组织部, with or without 中共, whatever the category, at the unit cell', () => {
    const fs = org('中共成都市委组织部');
    expect(cells(fs)).toEqual(['需求表!B2']);
    expect(fs[0].severity).toBe('error');
    expect(fs[0].message).toContain('地市级或县级党委组织部');
    expect(org('绵阳市委组织部', '党政类')).toHaveLength(1);
    expect(org('四川省成都市委组织部')).toHaveLength(1);
  });
  it('fails a 自治州, 州, 县 and 区 organisation department', () => {
    expect(org('中共凉山彝族自治州委组织部')).toHaveLength(1);
    expect(org('甘孜州委组织部')).toHaveLength(1);
    expect(org('中共三台县委组织部')).toHaveLength(1);
    expect(org('成都市武侯区委组织部')).toHaveLength(1);
    expect(org('中共阿坝州委员会组织部')).toHaveLength(1);
  });
  it('passes 省委组织部, a municipality under the centre, an autonomous region, and other departments', () => {
    expect(org('中共四川省委组织部')).toEqual([]);
    expect(org('省委组织部')).toEqual([]);
    expect(org('中共重庆市委组织部')).toEqual([]);
    expect(org('广西壮族自治区党委组织部')).toEqual([]);
    expect(org('成都市委宣传部')).toEqual([]);
    expect(org('四川大学党委组织部')).toEqual([]);
  });
  it('a 重庆 district is county level', () => expect(org('中共重庆市渝中区委组织部')).toHaveLength(1));
  it('a bare 市委组织部 is local; a bare 自治区党委组织部 is not', () => {
    expect(org('市委组织部')).toHaveLength(1);
    expect(org('自治区党委组织部')).toEqual([]);
  });
});

describe('SC-PARTNER (综合管理类和一般性专业项目应选择合作机构)', () => {
  const partner = (category: string, yes: boolean) => findings(workbook({ projects: [project({ category, isPartner: { yes, no: !yes, text: yes ? '是' : '否' } })] }), 'SC-PARTNER');
  it('warns when a 综合管理类 or 一般性专业 project names a non-partner', () => {
    expect(cells(partner('综合管理类', false))).toEqual(['需求表!X2']);
    expect(partner('一般性专业', false)).toHaveLength(1);
  });
  it('passes a partner, and other categories', () => {
    expect(partner('综合管理类', true)).toEqual([]);
    expect(partner('专业技术类', false)).toEqual([]);
  });
});

describe('SC-NO-BUDGET (无因公出国（境）经费预算的单位不得申报)', () => {
  it('fails 否, passes 是', () => {
    expect(cells(findings(workbook({ projects: [project({ inBudget: false })] }), 'SC-NO-BUDGET'))).toEqual(['需求表!Y2']);
    expect(findings(workbook({ projects: [project({ inBudget: true })] }), 'SC-NO-BUDGET')).toEqual([]);
  });
});

describe('SC-PROHIBITED (禁止组织项目)', () => {
  const run = (text: Record<string, string>) => findings(workbook({ projects: [project({ text })] }), 'SC-PROHIBITED');
  it('warns on a sightseeing-only theme', () => {
    expect(cells(run({ theme: '欧洲五国观光交流团' }))).toEqual(['需求表!A2']);
    expect(run({ theme: '旅游管理专题培训班' })).toEqual([]);
  });
  it('warns when an association organises a cross-region group', () => {
    expect(cells(run({ unit: '四川省科技工作者协会', targets: '全省跨部门科技管理人员' }))).toEqual(['需求表!B2']);
    expect(run({ unit: '四川省科技工作者协会', targets: '本会专业技术人员' })).toEqual([]);
  });
});

describe('SC-LAST-SUMMARY (上一年度总结未报送)', () => {
  it('warns when the unit is on the outstanding list (options or 审核设置)', () => {
    const wb = workbook({ projects: [project({ text: { unit: '成都理工大学' } })] });
    expect(cells(findings(wb, 'SC-LAST-SUMMARY', { outstandingUnits: ['成都 理工大学'] }))).toEqual(['需求表!B2']);
    expect(findings({ ...wb, settings: { 'sc2020.outstandingUnits': '西南交通大学、成都理工大学' } }, 'SC-LAST-SUMMARY')).toHaveLength(1);
  });
  it('passes a unit not on the list', () => {
    expect(findings(workbook({ projects: [project({ text: { unit: '四川大学' } })] }), 'SC-LAST-SUMMARY', { outstandingUnits: ['成都理工大学'] })).toEqual([]);
  });
});
