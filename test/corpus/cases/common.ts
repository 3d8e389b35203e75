/**
 * Common checks (C-*) on the 001 附件2 form and on list plans with schedules.
 */
import {
  ARRIVE,
  C,
  FORM,
  LEAVE,
  T,
  V,
  d,
  err,
  form001,
  listPlan,
  schedule,
  weekday,
  type Case,
  type Cell,
  type Day,
  type FormFields,
} from '../corpus';
import { baseDays, zjRow } from './zj';

export function goodForm(o: FormFields = {}): FormFields {
  return {
    培训班主题: '新能源电池材料研发与产业化线上专题培训班',
    组团单位: '浙江某新材料股份有限公司',
    联系人: '周华',
    电话: '0571-88886666、13905710000',
    国家: '德国',
    人数: 60,
    天数: 5,
    经费预算: 10,
    资助: '有☑（资助方：德国学术交流中心）否☐',
    培训对象: '企业研发骨干',
    境外培训机构: '机构名称：德国弗劳恩霍夫应用研究促进协会（是否境外培训合作机构是☑ 否☐）',
    培训目的: '掌握新能源电池材料前沿技术',
    内容: '围绕正极材料、固态电解质开展线上专题培训',
    ...o,
  };
}

const cell = (k: keyof typeof FORM) => `需求表!${FORM[k]}`;

export const commonCases: Case[] = [];

commonCases.push({
  id: 'c01-form-clean',
  about: '001 附件2 form, every field, sponsor named, two phone numbers, 年 月 日 line not a 填报日期',
  packs: [],
  asOf: '2022-07-01',
  sheets: [form001(goodForm())],
  expect: [],
  tallies: { 新能源电池材料研发与产业化线上专题培训班: { budgetWan: 10 } },
});

commonCases.push({
  id: 'c02-form-required-phone',
  about: 'C-REQUIRED for a blank 培训目的 and 联系人; C-PHONE for “8888”',
  packs: [],
  asOf: '2022-07-01',
  sheets: [form001(goodForm({ 培训目的: undefined, 联系人: undefined, 电话: '8888' }))],
  expect: [`C-REQUIRED@${cell('培训目的')}`, `C-REQUIRED@${cell('联系人')}`, `C-PHONE@${cell('电话')}`],
});

commonCases.push({
  id: 'c03-form-numbers',
  about: 'C-NUMBER for 人数 “待定” and an #N/A 天数; “15000元” is 1.5 万元 (info only)',
  packs: [],
  asOf: '2022-07-01',
  sheets: [form001(goodForm({ 人数: '待定', 天数: err('#N/A'), 经费预算: '15000元' }))],
  expect: [`C-NUMBER@${cell('人数')}`, `C-NUMBER@${cell('天数')}`],
  tallies: { 新能源电池材料研发与产业化线上专题培训班: { budgetWan: 1.5 } },
});

commonCases.push({
  id: 'c04-form-both-ticked',
  about: 'both 有 and 否 ticked is C-CHECKBOX only (not C-SPONSOR though 资助方 is underscores); neither 是 nor 否 for the partner box',
  packs: [],
  asOf: '2022-07-01',
  sheets: [
    form001(
      goodForm({
        资助: '有☑（资助方____）否☑',
        境外培训机构: '机构名称：英国伦敦大学学院（是否境外培训合作机构 是☐ 否☐）',
      }),
    ),
  ],
  expect: [`C-CHECKBOX@${cell('资助')}`, `C-CHECKBOX@${cell('境外培训机构')}`],
});

commonCases.push({
  id: 'c05-form-sponsor-underscores',
  about: 'C-SPONSOR: 有 ticked and 资助方 only underscores',
  packs: [],
  asOf: '2022-07-01',
  sheets: [form001(goodForm({ 资助: '有☑（资助方：________）否☐' }))],
  expect: [`C-SPONSOR@${cell('资助')}`],
});

// list plan + schedule (common only)
function plan(rows: Record<string, Cell>[]) {
  const p = listPlan('2024年度出国（境）培训项目计划表', rows);
  return { sheet: { name: '需求表', rows: p.rows, merges: p.merges }, cellOf: p.cellOf };
}
const THEME = '设施农业与精准灌溉技术专题培训班';

{
  const p = plan([zjRow({ 天数: 12 })]);
  const s = schedule(`《${THEME}》日程安排表`, '2024-05-06', baseDays().slice(0, 14), { mergeDates: true });
  commonCases.push({
    id: 'c06-schedule-days',
    about: 'C-SCHEDULE-DAYS: 天数 12 declared, the schedule covers 14 days',
    packs: [],
    asOf: '2024-06-01',
    sheets: [p.sheet, { name: '日程表', rows: s.rows, merges: s.merges }],
    expect: [`C-SCHEDULE-DAYS@需求表!${p.cellOf('天数')}`],
    tallies: { [THEME]: { totalDays: 14 } },
  });
}

{
  // no 类型 column, unmerged: a 下午 row with a blank date belongs to the day above
  const rows: Cell[][] = [
    [`《${THEME}》日程安排`],
    ['日期', '星期', '时段', '城市', '内容'],
    [d('2024-05-06'), '星期一', '上午', '瓦赫宁根', '乘机抵达阿姆斯特丹，转车前往瓦赫宁根'],
    [null, null, '下午', '瓦赫宁根', '入住，行前说明'],
    [d('2024-05-07'), '星期二', '全天', '瓦赫宁根', '专题讲座：温室环境控制'],
    [d('2024-05-09'), '星期四', '全天', '瓦赫宁根', '专题讲座：水肥一体化'], // skips 05-08
    [d('2024-05-10'), '星期六', '全天', '瓦赫宁根', '课程：精准灌溉决策系统'], // 05-10 is a Friday
    [d('2024-05-11'), '星期六', '全天', '瓦赫宁根', '参观当地示范农场'],
    [d('2024-05-12'), '星期日', '全天', '瓦赫宁根', '整理学习笔记'],
    [d('2024-05-11'), '星期六', '全天', '瓦赫宁根', '考察温室企业'], // goes back
    [d('2024-05-13'), '星期一', '上午', '瓦赫宁根', '结业座谈'],
    [null, null, '下午', '瓦赫宁根', '乘机回国'],
  ];
  const p = plan([zjRow({ 天数: 8, 回国日期: d('2024-05-13') })]);
  commonCases.push({
    id: 'c07-schedule-dates',
    about: 'C-SCHEDULE-DATES once each for a skipped day, a wrong 星期 and a date going back; blank 下午 dates are the same day',
    packs: [],
    asOf: '2024-06-01',
    sheets: [p.sheet, { name: '日程表', rows }],
    expect: ['C-SCHEDULE-DATES@日程表!A6', 'C-SCHEDULE-DATES@日程表!B7', 'C-SCHEDULE-DATES@日程表!A10'],
    tallies: { [THEME]: { totalDays: 8 } },
  });
}

{
  // dates typed without a year, the weekday in the date text; the year comes from 出发日期
  const fmt = (iso: string, i: number): Cell => {
    const [, m, dd] = iso.split('-').map(Number);
    return i < 3 ? `${m}月${dd}日（周${weekday(iso).slice(2)}）` : `${m}/${dd}`;
  };
  const W = '瓦赫宁根';
  const days: Day[] = [ARRIVE(W), T(W), V(W), C(W), T(W), T(W), LEAVE(W)];
  const s = schedule(`《${THEME}》日程安排表`, '2024-06-14', days, { mergeDates: true, noWeekday: true, dates: fmt });
  const p = plan([zjRow({ 天数: 7, 出发日期: d('2024-06-14'), 回国日期: d('2024-06-20'), 预计办班时间: '2024年6月' })]);
  commonCases.push({
    id: 'c08-yearless-dates',
    about: 'dates “6月14日（周五）” and “6/17” take the year from 出发日期; no C-SCHEDULE-DATES, 7 days',
    packs: [],
    asOf: '2024-07-01',
    sheets: [p.sheet, { name: '日程表', rows: s.rows, merges: s.merges }],
    expect: [],
    tallies: { [THEME]: { totalDays: 7, studyDays: 5.5, topicDays: 3 } },
  });
}

{
  const G = '慕尼黑';
  const days: Day[] = [
    ARRIVE(G),
    T(G),
    { city: '萨尔茨堡（奥地利）', items: [['全天', '对口考察萨尔茨堡应用技术大学', '对口考察']] },
    T(G),
    { city: '萨尔茨堡（奥地利）', items: [['全天', '专题讲座：旅游规划', '专题培训']] },
    C(G),
    LEAVE(G),
  ];
  const theme = '智能制造专题研修班';
  const s = schedule(`《${theme}》日程安排表`, '2024-06-03', days, { mergeDates: true });
  const p = plan([zjRow({ 培训班主题: theme, '国家（地区）': '德国', 天数: 7, 出发日期: d('2024-06-03'), 回国日期: d('2024-06-09') })]);
  commonCases.push({
    id: 'c09-schedule-place-city',
    about: 'C-SCHEDULE-PLACE once for an undeclared country named in the city cell on two days',
    packs: [],
    asOf: '2024-06-01',
    sheets: [p.sheet, { name: '日程表', rows: s.rows, merges: s.merges }],
    expect: [`C-SCHEDULE-PLACE@日程表!D${s.rowOf(2)}`],
  });
}

{
  const days: Day[] = [
    { ...ARRIVE('柏林'), country: '德国' },
    { ...T('柏林'), country: '德国' },
    { ...V('苏黎世'), country: '瑞士' },
    { ...T('苏黎世'), country: '瑞士' },
    { ...C('柏林'), country: '德国' },
    { ...LEAVE('柏林'), country: '德国' },
  ];
  const theme = '科技创新政策专题研修班';
  const s = schedule(`《${theme}》日程安排表`, '2024-06-03', days, { mergeDates: true, withCountry: true });
  const p = plan([zjRow({ 培训班主题: theme, '国家（地区）': '德国', 天数: 6, 出发日期: d('2024-06-03'), 回国日期: d('2024-06-08') })]);
  commonCases.push({
    id: 'c10-schedule-place-country-column',
    about: 'C-SCHEDULE-PLACE once, at the 国家 cell of the first row in the undeclared country',
    packs: [],
    asOf: '2024-06-01',
    sheets: [p.sheet, { name: '日程表', rows: s.rows, merges: s.merges }],
    expect: [`C-SCHEDULE-PLACE@日程表!E${s.rowOf(2)}`],
  });
}

{
  const rows = [
    zjRow({ 序号: 1, 培训班主题: '数字经济 专题培训班', 天数: 10 }),
    zjRow({ 序号: 2, 培训班主题: '数字经济专题培训班', 天数: 10 }),
    zjRow({ 序号: 3, 培训班主题: '数字经济专题培训班', 组团单位: '浙江大学', 天数: 10 }),
  ];
  const p = plan(rows);
  commonCases.push({
    id: 'c11-duplicate',
    about: 'C-DUPLICATE on the later of two projects with the same unit and theme (a space apart); another unit is no duplicate',
    packs: [],
    asOf: '2024-06-01',
    sheets: [p.sheet],
    expect: [`C-DUPLICATE@需求表!${p.cellOf('培训班主题', 1)}`],
  });
}

{
  // a two-row header with 团组情况 merged over 人数 | 天数, an #N/A, full-width digits, 小计 and 合计 rows
  const rows: Cell[][] = [
    ['2024年度出国（境）培训项目计划汇总表'],
    [
      '序号',
      '组团单位',
      '培训班主题',
      '国家（地区）',
      '团组情况',
      null,
      '经费预算（万元）',
      '培训对象',
      '境外培训机构',
      '培训目的',
      '培训主要内容和必要性',
      '联系人',
      '电话',
    ],
    [null, null, null, null, '人数', '天数'],
    [
      1,
      '浙江省农业科学院',
      '设施农业与精准灌溉技术专题培训班',
      '荷兰',
      '１５人',
      15,
      52.5,
      '科研骨干',
      '荷兰瓦赫宁根大学',
      '学习精准灌溉技术',
      '温室环境控制、水肥一体化',
      '王建国',
      '0571-86404000',
    ],
    [
      2,
      '浙江省农业科学院',
      '茶产业数字化专题培训班',
      '日本',
      12,
      err('#N/A'),
      30,
      '茶产业技术人员',
      '日本静冈大学',
      '学习茶产业数字化',
      '茶园管理、加工数字化',
      '王建国',
      '0571-86404000',
    ],
    ['小计', null, null, null, 27, null, 82.5],
    ['合计', null, null, null, 27, null, 82.5],
    ['备注：天数为在外天数。'],
  ];
  const merges = ['A1:M1', 'E2:F2', ...['A', 'B', 'C', 'D', 'G', 'H', 'I', 'J', 'K', 'L', 'M'].map((c) => `${c}2:${c}3`)];
  commonCases.push({
    id: 'c12-two-row-header-na',
    about: 'two-row merged header, full-width “１５人”, #N/A 天数 is C-NUMBER, 小计/合计 rows are no projects',
    packs: [],
    asOf: '2024-06-01',
    sheets: [{ name: '计划汇总', rows, merges }],
    expect: ['C-NUMBER@计划汇总!F5'],
  });
}
