import { sheetFromRows, type CellRef } from '../../../src/core/grid';
import type { Participant, Project } from '../../../src/core/model/records';
import { ceRowsFromPlans, planRowsToSheetValues } from '../../../src/core/ce';
import { tallyCe } from '../../../src/core/ceReview';
import { parsedFrom } from './helpers';
import { recogniseCeSheet } from '../../../src/core/ce/read';

const ref = (row: number, col = 0): CellRef => ({ sheet: '计划', row, col });
const fc = (text: string, row = 1, col = 0) => ({ ref: ref(row, col), text });

function project(key: string, o: { days?: number; depart?: string; ret?: string; planned?: string; extra?: [string, string][] } = {}): Project {
  return {
    key,
    source: { file: 'plan.xlsx', sheet: '计划', row: 1 },
    layout: 'list',
    fields: { theme: fc(`${key}主题`), unit: fc('省科技厅') },
    slots: {},
    extra: (o.extra ?? []).map(([label, text]) => ({ label, text, ref: ref(1, 9) })),
    days: o.days === undefined ? undefined : { ok: true, value: o.days, ref: ref(1, 4), text: String(o.days) },
    departDate: o.depart ? { ok: true, value: o.depart, ref: ref(1, 5), text: o.depart } : undefined,
    returnDate: o.ret ? { ok: true, value: o.ret, ref: ref(1, 6), text: o.ret } : undefined,
    plannedTime: o.planned ? { ok: true, value: { from: o.planned, to: o.planned }, ref: ref(1, 7), text: o.planned } : undefined,
  };
}

function person(projectKey: string | null, name: string, fields: Record<string, string> = {}, row = 1): Participant {
  const f: Participant['fields'] = {};
  for (const [k, v] of Object.entries(fields)) f[k] = { ref: { sheet: '名单', row, col: 3 }, text: v };
  return {
    source: { file: 'plan.xlsx', sheet: '名单', row },
    projectKey,
    name: { ref: { sheet: '名单', row, col: 1 }, text: name },
    civilServant: null,
    civilServantRef: null,
    predeparture: null,
    fields: f,
  };
}

describe('ceRowsFromPlans', () => {
  it('gives each participant of an approved project days × 6 hours of outbound training, in the year of departure', () => {
    const { rows, skipped } = ceRowsFromPlans({
      projects: [project('P1', { days: 14, depart: '2024-05-08', planned: '2023-12-01' })],
      participants: [person('P1', '张三', { 身份证号码: '33010219900101123X', 工作单位: '甲所' }), person('P1', '李四', {}, 2), person('P2', '王五')],
    });
    expect(skipped).toEqual([]);
    expect(rows).toEqual([
      expect.objectContaining({ name: '张三', idNumber: '33010219900101123X', unit: '甲所', year: 2024, days: 14, hours: 84, subject: '专业科目', form: '出国（境）培训', projectKey: 'P1' }),
      expect.objectContaining({ name: '李四', idNumber: undefined, unit: '省科技厅', year: 2024, hours: 84 }),
    ]);
  });

  it('takes the year of 预计办班时间 without a departure date, and days from the dates without 天数', () => {
    const { rows } = ceRowsFromPlans({
      projects: [project('P1', { planned: '2025-03-01' }), project('P2', { depart: '2024-09-01', ret: '2024-09-21' })],
      participants: [person('P1', '甲'), person('P2', '乙')],
    });
    expect(rows).toEqual([
      expect.objectContaining({ projectKey: 'P2', year: 2024, days: 21, hours: 126 }),
    ]);
    const again = ceRowsFromPlans({ projects: [project('P1', { planned: '2025-03-01', days: 7.5 })], participants: [person('P1', '甲')] });
    expect(again.rows).toEqual([expect.objectContaining({ year: 2025, days: 7.5, hours: 45 })]);
  });

  it('accounts for every project it does not turn into rows', () => {
    const { rows, skipped } = ceRowsFromPlans({
      projects: [
        project('P1', { planned: '2025-03-01' }),
        project('P2', { days: 10 }),
        project('P3', { days: 10, depart: '2024-01-01' }),
        project('P4', { days: 10, depart: '2024-01-01', extra: [['是否同意', '不同意']] }),
      ],
      participants: [person('P1', '甲'), person('P2', '乙'), person('P4', '丁')],
    });
    expect(rows).toEqual([]);
    expect(skipped.map((s) => [s.projectKey, s.reason])).toEqual([
      ['P1', '没有可读的天数（或出发、回国日期）'],
      ['P2', '没有可读的出发日期或预计办班时间，无法确定年度'],
      ['P3', '没有关联的人员名单'],
      ['P4', '项目未获批准或已撤回'],
    ]);
  });

  it('writes a register sheet the reader recognises, and the tally counts the hours as abroad', () => {
    const { rows } = ceRowsFromPlans({
      projects: [project('P1', { days: 14, depart: '2024-05-08' })],
      participants: [person('P1', '张三', { 身份证号: '330102199001011234' })],
    });
    const values = planRowsToSheetValues(rows);
    expect(recogniseCeSheet(sheetFromRows('学时', values))).toMatchObject({ kind: 'ce-register', headerRow: 0 });
    const t = tallyCe([parsedFrom('register.xlsx', [{ name: '学时', rows: values }])], { packs: ['ce2007'] });
    expect(t.persons).toEqual([expect.objectContaining({ name: '张三', year: 2024, abroad: 84, total: 84, shortfall: 0 })]);
    expect(t.findings).toEqual([]);
  });
});
