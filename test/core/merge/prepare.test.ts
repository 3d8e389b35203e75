/**
 * prepareSource on real grids through the real reader and review: values by column, extra columns,
 * review counts, and the accounting of every row below a demand list's header.
 */
import { sheetFromRows, type WorkbookGrid } from '../../../src/core/grid';
import { COL, COLLECT_PROJECTS, prepareOwned, prepareSource, type MergeSource, type Owned } from '../../../src/core/merge';
import { reviewWorkbook } from '../../../src/core/review';

const HEADER = ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '经费预算（元）', '行前培训安排'];

function prepare(rows: (string | number | null)[][]): Extract<MergeSource, { status: 'read' }> {
  const grid: WorkbookGrid = { file: 'u.xlsx', sheets: [sheetFromRows('需求表', rows)] };
  const s = prepareSource(grid, reviewWorkbook(grid, { packs: [] }), { sha256: 'abc', importedAt: 'T' });
  if (s.status !== 'read') throw new Error('not read');
  return s;
}

describe('prepareSource', () => {
  it('gives canonical values (budget in 万元, numbers from text), keeps the unmapped column, and counts findings', () => {
    const s = prepare([
      ['2024年度培训计划表'],
      HEADER,
      [1, '智能制造专题培训班', '甲单位', '德国', '20人', 15, 300000, '10月行前教育'],
      [2, '医院管理研修班', '甲单位', '美利坚合众国', 'abc', 12, 250000, null],
      ['合计', null, null, null, 20, null, 550000, null],
    ]);
    expect(s.projects).toHaveLength(2);
    const [a, b] = s.projects;
    expect(a.values[COL.people]).toBe(20);
    expect(a.values[COL.budget]).toBe(30);
    expect(a.row).toBe(3);
    expect(a.seq).toBe(1);
    expect(a.extras).toEqual([{ label: '行前培训安排', value: '10月行前教育' }]);
    expect(b.values[COL.countries]).toBe('美国');
    // an unreadable number is kept as typed and counted as an error, never 0
    expect(b.values[COL.people]).toBe('abc');
    expect(b.errors).toBeGreaterThan(0);
    expect(b.rules).toContain('C-NUMBER');
    expect(s.unmappedHeaders).toEqual([{ sheet: '需求表', label: '行前培训安排' }]);
    expect(s.rejected).toEqual([]);
    expect(s.skipped).toBe(1); // the 合计 row
  });

  it('rejects, with a reason, a row with only unmapped columns and a row after a 备注 line; skips template rows', () => {
    const s = prepare([
      HEADER,
      [1, '智能制造专题培训班', '甲单位', '德国', 20, 15, 300000, null],
      [2, null, null, null, null, null, null, '待定'],
      [3, null, null, null, null, null, null, null],
      ['备注：经费以元为单位'],
      [4, '碳中和技术培训班', '甲单位', '英国', 10, 10, 200000, null],
      ['填表人：王伟'],
    ]);
    expect(s.projects.map((p) => p.row)).toEqual([2]);
    expect(s.rejected.map((r) => [r.row, r.reason])).toEqual([
      [3, expect.stringMatching(/只有未识别列/)],
      [6, expect.stringMatching(/备注\/签名行之后/)],
    ]);
    expect(s.rejected[1].text).toContain('碳中和技术培训班');
    expect(s.skipped).toBe(3); // 序号-only row, 备注, 填表人
  });

  it('a file without any demand table has a note and no projects', () => {
    const s = prepare([['填表说明：'], ['1. 每个项目一行']]);
    expect(s.projects).toEqual([]);
    expect(s.note).toMatch(/未找到需求表/);
  });
});

describe('prepareOwned (a grid and review handed over, let go of as the sources are made)', () => {
  const listGrid = (n: number): WorkbookGrid => {
    const rows: (string | number | null)[][] = [['2024年度培训计划表'], HEADER];
    for (let i = 1; i <= n; i++) rows.push([i, `培训班${i}`, '甲单位', '德国', i % 2 ? '20人' : 'abc', 15, 300000, null]);
    rows.push(['合计', null, null, null, null, null, null, null], ['说明文字', null, '只有组团单位外的内容', null, null, null, null, null]);
    return { file: 'u.xlsx', sheets: [sheetFromRows('需求表', rows)] };
  };

  it('gives the same source as prepareSource, empties the box, the findings and the parsed projects', () => {
    const grid = listGrid(5);
    const expected = prepareSource(grid, reviewWorkbook(grid, { packs: [] }), { sha256: 'abc', importedAt: 'T' });
    const review = reviewWorkbook(grid, { packs: [] });
    expect(review.findings.length).toBeGreaterThan(0);
    const owned: Owned = { grid, review };
    const s = prepareOwned(owned, { sha256: 'abc', importedAt: 'T' });
    expect(s).toEqual(expected);
    expect(owned).toEqual({ grid: undefined, review: undefined });
    expect(review.findings).toEqual([]);
    expect(review.parsed.projects).toEqual([]);
  });

  it('prepareSource leaves the review it is given as it was', () => {
    const grid = listGrid(3);
    const review = reviewWorkbook(grid, { packs: [] });
    const findings = review.findings.length;
    prepareSource(grid, review, { sha256: 'abc', importedAt: 'T' });
    expect(review.findings).toHaveLength(findings);
    expect(review.parsed.projects).toHaveLength(3);
  });

  it('collects only for a file of more than collectEvery projects, once after letting go and then every collectEvery projects', () => {
    const count = (projects: number, every: number, release = true): number => {
      const grid = listGrid(projects);
      let n = 0;
      prepareOwned({ grid, review: reviewWorkbook(grid, { packs: [] }) }, { sha256: '', importedAt: 'T' }, { collect: () => n++, collectEvery: every, release });
      return n;
    };
    expect(count(4, 4)).toBe(0);
    expect(count(5, 4)).toBe(2); // after letting go, after the 4th project
    expect(count(8, 4)).toBe(3);
    expect(count(9, 4)).toBe(3);
    expect(count(9, 4, false)).toBe(0); // nothing let go, nothing to collect
    expect(COLLECT_PROJECTS).toBe(50_000);
  });
});
