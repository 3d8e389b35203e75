/**
 * Zhejiang returns (zj2017, source 000). Labels from RULES.md revision 2; see each case's `about`.
 */
import { ARRIVE, C, LEAVE, R, T, V, d, listPlan, people, schedule, type Case, type Cell, type Day } from '../corpus';

const THEME = '设施农业与精准灌溉技术专题培训班';
const UNIT = '浙江省农业科学院';

/** A Zhejiang plan row with every field a reviewer expects; `o` overrides or adds fields. */
export function zjRow(o: Record<string, Cell> = {}): Record<string, Cell> {
  return {
    序号: 1,
    项目编号: 'ZJ2024-017',
    培训班主题: THEME,
    组团单位: UNIT,
    '国家（地区）': '荷兰',
    人数: 15,
    天数: 15,
    '经费预算（万元）': 52.5,
    预计办班时间: '2024年5月',
    出发日期: d('2024-05-06'),
    回国日期: d('2024-05-20'),
    培训对象: '设施农业科研骨干',
    境外培训机构: '荷兰瓦赫宁根大学',
    项目类别: '专业技术类',
    公务员人数: 1,
    联系人: '王建国',
    电话: '0571-86404000',
    培训目的: '学习荷兰设施农业精准灌溉技术',
    培训主要内容和必要性: '围绕温室环境控制、水肥一体化开展专题培训和对口考察',
    ...o,
  };
}

const W = '瓦赫宁根';
/**
 * 15 days from Monday 2024-05-06: arrive, 13 days, leave. Topic T on days 1 2 7 8 10 (5 days = exactly
 * 1/3), classroom C on 3 11, visits V on 4 9 12 (Saturday 18th), rest on 5 6 13, last morning classroom.
 * Study = 5 + 2 + 3 + ½ = 10.5 of 15 (0.7).
 */
export function baseDays(): Day[] {
  return [ARRIVE(W), T(W), T(W), C(W), V(W), R(W), R(W), T(W), T(W), V(W), T(W), C(W), V(W), R(W), LEAVE(W)];
}

function zjSchedule(days: Day[], start = '2024-05-06', theme = THEME, opts: Parameters<typeof schedule>[3] = { mergeDates: true }) {
  const s = schedule(`《${theme}》日程安排表`, start, days, opts);
  return { sheet: { name: '日程表', rows: s.rows, merges: s.merges }, rowOf: s.rowOf };
}

function planSheet(rows: Record<string, Cell>[], title = '2024年度因公出国（境）培训项目计划表') {
  const p = listPlan(title, rows);
  return { sheet: { name: '需求表', rows: p.rows, merges: p.merges }, cellOf: p.cellOf };
}

export const zjCases: Case[] = [];

// Z01 the clean return: merged 日期/星期 cells over 上午/下午 rows, 合计 and 备注 rows, topic exactly 1/3.
{
  const p = planSheet([
    zjRow({ 填报日期: d('2023-11-20'), 公示开始日期: d('2024-04-22'), 公示结束日期: d('2024-04-26'), 总结报送日期: d('2024-06-12') }),
  ]);
  const s = zjSchedule(baseDays());
  zjCases.push({
    id: 'zj01-clean',
    about: 'clean Zhejiang return; topic exactly 1/3 passes; 下午 rows under merged dates are the same day; 合计 row is no project',
    packs: ['zj2017'],
    asOf: '2024-07-01',
    sheets: [p.sheet, s.sheet],
    expect: [],
    tallies: { [THEME]: { totalDays: 15, studyDays: 10.5, topicDays: 5, studyShare: 0.7, topicShare: 1 / 3 } },
  });
}

// Z02 study exactly 2/3 (10 of 15) passes.
{
  const days = baseDays();
  days[14] = {
    city: W,
    items: [
      ['上午', '整理行李', '休整'],
      ['下午', '乘机回国', '交通'],
    ],
  };
  const p = planSheet([zjRow()]);
  zjCases.push({
    id: 'zj02-study-exactly-two-thirds',
    about: 'ZJ-RATIO-STUDY boundary: 10 of 15 days is exactly 2/3 and passes',
    packs: ['zj2017'],
    asOf: '2024-06-01',
    sheets: [p.sheet, zjSchedule(days).sheet],
    expect: [],
    tallies: { [THEME]: { totalDays: 15, studyDays: 10, topicDays: 5, studyShare: 2 / 3, topicShare: 1 / 3 } },
  });
}

// Z03 study 9.5 of 15: just below 2/3.
{
  const days = baseDays();
  days[14] = {
    city: W,
    items: [
      ['上午', '整理行李', '休整'],
      ['下午', '乘机回国', '交通'],
    ],
  };
  days[12] = {
    city: W,
    items: [
      ['上午', '对口考察示范农场', '对口考察'],
      ['下午', '自由活动', '休整'],
    ],
  };
  const p = planSheet([zjRow()]);
  zjCases.push({
    id: 'zj03-study-below',
    about: 'ZJ-RATIO-STUDY just past the boundary: 9.5 of 15 days',
    packs: ['zj2017'],
    asOf: '2024-06-01',
    sheets: [p.sheet, zjSchedule(days).sheet],
    expect: [`ZJ-RATIO-STUDY@需求表!${p.cellOf('培训班主题')}`],
    tallies: { [THEME]: { totalDays: 15, studyDays: 9.5, topicDays: 5 } },
  });
}

// Z04 topic 4.5 of 15: just below 1/3 (study stays 10.5).
{
  const days = baseDays();
  days[10] = {
    city: W,
    items: [
      ['上午', '专题讲座：水肥一体化', '专题培训'],
      ['下午', '课堂学习：案例分析', '课堂学习'],
    ],
  };
  const p = planSheet([zjRow()]);
  zjCases.push({
    id: 'zj04-topic-below',
    about: 'ZJ-RATIO-TOPIC just past the boundary: 4.5 of 15 days',
    packs: ['zj2017'],
    asOf: '2024-06-01',
    sheets: [p.sheet, zjSchedule(days).sheet],
    expect: [`ZJ-RATIO-TOPIC@需求表!${p.cellOf('培训班主题')}`],
    tallies: { [THEME]: { totalDays: 15, studyDays: 10.5, topicDays: 4.5, topicShare: 0.3 } },
  });
}

// Z05 Germany, 14 days Monday 2024-06-03 … Sunday 06-16: a Thursday move (error), a Saturday move (none),
// last day a Sunday. Study 10 / 14, topic 5.5 / 14.
const DE_THEME = '智能制造与工业互联网专题研修班';
{
  const F = '法兰克福';
  const M = '慕尼黑';
  const B = '柏林';
  const days: Day[] = [
    ARRIVE(F),
    T(F),
    T(F),
    {
      city: M,
      items: [
        ['上午', '乘火车前往慕尼黑', '交通'],
        ['下午', '专题讲座：工业4.0', '专题培训'],
      ],
    },
    T(M),
    V(B),
    R(B),
    T(B),
    C(B),
    V(B),
    T(B),
    C(B),
    R(B),
    LEAVE(B),
  ];
  const p = planSheet([
    zjRow({
      培训班主题: DE_THEME,
      '国家（地区）': '德国',
      人数: 12,
      天数: 14,
      出发日期: d('2024-06-03'),
      回国日期: d('2024-06-16'),
      境外培训机构: '慕尼黑工业大学',
    }),
  ]);
  const s = zjSchedule(days, '2024-06-03', DE_THEME);
  zjCases.push({
    id: 'zj05-intercity-weekday',
    about: 'ZJ-INTERCITY on a Thursday (city differs from the day before); a Saturday move is no finding',
    packs: ['zj2017'],
    asOf: '2024-07-01',
    sheets: [p.sheet, s.sheet],
    expect: [`ZJ-INTERCITY@日程表!D${s.rowOf(3)}`],
    tallies: { [DE_THEME]: { totalDays: 14, studyDays: 10, topicDays: 5.5 } },
  });
}

// Z06 one row naming two cities (柏林—汉堡) on a Tuesday: one move, not two (the next day is in 汉堡).
{
  const B = '柏林';
  const H = '汉堡';
  const days: Day[] = [
    ARRIVE(B),
    T(B),
    T(B),
    C(B),
    V(B),
    R(B),
    R(B),
    T(B),
    {
      city: `${B}—${H}`,
      items: [
        ['上午', '乘火车前往汉堡', '交通'],
        ['下午', '专题讲座：港口物流', '专题培训'],
      ],
    },
    T(H),
    V(H),
    T(H),
    C(H),
    LEAVE(H),
  ];
  const p = planSheet([
    zjRow({
      培训班主题: DE_THEME,
      '国家（地区）': '德国',
      人数: 12,
      天数: 14,
      出发日期: d('2024-06-03'),
      回国日期: d('2024-06-16'),
      境外培训机构: '汉堡商会',
    }),
  ]);
  const s = zjSchedule(days, '2024-06-03', DE_THEME);
  zjCases.push({
    id: 'zj06-intercity-two-cities-in-a-row',
    about: 'ZJ-INTERCITY once for a row naming two cities on Tuesday 2024-06-11; the following day in the second city is no move',
    packs: ['zj2017'],
    asOf: '2024-07-01',
    sheets: [p.sheet, s.sheet],
    expect: [`ZJ-INTERCITY@日程表!D${s.rowOf(8)}`],
    tallies: { [DE_THEME]: { totalDays: 14, studyDays: 10, topicDays: 5.5 } },
  });
}

// Z07 moves on the first (Monday) and last (Friday) days: ZJ-INTERCITY-ENDS, never ZJ-INTERCITY.
{
  const A = '阿姆斯特丹';
  const first: Day = { city: A, items: [['上午', '乘机抵达阿姆斯特丹', '交通']] };
  const firstB: Day = { city: W, items: [['下午', '乘车抵达瓦赫宁根，入住', '交通']] };
  // 12 days Monday 2024-05-06 … Friday 05-17; day 0 has two rows in two cities (a row each).
  const rest = baseDays().slice(1, 11); // days 1..10
  const last: Day[] = [{ city: W, items: [['上午', '结业座谈', '课堂学习']] }];
  const s = schedule(`《${THEME}》日程安排表`, '2024-05-06', [first, ...rest, ...last], {});
  // same-day rows: append the second row of day 0 and the second row of the last day by hand
  const rows = s.rows;
  const day0 = rows.findIndex((r) => (r[4] as string) === '乘机抵达阿姆斯特丹');
  rows.splice(day0 + 1, 0, [null, null, firstB.items[0][0], firstB.city, firstB.items[0][1], firstB.items[0][2]]);
  rows.push([null, null, '下午', A, '乘车前往阿姆斯特丹，乘机回国', '交通']);
  const p = planSheet([zjRow({ 天数: 12, 回国日期: d('2024-05-17') })]);
  zjCases.push({
    id: 'zj07-intercity-ends',
    about:
      'ZJ-INTERCITY-ENDS on a working first day (lands in Amsterdam, goes on to Wageningen) and a working last day (to Amsterdam to fly home)',
    packs: ['zj2017'],
    asOf: '2024-06-01',
    sheets: [p.sheet, { name: '日程表', rows }],
    // rows: 1 title, 2 header, 3 arrive (Amsterdam), 4 afternoon (Wageningen), …, last two rows the last day
    expect: [`ZJ-INTERCITY-ENDS@日程表!D4`, `ZJ-INTERCITY-ENDS@日程表!D${rows.length}`],
    // days 1..10: T T C V R R T T V T → topic 5, study 5+1+2 = 8, last morning ½ → 8.5 of 12
    tallies: { [THEME]: { totalDays: 12, studyDays: 8.5, topicDays: 5 } },
  });
}

// Z08 transit (经…转机) on a working first day and a move on a Sunday last day: no finding.
{
  const BG = '卑尔根';
  const NO_THEME = '海洋渔业资源管理专题培训班';
  const days: Day[] = [
    {
      city: BG,
      items: [
        ['上午', '乘机经阿姆斯特丹转机抵达卑尔根', '交通'],
        ['下午', '入住，行前说明', '交通'],
      ],
    },
    T(BG),
    T(BG),
    C(BG),
    V(BG),
    R(BG),
    R(BG),
    T(BG),
    T(BG),
    V(BG),
    T(BG),
    C(BG),
    V(BG),
    {
      city: '奥斯陆',
      items: [
        ['上午', '乘车前往奥斯陆', '交通'],
        ['下午', '乘机经停赫尔辛基回国', '交通'],
      ],
    },
  ];
  const p = planSheet([
    zjRow({
      培训班主题: NO_THEME,
      '国家（地区）': '挪威',
      天数: 14,
      出发日期: d('2024-09-02'),
      回国日期: d('2024-09-15'),
      境外培训机构: '挪威海洋研究所',
      预计办班时间: '2024年9月',
    }),
  ]);
  const s = zjSchedule(days, '2024-09-02', NO_THEME);
  zjCases.push({
    id: 'zj08-transit-and-sunday',
    about: 'a flight via a transit city is no move; a move on a Sunday last day is no finding',
    packs: ['zj2017'],
    asOf: '2024-10-01',
    sheets: [p.sheet, s.sheet],
    expect: [],
    // T 1 2 7 8 10 = 5, C 3 11 = 2, V 4 9 12 = 3 → study 10 of 14, topic 5 of 14
    tallies: { [NO_THEME]: { totalDays: 14, studyDays: 10, topicDays: 5 } },
  });
}

// Z09 civil servants and the plan deadline in a plan list without schedules.
{
  const rows = [
    zjRow({ 序号: 1, 培训班主题: '现代农业经营管理专题培训班', 公务员人数: 2, 填报日期: d('2023-11-30') }),
    zjRow({ 序号: 2, 培训班主题: '数字乡村建设专题研修班', 公务员人数: 3, 填报日期: d('2023-12-01') }),
    zjRow({
      序号: 3,
      培训班主题: '乡村振兴战略与基层治理培训班',
      项目类别: '党政类',
      公务员人数: 8,
      出发日期: null,
      回国日期: null,
      预计办班时间: '2024年第三季度',
      填报日期: d('2023-12-01'),
    }),
  ];
  const p = planSheet(rows);
  zjCases.push({
    id: 'zj09-civil-servants-deadline',
    about:
      'ZJ-CIVIL-SERVANTS at 2 (none) and 3 (warning), 党政类 exempt; ZJ-PLAN-DEADLINE on 11-30 (none) and 12-01, plan year from 预计办班时间; C-SCHEDULE-MISSING per project',
    packs: ['zj2017'],
    asOf: '2024-03-01',
    sheets: [p.sheet],
    expect: [
      `C-SCHEDULE-MISSING@需求表!${p.cellOf('培训班主题', 0)}`,
      `C-SCHEDULE-MISSING@需求表!${p.cellOf('培训班主题', 1)}`,
      `C-SCHEDULE-MISSING@需求表!${p.cellOf('培训班主题', 2)}`,
      `ZJ-CIVIL-SERVANTS@需求表!${p.cellOf('公务员人数', 1)}`,
      `ZJ-PLAN-DEADLINE@需求表!${p.cellOf('填报日期', 1)}`,
      `ZJ-PLAN-DEADLINE@需求表!${p.cellOf('填报日期', 2)}`,
    ],
  });
}

// Z10 the 公示 and the holiday calendar.
{
  const base = { 天数: 10, 预计办班时间: null as Cell };
  const rep = (iso: string) => ({ 总结报送日期: d(iso) });
  const rows = [
    // 2024 清明: 4-4..4-6 off, Sunday 4-7 a working day. 4-1..4-7 = 4 working days (Mon–Fri would give 5).
    zjRow({
      ...base,
      序号: 1,
      培训班主题: '精准医学与临床研究专题培训班',
      出发日期: d('2024-04-20'),
      回国日期: d('2024-04-29'),
      ...rep('2024-05-10'),
      公示开始日期: d('2024-04-01'),
      公示结束日期: d('2024-04-07'),
    }),
    // 4-1..4-8 = 5 working days with the 调休 Sunday.
    zjRow({
      ...base,
      序号: 2,
      培训班主题: '公共卫生应急管理专题培训班',
      出发日期: d('2024-04-20'),
      回国日期: d('2024-04-29'),
      ...rep('2024-05-10'),
      公示开始日期: d('2024-04-01'),
      公示结束日期: d('2024-04-08'),
    }),
    // 2023 国庆: 9-29..10-6 off, Saturday 10-7 and Sunday 10-8 working: 10-7..10-11 = 5.
    zjRow({
      ...base,
      序号: 3,
      培训班主题: '海洋经济与港口物流专题培训班',
      出发日期: d('2023-10-20'),
      回国日期: d('2023-10-29'),
      ...rep('2023-11-10'),
      公示开始日期: d('2023-10-07'),
      公示结束日期: d('2023-10-11'),
    }),
    // 2023 国庆 without the 调休 days: 9-28..10-9 = 9-28, 10-7, 10-8, 10-9 = 4.
    zjRow({
      ...base,
      序号: 4,
      培训班主题: '跨境电子商务专题培训班',
      出发日期: d('2023-10-20'),
      回国日期: d('2023-10-29'),
      ...rep('2023-11-10'),
      公示开始日期: d('2023-09-28'),
      公示结束日期: d('2023-10-09'),
    }),
    // starts on the departure day: warning, however long
    zjRow({
      ...base,
      序号: 5,
      培训班主题: '高端装备制造专题培训班',
      出发日期: d('2024-06-03'),
      回国日期: d('2024-06-12'),
      ...rep('2024-06-20'),
      公示开始日期: d('2024-06-03'),
      公示结束日期: d('2024-06-10'),
    }),
    // starts after departure: ZJ-NOTICE-LATE (5 working days long, so not ZJ-NOTICE)
    zjRow({
      ...base,
      序号: 6,
      培训班主题: '生物医药产业创新专题培训班',
      出发日期: d('2024-06-03'),
      回国日期: d('2024-06-12'),
      ...rep('2024-06-20'),
      公示开始日期: d('2024-06-04'),
      公示结束日期: d('2024-06-11'),
    }),
    // runs on after departure, 5 working days before it: fine
    zjRow({
      ...base,
      序号: 7,
      培训班主题: '新材料产业发展专题培训班',
      出发日期: d('2024-06-03'),
      回国日期: d('2024-06-12'),
      ...rep('2024-06-20'),
      公示开始日期: d('2024-05-27'),
      公示结束日期: d('2024-06-07'),
    }),
  ];
  const p = planSheet(rows);
  zjCases.push({
    id: 'zj10-notice-calendar',
    about:
      'ZJ-NOTICE with 清明 2024 and 国庆 2023 (调休 working days), start on departure day; ZJ-NOTICE-LATE; a notice running on after departure',
    packs: ['zj2017'],
    asOf: '2024-06-01',
    sheets: [p.sheet],
    expect: [
      ...rows.map((_, i) => `C-SCHEDULE-MISSING@需求表!${p.cellOf('培训班主题', i)}`),
      `ZJ-NOTICE@需求表!${p.cellOf('公示结束日期', 0)}`,
      `ZJ-NOTICE@需求表!${p.cellOf('公示结束日期', 3)}`,
      `ZJ-NOTICE@需求表!${p.cellOf('公示开始日期', 4)}`,
      `ZJ-NOTICE-LATE@需求表!${p.cellOf('公示开始日期', 5)}`,
    ],
  });
}

// Z11 公示期 as one range cell.
{
  const rows = [
    zjRow({ 序号: 1, 天数: 10, 出发日期: d('2024-05-13'), 回国日期: d('2024-05-22'), 公示期: '2024年4月1日—2024年4月7日' }),
    zjRow({
      序号: 2,
      培训班主题: '农产品质量安全专题培训班',
      天数: 10,
      出发日期: d('2024-05-13'),
      回国日期: d('2024-05-22'),
      公示期: '2024.4.22-2024.4.26',
    }),
  ];
  const p = planSheet(rows);
  zjCases.push({
    id: 'zj11-notice-range-cell',
    about: 'ZJ-NOTICE from a 公示期 range cell (4 working days over 清明 2024; 5 in an ordinary week)',
    packs: ['zj2017'],
    asOf: '2024-05-01',
    sheets: [p.sheet],
    expect: [
      `C-SCHEDULE-MISSING@需求表!${p.cellOf('培训班主题', 0)}`,
      `C-SCHEDULE-MISSING@需求表!${p.cellOf('培训班主题', 1)}`,
      `ZJ-NOTICE@需求表!${p.cellOf('公示期', 0)}`,
    ],
  });
}

// Z12 the report due date and the month-end rule.
{
  const rows = [
    zjRow({
      序号: 1,
      培训班主题: '智慧城市规划建设专题培训班',
      出发日期: d('2024-01-17'),
      回国日期: d('2024-01-31'),
      总结报送日期: d('2024-02-29'),
    }),
    zjRow({
      序号: 2,
      培训班主题: '城市更新与历史街区保护培训班',
      出发日期: d('2024-01-17'),
      回国日期: d('2024-01-31'),
      总结报送日期: d('2024-03-01'),
    }),
    zjRow({ 序号: 3, 培训班主题: '生态环境治理专题培训班', 出发日期: d('2024-05-17'), 回国日期: d('2024-05-31'), 总结报送日期: null }),
    zjRow({ 序号: 4, 培训班主题: '水资源综合管理专题培训班', 出发日期: d('2024-05-15'), 回国日期: d('2024-05-29'), 总结报送日期: null }),
  ];
  const p = planSheet(rows);
  zjCases.push({
    id: 'zj12-report-due',
    about:
      'ZJ-REPORT-LATE: 1-31 → due 2-29 (on time on the day, late on 3-1); blank before the due date (5-31 → 6-30) none; blank after it (5-29 → 6-29) late',
    packs: ['zj2017'],
    asOf: '2024-06-30',
    sheets: [p.sheet],
    expect: [
      ...rows.map((_, i) => `C-SCHEDULE-MISSING@需求表!${p.cellOf('培训班主题', i)}`),
      `ZJ-REPORT-LATE@需求表!${p.cellOf('总结报送日期', 1)}`,
      `ZJ-REPORT-LATE@需求表!${p.cellOf('总结报送日期', 3)}`,
    ],
  });
}

// Z13 participants: pre-departure education missing, after departure, on the departure day.
{
  const p = planSheet([zjRow()]);
  const s = zjSchedule(baseDays());
  const list = people([
    ['李红', UNIT, '否', d('2024-04-28')],
    ['张伟', UNIT, '否', null],
    ['陈静', UNIT, '否', d('2024-05-07')],
    ['刘洋', UNIT, '是', d('2024-05-06')],
  ]);
  zjCases.push({
    id: 'zj13-predeparture',
    about: 'ZJ-PREDEPARTURE: blank date and a date after departure are errors; a date on the departure day is not',
    packs: ['zj2017'],
    asOf: '2024-06-01',
    sheets: [p.sheet, s.sheet, list],
    expect: ['ZJ-PREDEPARTURE@人员名单!G3', 'ZJ-PREDEPARTURE@人员名单!G4'],
  });
}

// Z14 a 市委组织部 in Zhejiang: nothing Sichuan-specific runs; 党政类 exempt from the civil-servant cap.
{
  const rows = [
    zjRow({ 培训班主题: '基层党建与社会治理专题培训班', 组团单位: '中共杭州市委组织部', 项目类别: '党政类', 公务员人数: 15, 天数: 15 }),
  ];
  const p = planSheet(rows);
  const s = zjSchedule(baseDays(), '2024-05-06', '基层党建与社会治理专题培训班');
  zjCases.push({
    id: 'zj14-orgdept-in-zhejiang',
    about: 'a 市委组织部 under zj2017 only: no SC rule, no civil-servant warning for 党政类',
    packs: ['zj2017'],
    asOf: '2024-06-01',
    sheets: [p.sheet, s.sheet],
    expect: [],
  });
}

// Z15 ZJ-INTERCITY via a 城市间交通 row in the same city column (a working Wednesday), and a 回国 flight on day N.
{
  const P = '巴黎';
  const L = '里昂';
  const FR = '数字经济与城市治理专题培训班';
  const days: Day[] = [
    ARRIVE(P),
    T(P),
    C(P),
    {
      city: L,
      items: [
        ['上午', '乘高铁赴里昂', '城市间交通'],
        ['下午', '对口考察里昂市政厅', '对口考察'],
      ],
    },
    T(L),
    V(L),
    R(L),
    T(L),
    T(L),
    C(L),
    LEAVE(L),
  ];
  const p = planSheet([
    zjRow({
      培训班主题: FR,
      '国家（地区）': '法国',
      天数: 11,
      人数: 10,
      出发日期: d('2024-10-14'),
      回国日期: d('2024-10-24'),
      境外培训机构: '法国国立行政学院',
    }),
  ]);
  const s = zjSchedule(days, '2024-10-14', FR);
  zjCases.push({
    id: 'zj15-intercity-typed',
    about: 'ZJ-INTERCITY once on a Thursday whose rows are 城市间交通 and a new city',
    packs: ['zj2017'],
    asOf: '2024-11-01',
    sheets: [p.sheet, s.sheet],
    expect: [`ZJ-INTERCITY@日程表!D${s.rowOf(3)}`],
    // T 1 4 7 8 = 4, C 2 9 = 2, V 5 = 1, day 3 ½ visit, last ½ → study 8 of 11, topic 4 of 11
    tallies: { [FR]: { totalDays: 11, studyDays: 8, topicDays: 4 } },
  });
}
