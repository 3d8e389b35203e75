/**
 * Further boundaries and traps: the implementation's own IDs (C-DATES-ORDER, C-UNREADABLE, CE-VALUE,
 * CAS-VALUE, CAS-ID-CONFLICT, labelled from docs/RULES-IMPLEMENTATION.md and docs/CE.md), 劳动节 2024,
 * a year outside the calendar, amounts in 元 at the subsidy, 自治县 and 开发区 units, 晚上 rows.
 */
import {
  ARRIVE,
  C,
  FORM,
  LEAVE,
  R,
  T,
  V,
  d,
  form001,
  listPlan,
  people,
  schedule,
  type Case,
  type Cell,
  type Day,
  type SheetSpec,
} from '../corpus';
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
    zjRow({
      序号: 4,
      培训班主题: '智慧农业装备专题培训班',
      出发日期: d('2024-05-06'),
      回国日期: d('2024-05-06'),
      天数: 1,
      '经费预算（万元）': '约30万元',
    }),
  ]);
  moreCases.push({
    id: 'x01-list-values',
    about:
      'C-DATES-ORDER (return before departure; same day passes), C-NUMBER for 0 people and 10.5 days, C-REQUIRED for a blank institution, C-PHONE for a 10-digit mobile, “约30万元” read as 30',
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
  const settings: SheetSpec = {
    name: '审核设置',
    rows: [
      ['参数', '值'],
      ['zj2017.maxCities', '三个'],
      ['calendar.2027.holidays', '十月一日'],
    ],
  };
  moreCases.push({
    id: 'x02-bad-settings',
    about:
      'C-UNREADABLE at the value cell of a bad 审核设置 parameter and of a malformed calendar row; the review goes on with the defaults',
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
    zjRow({
      序号: 1,
      培训班主题: '新型储能技术专题培训班',
      天数: 10,
      出发日期: d('2024-05-13'),
      回国日期: d('2024-05-22'),
      ...rep,
      公示开始日期: d('2024-04-25'),
      公示结束日期: d('2024-04-30'),
    }),
    // 4-29..5-7 = 4-29 4-30 5-6 5-7 = 4
    zjRow({
      序号: 2,
      培训班主题: '氢能产业发展专题培训班',
      天数: 10,
      出发日期: d('2024-05-13'),
      回国日期: d('2024-05-22'),
      ...rep,
      公示开始日期: d('2024-04-29'),
      公示结束日期: d('2024-05-07'),
    }),
    // 2016 is before the calendar: Monday to Friday, 10-3..10-7 = 5 (the message says so); no finding
    zjRow({
      序号: 3,
      培训班主题: '海洋装备制造专题培训班',
      天数: 10,
      出发日期: d('2016-10-17'),
      回国日期: d('2016-10-26'),
      总结报送日期: d('2016-11-10'),
      公示开始日期: d('2016-10-03'),
      公示结束日期: d('2016-10-07'),
    }),
    // 2016, 10-10..10-13 = 4 Monday-to-Friday days: warning
    zjRow({
      序号: 4,
      培训班主题: '港航物流管理专题培训班',
      天数: 10,
      出发日期: d('2016-10-17'),
      回国日期: d('2016-10-26'),
      总结报送日期: d('2016-11-10'),
      公示开始日期: d('2016-10-10'),
      公示结束日期: d('2016-10-13'),
    }),
  ];
  const p = planSheet(rows);
  moreCases.push({
    id: 'x03-notice-labour-day-and-2016',
    about:
      'ZJ-NOTICE over 劳动节 2024 (调休 Sunday 4-28 makes 5; the holiday makes 4) and in 2016, outside the calendar (Monday to Friday)',
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
  about:
    'CE-VALUE at an unreadable 学时 (“若干”); with cas too, CAS-VALUE stays quiet (one finding per thing); CE-ID-CONFLICT, not CAS-ID-CONFLICT',
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
  const rates: SheetSpec = {
    name: '汇率',
    rows: [
      ['币种', '折合人民币', '日期'],
      ['EUR', 7, '2022-06-01'],
    ],
  };
  const a = form001(goodForm({ 人数: 150, 天数: 7, 经费预算: '485100元' }));
  const b = form001(goodForm({ 人数: 150, 天数: 7, 经费预算: '485101元', 培训班主题: '氢燃料电池关键材料线上专题培训班' }));
  moreCases.push({
    id: 'x07-fee-in-yuan',
    about: 'MO-FEE with the budget in 元: 485100元 is exactly the subsidy (passes), 485101元 is above it',
    packs: ['most2022-online'],
    asOf: '2022-07-01',
    sheets: [{ ...a, name: '需求表1' }, { ...b, name: '需求表2' }, rates],
    expect: [`MO-FEE@需求表2!${FORM.经费预算}`],
    tallies: {
      新能源电池材料研发与产业化线上专题培训班: { feeCapWan: 48.51, budgetWan: 48.51 },
      氢燃料电池关键材料线上专题培训班: { budgetWan: 48.5101 },
    },
  });
}

{
  // two projects in one plan, one schedule sheet and one participant list naming the project
  const A = '设施农业与精准灌溉技术专题培训班';
  const B = '畜牧业绿色发展专题培训班';
  const p = planSheet([
    zjRow({ 序号: 1 }),
    zjRow({ 序号: 2, 培训班主题: B, 天数: 15, 出发日期: d('2024-05-06'), 回国日期: d('2024-05-20') }),
  ]);
  const sa = schedule(`《${A}》日程安排表`, '2024-05-06', baseDays(), { mergeDates: true });
  const sb = schedule(`《${B}》日程安排表`, '2024-05-06', baseDays(), { mergeDates: true });
  const list = people(
    [
      ['李红', '浙江省农业科学院', '否', d('2024-04-28')],
      ['张伟', '浙江省农业科学院', '否', d('2024-04-28')],
    ],
    A,
  );
  const listB = people(
    [
      ['陈静', '浙江省农业科学院', '否', d('2024-05-08')],
      ['刘洋', '浙江省农业科学院', '否', d('2024-04-30')],
    ],
    B,
  );
  moreCases.push({
    id: 'x08-two-projects',
    about: 'two projects with their own schedule and participant sheets: ZJ-PREDEPARTURE only for the late one of the second project',
    packs: ['zj2017'],
    asOf: '2024-06-01',
    sheets: [
      p.sheet,
      { name: '日程表1', rows: sa.rows, merges: sa.merges },
      { name: '日程表2', rows: sb.rows, merges: sb.merges },
      { ...list, name: '人员名单1' },
      { ...listB, name: '人员名单2' },
    ],
    expect: ['ZJ-PREDEPARTURE@人员名单2!G2'],
    tallies: { [A]: { totalDays: 15, studyDays: 10.5 }, [B]: { totalDays: 15, studyDays: 10.5 } },
  });
}

{
  const M = '米兰';
  const days: Day[] = [
    ARRIVE(M),
    T(M),
    {
      city: M,
      items: [
        ['', '专题讲座：设计管理', '专题培训'],
        ['', '对口考察设计企业', '对口考察'],
      ],
    },
    { city: M, items: [...T(M).items, ['晚上', '欢迎晚宴', '其他']] },
    C(M),
    R(M),
    V(M),
    T(M),
    T(M),
    LEAVE(M),
  ];
  const theme = '工业设计与品牌建设专题培训班';
  const s = schedule(`《${theme}》日程安排表`, '2024-03-04', days, { mergeDates: true });
  const p = planSheet([
    zjRow({
      培训班主题: theme,
      '国家（地区）': '意大利',
      天数: 10,
      出发日期: d('2024-03-04'),
      回国日期: d('2024-03-13'),
      境外培训机构: '米兰理工大学',
    }),
  ]);
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

{
  // a Sichuan plan saved as CSV: its one sheet is named after the file stem
  const id = 'x10-sc-csv';
  const head = [
    '序号',
    '组团单位',
    '培训班主题',
    '国家（地区）',
    '人数',
    '天数',
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
  const tail = ['相关业务骨干', '学习先进经验', '专题培训与对口考察', '李明', '028-86120000'];
  moreCases.push({
    id,
    about: 'a CSV plan: findings on the sheet named after the file stem; SC-GROUP-SIZE and SC-ORGDEPT-LOCAL (德阳市委组织部)',
    packs: ['sc2020'],
    asOf: '2020-03-01',
    csv: true,
    sheets: [
      {
        name: id,
        rows: [
          head,
          [1, '成都市农林科学院', '都市现代农业技术培训班', '以色列', 21, 21, 60, '专业技术类', '是', '以色列农业研究组织', '是', ...tail],
          [
            2,
            '中共德阳市委组织部',
            '人才发展体制机制创新培训班',
            '新加坡',
            20,
            21,
            60,
            '党政类',
            '是',
            '新加坡南洋理工大学',
            '是',
            ...tail,
          ],
          ['合计', null, null, null, 41, null, 120],
        ],
      },
    ],
    expect: [`SC-GROUP-SIZE@${id}!E2`, `SC-ORGDEPT-LOCAL@${id}!B3`],
  });
}

{
  // the 001 form with its 填报日期 row removed and only the 年 月 日 line beside 组团单位公章 filled
  const f = form001(goodForm({ 人数: 60, 天数: 5 }));
  f.rows[1] = ['组团单位公章', null, null, null, '2022年6月25日'];
  f.rows[13] = [];
  f.merges = (f.merges ?? []).filter((m) => m !== 'B14:F14');
  moreCases.push({
    id: 'x11-seal-date-is-not-filing-date',
    about: 'the 年 月 日 line beside 组团单位公章 (filled with 2022年6月25日) is not 填报日期: no MO-DEADLINE',
    packs: ['most2022-online'],
    asOf: '2022-07-01',
    sheets: [
      f,
      {
        name: '汇率',
        rows: [
          ['币种', '折合人民币', '日期'],
          ['EUR', 7, '2022-06-01'],
        ],
      },
    ],
    expect: [],
  });
}

{
  const rows = [
    // 出发日期 in 2025 though 预计办班时间 says 2024: the plan year is 2025, deadline 2024-11-30
    zjRow({
      序号: 1,
      培训班主题: '城市轨道交通运营管理培训班',
      预计办班时间: '2024年第四季度',
      出发日期: d('2025-01-10'),
      回国日期: d('2025-01-24'),
      填报日期: d('2024-11-15'),
      总结报送日期: d('2025-01-31'),
    }),
    // 3-31 → due 4-30 (April has no 31st): on the day is on time, a day later is late
    zjRow({
      序号: 2,
      培训班主题: '海绵城市建设专题培训班',
      出发日期: d('2024-03-17'),
      回国日期: d('2024-03-31'),
      填报日期: d('2023-11-01'),
      总结报送日期: d('2024-04-30'),
    }),
    zjRow({
      序号: 3,
      培训班主题: '城市排水防涝专题培训班',
      出发日期: d('2024-03-17'),
      回国日期: d('2024-03-31'),
      填报日期: d('2023-11-01'),
      总结报送日期: d('2024-05-01'),
    }),
    // 12-31 → due 2025-01-31; blank and reviewed on 2-01: late
    zjRow({
      序号: 4,
      培训班主题: '智慧水务专题培训班',
      出发日期: d('2024-12-17'),
      回国日期: d('2024-12-31'),
      填报日期: d('2023-11-01'),
      总结报送日期: null,
    }),
  ];
  const p = planSheet(rows);
  moreCases.push({
    id: 'x12-plan-year-month-end',
    about:
      'ZJ-PLAN-DEADLINE takes the plan year from 出发日期 before 预计办班时间; ZJ-REPORT-LATE month-end (3-31 → 4-30) and year-end (12-31 → 1-31)',
    packs: ['zj2017'],
    asOf: '2025-02-01',
    sheets: [p.sheet],
    expect: [
      ...rows.map((_, i) => `C-SCHEDULE-MISSING@${p.cellOf('培训班主题', i)}`),
      `ZJ-REPORT-LATE@${p.cellOf('总结报送日期', 2)}`,
      `ZJ-REPORT-LATE@${p.cellOf('总结报送日期', 3)}`,
    ],
  });
}

{
  // first day Sunday 2024-04-28 and last day Saturday 05-11 are 调休 working days in China, weekend days abroad
  const A = '阿姆斯特丹';
  const W = '瓦赫宁根';
  const mid: Day[] = [T(W), T(W), C(W), V(W), T(W), R(W), R(W), T(W), T(W), V(W), T(W), C(W)];
  const s = schedule(
    '《设施农业与精准灌溉技术专题培训班》日程安排表',
    '2024-04-28',
    [{ city: A, items: [['上午', '乘机抵达阿姆斯特丹', '交通']] }, ...mid, { city: W, items: [['上午', '结业座谈', '课堂学习']] }],
    {},
  );
  const rows = s.rows;
  rows.splice(3, 0, [null, null, '下午', W, '乘车前往瓦赫宁根，入住', '交通']);
  rows.push([null, null, '下午', A, '乘车前往阿姆斯特丹，乘机回国', '交通']);
  const p = planSheet([zjRow({ 天数: 14, 出发日期: d('2024-04-28'), 回国日期: d('2024-05-11'), 预计办班时间: '2024年5月' })]);
  moreCases.push({
    id: 'x13-ends-on-china-workdays',
    about:
      'moves on a first Sunday and a last Saturday that are 调休 working days in China: abroad they are weekend days, no ZJ-INTERCITY-ENDS',
    packs: ['zj2017'],
    asOf: '2024-06-01',
    sheets: [p.sheet, { name: '日程表', rows }],
    expect: [],
    tallies: { 设施农业与精准灌溉技术专题培训班: { totalDays: 14, studyDays: 10.5, topicDays: 6 } },
  });
}

{
  // 第N天 without dates, merged over the day's rows
  const W = '瓦赫宁根';
  const days: Day[] = [ARRIVE(W), T(W), T(W), V(W), C(W), R(W), T(W), V(W), T(W), LEAVE(W)];
  const rows: Cell[][] = [['《设施农业与精准灌溉技术专题培训班》日程安排表'], ['天次', '时段', '城市', '内容', '类型']];
  const merges: string[] = [];
  days.forEach((dy, i) => {
    const r0 = rows.length + 1;
    dy.items.forEach((it, k) => rows.push([k === 0 ? `第${i + 1}天` : null, it[0], dy.city, it[1], it[2] ?? null]));
    if (dy.items.length > 1) merges.push(`A${r0}:A${rows.length}`);
  });
  const p = planSheet([zjRow({ 天数: 10, 出发日期: null, 回国日期: null })]);
  moreCases.push({
    id: 'x14-day-numbers',
    about: 'a schedule of 第N天 rows (merged over 上午/下午): 10 days, study 7.5, topic 4',
    packs: ['zj2017'],
    asOf: '2024-06-01',
    sheets: [p.sheet, { name: '日程表', rows, merges }],
    expect: [],
    tallies: { 设施农业与精准灌溉技术专题培训班: { totalDays: 10, studyDays: 7.5, topicDays: 4, studyShare: 0.75, topicShare: 0.4 } },
  });
}

{
  const days: Day[] = [
    ARRIVE('荷兰·阿姆斯特丹'),
    T('荷兰·阿姆斯特丹'),
    V('德国·柏林'),
    T('德国·柏林'),
    V('比利时·布鲁塞尔'),
    C('德国·柏林'),
    LEAVE('德国·柏林'),
  ];
  const theme = '欧洲循环经济专题培训班';
  const s = schedule(`《${theme}》日程安排表`, '2024-06-03', days, { mergeDates: true });
  const p = planSheet([
    zjRow({ 培训班主题: theme, '国家（地区）': '德国、荷兰', 天数: 7, 出发日期: d('2024-06-03'), 回国日期: d('2024-06-09') }),
  ]);
  moreCases.push({
    id: 'x15-place-country-in-city',
    about: 'two declared countries; 国家·城市 cells: Belgium is C-SCHEDULE-PLACE, Germany and the Netherlands are not',
    packs: [],
    asOf: '2024-06-01',
    sheets: [p.sheet, { name: '日程表', rows: s.rows, merges: s.merges }],
    expect: [`C-SCHEDULE-PLACE@日程表!D${s.rowOf(4)}`],
  });
}

{
  const rows = [
    zjRow({
      序号: 1,
      培训班主题: '生物医药产业创新专题培训班',
      天数: 10,
      出发日期: d('2024-06-03'),
      回国日期: d('2024-06-12'),
      总结报送日期: d('2024-06-20'),
      公务员人数: '3人',
      公示期: '2024年6月4日至2024年6月11日',
    }),
  ];
  const p = planSheet(rows);
  moreCases.push({
    id: 'x16-late-notice-range',
    about: 'ZJ-NOTICE-LATE from a 公示期 range starting the day after departure; ZJ-CIVIL-SERVANTS from “3人”',
    packs: ['zj2017'],
    asOf: '2024-07-01',
    sheets: [p.sheet],
    expect: [
      `C-SCHEDULE-MISSING@${p.cellOf('培训班主题')}`,
      `ZJ-NOTICE-LATE@${p.cellOf('公示期')}`,
      `ZJ-CIVIL-SERVANTS@${p.cellOf('公务员人数')}`,
    ],
  });
}

{
  const rows: Cell[][] = [
    ['《设施农业与精准灌溉技术专题培训班》日程安排'],
    ['日期', '时段', '城市', '内容', '类型'],
    ['2024.5.6', '全天', '瓦赫宁根', '乘机抵达', '交通'],
    ['2024年5月7日（周二）', '全天', '瓦赫宁根', '专题讲座：温室环境控制', '专题培训'],
    ['2024/5/8', '全天', '瓦赫宁根', '对口考察温室企业', '对口考察'],
    ['2024年5月9日（周五）', '全天', '瓦赫宁根', '专题讲座：水肥一体化', '专题培训'],
    [d('2024-05-10'), '全天', '瓦赫宁根', '乘机回国', '交通'],
  ];
  const p = planSheet([zjRow({ 天数: 5, 回国日期: d('2024-05-10') })]);
  moreCases.push({
    id: 'x17-date-formats',
    about:
      'dates as 2024.5.6, 2024年5月7日（周二）, 2024/5/8 and an Excel date; a 星期 inside the date text that is wrong (5-9 is a Thursday)',
    packs: [],
    asOf: '2024-06-01',
    sheets: [p.sheet, { name: '日程表', rows }],
    expect: ['C-SCHEDULE-DATES@日程表!A6'],
    tallies: { 设施农业与精准灌溉技术专题培训班: { totalDays: 5, topicDays: 2, studyDays: 3 } },
  });
}

{
  // four cities, every move on a weekend: ZJ-CITIES is info only
  const L = '伦敦';
  const days: Day[] = [
    ARRIVE(L),
    R(L),
    T(L),
    T(L),
    C(L),
    V(L),
    T(L),
    V('曼彻斯特'),
    R('爱丁堡'),
    T('爱丁堡'),
    T('爱丁堡'),
    C('爱丁堡'),
    V('爱丁堡'),
    T('爱丁堡'),
    LEAVE('格拉斯哥'),
  ];
  const theme = '高等教育治理专题培训班';
  const s = schedule(`《${theme}》日程安排表`, '2024-06-01', days, { mergeDates: true });
  const p = planSheet([
    zjRow({
      培训班主题: theme,
      '国家（地区）': '英国',
      天数: 15,
      出发日期: d('2024-06-01'),
      回国日期: d('2024-06-15'),
      境外培训机构: '英国爱丁堡大学',
    }),
  ]);
  moreCases.push({
    id: 'x18-four-cities-weekend-moves',
    about: 'four cities abroad (ZJ-CITIES is info), every move on a Saturday or Sunday: no error or warning',
    packs: ['zj2017'],
    asOf: '2024-07-01',
    sheets: [p.sheet, { name: '日程表', rows: s.rows, merges: s.merges }],
    expect: [],
    tallies: { [theme]: { totalDays: 15, studyDays: 11.5, topicDays: 6 } },
  });
}

{
  // the form as units retype it: spaced and broken labels, full-width colons, ■/√ ticks, “约60人”, “13.5万”
  const rows: Cell[][] = [
    ['2022年线上出国（境）培训需求表'],
    ['组团单位公章', null, null, null, '年    月    日'],
    ['归口管理部门：', '浙江省科学技术厅', null, null, '预计办班\n时间', '2022年10月'],
    ['培 训 班 主 题', '先进制造工艺线上专题培训班'],
    ['组团单位', '浙江某精密机械有限公司', '联 系 人', '吴刚', '电  话', '0575-88886666'],
    ['国家\n（地区）', '德国', '人 数', '约60人', '天 数', '5天'],
    ['经费预算', '13.5万', '万元', '是否有境外\n资助', '有□（资助方：____）否■'],
    ['培训对象', '企业工艺工程师'],
    ['境外培训机构', '机构名称：德国亚琛工业大学（是否境外培训合作机构 是√ 否□）'],
    ['培训目的', '掌握先进制造工艺'],
    ['培训主要内容\n和必要性', '精密加工、增材制造工艺线上专题培训'],
    ['归口管理部门联系人', '任璐', null, null, '电 话', '0571-87054069'],
    ['培训形式', '线上'],
    ['填报日期', '2022年6月10日'],
  ];
  moreCases.push({
    id: 'x19-form-as-retyped',
    about: 'spaced and broken labels, ■ and √ ticks, “约60人”, “5天”, “13.5万”; subsidy 60×5×66×7 ÷ 10000 = 13.86 万元, so 13.5 passes',
    packs: ['most2022-online'],
    asOf: '2022-07-01',
    sheets: [
      { name: '需求表', rows, merges: ['A1:F1', 'B4:F4', 'B8:F8', 'B9:F9', 'B10:F10', 'B11:F11', 'E7:F7', 'B13:F13', 'B14:F14'] },
      {
        name: '汇率',
        rows: [
          ['币种', '折合人民币', '日期'],
          ['EUR', 7, '2022-06-01'],
        ],
      },
    ],
    expect: [],
    tallies: { 先进制造工艺线上专题培训班: { feeCapWan: 13.86, budgetWan: 13.5 } },
  });
}

{
  // a unit's plan: 填报单位 line, a two-row header with a group cell over several fields, a 备注 column
  const rows: Cell[][] = [
    ['2024年度因公出国（境）培训项目计划表'],
    ['填报单位（盖章）：宁波市科学技术局', null, null, null, null, null, null, null, '填报日期：2023年11月20日'],
    [
      '序号',
      '项目基本情况',
      null,
      null,
      null,
      null,
      null,
      '经费预算（万元）',
      '培训对象',
      '境外培训机构',
      '培训目的',
      '培训主要内容和必要性',
      '联系人',
      '电话',
      '备注',
    ],
    [null, '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '项目类别', null],
    [
      1,
      '港口航运数字化专题培训班',
      '宁波市科学技术局',
      '新加坡',
      15,
      12,
      '专业技术类',
      40,
      '港航企业技术骨干',
      '新加坡海事学院',
      '学习港口数字化',
      '智慧港口专题培训',
      '林芳',
      '0574-89180000',
      '拟与新加坡海事学院合作',
    ],
    [
      2,
      '港口航运数字化专题培训班',
      '宁波市科学技术局',
      '新加坡',
      15,
      12,
      '专业技术类',
      40,
      '港航企业技术骨干',
      '新加坡海事学院',
      '学习港口数字化',
      '智慧港口专题培训',
      '林芳',
      '0574-89180000',
      '与第1项重复申报',
    ],
    ['合计', null, null, null, 30, null, null, 80],
  ];
  const merges = ['A1:O1', 'B3:G3', ...['A', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O'].map((c) => `${c}3:${c}4`)];
  moreCases.push({
    id: 'x20-ningbo-grouped-header',
    about:
      'a grouped two-row header (项目基本情况 over seven fields) under a 填报单位 line; the same project twice is C-DUPLICATE on the later one; zj2017 by suggestion from 宁波',
    packs: null,
    packsUsed: ['zj2017'],
    asOf: '2024-03-01',
    sheets: [{ name: '计划表', rows, merges }],
    expect: ['C-SCHEDULE-MISSING@计划表!B5', 'C-SCHEDULE-MISSING@计划表!B6', 'C-DUPLICATE@计划表!B6'],
  });
}

{
  // a country the project does not ship a standard for, from the workbook's 费用标准 sheet
  const std: SheetSpec = {
    name: '费用标准',
    rows: [
      ['国家（地区）', '币种', '培训费（每人每天）', '来源'],
      ['法国', 'EUR', 70, '财行〔2014〕4号'],
    ],
  };
  const rates: SheetSpec = {
    name: '汇率',
    rows: [
      ['币种', '折合人民币', '日期'],
      ['EUR', 7, '2022-06-01'],
    ],
  };
  const a = form001(
    goodForm({
      国家: '法国',
      人数: 50,
      天数: 5,
      经费预算: 12.25,
      境外培训机构: '机构名称：法国国立工艺学院（是否境外培训合作机构是☑ 否☐）',
    }),
  );
  const b = form001(
    goodForm({
      国家: '法国',
      人数: 50,
      天数: 5,
      经费预算: 12.26,
      培训班主题: '法国职业教育线上专题培训班',
      境外培训机构: '机构名称：法国国立工艺学院（是否境外培训合作机构是☑ 否☐）',
    }),
  );
  moreCases.push({
    id: 'x21-standard-from-sheet',
    about: 'MO-FEE with 法国 from the workbook’s 费用标准 (70 EUR): 50×5×70×7 ÷ 10000 = 12.25 万元; 12.25 passes, 12.26 is above',
    packs: ['most2022-online'],
    asOf: '2022-07-01',
    sheets: [{ ...a, name: '需求表1' }, { ...b, name: '需求表2' }, std, rates],
    expect: [`MO-FEE@需求表2!${FORM.经费预算}`],
    tallies: {
      新能源电池材料研发与产业化线上专题培训班: { feeCapWan: 12.25 },
      法国职业教育线上专题培训班: { feeCapWan: 12.25, budgetWan: 12.26 },
    },
  });
}

{
  // the sponsor question as list columns: 是/否 count as ticks, underscores are blank
  const rows = [
    zjRow({ 序号: 1, 天数: 10, 培训班主题: '数字农业专题培训班', 是否有境外资助: '是', 资助方: null }),
    zjRow({ 序号: 2, 天数: 10, 培训班主题: '农业品牌建设专题培训班', 是否有境外资助: '是', 资助方: '______' }),
    zjRow({ 序号: 3, 天数: 10, 培训班主题: '农村电商专题培训班', 是否有境外资助: '否', 资助方: null }),
    zjRow({ 序号: 4, 天数: 10, 培训班主题: '智慧渔业专题培训班', 是否有境外资助: '是', 资助方: '荷兰瓦赫宁根大学' }),
  ];
  const p = planSheet(rows);
  moreCases.push({
    id: 'x23-sponsor-columns',
    about: 'C-SPONSOR in a list: 是 with a blank or underscored 资助方 (at the 是否有境外资助 cell); 否, or a named sponsor, pass',
    packs: [],
    asOf: '2024-06-01',
    sheets: [p.sheet],
    expect: [`C-SPONSOR@${p.cellOf('是否有境外资助', 0)}`, `C-SPONSOR@${p.cellOf('是否有境外资助', 1)}`],
  });
}

{
  // the form with the sponsor in its own cells: 是否有境外资助 | 有☑ 否☐ | 资助方 | ____
  const f = form001(goodForm());
  f.rows[6] = ['经费预算', 10, '万元', '是否有境外资助', '有☑ 否☐', '资助方', '________'];
  f.merges = (f.merges ?? []).filter((m) => m !== 'E7:F7');
  moreCases.push({
    id: 'x24-form-sponsor-own-cell',
    about: 'C-SPONSOR when 资助方 has its own cell holding only underscores; the finding is at the cell holding the ticks',
    packs: [],
    asOf: '2022-07-01',
    sheets: [f],
    expect: ['C-SPONSOR@需求表!E7'],
  });
}

{
  // year-less dates across the new year take the year of the nearest date
  const rows: Cell[][] = [
    ['《设施农业与精准灌溉技术专题培训班》日程安排'],
    ['日期', '星期', '时段', '城市', '内容', '类型'],
    ['12月30日', '星期一', '全天', '瓦赫宁根', '乘机抵达', '交通'],
    ['12月31日', '星期二', '全天', '瓦赫宁根', '专题讲座：温室环境控制', '专题培训'],
    ['1月1日', '星期三', '全天', '瓦赫宁根', '对口考察温室企业', '对口考察'],
    ['1月2日', '星期四', '全天', '瓦赫宁根', '乘机回国', '交通'],
  ];
  const p = planSheet([zjRow({ 天数: 4, 出发日期: d('2024-12-30'), 回国日期: d('2025-01-02'), 预计办班时间: '2024年12月' })]);
  moreCases.push({
    id: 'x25-yearless-new-year',
    about: 'year-less dates 12月30日 … 1月2日 cross the new year (2024-12-30 is a Monday): 4 days in order, 星期 right',
    packs: [],
    asOf: '2025-01-10',
    sheets: [p.sheet, { name: '日程表', rows }],
    expect: [],
    tallies: { 设施农业与精准灌溉技术专题培训班: { totalDays: 4, topicDays: 1, studyDays: 2 } },
  });
}

{
  // 第N天 out of order: a day number repeated after another day, and a gap
  const rows: Cell[][] = [
    ['《设施农业与精准灌溉技术专题培训班》日程安排'],
    ['天次', '时段', '城市', '内容', '类型'],
    ['第1天', '全天', '瓦赫宁根', '乘机抵达', '交通'],
    ['第2天', '上午', '瓦赫宁根', '专题讲座：温室环境控制', '专题培训'],
    ['第2天', '下午', '瓦赫宁根', '专题研讨：水肥一体化', '专题培训'],
    ['第3天', '全天', '瓦赫宁根', '对口考察温室企业', '对口考察'],
    ['第2天', '全天', '瓦赫宁根', '课堂学习：精准灌溉', '课堂学习'],
    ['第4天', '全天', '瓦赫宁根', '专题讲座：病虫害绿色防控', '专题培训'],
    ['第6天', '全天', '瓦赫宁根', '乘机回国', '交通'],
  ];
  const p = planSheet([zjRow({ 天数: 6, 出发日期: null, 回国日期: null })]);
  moreCases.push({
    id: 'x26-day-numbers-out-of-order',
    about:
      'C-SCHEDULE-DATES at the 天次 cell: 第2天 again after 第3天 (once; 第4天 after it is in order), and 第6天 after 第4天; a 第2天 written on both of its rows is one day',
    packs: [],
    asOf: '2024-06-01',
    sheets: [p.sheet, { name: '日程表', rows }],
    // relabelled after the run: RULES.md counts 在外总日程 as the number of 第N天 rows where there are no dates
    // (1 2 3 4 6 = 5 days, not the span 1…6), so 天数 6 is also C-SCHEDULE-DAYS
    expect: ['C-SCHEDULE-DAYS@需求表!G3', 'C-SCHEDULE-DATES@日程表!A7', 'C-SCHEDULE-DATES@日程表!A9'],
  });
}

{
  // a template with 序号 pre-filled on rows the unit left empty, and a 填表说明 line
  const head = [
    '序号',
    '培训班主题',
    '组团单位',
    '国家（地区）',
    '人数',
    '天数',
    '经费预算（万元）',
    '培训对象',
    '境外培训机构',
    '培训目的',
    '培训主要内容和必要性',
    '联系人',
    '电话',
  ];
  const rows: Cell[][] = [
    ['2024年度出国（境）培训需求汇总表'],
    head,
    [
      1,
      '智能制造专题培训班',
      '浙江省科学技术厅',
      '德国',
      20,
      10,
      30,
      '企业技术骨干',
      '慕尼黑工业大学',
      '学习智能制造',
      '工业4.0专题培训',
      '王建国',
      '0571-86404000',
    ],
    [
      2,
      '智能制造专题培训班',
      '浙江省科学技术厅',
      '德国',
      '二十',
      10,
      30,
      '企业技术骨干',
      '慕尼黑工业大学',
      '学习智能制造',
      '工业4.0专题培训',
      '王建国',
      '0571-86404000',
    ],
    [3],
    [4],
    [5],
    ['合计', null, null, null, 20, null, 60],
    ['填表说明：1. 天数为在外天数；2. 经费预算以万元为单位。'],
  ];
  moreCases.push({
    id: 'x27-prenumbered-template',
    about: 'rows with only a pre-filled 序号 are no projects; “二十” is C-NUMBER; the same project twice is C-DUPLICATE',
    packs: [],
    asOf: '2024-06-01',
    sheets: [{ name: '需求汇总', rows }],
    expect: ['C-NUMBER@需求汇总!E4', 'C-DUPLICATE@需求汇总!B4'],
  });
}

{
  // long text below its label, as the form leaves room for it
  const rows: Cell[][] = [
    ['2022年线上出国（境）培训需求表'],
    ['培训班主题', '先进制造工艺线上专题培训班'],
    ['组团单位', '浙江某精密机械有限公司', '联系人', '吴刚', '电话', '0575-88886666'],
    ['国家（地区）', '德国', '人数', 30, '天数', 9],
    ['经费预算', 10, '万元', '是否有境外资助', '有☐（资助方____）否☑'],
    ['培训对象', '企业工艺工程师'],
    ['境外培训机构', '机构名称：德国亚琛工业大学（是否境外培训合作机构是☑ 否☐）'],
    ['培训目的'],
    ['掌握先进制造工艺'],
    ['培训主要内容和必要性'],
    ['精密加工、增材制造工艺线上专题培训'],
    ['培训形式', '线上'],
  ];
  moreCases.push({
    id: 'x28-form-text-below-labels',
    about: '培训目的 and 培训主要内容和必要性 written below their labels are read (no C-REQUIRED); 9 days online is MO-DURATION',
    packs: ['most2022-online'],
    asOf: '2022-07-01',
    sheets: [{ name: '需求表', rows, merges: ['A1:F1', 'A9:F9', 'A11:F11'] }],
    expect: ['MO-DURATION@需求表!F4'],
  });
}
