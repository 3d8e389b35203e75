/**
 * Blank standard forms (FORMS.md) with drop-down lists, as report-model books: written to .xlsx by the
 * CLI (`peixun template`) and browser mode, inserted as sheets by the Excel add-in.
 */
import { a1 } from '../grid';
import { COL } from '../merge/columns';
import { SHIPPED_STANDARDS } from '../tallies/fee';
import { demandFormLayout } from './demandForm';
import { DROPDOWN_LISTS, type DropdownList } from './lists';
import type { CellStyle, ListValidation, OutBook, OutCell, OutSheet } from './sheet';

export const TEMPLATE_KINDS = ['demand-form', 'demand-list', 'schedule', 'participants', 'standards', 'ce-register'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** Rows of a list form that carry drop-downs and formats (the first 1 000 data rows). */
export const TEMPLATE_ROWS = 1000;

export const DEMAND_LIST_HEADERS = [
  '序号',
  '项目编号',
  '归口管理部门',
  '培训班主题',
  '组团单位',
  '国家（地区）',
  '人数',
  '天数',
  '经费预算（万元）',
  '预计办班时间',
  '培训形式',
  '项目类别',
  '公务员人数',
  '是否纳入因公出国（境）经费预算',
  '境外培训机构',
  '是否境外培训合作机构',
  '培训对象',
  '培训目的',
  '培训主要内容和必要性',
  '联系人',
  '电话',
  '填报日期',
  '出发日期',
  '回国日期',
  '公示开始日期',
  '公示结束日期',
  '总结报送日期',
] as const;

export const SCHEDULE_HEADERS = ['日期', '星期', '时段', '城市', '国家（地区）', '内容', '类型', '授课机构'] as const;
export const PARTICIPANT_HEADERS = ['姓名', '性别', '出生年月', '工作单位', '职务/职称', '是否公务员（含参公）', '行前教育日期'] as const;
export const STANDARD_HEADERS = ['国家（地区）', '币种', '培训费（每人每天）', '来源'] as const;
export const RATE_HEADERS = ['币种', '折合人民币', '日期'] as const;
export const CE_HEADERS = ['姓名', '身份证号', '工号', '单位', '年度', '科目类别', '形式', '学时', '天数', '人员类别'] as const;

/** Names of the template sheets (a book of all kinds uses these). */
export const TEMPLATE_SHEET_NAMES: Record<TemplateKind, string[]> = {
  'demand-form': ['需求表'],
  'demand-list': ['需求汇总表'],
  schedule: ['日程表'],
  participants: ['人员名单'],
  standards: ['费用标准', '汇率'],
  'ce-register': ['继续教育学时'],
};

const HEAD: CellStyle = { bold: true, fill: 'D9D9D9', border: true, align: 'center', valign: 'center', wrap: true };
const DATE_FMT = 'yyyy-mm-dd';

function listRange(col: number, rows = TEMPLATE_ROWS): string {
  return `${a1(1, col)}:${a1(rows, col)}`;
}

function dropdown(list: DropdownList, range: string): ListValidation {
  return { range, items: [...DROPDOWN_LISTS[list]], prompt: `请从下拉列表中选择：${DROPDOWN_LISTS[list].join('、')}` };
}

/** A list form: one header row (bold, frozen, filter), widths, drop-downs and column formats by header. */
function listSheet(
  name: string,
  headers: readonly string[],
  widths: number[],
  lists: Partial<Record<string, DropdownList>>,
  formats: Partial<Record<string, string>>,
): OutSheet {
  const validations: ListValidation[] = [];
  const colStyles: (CellStyle | undefined)[] = [];
  headers.forEach((h, c) => {
    const l = lists[h];
    if (l) validations.push(dropdown(l, listRange(c)));
    const f = formats[h];
    if (f) colStyles[c] = { numFmt: f };
  });
  return {
    name,
    rows: [headers.map((h): OutCell => ({ value: h, style: HEAD }))],
    colWidths: widths,
    colStyles,
    freeze: { rows: 1 },
    autoFilter: `A1:${a1(0, headers.length - 1)}`,
    validations,
    rowHeights: [30],
  };
}

/** The 001 附件2 form (the report model's layout, blank), with the fields the rules need and their drop-downs. */
function demandForm(): OutSheet {
  const { sheet, cells } = demandFormLayout(null, { ruleFields: true });
  const at = (column: string) => {
    const p = cells.get(column)!;
    return a1(p.row, p.col);
  };
  return { ...sheet, validations: [dropdown('mode', at(COL.mode)), dropdown('category', at(COL.category)), dropdown('yesNo', at('是否纳入因公出国（境）经费预算'))] };
}

function standardsSheets(): OutSheet[] {
  const fees = listSheet('费用标准', STANDARD_HEADERS, [16, 10, 20, 24], {}, {});
  for (const s of SHIPPED_STANDARDS) fees.rows.push([s.country, s.currency, s.feePerDay, s.source]);
  fees.autoFilter = undefined;
  const rates = listSheet('汇率', RATE_HEADERS, [10, 14, 14], {}, { 日期: DATE_FMT, 折合人民币: '0.0000' });
  rates.autoFilter = undefined;
  rates.notes = [
    {
      cell: 'B1',
      text: '请审核人员按计划日期（出发或预计办班时间）填写当日汇率：1 单位外币折合人民币的金额，并在“日期”列写明汇率日期。本表不预置任何汇率；缺少汇率时，费用上限无法计算（MO-FEE-UNKNOWN）。',
    },
  ];
  return [fees, rates];
}

/** The blank standard form(s) of one kind. */
export function templateWorkbook(kind: TemplateKind): OutBook {
  return { sheets: templateSheets(kind) };
}

/** The sheets of one kind (the Excel add-in inserts these). */
export function templateSheets(kind: TemplateKind): OutSheet[] {
  switch (kind) {
    case 'demand-form':
      return [demandForm()];
    case 'demand-list':
      return [
        listSheet(
          '需求汇总表',
          DEMAND_LIST_HEADERS,
          [6, 12, 16, 30, 22, 14, 7, 7, 12, 14, 10, 14, 10, 14, 24, 12, 24, 30, 40, 10, 14, 12, 12, 12, 12, 12, 12],
          { 培训形式: 'mode', 项目类别: 'category', '是否纳入因公出国（境）经费预算': 'yesNo', 是否境外培训合作机构: 'yesNo' },
          {
            '经费预算（万元）': '0.00',
            电话: '@',
            填报日期: DATE_FMT,
            出发日期: DATE_FMT,
            回国日期: DATE_FMT,
            公示开始日期: DATE_FMT,
            公示结束日期: DATE_FMT,
            总结报送日期: DATE_FMT,
          },
        ),
      ];
    case 'schedule':
      return [listSheet('日程表', SCHEDULE_HEADERS, [12, 8, 8, 14, 14, 40, 12, 24], { 时段: 'daySlot', 类型: 'activityType' }, { 日期: DATE_FMT })];
    case 'participants':
      return [
        listSheet(
          '人员名单',
          PARTICIPANT_HEADERS,
          [10, 6, 10, 24, 16, 14, 14],
          { 性别: 'gender', '是否公务员（含参公）': 'yesNo' },
          { 出生年月: 'yyyy-mm', 行前教育日期: DATE_FMT },
        ),
      ];
    case 'standards':
      return standardsSheets();
    case 'ce-register':
      return [listSheet('继续教育学时', CE_HEADERS, [10, 22, 10, 24, 8, 12, 16, 8, 8, 16], { 科目类别: 'ceSubject' }, { 身份证号: '@', 工号: '@' })];
  }
}

/** One book with every kind of form (for the Excel add-in's "insert all" and a handy sample). */
export function allTemplatesWorkbook(): OutBook {
  return { sheets: TEMPLATE_KINDS.flatMap((k) => templateSheets(k)) };
}
