/** The report model: what every host writes (src/core/report). */
import { COL, mergeSources, readExistingSummary, resultSheets } from '../../../src/core/merge';
import { demandFormLayout } from '../../../src/core/report/demandForm';
import { sortFindings, resultsSheet, RESULT_HEADERS } from '../../../src/core/report/results';
import { cellOf, defaultPrint, type OutSheet } from '../../../src/core/report/sheet';
import { summarySheet, unitSheet, logSheet, DUPLICATES_NOT_COUNTED } from '../../../src/core/report/summary';
import { dateTimeCell, serialToDateTime, DATETIME_FORMAT } from '../../../src/core/report/time';
import type { Finding } from '../../../src/core/model/findings';
import { reopen, source, T0, T1 } from '../merge/helpers';

const f = (severity: Finding['severity'], sheet: string, cell: string, ruleId = 'R'): Finding => ({ ruleId, severity, file: 'a.xlsx', sheet, cell, message: 'm' });

describe('审核结果', () => {
  test('sorted by severity, then sheet, then row and column (B10 after B9, not as text)', () => {
    const sorted = sortFindings([f('info', '甲', 'A1'), f('warning', '乙', 'B10'), f('error', '乙', 'C2'), f('warning', '乙', 'B9'), f('error', '甲', 'Z1'), f('warning', '乙', 'A10')]);
    expect(sorted.map((x) => `${x.severity} ${x.sheet} ${x.cell}`)).toEqual([
      'error 乙 C2',
      'error 甲 Z1',
      'warning 乙 B9',
      'warning 乙 A10',
      'warning 乙 B10',
      'info 甲 A1',
    ]);
  });

  test('the clause has its own column; the cell links only when the sheet is in the workbook', () => {
    const s = resultsSheet([{ ...f('error', '需求表', 'D5'), clause: '二(二)' }, f('error', '别处', 'A1')], (name) => (name === '需求表' ? name : null));
    expect(RESULT_HEADERS[7]).toBe('条款');
    expect(s.rows.map((r) => cellOf(r[7])?.value)).toEqual(['条款', '', '二(二)']);
    expect(s.links).toEqual([{ cell: 'F3', location: "'需求表'!D5", tooltip: '转到 需求表!D5' }]);
    expect(s.print).toMatchObject({ orientation: 'landscape', fitWidth: 1, titleRows: [0, 0] });
  });
});

describe('times in Beijing time as date-time cells', () => {
  test('a UTC instant becomes the Beijing clock time', () => {
    const c = dateTimeCell('2024-11-01T01:00:00.000Z');
    expect(c.isDate).toBe(true);
    expect(c.style?.numFmt).toBe(DATETIME_FORMAT);
    expect(serialToDateTime(c.value as number)).toBe('2024-11-01 09:00:00');
    expect(serialToDateTime(dateTimeCell('2024-11-01T09:00:00+08:00').value as number)).toBe('2024-11-01 09:00:00');
    // across midnight
    expect(serialToDateTime(dateTimeCell('2024-12-31T20:30:00Z').value as number)).toBe('2025-01-01 04:30:00');
  });
  test('a zoneless time read back from a summary is Beijing time already; a serial stays; other text stays text', () => {
    expect(serialToDateTime(dateTimeCell('2024-11-01 09:00:00').value as number)).toBe('2024-11-01 09:00:00');
    expect(dateTimeCell(45597.375)).toMatchObject({ value: 45597.375, isDate: true });
    expect(dateTimeCell('昨天')).toEqual({ value: '昨天', style: {} });
    expect(dateTimeCell(null).isDate).toBeUndefined();
  });
  test('the same text again, or texts in turn (the merge asks for one import time thousands of times): each read as on its own', () => {
    const date = { value: 45597.375, isDate: true, style: { numFmt: DATETIME_FORMAT } };
    const text = { value: '昨天', style: {} };
    const seq: [string, object][] = [
      ['2024-11-01T01:00:00.000Z', date],
      ['2024-11-01T01:00:00.000Z', date],
      ['昨天', text],
      ['2024-11-01T01:00:00.000Z', date],
      ['2024-11-01 09:00:00', date],
      ['2024-11-01 09:00:00', date],
      ['昨天', text],
      ['昨天', text],
      [' 2024-11-01T04:00:00.000Z ', { ...date, value: 45597.5 }],
      ['2024-11-01T01:00:00.000Z', date],
    ];
    for (const [t, cell] of seq) expect(dateTimeCell(t)).toEqual(cell);
  });
});

describe('省级汇总 and 单位汇总', () => {
  const result = mergeSources([source('a.xlsx', [{ unit: '甲', theme: '甲班', people: 10, budget: 30 }]), source('b.xlsx', [{ unit: '甲', theme: '甲班', people: 10, budget: 30 }, { unit: '乙', theme: '乙班', people: 5, budget: 20, country: '日本' }])], { existing: null, importedAt: T0 });

  test('shares are percentages, 万元 two decimals, 导入时间 a date-time', () => {
    const s = summarySheet(result);
    const header = s.rows[0] as string[];
    const row = s.rows[1];
    expect(cellOf(row[header.indexOf(COL.studyShare)])).toEqual({ value: 0.8, style: { numFmt: '0.0%' } });
    expect(cellOf(row[header.indexOf(COL.budgetShare)])?.value ?? null).toBeNull();
    expect(cellOf(row[header.indexOf(COL.budget)])).toEqual({ value: 30, style: { numFmt: '0.00' } });
    const at = cellOf(row[header.indexOf(COL.importedAt)])!;
    expect(at).toMatchObject({ isDate: true, style: { numFmt: DATETIME_FORMAT } });
    expect(serialToDateTime(at.value as number)).toBe('2024-11-01 09:00:00');
    expect(cellOf(logSheet(result).rows[1][0])?.isDate).toBe(true);
  });

  test('read back for a re-merge, 导入时间 keeps its time of day and is written again as the same instant', () => {
    const back = readExistingSummary(reopen(resultSheets(result)));
    expect(back.rows[0].values[COL.importedAt]).toBe('2024-11-01 09:00:00');
    expect(back.log[1][0]).toBe('2024-11-01 09:00:00');
    const again = mergeSources([], { existing: back, importedAt: T1 });
    const s = summarySheet(again);
    const at = cellOf(s.rows[1][(s.rows[0] as string[]).indexOf(COL.importedAt)])!;
    expect(serialToDateTime(at.value as number)).toBe('2024-11-01 09:00:00');
  });

  test('a 跨文件重复 row is kept in 省级汇总 but counted once in 单位汇总 and the province totals', () => {
    expect(result.rows).toHaveLength(3);
    expect(result.counts.duplicates).toBe(1);
    expect(result.log.filter((e) => e.kind === '跨文件重复')).toHaveLength(1);
    const u = unitSheet(result);
    const values = u.rows.map((r) => (r ?? []).map((c) => cellOf(c)?.value ?? null));
    const h = values.findIndex((r) => r.includes(DUPLICATES_NOT_COUNTED));
    const total = values[h + 1];
    const col = (name: string) => values[h].indexOf(name);
    expect(total[col('项目数')]).toBe(2);
    expect(total[col('人数')]).toBe(15);
    expect(total[col('经费预算（万元）')]).toBe(50);
    expect(total[col(DUPLICATES_NOT_COUNTED)]).toBe(1);
    const unitRow = values.find((r) => r[0] === '甲' && typeof r[2] === 'number')!;
    expect(unitRow[2]).toBe(1);
  });

  test('单位汇总 carries the chart of budget and people by country, pointing at its own country rows; titles are merged so they print whole', () => {
    const u = unitSheet(result);
    expect(u.chart).toMatchObject({ categories: ['德国', '日本'], series: [{ name: '经费预算（万元）', values: [30, 20] }, { name: '人数', values: [10, 5] }] });
    const src = u.chart!.source!;
    expect(cellOf(u.rows[src.r0][src.categoryCol])?.value).toBe('德国');
    expect(cellOf(u.rows[src.r0 - 1][src.seriesCols[0]])?.value).toBe('经费预算（万元）');
    expect(cellOf(u.rows[src.r1][src.seriesCols[1]])?.value).toBe(5);
    const titleRow = u.rows.findIndex((r) => String(cellOf(r?.[0])?.value ?? '').startsWith('按国家'));
    expect(u.merges).toContainEqual({ r0: titleRow, c0: 0, r1: titleRow, c1: 7 });
    expect(u.print?.breaksBefore).toEqual([u.rows.length + 1]);
  });
});

describe('print setup', () => {
  const sheet = (widths: number[], freeze?: number): OutSheet => ({ name: 's', rows: [], colWidths: widths, ...(freeze ? { freeze: { rows: freeze } } : {}) });
  test('landscape where wider than a portrait page, one page wide, frozen header rows repeated', () => {
    expect(defaultPrint(sheet([40, 40]))).toEqual({ orientation: 'portrait', fitWidth: 1, fitHeight: 0 });
    expect(defaultPrint(sheet([40, 40, 40], 2))).toEqual({ orientation: 'landscape', fitWidth: 1, fitHeight: 0, titleRows: [0, 1] });
  });
});

describe('需求表 (001 附件2)', () => {
  test('boxes ticked from the data, the title with the year, one A4 page, every value cell bordered', () => {
    const { sheet } = demandFormLayout({ 预计办班时间: '2024年9月', [COL.mode]: '线上', 是否有境外资助: '否', 是否境外培训合作机构: '是', 境外培训机构: 'X 大学' });
    const texts = sheet.rows.flatMap((r) => (r ?? []).map((c) => cellOf(c)?.value)).filter((v) => typeof v === 'string') as string[];
    expect(texts[0]).toBe('2024年线上出国（境）培训需求表');
    expect(texts).toContain('有☐（资助方_____）　否☑');
    expect(texts).toContain('机构名称：X 大学（是否境外培训合作机构　是☑　否☐）');
    expect(sheet.print).toEqual({ orientation: 'portrait', fitWidth: 1, fitHeight: 1, centered: true });
    expect(sheet.merges).toContainEqual({ r0: 0, c0: 0, r1: 0, c1: 5 });
    const themeRow = sheet.rows.findIndex((r) => cellOf(r?.[0])?.value === COL.theme);
    expect(sheet.rows[themeRow].map((c) => cellOf(c)?.style?.border)).toEqual([true, true, true, true, true, true]);
  });
  test('long text gets a taller row (wrapped), short text the minimum', () => {
    const short = demandFormLayout({ 培训主要内容和必要性: '短' }).sheet;
    const long = demandFormLayout({ 培训主要内容和必要性: '很长的内容'.repeat(200) }).sheet;
    const row = (s: OutSheet) => s.rows.findIndex((r) => cellOf(r?.[0])?.value === '培训主要内容和必要性');
    expect(long.rowHeights![row(long)]!).toBeGreaterThan(short.rowHeights![row(short)]!);
    expect(cellOf(long.rows[row(long)][1])?.style?.wrap).toBe(true);
  });
});

describe('headers named like Object.prototype members (units’ text)', () => {
  test('keep their values and get numeric widths in 省级汇总, and survive a re-merge', () => {
    const s = source('b.xlsx', [{ unit: '乙', theme: 'u' }]);
    const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
    if (s.status === 'read') {
      s.projects[0].extras = names.map((label, i) => ({ label, value: `v${i}` }));
      s.unmappedHeaders = names.map((label) => ({ sheet: '需求表', label }));
    }
    const check = (r: ReturnType<typeof mergeSources>) => {
      const sheet = summarySheet(r);
      const header = sheet.rows[0] as string[];
      for (const [i, n] of names.entries()) {
        const c = header.indexOf(n);
        expect(c).toBeGreaterThanOrEqual(0);
        expect(typeof sheet.colWidths![c]).toBe('number');
        expect(cellOf(sheet.rows[1][c])?.value).toBe(`v${i}`);
      }
    };
    const first = mergeSources([s], { existing: null, importedAt: T0 });
    check(first);
    check(mergeSources([], { existing: readExistingSummary(reopen(resultSheets(first))), importedAt: T1 }));
  });
});
