/**
 * The common rules on the demand table at the edges the main tests leave: which project a finding belongs to,
 * messages with their figures, the form/list difference of C-CHECKBOX, 资助方 wording, duplicates across files.
 */
import { badTicks } from '../../../../src/core/rules/common/checkbox';
import { duplicateKey, placeOf } from '../../../../src/core/rules/common/duplicate';
import { numberProblem } from '../../../../src/core/rules/common/number';
import { sponsorName } from '../../../../src/core/rules/common/sponsor';
import { findings, project, ref, schedule, workbook, type ProjectSpec } from '../builders';

function second(ruleId: string, spec: ProjectSpec) {
  const wb = workbook({ projects: [project({ key: 'OK', row: 1 }), project({ key: 'BAD', row: 2, ...spec })] });
  return findings(wb, ruleId).map((f) => [f.projectKey, `${f.sheet}!${f.cell}`]);
}

describe('every common finding about a project names it (projectKey)', () => {
  it.each([
    ['C-NUMBER', { people: 0 }, 'D3'],
    ['C-PHONE', { text: { phone: '12345' } }, 'L3'],
    ['C-CHECKBOX', { hasSponsor: { yes: true, no: true } }, 'V3'],
    ['C-SPONSOR', { hasSponsor: { yes: true, no: false, text: '有☑ 否☐' }, text: { sponsor: '____' } }, 'V3'],
    ['C-DATES-ORDER', { departDate: '2024-06-10', returnDate: '2024-06-09' }, 'R3'],
    ['C-NORMALISED', { people: { value: 20, text: '20人', note: '“20人”按20计' } }, 'D3'],
  ] as [string, ProjectSpec, string][])('%s', (ruleId, spec, cell) => {
    expect(second(ruleId, spec)).toEqual([['BAD', `需求表!${cell}`]]);
  });

  it('C-REQUIRED: a blank field, and a list without the column (at the first project)', () => {
    expect(second('C-REQUIRED', { text: { contact: '' } })).toEqual([['BAD', '需求表!K3']]);
    const wb = workbook({
      projects: [project({ key: 'A', row: 1, text: { targets: null } }), project({ key: 'B', row: 2, text: { targets: null } })],
    });
    expect(findings(wb, 'C-REQUIRED').map((f) => f.projectKey)).toEqual(['A']);
  });

  it('C-DUPLICATE: the later project', () => {
    const wb = workbook({ projects: [project({ key: 'A', row: 1 }), project({ key: 'B', row: 2 })] });
    expect(findings(wb, 'C-DUPLICATE').map((f) => f.projectKey)).toEqual(['B']);
  });

  it("C-NORMALISED: a reader note keeps its project, an inferred type its schedule's project", () => {
    const wb = workbook({
      projects: [project({ key: 'P' })],
      notes: [{ ref: ref('需求表', 'D2'), message: '“20人”按20计', projectKey: 'P' }],
      schedules: [schedule('P', [{ date: '2024-06-03', content: '参观工厂', type: '对口考察', inferred: true }])],
    });
    expect(findings(wb, 'C-NORMALISED').map((f) => [f.projectKey, f.cell, f.message])).toEqual([
      ['P', 'D2', '“20人”按20计'],
      ['P', 'G2', '按内容“参观工厂”推定活动类型为“对口考察”（无类型列或类型为空）'],
    ]);
  });
});

describe('C-NORMALISED', () => {
  it('lists a note on each converted value once, whichever field it is on', () => {
    const note = (text: string) => ({ note: `“${text}”已转换`, text });
    const p = project({
      days: { value: 15, ...note('15天') },
      filedDate: { value: '2024-05-01', ...note('2024.5.1') },
      departDate: { value: '2024-06-01', ...note('6月1日') },
      returnDate: { value: '2024-06-15', ...note('6月15日') },
      noticeStart: { value: '2024-05-10', ...note('5.10') },
      noticeEnd: { value: '2024-05-16', ...note('5.16') },
      reportDate: { value: '2024-07-01', ...note('7.1') },
      civilServants: { value: 2, ...note('2人') },
      inBudget: { value: true, ...note('√') },
    });
    expect(findings(workbook({ projects: [p] }), 'C-NORMALISED').map((f) => f.cell)).toEqual([
      'E2',
      'O2',
      'P2',
      'Q2',
      'R2',
      'S2',
      'T2',
      'U2',
      'Y2',
    ]);
  });

  it('a schedule row whose type was inferred, with no 类型 cell, is noted at its content cell', () => {
    const s = schedule('P', [{ date: '2024-06-03', content: '参观工厂', type: '对口考察', inferred: true }]);
    s.rows[0].typeRef = null;
    expect(findings(workbook({ projects: [project({ key: 'P' })], schedules: [s] }), 'C-NORMALISED').map((f) => f.cell)).toEqual(['F2']);
  });

  it('a row with neither a 类型 nor a content cell has nowhere to be noted; a blank content is quoted empty', () => {
    const s = schedule('P', [
      { date: '2024-06-03', type: '交通', inferred: true },
      { date: '2024-06-04', type: '交通', inferred: true },
    ]);
    s.rows[0].typeRef = null;
    s.rows[0].content = null;
    s.rows[1].content = null;
    expect(
      findings(workbook({ projects: [project({ key: 'P' })], schedules: [s] }), 'C-NORMALISED').map((f) => [f.cell, f.message]),
    ).toEqual([['G3', '按内容“”推定活动类型为“交通”（无类型列或类型为空）']]);
  });

  it('a schedule with no project gives notes with no projectKey', () => {
    const s = schedule(null, [{ date: '2024-06-03', content: '参观工厂', type: '对口考察', inferred: true }]);
    const [f] = findings(workbook({ schedules: [s] }), 'C-NORMALISED');
    expect(f.projectKey).toBeUndefined();
  });
});

describe('C-REQUIRED', () => {
  const institution = (text: string) =>
    findings(workbook({ projects: [project({ text: { institution: text } })] }), 'C-REQUIRED').map((f) => f.cell);
  it('a field of spaces only is blank', () => {
    expect(findings(workbook({ projects: [project({ text: { contact: ' \u3000 ' } })] }), 'C-REQUIRED').map((f) => f.cell)).toEqual(['K2']);
  });
  it("the form's printed words are blank however they are spaced or cut off", () => {
    expect(institution('机构名称：（ 是否境外培训合作机构 是☐ 否☐）')).toEqual(['G2']);
    expect(institution('机构名称：（是否境外培训合作机构是☐ 否☐')).toEqual(['G2']);
    expect(institution('机构名称 （是否境外培训合作机构是☐ 否☐）')).toEqual(['G2']);
    expect(institution('机构名称：慕尼黑大学（ 是否境外培训合作机构 是☑ 否☐）')).toEqual([]);
  });
});

describe('C-NUMBER', () => {
  it('says what is wrong and what is expected', () => {
    const num = (spec: ProjectSpec) =>
      findings(workbook({ projects: [project(spec)] }), 'C-NUMBER').map((f) => f.message.replace(/（.*$/, ''));
    expect(num({ people: 0 })).toEqual(['人数“0”不是正数，应为正整数']);
    expect(num({ days: 1.5 })).toEqual(['天数“1.5”不是整数，应为正整数']);
    expect(num({ days: { bad: '两周' } })).toEqual(['天数“两周”无法识别为数字，应为正整数']);
    const [budget] = findings(workbook({ projects: [project({ budgetWan: { error: '#N/A' } })] }), 'C-NUMBER');
    expect(budget.message).toMatch(/^经费预算“#N\/A”是Excel错误值，应为正数金额（万元）（/);
  });

  it("a budget need not be whole; a blank is C-REQUIRED's", () => {
    const r = (value: number) => ({ ok: true as const, value, ref: ref('需求表', 'F2'), text: String(value) });
    expect(numberProblem(r(1.5), false)).toBeNull();
    expect(numberProblem(r(1.5), true)).toBe('not-whole');
    expect(numberProblem(r(0), false)).toBe('not-positive');
    expect(numberProblem({ ok: false, problem: 'blank', ref: ref('需求表', 'F2'), text: '' }, true)).toBeNull();
    expect(numberProblem(undefined, true)).toBeNull();
  });
});

describe('C-PHONE', () => {
  it("quotes the number, trimmed, and skips a blank one (C-REQUIRED's)", () => {
    const phone = (t: string) => findings(workbook({ projects: [project({ text: { phone: t } })] }), 'C-PHONE');
    expect(phone(' 87054069 ')[0].message).toMatch(/^电话“87054069”不是可识别的号码/);
    expect(phone('   ')).toEqual([]);
  });
});

describe('C-CHECKBOX', () => {
  const box = (yes: boolean, no: boolean, text = '') => ({ ref: ref('需求表', 'V2'), text, yes, no });

  it('in a list a blank cell is no answer to judge; on a form, or with text in the cell, neither ticked is a finding', () => {
    expect(badTicks(box(false, false, ''), project())).toBeNull();
    expect(badTicks(box(false, false, '  '), project())).toBeNull();
    expect(badTicks(box(false, false, '有☐ 否☐'), project())).toBe('neither');
    expect(badTicks(box(false, false, ''), project({ layout: 'form' }))).toBe('neither');
    expect(badTicks(box(true, true), project())).toBe('both');
    expect(badTicks(box(true, false), project())).toBeNull();
    expect(badTicks(box(false, true), project())).toBeNull();
    expect(badTicks(undefined, project())).toBeNull();
  });

  it('names the question and what is wrong', () => {
    const wb = workbook({
      projects: [project({ hasSponsor: { yes: true, no: true }, isPartner: { yes: false, no: false, text: '是☐ 否☐' } })],
    });
    expect(findings(wb, 'C-CHECKBOX').map((f) => f.message.replace(/（.*$/, ''))).toEqual([
      '“是否有境外资助”两个选项都勾选了，应只勾选一项',
      '“是否境外培训合作机构”两个选项都未勾选，应只勾选一项',
    ]);
  });
});

describe('C-SPONSOR', () => {
  const withSponsor = (inlineSponsor: string | undefined, sponsor: string | null) =>
    project({ hasSponsor: { yes: true, no: false, text: '有☑', inlineSponsor }, text: { sponsor } });

  it('reads the sponsor inside the tick cell first, else the 资助方 field without its label', () => {
    expect(sponsorName(withSponsor('德国学术交流中心', null))).toBe('德国学术交流中心');
    expect(sponsorName(withSponsor(' __ ', '资助方：DAAD'))).toBe('DAAD');
    expect(sponsorName(withSponsor(undefined, '资助方:DAAD'))).toBe('DAAD');
    expect(sponsorName(withSponsor(undefined, '资助方 ＿＿ '))).toBe('');
    expect(sponsorName(withSponsor(undefined, null))).toBe('');
    expect(sponsorName(withSponsor(undefined, '中德资助方联合基金'))).toBe('中德资助方联合基金');
    expect(sponsorName(project({ text: { sponsor: 'DAAD' } }))).toBe('DAAD');
  });

  it('is a finding only when 有 alone is ticked and no sponsor is named', () => {
    const run = (p: ReturnType<typeof project>) => findings(workbook({ projects: [p] }), 'C-SPONSOR');
    expect(run(withSponsor(undefined, '　'))).toHaveLength(1);
    expect(run(withSponsor('DAAD', null))).toEqual([]);
    expect(run(project({ hasSponsor: { yes: false, no: true } }))).toEqual([]);
    expect(run(project({ hasSponsor: { yes: true, no: true } }))).toEqual([]);
    expect(run(withSponsor(undefined, null))[0].message).toMatch(/^勾选了“有境外资助”，但未填写资助方/);
  });
});

describe('C-DATES-ORDER', () => {
  it('relates the 出发日期 cell and says both dates', () => {
    const [f] = findings(workbook({ projects: [project({ departDate: '2024-06-10', returnDate: '2024-06-09' })] }), 'C-DATES-ORDER');
    expect(f.related).toEqual([{ sheet: '需求表', cell: 'Q2' }]);
    expect(f.message).toBe('出发日期2024年6月10日晚于回国日期2024年6月9日，请核对两个日期');
    expect(f.data).toEqual({ departDate: '2024-06-10', returnDate: '2024-06-09' });
  });
  it('says nothing when a date could not be read', () => {
    expect(findings(workbook({ projects: [project({ departDate: { bad: '六月' }, returnDate: '2024-06-09' })] }), 'C-DATES-ORDER')).toEqual(
      [],
    );
  });
});

describe('C-DUPLICATE', () => {
  it('needs both a unit and a theme', () => {
    expect(duplicateKey(project({ text: { unit: '' } }))).toBeNull();
    expect(duplicateKey(project({ text: { unit: null } }))).toBeNull();
    const noUnit = workbook({
      projects: [project({ key: 'A', row: 1, text: { unit: null } }), project({ key: 'B', row: 2, text: { unit: null } })],
    });
    expect(findings(noUnit, 'C-DUPLICATE')).toEqual([]);
    expect(duplicateKey(project({ text: { theme: null } }))).toBeNull();
    expect(duplicateKey(project({ text: { unit: ' 浙江省 科学技术厅', theme: '智能制造（一期）' } }))).toBe(
      duplicateKey(project({ text: { theme: '智能制造(一期)' } })),
    );
    const blank = workbook({
      projects: [project({ key: 'A', row: 1, text: { unit: '' } }), project({ key: 'B', row: 2, text: { unit: '' } })],
    });
    expect(findings(blank, 'C-DUPLICATE')).toEqual([]);
  });

  it("names unit, theme and the earlier project's place; a place in another file names the file", () => {
    const wb = workbook({
      projects: [
        project({ key: 'A', row: 1 }),
        project({ key: 'B', row: 2, text: { unit: ' 浙江省科学技术厅 ', theme: ' 智能制造关键技术专题培训班 ' } }),
      ],
    });
    expect(findings(wb, 'C-DUPLICATE')[0].message).toBe(
      '组团单位“浙江省科学技术厅”的培训班“智能制造关键技术专题培训班”与需求表!A2的项目重复',
    );
    expect(placeOf(project({ row: 4 }), true)).toBe('test.xlsx 需求表!A5');
    expect(placeOf(project({ row: 4 }), false)).toBe('需求表!A5');
  });

  it('three copies give two findings, each pointing back at the first', () => {
    const wb = workbook({ projects: [1, 2, 3].map((row) => project({ key: `K${row}`, row })) });
    expect(findings(wb, 'C-DUPLICATE').map((f) => [f.cell, f.related])).toEqual([
      ['A3', [{ sheet: '需求表', cell: 'A2' }]],
      ['A4', [{ sheet: '需求表', cell: 'A2' }]],
    ]);
  });
});

describe('C-UNREADABLE', () => {
  it("passes on the reader's message and has no project", () => {
    const [f] = findings(workbook({ problems: [{ sheet: 'Sheet3', cell: 'B4', message: '未找到表头' }] }), 'C-UNREADABLE');
    expect(f).toMatchObject({ sheet: 'Sheet3', cell: 'B4', message: '未找到表头' });
    expect(f.projectKey).toBeUndefined();
  });
});

describe('every common finding carries its figures (data)', () => {
  const data = (ruleId: string, spec: ProjectSpec) => findings(workbook({ projects: [project(spec)] }), ruleId).map((f) => f.data);
  it('C-CHECKBOX, C-NUMBER, C-PHONE, C-SPONSOR', () => {
    expect(data('C-CHECKBOX', { hasSponsor: { yes: true, no: true } })).toEqual([{ question: '是否有境外资助', ticked: 'both' }]);
    expect(data('C-NUMBER', { people: 0 })).toEqual([{ field: '人数', text: '0', problem: 'not-positive' }]);
    expect(data('C-PHONE', { text: { phone: ' 12345 ' } })).toEqual([{ phone: '12345' }]);
    expect(data('C-SPONSOR', { hasSponsor: { yes: true, no: false, text: '有☑' }, text: { sponsor: '__' } })).toEqual([{ sponsor: '' }]);
  });
  it('C-DUPLICATE names unit, theme (trimmed) and the earlier place', () => {
    const wb = workbook({
      projects: [
        project({ key: 'A', row: 1 }),
        project({ key: 'B', row: 2, text: { unit: ' 浙江省科学技术厅 ', theme: ' 智能制造关键技术专题培训班 ' } }),
      ],
    });
    const [f] = findings(wb, 'C-DUPLICATE');
    expect(f.data).toEqual({ unit: '浙江省科学技术厅', theme: '智能制造关键技术专题培训班', earlier: '需求表!A2' });
    expect(f.severity).toBe('warning');
  });
  it('C-NORMALISED keeps the note, the text and the inferred type', () => {
    const wb = workbook({
      projects: [project({ key: 'P', people: { value: 20, text: '20人', note: '“20人”按20计' } })],
      notes: [{ ref: ref('需求表', 'E2'), message: '“15天”按15计', projectKey: 'P' }],
      schedules: [schedule('P', [{ date: '2024-06-03', content: '参观工厂', type: '对口考察', inferred: true }])],
    });
    expect(findings(wb, 'C-NORMALISED').map((f) => f.data)).toEqual([
      { note: '“20人”按20计', text: '20人' },
      { note: '“15天”按15计' },
      { content: '参观工厂', type: '对口考察' },
    ]);
    const s = schedule('P', [{ date: '2024-06-03', type: '交通', inferred: true }]);
    s.rows[0].content = null;
    expect(findings(workbook({ projects: [project({ key: 'P' })], schedules: [s] }), 'C-NORMALISED').map((f) => f.data)).toEqual([
      { content: '', type: '交通' },
    ]);
  });
  it('C-UNREADABLE names the sheet', () => {
    expect(findings(workbook({ problems: [{ sheet: 'Sheet3', cell: 'A1', message: '未找到表头' }] }), 'C-UNREADABLE')[0].data).toEqual({
      sheet: 'Sheet3',
    });
  });
  it('C-REQUIRED: a list without columns, one finding at the theme cell of the first project, counting the projects', () => {
    const wb = workbook({
      projects: [
        project({ key: 'A', row: 1, text: { targets: null, purpose: null } }),
        project({ key: 'B', row: 2, text: { targets: null, purpose: null } }),
      ],
    });
    const fs = findings(wb, 'C-REQUIRED');
    expect(fs.map((f) => [f.projectKey, f.cell, f.data])).toEqual([['A', 'A2', { fields: '培训对象、培训目的', count: 2, projects: 2 }]]);
    expect(fs[0].message).not.toContain('未填写；');
  });
  it('C-REQUIRED: the same columns missing on two sheets are two findings', () => {
    const a = project({ key: 'A', row: 1, text: { targets: null } });
    const b = project({ key: 'B', row: 1, sheet: '需求表2', text: { targets: null } });
    expect(findings(workbook({ projects: [a, b] }), 'C-REQUIRED').map((f) => f.projectKey)).toEqual(['A', 'B']);
  });
});

describe('C-MODE-MISSING', () => {
  const run = (spec: ProjectSpec, packs?: string[]) =>
    findings(workbook({ projects: [project(spec)] }), 'C-MODE-MISSING', packs ? { packs: packs as never } : {});
  it('only when most2022-online runs and the mode was assumed, at the theme cell without a 培训形式 field, with its words and data', () => {
    const [f] = run({});
    expect(f).toMatchObject({ cell: 'A2', projectKey: 'test.xlsx#需求表#2', data: { assumedMode: 'offline', pack: 'most2022-online' } });
    expect(f.message).toMatch(/^未写明培训形式（无“培训形式”，标题和培训班主题也未写“线上”），已按线下培训审核/);
    expect(run({ mode: 'offline' })).toEqual([]);
    expect(run({ mode: 'online' })).toEqual([]);
    expect(run({}, ['zj2017', 'sc2020'])).toEqual([]);
    expect(run({ text: { mode: '' } })[0].cell).toBe('N2');
  });
});
