/**
 * Further boundaries and traps: the implementation's own IDs (C-DATES-ORDER, C-UNREADABLE, CE-VALUE,
 * CAS-VALUE, CAS-ID-CONFLICT, labelled from docs/RULES-IMPLEMENTATION.md and docs/CE.md), 劳动节 2024,
 * a year outside the calendar, amounts in 元 at the subsidy, 自治县 and 开发区 units, 晚上 rows.
 */
import { ARRIVE, C, FORM, LEAVE, R, T, V, d, form001, listPlan, people, schedule, type Case, type Cell, type Day, type SheetSpec } from '../corpus';
import { goodForm } from './common';
import { scPlan } from './sc';
import { baseDays, zjRow } from './zj';

export const moreCases: Case[] = [];

const planSheet = (rows: Record<string, Cell>[], name = '需求表') => {
  const p = listPlan('2024年度出国（境）培训项目计划表', rows);
  return { sheet: { name, rows: p.rows, merges: p.merges }, cellOf: (l: string, i = 0) => `${name}!${p.cellOf(l, i)}` };
};

{
  const p = planSheet([
    zjRow({ 序号: 1, 培训班主题: '现代农业经营管理专题培训班', 出发日期: d('2024-05-20'), 回国日期: d('2024-05-06') }),
    zjRow({ 序号: 2, 培训班主题: '数字乡村建设专题研修班', 人数: 0, 天数: '10.5' }),
    zjRow({ 序号: 3, 培训班主题: '农产品质量安全专题培训班', 境外培训机构: null, 电话: '1390571000' }),
    zjRow({ 序号: 4, 培训班主题: '智慧农业装备专题培训班', 出发日期: d('2024-05-06'), 回国日期: d('2024-05-06'), 天数: 1, '经费预算（万元）': '约30万元' }),
  ]);
  moreCases.push({
    id: 'x01-list-values',
    about: 'C-DATES-ORDER (return before departure; same day passes), C-NUMBER for 0 people and 10.5 days, C-REQUIRED for a blank institution, C-PHONE for a 10-digit mobile, “约30万元” read as 30',
    packs: [],
    asOf: '2024-06-01',
    sheets: [p.sheet],
    expect: [
      `C-DATES-ORDER@${p.cellOf('回国日期', 0)}`,
      `C-NUMBER@${p.cellOf('人数', 1)}`,
      `C-NUMBER@${p.cellOf('天数', 1)}`,
      `C-REQUIRED@${p.cellOf('境外培训机构', 2)}`,
      `C-PHONE@${p.cellOf('电话', 2)}`,
    ],
    tallies: { 智慧农业装备专题培训班: { budgetWan: 30 } },
  });
}

{
  const p = planSheet([zjRow({ 填报日期: d('2023-11-20'), 总结报送日期: d('2024-06-12') })]);
  const s = schedule('《设施农业与精准灌溉技术专题培训班》日程安排表', '2024-05-06', baseDays(), { mergeDates: true });
  const settings: SheetSpec = { name: '审核设置', rows: [['参数', '值'], ['zj2017.maxCities', '三个'], ['calendar.2027.holidays', '十月一日']] };
  moreCases.push({
    id: 'x02-bad-settings',
    about: 'C-UNREADABLE at the value cell of a bad 审核设置 parameter and of a malformed calendar row; the review goes on with the defaults',
    packs: ['zj2017'],
    asOf: '2024-07-01',
    sheets: [p.sheet, { name: '日程表', rows: s.rows, merges: s.merges }, settings],
    expect: ['C-UNREADABLE@审核设置!B2', 'C-UNREADABLE@审核设置!B3'],
  });
}

{
  const rep = { 总结报送日期: d('2024-06-01') };
  const rows = [
    // 2024 劳动节: 5-1..5-5 off, Sunday 4-28 and Saturday 5-11 working. 4-25..4-30 = 4-25 4-26 4-28 4-29 4-30 = 5.
    zjRow({ 序号: 1, 培训班主题: '新型储能技术专题培训班', 天数: 10, 出发日期: d('2024-05-13'), 回国日期: d('2024-05-22'), ...rep, 公示开始日期: d('2024-04-25'), 公示结束日期: d('2024-04-30') }),
    // 4-29..5-7 = 4-29 4-30 5-6 5-7 = 4
    zjRow({ 序号: 2, 培训班主题: '氢能产业发展专题培训班', 天数: 10, 出发日期: d('2024-05-13'), 回国日期: d('2024-05-22'), ...rep, 公示开始日期: d('2024-04-29'), 公示结束日期: d('2024-05-07') }),
    // 2016 is before the calendar: Monday to Friday, 10-3..10-7 = 5 (the message says so); no finding
    zjRow({ 序号: 3, 培训班主题: '海洋装备制造专题培训班', 天数: 10, 出发日期: d('2016-10-17'), 回国日期: d('2016-10-26'), 总结报送日期: d('2016-11-10'), 公示开始日期: d('2016-10-03'), 公示结束日期: d('2016-10-07') }),
    // 2016, 10-10..10-13 = 4 Monday-to-Friday days: warning
    zjRow({ 序号: 4, 培训班主题: '港航物流管理专题培训班', 天数: 10, 出发日期: d('2016-10-17'), 回国日期: d('2016-10-26'), 总结报送日期: d('2016-11-10'), 公示开始日期: d('2016-10-10'), 公示结束日期: d('2016-10-13') }),
  ];
  const p = planSheet(rows);
  moreCases.push({
    id: 'x03-notice-labour-day-and-2016',
    about: 'ZJ-NOTICE over 劳动节 2024 (调休 Sunday 4-28 makes 5; the holiday makes 4) and in 2016, outside the calendar (Monday to Friday)',
    packs: ['zj2017'],
    asOf: '2024-06-01',
    sheets: [p.sheet],
    expect: [
      ...rows.map((_, i) => `C-SCHEDULE-MISSING@${p.cellOf('培训班主题', i)}`),
      `ZJ-NOTICE@${p.cellOf('公示结束日期', 1)}`,
      `ZJ-NOTICE@${p.cellOf('公示结束日期', 3)}`,
    ],
  });
}

const REG_HEAD = ['姓名', '身份证号', '单位', '年度', '科目类别', '形式', '学时'];
const reg = (rows: Cell[][]): SheetSpec => ({ name: '继续教育学时', rows: [REG_HEAD, ...rows] });
const CAS_UNIT = '中国科学院某研究所';

moreCases.push({
  id: 'x04-ce-value-both-packs',
  about: 'CE-VALUE at an unreadable 学时 (“若干”); with cas too, CAS-VALUE stays quiet (one finding per thing); CE-ID-CONFLICT, not CAS-ID-CONFLICT',
  packs: ['ce2007', 'cas'],
  asOf: '2025-03-01',
  sheets: [
    reg([
      ['周研', '110108198001011111', CAS_UNIT, 2024, '专业科目', '面授', 100],
      ['周研', '110108198001011111', CAS_UNIT, 2024, '专业科目', '面授', '若干'],
      ['吴研', '110108198102022222', CAS_UNIT, 2024, '专业科目', '面授', 100],
      ['吴岩', '110108198102022222', CAS_UNIT, 2024, '专业科目', '面授', 10],
    ]),
  ],
  expect: ['CE-VALUE@继续教育学时!G3', 'CE-ID-CONFLICT@继续教育学时!A5'],
});

moreCases.push({
  id: 'x05-cas-value-conflict',
  about: 'cas alone: CAS-VALUE at the unreadable cell, CAS-ID-CONFLICT at the second name; 99.5 hours is short of 100',
  packs: ['cas'],
  cePacks: 'cas',
  asOf: '2025-03-01',
  sheets: [
    reg([
      ['周研', '110108198001011111', CAS_UNIT, 2024, '专业科目', '面授', 100],
      ['周研', '110108198001011111', CAS_UNIT, 2024, '专业科目', '面授', '若干'],
      ['吴研', '110108198102022222', CAS_UNIT, 2024, '专业科目', '面授', 90],
      ['吴岩', '110108198102022222', CAS_UNIT, 2024, '专业科目', '面授', 10],
      ['郑研', '110108198203033333', CAS_UNIT, 2024, '专业科目', '面授', 99.5],
    ]),
  ],
  expect: ['CAS-VALUE@继续教育学时!G3', 'CAS-ID-CONFLICT@继续教育学时!A5', 'CAS-ANNUAL-HOURS@继续教育学时!A6'],
  // an unreadable row makes the person's total unknown: null in the JSON contract (docs/CE.md), never the readable part
  ce: { 周研: { year: 2024, total: null }, 郑研: { year: 2024, total: 99.5 } },
});

{
  const p = scPlan([
    { unit: '北川羌族自治县人民政府办公室', theme: '县域经济发展能力提升培训班', people: 20, cls: '党政类' },
    { unit: '成都高新技术产业开发区管理委员会', theme: '营商环境优化专题培训班', people: 20, cls: '党政类' },
    { unit: '四川省农业科学院', theme: '现代种业创新与育种技术培训班', people: 20, days: '14天', country: '以色列' },
    { unit: '四川省林业和草原局', theme: '森林防火与生态修复培训班', people: '21人', days: '13天', country: '澳大利亚' },
  ]);
  moreCases.push({
    id: 'x06-sc-county-and-text-numbers',
    about: 'SC-CADRE-LOCAL for a 自治县 body and a 开发区 管委会; “14天”/“20” pass, “21人”/“13天” are converted and fail',
    packs: ['sc2020'],
    asOf: '2020-03-01',
    sheets: [p.sheet],
    expect: [
      `SC-CADRE-LOCAL@${p.at('组团单位', 0)}`,
      `SC-CADRE-LOCAL@${p.at('组团单位', 1)}`,
      `SC-GROUP-SIZE@${p.at('人数', 3)}`,
      `SC-DURATION@${p.at('天数', 3)}`,
    ],
  });
}

{
  const rates: SheetSpec = { name: '汇率', rows: [['币种', '折合人民币', '日期'], ['EUR', 7, '2022-06-01']] };
  const a = form001(goodForm({ 人数: 150, 天数: 7, 经费预算: '485100元' }));
  const b = form001(goodForm({ 人数: 150, 天数: 7, 经费预算: '485101元', 培训班主题: '氢燃料电池关键材料线上专题培训班' }));
  moreCases.push({
    id: 'x07-fee-in-yuan',
    about: 'MO-FEE with the budget in 元: 485100元 is exactly the subsidy (passes), 485101元 is above it',
    packs: ['most2022-online'],
    asOf: '2022-07-01',
    sheets: [{ ...a, name: '需求表1' }, { ...b, name: '需求表2' }, rates],
    expect: [`MO-FEE@需求表2!${FORM.经费预算}`],
    tallies: { '新能源电池材料研发与产业化线上专题培训班': { feeCapWan: 48.51, budgetWan: 48.51 }, '氢燃料电池关键材料线上专题培训班': { budgetWan: 48.5101 } },
  });
}

{
  // two projects in one plan, one schedule sheet and one participant list naming the project
  const A = '设施农业与精准灌溉技术专题培训班';
  const B = '畜牧业绿色发展专题培训班';
  const p = planSheet([zjRow({ 序号: 1 }), zjRow({ 序号: 2, 培训班主题: B, 天数: 15, 出发日期: d('2024-05-06'), 回国日期: d('2024-05-20') })]);
  const sa = schedule(`《${A}》日程安排表`, '2024-05-06', baseDays(), { mergeDates: true });
  const sb = schedule(`《${B}》日程安排表`, '2024-05-06', baseDays(), { mergeDates: true });
  const list = people([
    ['李红', '浙江省农业科学院', '否', d('2024-04-28')],
    ['张伟', '浙江省农业科学院', '否', d('2024-04-28')],
  ], A);
  const listB = people([
    ['陈静', '浙江省农业科学院', '否', d('2024-05-08')],
    ['刘洋', '浙江省农业科学院', '否', d('2024-04-30')],
  ], B);
  moreCases.push({
    id: 'x08-two-projects',
    about: 'two projects with their own schedule and participant sheets: ZJ-PREDEPARTURE only for the late one of the second project',
    packs: ['zj2017'],
    asOf: '2024-06-01',
    sheets: [p.sheet, { name: '日程表1', rows: sa.rows, merges: sa.merges }, { name: '日程表2', rows: sb.rows, merges: sb.merges }, { ...list, name: '人员名单1' }, { ...listB, name: '人员名单2' }],
    expect: ['ZJ-PREDEPARTURE@人员名单2!G2'],
    tallies: { [A]: { totalDays: 15, studyDays: 10.5 }, [B]: { totalDays: 15, studyDays: 10.5 } },
  });
}

{
  const M = '米兰';
  const days: Day[] = [
    ARRIVE(M),
    T(M),
    { city: M, items: [['', '专题讲座：设计管理', '专题培训'], ['', '对口考察设计企业', '对口考察']] },
    { city: M, items: [...T(M).items, ['晚上', '欢迎晚宴', '其他']] },
    C(M), R(M), V(M), T(M), T(M), LEAVE(M),
  ];
  const theme = '工业设计与品牌建设专题培训班';
  const s = schedule(`《${theme}》日程安排表`, '2024-03-04', days, { mergeDates: true });
  const p = planSheet([zjRow({ 培训班主题: theme, '国家（地区）': '意大利', 天数: 10, 出发日期: d('2024-03-04'), 回国日期: d('2024-03-13'), 境外培训机构: '米兰理工大学' })]);
  moreCases.push({
    id: 'x09-shares-of-a-day',
    about: 'day shares: two rows without 时段 are ½ each, a 晚上 row is 0; study 7.5 and topic 4.5 of 10',
    packs: ['zj2017'],
    asOf: '2024-04-01',
    sheets: [p.sheet, { name: '日程表', rows: s.rows, merges: s.merges }],
    expect: [],
    tallies: { [theme]: { totalDays: 10, studyDays: 7.5, topicDays: 4.5, studyShare: 0.75, topicShare: 0.45 } },
  });
}
