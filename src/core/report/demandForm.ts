/**
 * The 需求表 of 001 附件2 (2022年线上出国（境）培训需求表), one layout for the blank template and for
 * every exported project: a bordered six-column form (label | value | label | value | label | value)
 * with merged label and value cells, long text wrapped in rows tall enough for it, the boxes ticked
 * from the data (☑/☐), the title whole, printed on one A4 page.
 */
import { APPROVED_WORDS, COL, STATUS_COLUMN, STATUS_WITHDRAWN } from '../merge/columns';
import type { ExistingSummary, SummaryRow } from '../merge/types';
import type { CellStyle, OutCell, OutSheet, OutValue } from './sheet';

/** Rows the reviewer approved (是否同意 = 是 / 同意 …) and that are not withdrawn, in summary order. */
export function approvedRows(summary: ExistingSummary): SummaryRow[] {
  return summary.rows.filter((r) => {
    const a = String(r.values[COL.approved] ?? '').trim();
    const s = String(r.values[STATUS_COLUMN] ?? '').trim();
    return APPROVED_WORDS.includes(a) && s !== STATUS_WITHDRAWN;
  });
}

function t(v: OutValue | undefined): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'number' ? String(Math.round(v * 10000) / 10000) : String(v).trim();
}

/** The year of the plan: from 预计办班时间, else 出发日期, else ''. */
function planYear(values: Record<string, OutValue> | null): string {
  for (const c of ['预计办班时间', '出发日期', '填报日期']) {
    const m = /(20\d{2})/.exec(t(values?.[c]));
    if (m) return m[1];
  }
  return '';
}

export const NOTICE_NOTE =
  '备注：经费资助标准参照《财政部 国家外国专家局关于印发〈因公短期出国培训费用管理办法〉的通知》（财行〔2014〕4号）。';

const FORM_COLUMNS = [20, 22, 14, 18, 12, 18];
/** Characters (half-width units) of the value area B:F, for sizing wrapped rows. */
const VALUE_WIDTH = FORM_COLUMNS.slice(1).reduce((a, b) => a + b, 0);
const LINE_PT = 16;
/** A one-line row of the form: room to write by hand. */
const ROW_PT = 28;

const TITLE: CellStyle = { bold: true, size: 16, align: 'center', valign: 'center' };
const LABEL: CellStyle = { bold: true, border: true, align: 'center', valign: 'center', wrap: true };
const VALUE: CellStyle = { border: true, valign: 'center', wrap: true };
const PLAIN_RIGHT: CellStyle = { align: 'right', valign: 'center' };
const NOTE: CellStyle = { wrap: true, valign: 'top', size: 10 };

const tick = (on: boolean) => (on ? '☑' : '☐');

/** Where the template puts a drop-down or a format: the 0-based row and column of a field's value cell. */
export type FormCells = Map<string, { row: number; col: number }>;

export interface DemandFormOptions {
  /** Sheet name (default 需求表). */
  name?: string;
  /** Also the fields the rules need beyond 附件2 (培训形式, 项目类别, 公务员人数, 是否纳入预算, 填报日期): the template asks for them. */
  ruleFields?: boolean;
}

/**
 * The form, filled from a 省级汇总 row's values (by column name) or blank (null). `cells` gives the
 * value cell of each field by its column name.
 */
export function demandFormLayout(values: Record<string, OutValue> | null, opts: DemandFormOptions = {}): { sheet: OutSheet; cells: FormCells } {
  const v = (c: string) => t(values?.[c]);
  const rows: (OutCell | undefined)[][] = [];
  const merges: NonNullable<OutSheet['merges']> = [];
  const heights: (number | undefined)[] = [];
  const cells: FormCells = new Map();
  const merge = (r: number, c0: number, c1: number) => c1 > c0 && merges.push({ r0: r, c0, r1: r, c1 });
  const L = (text: string): OutCell => ({ value: text, style: LABEL });
  const V = (value: OutValue = null, style: CellStyle = VALUE): OutCell => ({ value, style });
  /** A bordered row from [label, value, span] triples; each value spans to the next label. */
  const line = (...parts: [string, OutValue, number, CellStyle?][]): number => {
    const r = rows.length;
    const row: OutCell[] = [];
    for (const [label, value, span, style] of parts) {
      row.push(L(label));
      cells.set(label, { row: r, col: row.length });
      row.push(V(value, style));
      for (let k = 1; k < span; k++) row.push(V());
      merge(r, row.length - span, row.length - 1);
    }
    rows.push(row);
    heights[r] = ROW_PT;
    return r;
  };
  /** A full-width text row, tall enough for its text (two half-width units per CJK character). */
  const textLine = (label: string, value: OutValue, minLines: number): void => {
    const r = line([label, value, 5]);
    const units = [...String(value ?? '')].reduce((n, ch) => n + (ch.charCodeAt(0) > 0xff ? 2 : 1), 0);
    const lines = Math.max(minLines, Math.ceil(units / (VALUE_WIDTH - 2)) + String(value ?? '').split('\n').length - 1);
    heights[r] = Math.min(400, Math.max(ROW_PT, lines * LINE_PT + 8));
  };
  const num = (c: string, fmt: string): [OutValue, CellStyle] => {
    const x = values?.[c];
    return typeof x === 'number' ? [x, { ...VALUE, numFmt: fmt }] : [t(x) || null, { ...VALUE, numFmt: fmt }];
  };

  const online = v(COL.mode) === '线上';
  const year = planYear(values);
  rows.push([{ value: `${year ? `${year}年` : ''}${online ? '线上' : ''}出国（境）培训需求表`, style: TITLE }]);
  merge(0, 0, 5);
  heights[0] = 36;
  rows.push([undefined, undefined, undefined, undefined, { value: '组团单位公章', style: PLAIN_RIGHT }]);
  merge(1, 4, 5);
  heights[1] = 30;
  rows.push([undefined, undefined, undefined, undefined, { value: '年　　月　　日', style: PLAIN_RIGHT }]);
  merge(2, 4, 5);

  line([COL.adminDept, v(COL.adminDept) || null, 2], ['预计办班时间', v('预计办班时间') || null, 2]);
  line([COL.theme, v(COL.theme) || null, 5]);
  const [phone, phoneStyle] = num('电话', '@');
  line([COL.unit, v(COL.unit) || null, 1], ['联系人', v('联系人') || null, 1], ['电话', phone, 1, phoneStyle]);
  const [people, peopleStyle] = num(COL.people, '0');
  const [days, daysStyle] = num(COL.days, '0');
  line([COL.countries, v(COL.countries) || null, 1], [COL.people, people, 1, peopleStyle], [COL.days, days, 1, daysStyle]);
  const [budget, budgetStyle] = num(COL.budget, '0.00');
  const hs = v('是否有境外资助');
  const sponsor = v('资助方');
  const sponsorText = `有${tick(['有', '是'].includes(hs))}（资助方${sponsor || '_____'}）　否${tick(['无', '否'].includes(hs))}`;
  line([COL.budget, budget, 1, budgetStyle], ['是否有境外资助', sponsorText, 3]);
  textLine('培训对象', v('培训对象') || null, 3);
  const partner = v('是否境外培训合作机构');
  textLine('境外培训机构', `机构名称：${v('境外培训机构')}（是否境外培训合作机构　是${tick(partner === '是')}　否${tick(partner === '否')}）`, 2);
  textLine('培训目的', v('培训目的') || null, 6);
  textLine('培训主要内容和必要性', v('培训主要内容和必要性') || null, 14);
  if (opts.ruleFields) {
    line([COL.mode, v(COL.mode) || null, 1], [COL.category, v(COL.category) || null, 1], ['公务员人数', v('公务员人数') || null, 1]);
    const r = line(['是否纳入因公出国（境）经费预算', v('是否纳入因公出国（境）经费预算') || null, 1], ['填报日期', v('填报日期') || null, 3, { ...VALUE, numFmt: 'yyyy-mm-dd' }]);
    heights[r] = 36;
  }
  const [adminPhone, adminPhoneStyle] = num('归口管理部门联系电话', '@');
  line(['归口管理部门联系人', v('归口管理部门联系人') || null, 2], ['电话', adminPhone, 2, adminPhoneStyle]);
  rows.push([]);
  heights[rows.length - 1] = 12;
  rows.push([undefined, undefined, undefined, undefined, { value: '归口管理部门公章', style: PLAIN_RIGHT }]);
  merge(rows.length - 1, 4, 5);
  heights[rows.length - 1] = 30;
  rows.push([undefined, undefined, undefined, undefined, { value: '年　　月　　日', style: PLAIN_RIGHT }]);
  merge(rows.length - 1, 4, 5);
  rows.push([{ value: NOTICE_NOTE, style: NOTE }]);
  merge(rows.length - 1, 0, 5);
  heights[rows.length - 1] = 30;

  return {
    sheet: {
      name: opts.name ?? '需求表',
      rows,
      merges,
      rowHeights: heights,
      colWidths: FORM_COLUMNS,
      print: { orientation: 'portrait', fitWidth: 1, fitHeight: 1, centered: true },
    },
    cells,
  };
}

/** The 需求表 of one project (001 附件2 layout). */
export function demandFormSheet(r: SummaryRow, name = '需求表'): OutSheet {
  return demandFormLayout(r.values, { name }).sheet;
}

/** A file name for a project's 需求表: 序号_组团单位_培训班主题.xlsx, without characters file systems refuse. */
export function demandFormFileName(r: SummaryRow, index: number): string {
  const clean = (s: string) => s.replace(/[\\/:*?"<>|\x00-\x1f]/g, '_').replace(/\s+/g, '').slice(0, 40);
  const unit = clean(t(r.values[COL.unit])) || '未填单位';
  const theme = clean(t(r.values[COL.theme])) || '未填主题';
  return `${String(index + 1).padStart(3, '0')}_${unit}_${theme}.xlsx`;
}
