/**
 * C-NORMALISED keeps one note per cell: a cell the reader already noted is not noted again from its reading,
 * but two different cells are never taken for one, even 16 384 rows and a column apart (its cell keys).
 */
import { findings, project, workbook } from '../builders';

describe('C-NORMALISED: one note per cell, every cell its own', () => {
  it('a reading noted on D16385 is still shown when the reader noted E1, 16 384 rows and a column away', () => {
    // people is column D of the builder's list; row 16 384 (0-based) holds the project
    const p = project({ key: 'P1', row: 16384, people: { note: '人数：去掉单位“人”', value: 20, text: '20人' } });
    const wb = workbook({ projects: [p], notes: [{ ref: { sheet: '需求表', row: 0, col: 4 }, message: '预计办班时间：文字日期', projectKey: 'P1' }] });
    const fs = findings(wb, 'C-NORMALISED', { packs: [] });
    expect(fs.map((f) => [f.cell, f.message])).toEqual([
      ['E1', '预计办班时间：文字日期'],
      ['D16385', '人数：去掉单位“人”'],
    ]);
  });

  it('the same cell noted by the reader and on its reading is one note', () => {
    const p = project({ key: 'P1', people: { note: '人数：去掉单位“人”', value: 20, text: '20人' } });
    const wb = workbook({ projects: [p], notes: [{ ref: { sheet: '需求表', row: 1, col: 3 }, message: '人数：去掉单位“人”', projectKey: 'P1' }] });
    expect(findings(wb, 'C-NORMALISED', { packs: [] }).map((f) => f.cell)).toEqual(['D2']);
  });
});
