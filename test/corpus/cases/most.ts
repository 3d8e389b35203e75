/**
 * MOST 2022 online demand forms (most2022-online, source 001).
 */
import { FORM, form001, listPlan, type Case, type Cell, type SheetSpec } from '../corpus';
import { goodForm } from './common';

const at = (k: keyof typeof FORM) => `需求表!${FORM[k]}`;
const rates = (rows: [string, number][]): SheetSpec => ({
  name: '汇率',
  rows: [['币种', '折合人民币', '日期'], ...rows.map(([c, r]): Cell[] => [c, r, '2022-06-01'])],
});
const THEME = '新能源电池材料研发与产业化线上专题培训班';

export const mostCases: Case[] = [];

mostCases.push({
  id: 'mo01-at-the-limits',
  about: '150 people, 7 days, budget exactly the subsidy (150×7×66 EUR×7 ÷ 10000 = 48.51 万元), 填报日期 on the deadline: nothing',
  packs: ['most2022-online'],
  asOf: '2022-07-01',
  sheets: [form001(goodForm({ 人数: 150, 天数: 7, 经费预算: 48.51, 填报日期: '2022年6月20日' })), rates([['EUR', 7]])],
  expect: [],
  tallies: { [THEME]: { feeCapWan: 48.51, budgetWan: 48.51 } },
});

mostCases.push({
  id: 'mo02-past-the-limits',
  about: '151 people, 8 days, budget above the subsidy (151×8×87 USD×6.7 ÷ 10000 = 70.41432 万元), filed a day late',
  packs: ['most2022-online'],
  asOf: '2022-07-01',
  sheets: [
    form001(
      goodForm({
        国家: '美国',
        人数: 151,
        天数: 8,
        经费预算: 80,
        填报日期: '2022年6月21日',
        境外培训机构: '机构名称：美国加州大学伯克利分校（是否境外培训合作机构是☑ 否☐）',
      }),
    ),
    rates([['USD', 6.7]]),
  ],
  expect: [`MO-CLASS-SIZE@${at('人数')}`, `MO-DURATION@${at('天数')}`, `MO-FEE@${at('经费预算')}`, `MO-DEADLINE@${at('填报日期')}`],
  tallies: { [THEME]: { feeCapWan: 70.41432, budgetWan: 80 } },
});

mostCases.push({
  id: 'mo03-no-rate',
  about: '日本 has a shipped standard but no JPY rate: MO-FEE-UNKNOWN (info), never MO-FEE',
  packs: ['most2022-online'],
  asOf: '2022-07-01',
  sheets: [
    form001(goodForm({ 国家: '日本', 经费预算: 200, 境外培训机构: '机构名称：日本东京大学（是否境外培训合作机构是☑ 否☐）' })),
    rates([['EUR', 7]]),
  ],
  expect: [],
  tallies: { [THEME]: { feeCapWan: null, budgetWan: 200 } },
});

mostCases.push({
  id: 'mo04-mode-from-title',
  about: 'no 培训形式 row: the title 2022年线上出国（境）培训需求表 makes it online, so MO-DURATION runs (8 days); no C-MODE-MISSING',
  packs: ['most2022-online'],
  asOf: '2022-07-01',
  sheets: [form001(goodForm({ 天数: 8, 培训形式: null, 培训班主题: '新能源电池材料研发与产业化专题培训班' }))],
  expect: [`MO-DURATION@${at('天数')}`],
});

mostCases.push({
  id: 'mo05-mode-missing-form',
  about: 'no 培训形式, no 线上 in title or theme: assumed offline, C-MODE-MISSING at the theme cell, no MO-DURATION for 8 days',
  packs: ['most2022-online'],
  asOf: '2022-07-01',
  sheets: [
    form001(goodForm({ 天数: 8, 培训形式: null, 培训班主题: '新能源电池材料研发与产业化专题培训班' }), '2022年出国（境）培训需求表'),
  ],
  expect: [`C-MODE-MISSING@${at('培训班主题')}`],
});

{
  const p = listPlan('2022年出国（境）培训需求汇总表', [
    {
      序号: 1,
      培训班主题: '现代农业技术专题培训班',
      组团单位: '浙江省农业科学院',
      '国家（地区）': '荷兰',
      人数: 160,
      天数: 21,
      '经费预算（万元）': 80,
      培训对象: '科研骨干',
      境外培训机构: '荷兰瓦赫宁根大学',
      培训目的: '学习现代农业技术',
      培训主要内容和必要性: '温室与精准灌溉',
      联系人: '王建国',
      电话: '0571-86404000',
      培训形式: '线下',
    },
    {
      序号: 2,
      培训班主题: '智慧医疗专题培训班',
      组团单位: '浙江大学医学院附属第一医院',
      '国家（地区）': '美国',
      人数: 30,
      天数: 5,
      '经费预算（万元）': 10,
      培训对象: '临床医生',
      境外培训机构: '美国梅奥诊所',
      培训目的: '学习智慧医疗',
      培训主要内容和必要性: '医疗信息化',
      联系人: '陈丽',
      电话: '0571-87236114',
      培训形式: null,
    },
    {
      序号: 3,
      培训班主题: '数字治理专题培训班',
      组团单位: '浙江省大数据发展管理局',
      '国家（地区）': '美国',
      人数: 100,
      天数: 8,
      '经费预算（万元）': 20,
      培训对象: '业务骨干',
      境外培训机构: '美国哈佛大学肯尼迪学院',
      培训目的: '学习数字治理',
      培训主要内容和必要性: '数据开放与治理',
      联系人: '张强',
      电话: '0571-85228000',
      培训形式: '线上',
    },
  ]);
  mostCases.push({
    id: 'mo06-mode-column',
    about: '培训形式 column: 线下 skips MO rules (160 people, 21 days); blank is C-MODE-MISSING at its cell; 线上 runs MO-DURATION',
    packs: ['most2022-online'],
    asOf: '2022-07-01',
    sheets: [{ name: '需求汇总', rows: p.rows, merges: p.merges }],
    expect: [`C-MODE-MISSING@需求汇总!${p.cellOf('培训形式', 1)}`, `MO-DURATION@需求汇总!${p.cellOf('天数', 2)}`],
  });
}

{
  const form = form001(goodForm({ 组团单位: '四川省农业科学院', 联系人: '李明', 电话: '028-86120000', 天数: 7, 人数: 30 }));
  mostCases.push({
    id: 'mo07-online-sichuan',
    about:
      'an online form under sc2020 + most2022-online: SC-DURATION is offline only (7 days: none); SC-GROUP-SIZE is not marked offline only in RULES.md, so 30 people is a warning',
    packs: ['sc2020', 'most2022-online'],
    asOf: '2022-07-01',
    sheets: [form],
    // relabelled after the first run: the label had read SC-GROUP-SIZE as offline only; RULES.md does not say so
    expect: [`SC-GROUP-SIZE@${at('人数')}`],
  });
}
