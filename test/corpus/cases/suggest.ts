/**
 * Returns reviewed with no pack picked: the packs come from the content (RULES.md "Rule packs").
 */
import { FORM, d, form001, listPlan, schedule, type Case } from '../corpus';
import { goodForm } from './common';
import { scPlan } from './sc';
import { baseDays, zjRow } from './zj';

export const suggestCases: Case[] = [];

{
  const p = listPlan('2024年度因公出国（境）培训项目计划表', [zjRow({ 填报日期: d('2023-11-20'), 总结报送日期: d('2024-06-12') })]);
  const s = schedule('《设施农业与精准灌溉技术专题培训班》日程安排表', '2024-05-06', baseDays(), { mergeDates: true });
  suggestCases.push({
    id: 'sg01-zhejiang',
    about: 'a clean Zhejiang return with no pack picked: zj2017 from 浙江 in the unit; nothing found',
    packs: null,
    packsUsed: ['zj2017'],
    asOf: '2024-07-01',
    sheets: [
      { name: '需求表', rows: p.rows, merges: p.merges },
      { name: '日程表', rows: s.rows, merges: s.merges },
    ],
    expect: [],
  });
}

{
  const p = scPlan([
    { unit: '成都市农林科学院', theme: '都市现代农业技术培训班', people: 21, days: 21, country: '以色列', inst: '以色列农业研究组织' },
  ]);
  suggestCases.push({
    id: 'sg02-sichuan',
    about: 'a Sichuan plan with no pack picked: sc2020 from 成都; SC-GROUP-SIZE for 21',
    packs: null,
    packsUsed: ['sc2020'],
    asOf: '2020-03-01',
    sheets: [p.sheet],
    expect: [`SC-GROUP-SIZE@${p.at('人数', 0)}`],
  });
}

{
  suggestCases.push({
    id: 'sg03-zhejiang-online',
    about:
      'a Zhejiang 线上 form with no pack picked: zj2017 and most2022-online; a 160-person class and a late 填报日期 (also past the 2022 plan deadline)',
    packs: null,
    packsUsed: ['zj2017', 'most2022-online'],
    asOf: '2022-07-01',
    sheets: [form001(goodForm({ 人数: 160, 填报日期: '2022年6月25日' }))],
    expect: [`MO-CLASS-SIZE@需求表!${FORM.人数}`, `MO-DEADLINE@需求表!${FORM.填报日期}`, `ZJ-PLAN-DEADLINE@需求表!${FORM.填报日期}`],
  });
}

{
  suggestCases.push({
    id: 'sg04-register',
    about: 'a CE register with no pack picked: ce2007; 70 hours is short',
    packs: null,
    packsUsed: ['ce2007'],
    asOf: '2025-03-01',
    sheets: [
      {
        name: '继续教育学时',
        rows: [
          ['姓名', '身份证号', '单位', '年度', '科目类别', '形式', '学时'],
          ['陈晨', '510104198901011234', '四川省农业科学院', 2024, '专业科目', '面授', 70],
        ],
      },
    ],
    expect: ['CE-ANNUAL-HOURS@继续教育学时!A2'],
  });
}
