import type { WorkbookGrid } from '../../src/core/grid';
import { dailySchedule, project, rate, workbook } from './rules/builders';

const mockParse = jest.fn();
jest.mock('../../src/core/sheets', () => ({ parseWorkbook: (...args: unknown[]) => mockParse(...args) }), { virtual: true });

// Imported after the mock.
import { reviewMany, reviewParsed, reviewWorkbook } from '../../src/core/review';
import { SettingsError } from '../../src/core/settings';
import { ratioStudy } from '../../src/core/rules/zj2017/ratioStudy';
import { PACKS } from '../../src/core/rules/catalog';
import { runPacks } from '../../src/core/rules/runner';
import type { Pack } from '../../src/core/rules/types';
import { z } from 'zod';

const KEY = 'P1';
/** 9 study days of 15 (60%): fails 2/3, passes 1/2. */
const sixty = () =>
  workbook({ projects: [project({ key: KEY, days: 15 })], schedules: [dailySchedule(KEY, '2024-06-03', 15, (i) => (i < 9 ? '课堂学习' : '休整'))] });
const ids = (fs: { ruleId: string }[]) => fs.map((f) => f.ruleId);

describe('reviewParsed', () => {
  it('runs common plus the chosen packs', () => {
    const r = reviewParsed(sixty(), { packs: ['zj2017'], asOf: '2024-06-01' });
    expect(ids(r.findings)).toContain('ZJ-RATIO-STUDY');
    expect(ids(reviewParsed(sixty(), { packs: [], asOf: '2024-06-01' }).findings)).not.toContain('ZJ-RATIO-STUDY');
  });

  it('lets the settings object change the outcome (zj2017.minStudyShare = 1/2)', () => {
    const r = reviewParsed(sixty(), { packs: ['zj2017'], params: { 'zj2017.minStudyShare': '1/2' } });
    expect(ids(r.findings)).not.toContain('ZJ-RATIO-STUDY');
  });

  it("lets the workbook's 审核设置 override the settings object", () => {
    const wb = { ...sixty(), settings: { 'zj2017.minStudyShare': '2/3' } };
    const r = reviewParsed(wb, { packs: ['zj2017'], params: { 'zj2017.minStudyShare': '1/2' } });
    expect(ids(r.findings)).toContain('ZJ-RATIO-STUDY');
    const relaxed = reviewParsed({ ...sixty(), settings: { 'zj2017.minStudyShare': '0.6' } }, { packs: ['zj2017'] });
    expect(ids(relaxed.findings)).not.toContain('ZJ-RATIO-STUDY');
  });

  it('throws SettingsError for a bad settings object, reports a bad 审核设置 as C-UNREADABLE and goes on', () => {
    expect(() => reviewParsed(sixty(), { packs: ['zj2017'], params: { 'zj2017.maxCities': 'many' } })).toThrow(SettingsError);
    const r = reviewParsed({ ...sixty(), settings: { 'zj2017.maxCities': 'many' } }, { packs: ['zj2017'] });
    const bad = r.findings.filter((f) => f.ruleId === 'C-UNREADABLE');
    expect(bad).toHaveLength(1);
    expect(bad[0].message).toContain('zj2017.maxCities');
    expect(bad[0].message).toContain('many');
    expect(ids(r.findings)).toContain('ZJ-RATIO-STUDY');
  });

  it('turns a rule that throws into an error finding of that rule and finishes the review', () => {
    const spy = jest.spyOn(ratioStudy, 'check').mockImplementation(() => {
      throw new Error('boom');
    });
    try {
      const r = reviewParsed(sixty(), { packs: ['zj2017'] });
      const f = r.findings.find((x) => x.ruleId === 'ZJ-RATIO-STUDY');
      expect(f).toMatchObject({ severity: 'error', sheet: '', cell: '' });
      expect(f!.message).toContain('boom');
      expect(ids(r.findings)).toContain('ZJ-RATIO-TOPIC');
      expect(r.projects).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });

  it('sorts findings by sheet, row, column, rule', () => {
    const wb = workbook({
      projects: [project({ key: 'B', row: 2, people: 200, mode: 'online' }), project({ key: 'A', row: 1, people: 25, text: { phone: '123' } })],
    });
    const r = reviewParsed(wb, { packs: ['sc2020', 'most2022-online'] });
    const order = r.findings.map((f) => `${f.cell}:${f.ruleId}`);
    expect(order.indexOf('D2:SC-GROUP-SIZE')).toBeLessThan(order.indexOf('L2:C-PHONE'));
    expect(order.indexOf('L2:C-PHONE')).toBeLessThan(order.indexOf('D3:MO-CLASS-SIZE'));
    expect(order.indexOf('D3:MO-CLASS-SIZE')).toBeLessThan(order.indexOf('D3:SC-GROUP-SIZE'));
  });

  it('reports projects with their tallies', () => {
    const wb = { ...sixty(), rates: [rate('EUR', 7.8)] };
    const r = reviewParsed(wb, { packs: ['zj2017'] });
    expect(r.projects).toEqual([
      expect.objectContaining({ key: KEY, theme: '智能制造关键技术专题培训班', unit: '浙江省科学技术厅', tallies: expect.objectContaining({ totalDays: 15, studyDays: 9, studyShare: 0.6, topicDays: 0, topicShare: 0, feeCapWan: 7.722, budgetWan: 30 }) }),
    ]);
  });
});

describe('reviewWorkbook and reviewMany', () => {
  const grid = (file: string): WorkbookGrid => ({ file, sheets: [] });

  it('parses and reviews; a reader that throws gives C-UNREADABLE naming the file', () => {
    mockParse.mockImplementationOnce(() => {
      throw new Error('不是工作簿');
    });
    const r = reviewWorkbook(grid('bad.xlsx'), { packs: [] });
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'C-UNREADABLE', file: 'bad.xlsx', message: expect.stringContaining('不是工作簿') })]);
  });

  it('finds C-DUPLICATE across workbooks, on the later one, and goes on past a failed file', () => {
    mockParse.mockImplementation((g: WorkbookGrid) => {
      if (g.file === 'broken.xlsx') throw new Error('损坏');
      return { ...workbook({ projects: [project({ key: `${g.file}#1` })] }), file: g.file };
    });
    const m = reviewMany([grid('a.xlsx'), grid('broken.xlsx'), grid('b.xlsx')], { packs: [] });
    expect(m.reviews).toHaveLength(3);
    const dups = m.findings.filter((f) => f.ruleId === 'C-DUPLICATE');
    expect(dups).toEqual([expect.objectContaining({ file: 'b.xlsx', sheet: '需求表', cell: 'A2', message: expect.stringContaining('a.xlsx') })]);
    expect(m.reviews[1].findings[0].ruleId).toBe('C-UNREADABLE');
    mockParse.mockReset();
  });
});

describe('large batches', () => {
  it('points C-DUPLICATE at the matching earlier project, not the first one of that file', () => {
    const theme = (t: string, row: number, file: string) => project({ key: `${file}#${row}`, row, text: { theme: t } });
    mockParse.mockImplementation((g: WorkbookGrid) => {
      const projects = g.file === 'a.xlsx' ? [theme('甲班', 1, 'a'), theme('乙班', 2, 'a'), theme('丙班', 3, 'a')] : [theme('丙班', 1, 'b')];
      return { ...workbook({ projects }), file: g.file };
    });
    const grid = (file: string): WorkbookGrid => ({ file, sheets: [] });
    const m = reviewMany([grid('a.xlsx'), grid('b.xlsx')], { packs: [] });
    const dups = m.findings.filter((f) => f.ruleId === 'C-DUPLICATE');
    expect(dups).toHaveLength(1);
    // 丙班 is row 3 of a.xlsx's list, its theme in A4
    expect(dups[0]).toEqual(expect.objectContaining({ file: 'b.xlsx', related: [{ sheet: '需求表', cell: 'A4' }] }));
    mockParse.mockReset();
  });

  it('collects 200 000 findings from one rule without overflowing the stack', () => {
    const many: Pack = {
      id: 'common',
      params: z.object({}),
      rules: [{ id: 'T-MANY', pack: 'common', severity: 'info', clause: '测试', check: (_ctx, _p, emit) => { for (let i = 0; i < 200_000; i++) emit({ sheet: '需求表', cell: `A${i + 1}` }, `第${i}条`); } }],
    };
    const findings = runPacks(workbook({ projects: [] }), { packs: [] }, [many]);
    expect(findings).toHaveLength(200_000);
    expect(findings[0].cell).toBe('A1');
    expect(findings[199_999].cell).toBe('A200000');
  });
});

describe('PACKS', () => {
  it('lists every rule of RULES.md with severity and clause', () => {
    const all = PACKS.flatMap((p) => p.rules.map((r) => `${r.id}:${r.severity}`));
    for (const id of [
      'C-REQUIRED:error', 'C-NUMBER:error', 'C-NORMALISED:info', 'C-PHONE:warning', 'C-CHECKBOX:error', 'C-SPONSOR:error',
      'C-SCHEDULE-MISSING:warning', 'C-SCHEDULE-DAYS:error', 'C-SCHEDULE-DATES:warning', 'C-SCHEDULE-PLACE:error', 'C-DUPLICATE:warning', 'C-UNREADABLE:error', 'C-DATES-ORDER:error', 'C-MODE-MISSING:warning',
      'ZJ-RATIO-STUDY:error', 'ZJ-RATIO-TOPIC:error', 'ZJ-INTERCITY:error', 'ZJ-INTERCITY-ENDS:warning', 'ZJ-CITIES:info', 'ZJ-CIVIL-SERVANTS:warning', 'ZJ-PLAN-DEADLINE:warning',
      'ZJ-GENERAL-PROJECT:info', 'ZJ-PREDEPARTURE:error', 'ZJ-NOTICE:warning', 'ZJ-NOTICE-LATE:error', 'ZJ-REPORT-LATE:warning',
      'SC-GROUP-SIZE:warning', 'SC-DURATION:error', 'SC-ORGDEPT-LOCAL:error', 'SC-RESERVED-FIELD:warning', 'SC-CADRE-LOCAL:warning', 'SC-PARTNER:warning', 'SC-NO-BUDGET:error',
      'SC-PROHIBITED:warning', 'SC-LAST-SUMMARY:warning',
      'MO-CLASS-SIZE:warning', 'MO-DURATION:warning', 'MO-FEE:warning', 'MO-FEE-UNKNOWN:info', 'MO-DEADLINE:warning',
    ]) expect(all).toContain(id);
    expect(PACKS.find((p) => p.id === 'zj2017')!.name).toBe('浙江省 浙外专发〔2017〕14号');
    expect(PACKS.find((p) => p.id === 'sc2020')!.rules.find((r) => r.id === 'SC-DURATION')!.offlineOnly).toBe(true);
    // the whole most2022-online pack is online only (001 一、1)
    expect(PACKS.find((p) => p.id === 'most2022-online')!.rules.every((r) => r.onlineOnly && !r.offlineOnly)).toBe(true);
    expect(PACKS.find((p) => p.id === 'sc2020')!.rules.some((r) => r.onlineOnly)).toBe(false);
  });
});
