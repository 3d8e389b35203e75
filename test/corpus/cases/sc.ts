/**
 * Sichuan plans (sc2020, source 002): the two-row header of the provincial 汇总表.
 */
import { col, err, type Case, type Cell } from '../corpus';

const HEAD = [
  '序号',
  '组团单位',
  '培训班主题',
  '国家（地区）',
  '团组情况',
  null,
  '经费预算（万元）',
  '项目类别',
  '是否纳入因公出国（境）经费预算',
  '境外培训机构',
  '是否合作机构',
  '培训对象',
  '培训目的',
  '培训主要内容和必要性',
  '联系人',
  '电话',
];
/** Columns of the fields (project rows start at row 4). */
export const SC = {
  组团单位: 'B',
  培训班主题: 'C',
  人数: 'E',
  天数: 'F',
  预算: 'G',
  项目类别: 'H',
  纳入: 'I',
  合作: 'K',
  培训形式: 'Q',
} as const;

export interface ScRow {
  unit: string;
  theme: string;
  country?: string;
  people?: Cell;
  days?: Cell;
  budget?: Cell;
  cls?: string;
  inBudget?: string;
  inst?: string;
  partner?: string;
  mode?: string | null;
}

/** A Sichuan plan sheet; `mode` adds a 培训形式 column (Q). */
export function scPlan(list: ScRow[], opts: { withMode?: boolean; name?: string } = {}) {
  const head = [...HEAD, ...(opts.withMode ? ['培训形式'] : [])];
  const rows: Cell[][] = [['四川省2020年度因公出国（境）培训项目计划汇总表'], head, [null, null, null, null, '人数', '天数']];
  list.forEach((p, i) => {
    rows.push([
      i + 1,
      p.unit,
      p.theme,
      p.country ?? '新加坡',
      p.people ?? 18,
      p.days ?? 21,
      p.budget ?? 60,
      p.cls ?? '专业技术类',
      p.inBudget ?? '是',
      p.inst ?? '新加坡南洋理工大学',
      p.partner ?? '是',
      '相关业务骨干',
      '学习先进经验，提升业务能力',
      '专题培训与对口考察相结合',
      '李明',
      '028-86120000',
      ...(opts.withMode ? [p.mode ?? null] : []),
    ]);
  });
  const sum = (k: 'people' | 'budget', dflt: number) =>
    list.reduce((a, p) => a + (typeof p[k] === 'number' ? (p[k] as number) : typeof p[k] === 'undefined' ? dflt : 0), 0);
  rows.push(['合计', null, null, null, sum('people', 18), null, sum('budget', 60)]);
  const last = col(head.length - 1);
  const merges = [
    `A1:${last}1`,
    'E2:F2',
    ...['A', 'B', 'C', 'D', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', ...(opts.withMode ? ['Q'] : [])].map((c) => `${c}2:${c}3`),
  ];
  return {
    sheet: { name: opts.name ?? '2020年度计划', rows, merges },
    at: (c: keyof typeof SC, i: number) => `${opts.name ?? '2020年度计划'}!${SC[c]}${i + 4}`,
  };
}

export const scCases: Case[] = [];

{
  const p = scPlan([
    {
      unit: '四川省农业科学院',
      theme: '现代种业创新与育种技术培训班',
      country: '以色列',
      people: 20,
      days: 14,
      inst: '以色列国际合作署培训中心',
    },
    {
      unit: '四川省林业和草原局',
      theme: '森林防火与生态修复培训班',
      country: '澳大利亚',
      people: 21,
      days: 13,
      partner: '否',
      inst: '澳大利亚国立大学',
    },
    {
      unit: '四川大学',
      theme: '高校管理人员综合能力培训班',
      country: '美国',
      people: 15,
      days: 360,
      cls: '综合管理类',
      inst: '美国加州大学',
    },
    { unit: '西南交通大学', theme: '轨道交通工程技术研修班', country: '日本', people: 10, days: 361, inBudget: '否', inst: '日本东京大学' },
    { unit: '四川省商务厅', theme: '对外贸易综合管理培训班', people: 18, days: 21, cls: '综合管理类', partner: '否' },
    {
      unit: '四川省中医药管理局',
      theme: '中医药国际化专业人才培训班',
      country: '德国',
      people: 12,
      days: 21,
      cls: '一般性专业',
      inst: '德国慕尼黑大学',
    },
  ]);
  scCases.push({
    id: 'sc01-limits',
    about: 'SC-GROUP-SIZE 20/21, SC-DURATION 14/13 and 360/361, SC-NO-BUDGET, SC-PARTNER for 综合管理类 (not 专业技术类)',
    packs: ['sc2020'],
    asOf: '2020-03-01',
    sheets: [p.sheet],
    expect: [
      `SC-GROUP-SIZE@${p.at('人数', 1)}`,
      `SC-DURATION@${p.at('天数', 1)}`,
      `SC-DURATION@${p.at('天数', 3)}`,
      `SC-NO-BUDGET@${p.at('纳入', 3)}`,
      `SC-PARTNER@${p.at('合作', 4)}`,
    ],
  });
}

{
  const p = scPlan([
    { unit: '成都市公安局', theme: '信息化建设与数据治理培训班' },
    { unit: '四川省科学技术厅', theme: '民族地区科技创新培训班', country: '以色列', inst: '以色列理工学院' },
    {
      unit: '中共绵阳市委组织部',
      theme: '党政干部综合管理能力提升培训班',
      country: '英国',
      people: 20,
      cls: '党政类',
      inst: '英国伦敦大学学院',
    },
    { unit: '中共阿坝州委组织部', theme: '人才工作专题研修班', people: 15 },
    { unit: '凉山彝族自治州人民政府办公室', theme: '政府治理能力提升培训班', people: 20, cls: '党政类' },
    { unit: '成都市武侯区商务局', theme: '基层政务服务创新培训班', people: 20, cls: '党政类' },
    { unit: '四川大学华西校区', theme: '高校党建工作创新培训班', people: 20, cls: '党政类' },
    { unit: '中共四川省委组织部', theme: '年轻干部综合能力培训班', people: 20, cls: '党政类' },
  ]);
  scCases.push({
    id: 'sc02-local-units',
    about:
      'SC-RESERVED-FIELD (unit, theme); SC-ORGDEPT-LOCAL for a 市委 and a 州委组织部 whatever the class, never with SC-CADRE-LOCAL; SC-CADRE-LOCAL for a 自治州 and a 区 body; not a 校区 or the 省委组织部',
    packs: ['sc2020'],
    asOf: '2020-03-01',
    sheets: [p.sheet],
    expect: [
      `SC-RESERVED-FIELD@${p.at('组团单位', 0)}`,
      `SC-RESERVED-FIELD@${p.at('培训班主题', 1)}`,
      `SC-ORGDEPT-LOCAL@${p.at('组团单位', 2)}`,
      `SC-ORGDEPT-LOCAL@${p.at('组团单位', 3)}`,
      `SC-CADRE-LOCAL@${p.at('组团单位', 4)}`,
      `SC-CADRE-LOCAL@${p.at('组团单位', 5)}`,
    ],
  });
}

{
  const p = scPlan([
    {
      unit: '四川省文化和旅游厅',
      theme: '欧洲文化旅游观光团',
      country: '法国',
      people: 15,
      days: 14,
      cls: '一般性专业',
      inst: '法国里昂商学院',
    },
    { unit: '四川省机械工程学会', theme: '跨地区智能制造技术研修班', country: '德国', people: 20, inst: '德国亚琛工业大学' },
    { unit: '绵阳市科学技术局', theme: '科技成果转化专题培训班', country: '以色列', people: 16, inst: '以色列理工学院' },
  ]);
  const settings = {
    name: '审核设置',
    rows: [
      ['参数', '值'],
      ['sc2020.outstandingUnits', '绵阳市科学技术局'],
    ] as Cell[][],
  };
  scCases.push({
    id: 'sc03-prohibited-summary',
    about: 'SC-PROHIBITED for a sightseeing theme and a 学会 organising a 跨地区 group; SC-LAST-SUMMARY from the 审核设置 list',
    packs: ['sc2020'],
    asOf: '2020-03-01',
    sheets: [p.sheet, settings],
    expect: [`SC-PROHIBITED@${p.at('培训班主题', 0)}`, `SC-PROHIBITED@${p.at('组团单位', 1)}`, `SC-LAST-SUMMARY@${p.at('组团单位', 2)}`],
  });
}

{
  const p = scPlan([
    { unit: '四川省农业科学院', theme: '现代种业创新与育种技术培训班', people: '２０人', days: err('#N/A'), country: '以色列' },
    { unit: '四川省林业和草原局', theme: '森林防火与生态修复培训班', people: 12, days: 21, budget: err('#VALUE!') },
  ]);
  scCases.push({
    id: 'sc04-errors-in-cells',
    about: '#N/A 天数 and #VALUE! 经费预算 are C-NUMBER and SC-DURATION skips the project; “２０人” is 20 (no SC-GROUP-SIZE)',
    packs: ['sc2020'],
    asOf: '2020-03-01',
    sheets: [p.sheet],
    expect: [`C-NUMBER@${p.at('天数', 0)}`, `C-NUMBER@${p.at('预算', 1)}`],
  });
}

{
  // an offline Sichuan plan under most2022-online as well: 001's limits never apply
  const p = scPlan([
    { unit: '四川省农业科学院', theme: '现代种业创新与育种技术培训班', people: 20, days: 21, country: '以色列' },
    {
      unit: '成都市第一人民医院',
      theme: '医院管理与临床质量培训班',
      people: 20,
      days: 30,
      country: '美国',
      inst: '美国约翰斯·霍普金斯大学',
    },
  ]);
  scCases.push({
    id: 'sc05-offline-with-most',
    about: 'a 21- and a 30-day plan with no 培训形式 under sc2020 + most2022-online: C-MODE-MISSING at the theme, no MO-DURATION',
    packs: ['sc2020', 'most2022-online'],
    asOf: '2020-03-01',
    sheets: [p.sheet],
    expect: [`C-MODE-MISSING@${p.at('培训班主题', 0)}`, `C-MODE-MISSING@${p.at('培训班主题', 1)}`],
  });
}
