/** The merge tab's pure helpers: the country chart from 单位汇总, the 需求表 export's sheet names, summary detection. */
import { sheetFromRows } from '../../src/core/grid';
import { COL, mergeToTables, readExistingSummary } from '../../src/core/merge';
import { countryChart, demandForms, isSummaryGrid } from '../../src/taskpane/merge';
import { reopen, source, T0 } from '../core/merge/helpers';

describe('countryChart', () => {
  it('takes budget and people per country from the 按国家（地区） block', () => {
    const { sheets } = mergeToTables([source('a.xlsx', [{ unit: '甲', theme: 'x', country: '德国', people: 3, budget: 9.5 }, { unit: '甲', theme: 'y', country: '法国', people: 4, budget: 1 }])], { importedAt: T0 });
    expect(countryChart(sheets, 't')).toMatchObject({ sheet: '单位汇总', categories: ['德国', '法国'], series: [{ values: [9.5, 1] }, { values: [3, 4] }] });
  });

  it('is null when there is nothing to draw', () => {
    expect(countryChart(mergeToTables([], { importedAt: T0 }).sheets, 't')).toBeNull();
    expect(countryChart([], 't')).toBeNull();
  });
});

describe('demandForms', () => {
  it('one sheet per approved project, names Excel accepts and unique', () => {
    const { sheets } = mergeToTables(
      [source('a.xlsx', [{ unit: '甲/乙:单位[一]*?很长很长很长很长很长很长很长很长的名字', theme: 'x' }, { unit: '丙', theme: 'y' }, { unit: '丁', theme: 'z' }])],
      { importedAt: T0 },
    );
    const h = sheets[0].rows[0] as string[];
    sheets[0].rows[1][h.indexOf(COL.approved)] = '同意';
    sheets[0].rows[2][h.indexOf(COL.approved)] = '是';
    sheets[0].rows[3][h.indexOf(COL.approved)] = '待定';
    const forms = demandForms(readExistingSummary(reopen(sheets)));
    expect(forms.sheets).toHaveLength(2);
    for (const s of forms.sheets) {
      expect(s.name.length).toBeLessThanOrEqual(31);
      expect(s.name).not.toMatch(/[:\\/?*[\]]/);
    }
    expect(forms.sheets[1].name).toBe('需求表002 丙');
    expect(forms.fileNames[1]).toBe('002_丙_y.xlsx');
  });
});

describe('isSummaryGrid', () => {
  it('needs both 省级汇总 and 导入记录', () => {
    const s = (n: string) => sheetFromRows(n, [['x']]);
    expect(isSummaryGrid({ file: 'a', sheets: [s('省级汇总'), s('导入记录')] })).toBe(true);
    expect(isSummaryGrid({ file: 'a', sheets: [s('省级汇总')] })).toBe(false);
  });
});
