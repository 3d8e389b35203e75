import { sheetFromRows, type CellValue, type MergeArea, type SheetGrid } from '../../../src/core/grid';
import { isoToSerial } from '../../../src/core/values/dates';

/** A cell ref as the records carry it. */
export const at = (sheet: string, row: number, col: number) => ({ sheet, row, col });

/** Merge helper: 0-based inclusive. */
export const mg = (r0: number, c0: number, r1: number, c1: number): MergeArea => ({ r0, c0, r1, c1 });

/** A date cell as a host hands it over (serial + date flag). */
export function dateCell(iso: string, fmt = 'yyyy-mm-dd') {
  return { v: isoToSerial(iso), date: true, fmt };
}

/** sheetFromRows, then puts date cells (or any cell objects) at the given places. */
export function sheet(name: string, rows: CellValue[][], merges: MergeArea[] = [], cells: [number, number, object][] = []): SheetGrid {
  const s = sheetFromRows(name, rows, merges);
  for (const [r, c, cell] of cells) {
    while (s.cells.length <= r) s.cells.push([]);
    (s.cells[r] as unknown[])[c] = cell;
  }
  return s;
}

/** The 001 附件2 form (six columns), filled or blank. */
export function form001(values: Partial<Record<string, CellValue>> = {}, name = '附件2'): SheetGrid {
  const v = (k: string) => (k in values ? values[k] : null) as CellValue;
  const rows: CellValue[][] = [
    ['2022年线上出国（境）培训需求表'],
    ['组团单位公章', null, null, '年 月 日'],
    ['归口管理部门', v('adminDept'), null, '预计办班时间', v('plannedTime')],
    ['培训班主题', v('theme')],
    ['组团单位', v('unit'), '联系人', v('contact'), '电 话', v('phone')],
    ['国家（地区）', v('countries'), '人 数', v('people'), '天 数', v('days')],
    ['经费预算', 'budget' in values ? v('budget') : '万元', '是否有境外资助', 'sponsor' in values ? v('sponsor') : '有 ☐ （资助方_____）否 ☐'],
    ['培训对象', v('targets')],
    ['境外培训机构', 'institution' in values ? v('institution') : '机构名称： （是否境外培训合作机构是 ☐ 否 ☐ ）'],
    ['培训目的', v('purpose')],
    ['培训主要内容和必要性', v('content')],
    ['归口管理部门联系人', v('adminContact'), null, '电 话', v('adminPhone')],
    [null, null, null, '归口管理部门公章'],
    ['备注：经费资助标准参照《财政部 国家外国专家局关于印发〈因公短期出国培训费用管理办法〉的通知》（财行〔2014〕4号）。'],
  ];
  const merges = [
    mg(0, 0, 0, 5), mg(1, 0, 1, 2), mg(1, 3, 1, 5), mg(2, 1, 2, 2), mg(2, 4, 2, 5), mg(3, 1, 3, 5),
    mg(6, 3, 6, 5), mg(7, 1, 7, 5), mg(8, 1, 8, 5), mg(9, 1, 9, 5), mg(10, 1, 10, 5), mg(11, 1, 11, 2), mg(11, 4, 11, 5),
    mg(12, 3, 12, 5), mg(13, 0, 13, 5),
  ];
  return sheetFromRows(name, rows, merges);
}
