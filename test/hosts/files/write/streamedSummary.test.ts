/**
 * The 省级汇总 streamed (summarySheet's `streamed`: project rows made from the merge's rows as the
 * file writer writes them) is the same sheet as the copied one: the same rows for every host
 * (styledRows), the same bytes from the writer — prototype-named columns included.
 */
import { mergeToTables } from '../../../../src/core/merge';
import { styledRows } from '../../../../src/core/report/sheet';
import { writeXlsx } from '../../../../src/hosts/files/write/xlsx';
import { source, T0 } from '../../../core/merge/helpers';
import { parts } from './helpers';

const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty'];
const extras = Object.fromEntries(names.map((n, i) => [n, `值${i}`]));
const sources = [
  source('a.xlsx', [{ unit: '甲单位', theme: 'A', extras }, { unit: '甲单位', theme: 'B' }]),
  source('b.xlsx', [{ unit: '乙单位', theme: 'C' }]),
];

describe('streamed 省级汇总', () => {
  const copied = mergeToTables(sources, { importedAt: T0 }).sheets;
  const streamed = mergeToTables(sources, { importedAt: T0 }, true).sheets;

  it('holds only its header; its project rows come from the merge rows when read', () => {
    expect(streamed[0].rows).toHaveLength(1);
    expect(streamed[0].more?.count).toBe(3);
    expect(copied[0].more).toBeUndefined();
    expect(styledRows(streamed[0])).toEqual(styledRows(copied[0]));
    // 导入记录 likewise: its header, then this merge's lines when read
    expect(streamed[2].rows).toHaveLength(1);
    expect(streamed[2].more?.count).toBe(copied[2].rows.length - 1);
    expect(styledRows(streamed[2])).toEqual(styledRows(copied[2]));
    const header = copied[0].rows[0];
    names.forEach((n, i) => expect(streamed[0].more!.row(0)[header.indexOf(n)]).toBe(`值${i}`));
  });

  it('writes the same workbook, part for part', () => {
    const a = parts(writeXlsx({ sheets: copied }));
    const b = parts(writeXlsx({ sheets: streamed }));
    expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
    for (const k of Object.keys(a)) expect(Buffer.from(b[k]).equals(Buffer.from(a[k]))).toBe(true);
  });

  it('differs when a project row differs (the comparison can fail)', () => {
    const other = mergeToTables([sources[0], source('b.xlsx', [{ unit: '乙单位', theme: 'D' }])], { importedAt: T0 }, true).sheets;
    const all = (sheets: typeof copied) => Buffer.concat(Object.values(parts(writeXlsx({ sheets }))));
    expect(all(other).equals(all(copied))).toBe(false);
    expect(all(streamed).equals(all(copied))).toBe(true);
  });
});
