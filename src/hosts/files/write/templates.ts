/**
 * Blank standard forms (FORMS.md) with drop-down lists, as OutBooks: written to .xlsx by the CLI
 * (`peixun template`) and usable as data by the Excel add-in (cells, merges, validations).
 */
import { a1, type MergeArea } from '../../../core/grid';
import { DROPDOWN_LISTS, type DropdownList } from './lists';
import type { ListValidation, OutBook, OutCell, OutSheet, StyleSpec } from './xlsx';

export const TEMPLATE_KINDS = ['demand-form', 'demand-list', 'schedule', 'participants', 'standards', 'ce-register'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

/** Rows of a list form that carry drop-downs and formats (the first 1 000 data rows). */
export const TEMPLATE_ROWS = 1000;

/** Fee standards the project can cite (财行〔2014〕4号 as published in June 2014); reviewers add the rest. */
export const SHIPPED_FEE_STANDARDS = [
  { country: '美国', currency: 'USD', feePerDay: 87, source: '财行〔2014〕4号' },
  { country: '德国', currency: 'EUR', feePerDay: 66, source: '财行〔2014〕4号' },
  { country: '日本', currency: 'JPY', feePerDay: 8400, source: '财行〔2014〕4号' },
] as const;

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

const HEAD: StyleSpec = { bold: true, fill: 'D9D9D9', border: true, align: 'center', valign: 'center', wrap: true };
const LABEL: StyleSpec = { bold: true, border: true, align: 'center', valign: 'center', wrap: true };
const VALUE: StyleSpec = { border: true, valign: 'center', wrap: true };
const DATE_FMT = 'yyyy-mm-dd';

const NOTICE_NOTE =
  '备注：经费资助标准参照《财政部 国家外国专家局关于印发〈因公短期出国培训费用管理办法〉的通知》（财行〔2014〕4号）。';

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
  const colStyles: (StyleSpec | undefined)[] = [];
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

function demandForm(): OutSheet {
  // Six columns: label | value | label | value | label | value (001 附件2).
  const rows: (OutCell | undefined)[][] = [];
  const merges: MergeArea[] = [];
  const heights: (number | undefined)[] = [];
  const validations: ListValidation[] = [];
  const L = (v: string): OutCell => ({ value: v, style: LABEL });
  const V = (v: string | null = null, style: StyleSpec = VALUE): OutCell => ({ value: v, style });
  const blankRow = (): (OutCell | undefined)[] => Array.from({ length: 6 }, () => V());
  const merge = (r: number, c0: number, c1: number) => merges.push({ r0: r, c0, r1: r, c1 });

  rows.push([{ value: '出国（境）培训需求表', style: { bold: true, size: 16, align: 'center', valign: 'center' } }]);
  merge(0, 0, 5);
  heights[0] = 36;
  rows.push([{ value: '组团单位公章：' }, undefined, undefined, { value: '年　　月　　日', style: { align: 'right' } }]);
  merge(1, 0, 2);
  merge(1, 3, 5);

  // 归口管理部门 | … | 预计办班时间 | …
  let r = rows.push([L('归口管理部门'), V(), L('预计办班时间'), V(), V(), V()]) - 1;
  merge(r, 3, 5);
  r = rows.push([L('培训班主题'), ...blankRow().slice(1)]) - 1;
  merge(r, 1, 5);
  rows.push([L('组团单位'), V(), L('联系人'), V(), L('电话'), V(null, { ...VALUE, numFmt: '@' })]);
  rows.push([L('国家（地区）'), V(), L('人数'), V(), L('天数'), V()]);
  r = rows.push([L('经费预算（万元）'), V(null, { ...VALUE, numFmt: '0.00' }), L('是否有境外资助'), V('有☐（资助方____）否☐'), V(), V()]) - 1;
  merge(r, 3, 5);
  r = rows.push([L('培训对象'), ...blankRow().slice(1)]) - 1;
  merge(r, 1, 5);
  heights[r] = 30;
  r = rows.push([L('境外培训机构'), V('机构名称：（是否境外培训合作机构 是☐ 否☐）'), V(), V(), V(), V()]) - 1;
  merge(r, 1, 5);
  heights[r] = 30;
  r = rows.push([L('培训目的'), ...blankRow().slice(1)]) - 1;
  merge(r, 1, 5);
  heights[r] = 60;
  r = rows.push([L('培训主要内容和必要性'), ...blankRow().slice(1)]) - 1;
  merge(r, 1, 5);
  heights[r] = 120;
  // Fields the rules need beyond 附件2, with drop-downs.
  r = rows.push([L('培训形式'), V(), L('项目类别'), V(), L('公务员人数'), V()]) - 1;
  validations.push(dropdown('mode', a1(r, 1)), dropdown('category', a1(r, 3)));
  r = rows.push([L('是否纳入因公出国（境）经费预算'), V(), L('填报日期'), V(null, { ...VALUE, numFmt: DATE_FMT }), V(), V()]) - 1;
  merge(r, 3, 5);
  validations.push(dropdown('yesNo', a1(r, 1)));
  heights[r] = 30;
  r = rows.push([L('归口管理部门联系人'), V(), L('电话'), V(null, { ...VALUE, numFmt: '@' }), V(), V()]) - 1;
  merge(r, 3, 5);
  rows.push([]);
  r = rows.push([{ value: '归口管理部门公章：' }, undefined, undefined, { value: '年　　月　　日', style: { align: 'right' } }]) - 1;
  merge(r, 0, 2);
  merge(r, 3, 5);
  r = rows.push([{ value: NOTICE_NOTE, style: { wrap: true, valign: 'top' } }]) - 1;
  merge(r, 0, 5);
  heights[r] = 30;

  return { name: '需求表', rows, merges, rowHeights: heights, colWidths: [18, 22, 16, 18, 12, 18], validations };
}

function standardsSheets(): OutSheet[] {
  const fees = listSheet('费用标准', STANDARD_HEADERS, [16, 10, 20, 24], {}, {});
  for (const s of SHIPPED_FEE_STANDARDS) fees.rows.push([s.country, s.currency, s.feePerDay, s.source]);
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
