/**
 * Export up: one 需求表 per approved project, in the layout of 001 附件2
 * (2022年线上出国（境）培训需求表): label cells with their values to the right, six columns.
 */
import { APPROVED_WORDS, COL, STATUS_COLUMN, STATUS_WITHDRAWN } from './columns';
import type { ExistingSummary, OutSheet, OutValue, SummaryRow } from './types';

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
function planYear(r: SummaryRow): string {
  for (const c of ['预计办班时间', '出发日期', '填报日期']) {
    const m = /(20\d{2})/.exec(t(r.values[c]));
    if (m) return m[1];
  }
  return '';
}

/** The 需求表 of one project (001 附件2 layout). */
export function demandFormSheet(r: SummaryRow, name = '需求表'): OutSheet {
  const v = (c: string) => t(r.values[c]);
  const online = v(COL.mode) === '线上';
  const year = planYear(r);
  const title = `${year ? `${year}年` : ''}${online ? '线上' : ''}出国（境）培训需求表`;
  const sponsor = v('资助方');
  const hs = v('是否有境外资助');
  const sponsorText = `有${['有', '是'].includes(hs) ? '☑' : '☐'}（资助方${sponsor || '_____'}）  否${['无', '否'].includes(hs) ? '☑' : '☐'}`;
  const partner = v('是否境外培训合作机构');
  const institution = `机构名称：${v('境外培训机构')}（是否境外培训合作机构  是${partner === '是' ? '☑' : '☐'}  否${partner === '否' ? '☑' : '☐'}）`;
  const budget = v(COL.budget);
  const rows: OutValue[][] = [
    [title, null, null, null, null, null],
    [null, null, null, null, '组团单位公章', null],
    [null, null, null, null, '年  月  日', null],
    ['归口管理部门', v(COL.adminDept), null, '预计办班时间', v('预计办班时间'), null],
    ['培训班主题', v(COL.theme), null, null, null, null],
    ['组团单位', v(COL.unit), '联系人', v('联系人'), '电话', v('电话')],
    ['国家（地区）', v(COL.countries), '人数', numOrText(r.values[COL.people]), '天数', numOrText(r.values[COL.days])],
    ['经费预算', budget ? `${budget} 万元` : '万元', '是否有境外资助', sponsorText, null, null],
    ['培训对象', v('培训对象'), null, null, null, null],
    ['境外培训机构', institution, null, null, null, null],
    ['培训目的', v('培训目的'), null, null, null, null],
    ['培训主要内容和必要性', v('培训主要内容和必要性'), null, null, null, null],
    ['归口管理部门联系人', v('归口管理部门联系人'), null, '电话', v('归口管理部门联系电话'), null],
    [null, null, null, null, '归口管理部门公章', null],
    ['备注：经费资助标准参照《财政部 国家外国专家局关于印发〈因公短期出国培训费用管理办法〉的通知》（财行〔2014〕4号）。', null, null, null, null, null],
  ];
  const m = (r0: number, c0: number, r1: number, c1: number) => ({ r0, c0, r1, c1 });
  return {
    name,
    rows,
    headerRows: [0],
    merges: [
      m(0, 0, 0, 5),
      m(3, 1, 3, 2),
      m(3, 4, 3, 5),
      m(4, 1, 4, 5),
      m(7, 3, 7, 5),
      m(8, 1, 8, 5),
      m(9, 1, 9, 5),
      m(10, 1, 10, 5),
      m(11, 1, 11, 5),
      m(12, 1, 12, 2),
      m(12, 4, 12, 5),
      m(14, 0, 14, 5),
    ],
    colWidths: [18, 22, 14, 18, 14, 18],
  };
}

function numOrText(v: OutValue | undefined): OutValue {
  return typeof v === 'number' ? v : t(v) || null;
}

/** A file name for a project's 需求表: 序号_组团单位_培训班主题.xlsx, without characters file systems refuse. */
export function demandFormFileName(r: SummaryRow, index: number): string {
  const clean = (s: string) => s.replace(/[\\/:*?"<>|\x00-\x1f]/g, '_').replace(/\s+/g, '').slice(0, 40);
  const unit = clean(t(r.values[COL.unit])) || '未填单位';
  const theme = clean(t(r.values[COL.theme])) || '未填主题';
  return `${String(index + 1).padStart(3, '0')}_${unit}_${theme}.xlsx`;
}
