/**
 * plansToRows: which projects' participants earn CE hours. The returned workbook is the real fixture
 * (test/fixtures/ce/plans-return.xlsx: CE-T-1 同意 3 people 10 days, CE-T-2 否, CE-T-3 blank 8 days);
 * summaries are built as grids with the 省级汇总 columns the merge writes.
 */
import * as fs from 'fs';
import * as path from 'path';
import { plansToRows, type PlanInput } from '../../../src/core/ce';
import { sheetFromRows, type CellValue } from '../../../src/core/grid';
import { COL, SHEET_SUMMARY, STATUS_COLUMN, STATUS_WITHDRAWN } from '../../../src/core/merge';
import { parseWorkbook } from '../../../src/core/sheets';
import { readWorkbookBytes } from '../../../src/hosts/files/read';

const PLAN = path.join(__dirname, '../../fixtures/ce/plans-return.xlsx');

function input(file: string): PlanInput {
  const grid = readWorkbookBytes(fs.readFileSync(file), file);
  return { file, grid, parsed: parseWorkbook(grid) };
}

const HEADER = [COL.projectId, COL.theme, COL.unit, COL.file, COL.sheet, COL.row, COL.approved, STATUS_COLUMN];

/** A summary with one row per [projectId, theme, 是否同意, 状态, source file, 1-based row]. */
function summary(rows: [string, string, string | null, string | null, string, number][]): PlanInput {
  const values: CellValue[][] = [HEADER, ...rows.map(([id, theme, said, status, file, row]) => [id, theme, '浙江省某研究院', file, '需求表', row, said, status])];
  const grid = { file: 'summary.xlsx', sheets: [sheetFromRows(SHEET_SUMMARY, values)] };
  return { file: 'summary.xlsx', grid, parsed: parseWorkbook(grid) };
}

const keys = (r: ReturnType<typeof plansToRows>) => r.rows.map((x) => [x.projectKey, x.hours]);

describe('plansToRows without a summary (the projects’ own 是否同意 column)', () => {
  it('takes projects not rejected; 否 is skipped with its reason', () => {
    const r = plansToRows([input(PLAN)], [], { approvedOnly: false });
    expect(keys(r)).toEqual([['CE-T-1', 60], ['CE-T-1', 60], ['CE-T-1', 60], ['CE-T-3', 48], ['CE-T-3', 48]]);
    expect(r.skipped).toEqual([expect.objectContaining({ projectKey: 'CE-T-2', reason: '是否同意为“否”' })]);
    expect(r.notices).toEqual([]);
  });

  it('--approved-only: a blank 是否同意 is not an approval', () => {
    const r = plansToRows([input(PLAN)], [], { approvedOnly: true });
    expect(keys(r)).toEqual([['CE-T-1', 60], ['CE-T-1', 60], ['CE-T-1', 60]]);
    expect(r.skipped.find((s) => s.projectKey === 'CE-T-3')!.reason).toContain('是否同意为空');
  });

  it('--year keeps one year and says how many rows it left out', () => {
    const r = plansToRows([input(PLAN)], [], { approvedOnly: false, year: 2025 });
    expect(r.rows.map((x) => x.year)).toEqual([2025, 2025]);
    expect(r.notices).toEqual(['--year 2025：略去其他年度的 3 行']);
  });
});

describe('plansToRows with a summary deciding approval', () => {
  it('the summary overrules the project’s own column, matched by source file (any slash) and row', () => {
    const s = summary([
      ['CE-T-1', '智能制造技术研修班', '否', null, `C:\\收文\\${path.basename(PLAN)}`, 2],
      ['CE-T-2', '现代农业考察班', '同意', null, `/tmp/${path.basename(PLAN)}`, 3],
      ['CE-T-3', '医院管理研修班', null, STATUS_WITHDRAWN, path.basename(PLAN), 4],
    ]);
    const r = plansToRows([s, input(PLAN)], [], { approvedOnly: false });
    expect(r.rows.map((x) => x.projectKey)).toEqual(['CE-T-2', 'CE-T-2']);
    const why = new Map(r.skipped.map((x) => [x.projectKey, x.reason]));
    expect(why.get('CE-T-1')).toBe('汇总中是否同意为“否”');
    expect(why.get('CE-T-3')).toBe(`汇总中状态为“${STATUS_WITHDRAWN}”`);
  });

  it('falls back to 项目编号 + 组团单位 when the provenance does not match; a row of another file is not this project', () => {
    const s = summary([['CE-T-3', '医院管理研修班', '同意', null, 'other.xlsx', 4]]);
    const r = plansToRows([s, input(PLAN)], [], { approvedOnly: true });
    expect(r.rows.map((x) => x.projectKey)).toEqual(['CE-T-3', 'CE-T-3']);
    expect(r.skipped.map((x) => [x.projectKey, x.reason])).toEqual([
      ['CE-T-1', '汇总中没有这个项目'],
      ['CE-T-2', '汇总中没有这个项目'],
    ]);
  });

  it('a summary project without its returned workbook is listed, not invented', () => {
    const r = plansToRows([summary([['X-1', '某班', '同意', null, 'gone.xlsx', 2]])], [], { approvedOnly: false });
    expect(r.rows).toEqual([]);
    expect(r.skipped).toEqual([expect.objectContaining({ projectKey: 'X-1', reason: '未提供该项目的回收文件（人员名单），无法生成学时' })]);
  });

  it('--approved-only without any 是否同意 column says so', () => {
    const grid = { file: 'x.xlsx', sheets: [sheetFromRows('说明', [['无关内容']])] };
    const r = plansToRows([{ file: 'x.xlsx', grid, parsed: parseWorkbook(grid) }], [], { approvedOnly: true });
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'C-UNREADABLE', file: 'x.xlsx' })]);
    expect(r.notices).toEqual(['--approved-only：输入中没有“是否同意”列，按未被否决的项目处理']);
  });
});
