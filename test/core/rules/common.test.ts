import { cells, dailySchedule, findings, project, ref, schedule, workbook, type RowSpec } from './builders';

const KEY = 'P1';

describe('C-REQUIRED', () => {
  it('passes a complete project', () => expect(findings(workbook({ projects: [project()] }), 'C-REQUIRED')).toEqual([]));
  it('points at the blank field', () => {
    const fs = findings(workbook({ projects: [project({ text: { phone: '' } })] }), 'C-REQUIRED');
    expect(cells(fs)).toEqual(['需求表!L2']);
    expect(fs[0].message).toContain('“电话”');
  });
  it('points at the slot of a missing field, else at the theme cell', () => {
    const p = project({ text: { purpose: null, targets: null } });
    p.slots.purpose = ref('需求表', 'I2');
    expect(cells(findings(workbook({ projects: [p] }), 'C-REQUIRED'))).toEqual(['需求表!A2', '需求表!I2']);
  });
  it('reports a list without the column once per sheet, a form without the field once per project', () => {
    const rows = [1, 2, 3].map((row) => project({ row, key: `K${row}`, text: { targets: null } }));
    const fs = findings(workbook({ projects: rows }), 'C-REQUIRED');
    expect(cells(fs)).toEqual(['需求表!A2']);
    expect(fs[0].message).toContain('没有必填项“培训对象”一列，3 个项目均未填写');
    const forms = [1, 2].map((row) => project({ row, key: `F${row}`, layout: 'form', text: { targets: null } }));
    expect(cells(findings(workbook({ projects: forms }), 'C-REQUIRED'))).toEqual(['需求表!A2', '需求表!A3']);
  });
  it('treats the form\'s printed words in 境外培训机构 as blank', () => {
    const p = project({ text: { institution: '机构名称：    （是否境外培训合作机构是☐ 否☐）' } });
    expect(cells(findings(workbook({ projects: [p] }), 'C-REQUIRED'))).toEqual(['需求表!G2']);
    const named = project({ text: { institution: '机构名称：慕尼黑工业大学（是否境外培训合作机构是☑ 否☐）' } });
    expect(findings(workbook({ projects: [named] }), 'C-REQUIRED')).toEqual([]);
  });
  it('reports a blank 人数 as required, not as C-NUMBER', () => {
    const wb = workbook({ projects: [project({ people: '' })] });
    expect(cells(findings(wb, 'C-REQUIRED'))).toEqual(['需求表!D2']);
    expect(findings(wb, 'C-NUMBER')).toEqual([]);
  });
});

describe('C-NUMBER', () => {
  const num = (spec: Parameters<typeof project>[0]) => findings(workbook({ projects: [project(spec)] }), 'C-NUMBER');
  it('passes positive whole people/days and a positive budget', () => expect(num({ people: 1, days: 1, budgetWan: 0.5 })).toEqual([]));
  it('fails an Excel error, at its cell', () => expect(cells(num({ people: { error: '#N/A' } }))).toEqual(['需求表!D2']));
  it('fails unreadable text, zero, a fraction of a person, a negative budget', () => {
    expect(cells(num({ days: { bad: '两周' } }))).toEqual(['需求表!E2']);
    expect(num({ people: 0 })[0].message).toContain('不是正数');
    expect(num({ people: 1.5 })[0].message).toContain('不是整数');
    expect(cells(num({ budgetWan: -1 }))).toEqual(['需求表!F2']);
    expect(num({ budgetWan: { error: '#VALUE!' } })[0].message).toContain('Excel错误值');
  });
  it('skips rules needing the number (SC-GROUP-SIZE on #N/A)', () => {
    expect(findings(workbook({ projects: [project({ people: { error: '#N/A' } })] }), 'SC-GROUP-SIZE')).toEqual([]);
  });
});

describe('C-NORMALISED', () => {
  it('lists the reader\'s notes and inferred schedule types, as info', () => {
    const s = schedule(KEY, [{ date: '2024-06-03', content: '参观西门子工厂', type: '对口考察', inferred: true }, { date: '2024-06-04', type: '课堂学习' }]);
    const wb = workbook({
      projects: [project({ key: KEY, budgetWan: { value: 1.5, text: '15000元', note: '“15000元”按1.5万元计' } })],
      schedules: [s],
      notes: [{ ref: ref('需求表', 'D2'), message: '“20人”按20计', projectKey: KEY }],
    });
    const fs = findings(wb, 'C-NORMALISED');
    expect(cells(fs)).toEqual(['需求表!D2', '需求表!F2', '日程表!G2']);
    expect(fs.every((f) => f.severity === 'info')).toBe(true);
    expect(fs[2].message).toContain('对口考察');
  });
  it('does not repeat a value note the reader already listed', () => {
    const wb = workbook({
      projects: [project({ key: KEY, budgetWan: { value: 1.5, text: '15000元', note: 'x' } })],
      notes: [{ ref: ref('需求表', 'F2'), message: '“15000元”按1.5万元计' }],
    });
    expect(findings(wb, 'C-NORMALISED')).toHaveLength(1);
  });
  it('says nothing when nothing was converted', () => expect(findings(workbook({ projects: [project()] }), 'C-NORMALISED')).toEqual([]));
});

describe('C-PHONE', () => {
  const phone = (t: string) => findings(workbook({ projects: [project({ text: { phone: t } })] }), 'C-PHONE');
  it('passes a landline with area code, a mobile, several numbers', () => {
    expect(phone('0571-87054069')).toEqual([]);
    expect(phone('13812345678')).toEqual([]);
    expect(phone('010-58884238，58884236')).toEqual([]);
    expect(phone('13812345678、0571-87054069')).toEqual([]);
  });
  it('warns a landline without area code or a short mobile', () => {
    expect(cells(phone('87054069'))).toEqual(['需求表!L2']);
    expect(phone('1381234567')[0].severity).toBe('warning');
  });
});

describe('C-CHECKBOX and C-SPONSOR', () => {
  const sponsor = (yes: boolean, no: boolean, inlineSponsor?: string) =>
    workbook({ projects: [project({ layout: 'form', hasSponsor: { yes, no, inlineSponsor, text: 'x' } })] });
  it('passes one tick', () => {
    expect(findings(sponsor(false, true), 'C-CHECKBOX')).toEqual([]);
    expect(findings(sponsor(true, false, '某基金会'), 'C-SPONSOR')).toEqual([]);
  });
  it('both ticked is C-CHECKBOX only, at the tick cell', () => {
    const wb = sponsor(true, true, '');
    expect(cells(findings(wb, 'C-CHECKBOX'))).toEqual(['需求表!V2']);
    expect(findings(wb, 'C-SPONSOR')).toEqual([]);
  });
  it('neither ticked is C-CHECKBOX', () => expect(findings(sponsor(false, false), 'C-CHECKBOX')[0].message).toContain('都未勾选'));
  it('有 with underscores for 资助方 is C-SPONSOR at the tick cell', () => {
    expect(cells(findings(sponsor(true, false, '____'), 'C-SPONSOR'))).toEqual(['需求表!V2']);
  });
  it('checks 是否境外培训合作机构 too', () => {
    const wb = workbook({ projects: [project({ layout: 'form', isPartner: { yes: true, no: true } })] });
    expect(cells(findings(wb, 'C-CHECKBOX'))).toEqual(['需求表!X2']);
  });
});

describe('C-SCHEDULE-MISSING', () => {
  const wb = workbook({ projects: [project({ key: KEY })] });
  it('warns when zj2017 runs and the project has no schedule', () => {
    const fs = findings(wb, 'C-SCHEDULE-MISSING', { packs: ['zj2017'] });
    expect(cells(fs)).toEqual(['需求表!A2']);
    expect(fs[0].severity).toBe('warning');
  });
  it('says nothing without zj2017, or with a schedule', () => {
    expect(findings(wb, 'C-SCHEDULE-MISSING', { packs: ['sc2020'] })).toEqual([]);
    expect(findings({ ...wb, schedules: [dailySchedule(KEY, '2024-06-03', 15, () => '课堂学习')] }, 'C-SCHEDULE-MISSING', { packs: ['zj2017'] })).toEqual([]);
  });
});

describe('C-SCHEDULE-DAYS', () => {
  const days = (declared: number, n: number) => findings(workbook({ projects: [project({ key: KEY, days: declared })], schedules: [dailySchedule(KEY, '2024-06-03', n, () => '课堂学习')] }), 'C-SCHEDULE-DAYS');
  it('passes when the schedule covers the declared days', () => expect(days(15, 15)).toEqual([]));
  it('fails one day short, at the 天数 cell', () => {
    const fs = days(15, 14);
    expect(cells(fs)).toEqual(['需求表!E2']);
    expect(fs[0].message).toContain('日程表共14天，与申报天数15天不一致');
  });
});

describe('C-SCHEDULE-DATES', () => {
  const dates = (rows: RowSpec[]) => findings(workbook({ projects: [project({ key: KEY })], schedules: [schedule(KEY, rows)] }), 'C-SCHEDULE-DATES');
  it('passes consecutive dates, several rows a day, and a right 星期', () => {
    expect(dates([{ date: '2024-06-03', weekday: '星期一', slot: '上午' }, { date: '2024-06-03', slot: '下午' }, { date: '2024-06-04', weekday: '周二' }])).toEqual([]);
  });
  it('warns a skipped day, a backward date, a repeat and a wrong 星期', () => {
    expect(cells(dates([{ date: '2024-06-03' }, { date: '2024-06-05' }]))).toEqual(['日程表!A3']);
    expect(dates([{ date: '2024-06-03' }, { date: '2024-06-02' }])[0].message).toContain('早于');
    expect(dates([{ date: '2024-06-03' }, { date: '2024-06-04' }, { date: '2024-06-03' }])[0].message).toContain('重复');
    expect(cells(dates([{ date: '2024-06-03', weekday: '星期二' }]))).toEqual(['日程表!B2']);
  });
  it('checks 第N天 where there are no dates', () => {
    expect(dates([{ day: 1 }, { day: 2 }, { day: 2 }, { day: 3 }])).toEqual([]);
    expect(dates([{ day: 1 }, { day: 3 }])).toHaveLength(1);
  });
});

describe('C-SCHEDULE-PLACE (不得增加出访国家（地区）)', () => {
  it('passes declared countries and the home legs', () => {
    const s = schedule(KEY, [{ date: '2024-06-03', city: '北京', country: '中国' }, { date: '2024-06-04', city: '柏林', country: '德国' }]);
    expect(findings(workbook({ projects: [project({ key: KEY })], schedules: [s] }), 'C-SCHEDULE-PLACE')).toEqual([]);
  });
  it('fails once per undeclared country, at its first row\'s 国家 cell', () => {
    const s = schedule(KEY, [
      { date: '2024-06-03', city: '柏林', country: '德国' },
      { date: '2024-06-04', city: '巴黎', country: '法国' },
      { date: '2024-06-05', city: '里昂', country: '法国' },
    ]);
    const fs = findings(workbook({ projects: [project({ key: KEY })], schedules: [s] }), 'C-SCHEDULE-PLACE');
    expect(cells(fs)).toEqual(['日程表!E3']);
    expect(fs[0].message).toContain('“法国”');
    expect(fs[0]).toMatchObject({ projectKey: KEY, data: { country: '法国', declared: '德国' } });
  });
  it('points at the city cell where there is no 国家 cell', () => {
    const s = schedule(KEY, [{ date: '2024-06-03', city: '柏林' }]);
    s.rows[0].countries = ['奥地利'];
    expect(cells(findings(workbook({ projects: [project({ key: KEY })], schedules: [s] }), 'C-SCHEDULE-PLACE'))).toEqual(['日程表!D2']);
  });
});

describe('C-DUPLICATE', () => {
  it('warns on the later project\'s theme cell', () => {
    const a = project({ key: 'A', row: 1 });
    const b = project({ key: 'B', row: 2, text: { theme: ' 智能制造关键技术\n专题培训班 ' } });
    const fs = findings(workbook({ projects: [a, b] }), 'C-DUPLICATE');
    expect(cells(fs)).toEqual(['需求表!A3']);
    expect(fs[0].related).toEqual([{ sheet: '需求表', cell: 'A2' }]);
  });
  it('passes a different theme', () => {
    const a = project({ key: 'A', row: 1 });
    const b = project({ key: 'B', row: 2, text: { theme: '新材料技术专题培训班' } });
    expect(findings(workbook({ projects: [a, b] }), 'C-DUPLICATE')).toEqual([]);
  });
});

describe('C-UNREADABLE', () => {
  it('reports the reader\'s problems', () => {
    const fs = findings(workbook({ problems: [{ sheet: 'Sheet3', cell: 'A1', message: '未找到需求表、日程表或人员名单的表头' }] }), 'C-UNREADABLE');
    expect(fs).toEqual([expect.objectContaining({ severity: 'error', sheet: 'Sheet3', cell: 'A1' })]);
  });
  it('says nothing when everything was read', () => expect(findings(workbook({ projects: [project()] }), 'C-UNREADABLE')).toEqual([]));
});

describe('online projects', () => {
  it('skip offline-only rules but not the others', () => {
    const p = project({ mode: 'online', days: 3, people: 25 });
    expect(findings(workbook({ projects: [p] }), 'SC-DURATION')).toEqual([]);
    expect(findings(workbook({ projects: [p] }), 'SC-GROUP-SIZE')).toHaveLength(1);
  });
});

describe('C-DATES-ORDER', () => {
  const order = (departDate: string | null, returnDate: string | null) =>
    findings(workbook({ projects: [project({ departDate, returnDate })] }), 'C-DATES-ORDER');
  it('passes a return after departure, and a one-day visit (same day)', () => {
    expect(order('2024-06-01', '2024-06-15')).toEqual([]);
    expect(order('2024-06-15', '2024-06-15')).toEqual([]);
  });
  it('fails a departure one day after the return, at the 回国日期 cell, with both dates', () => {
    const fs = order('2024-06-16', '2024-06-15');
    expect(cells(fs)).toEqual(['需求表!R2']);
    expect(fs[0].severity).toBe('error');
    expect(fs[0].message).toContain('出发日期');
    expect(fs[0].data).toEqual({ departDate: '2024-06-16', returnDate: '2024-06-15' });
  });
  it('says nothing when either date is missing', () => {
    expect(order(null, '2024-06-15')).toEqual([]);
    expect(order('2024-06-16', null)).toEqual([]);
  });
});
