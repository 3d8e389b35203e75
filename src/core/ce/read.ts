/**
 * Reading continuing-education registers (继续教育学时) and unit fund sheets — owned by the CE part.
 * src/core/sheets calls these while recognising a workbook's sheets.
 *
 * Sheets are found by their header labels (FORMS.md 继续教育学时), wherever the header row sits.
 * A value that cannot be read stays an unreadable Reading (never 0); every conversion is a ReadNote.
 */
import { cellAt, cellText, colCount, isBlank, MergeIndex, rowCount, type Cell, type CellRef, type SheetGrid } from '../grid';
import type { CeFundRow, CeRow, FieldCell, ReadNote, Reading } from '../model/records';
import { readNumber as readValueNumber } from '../values/number';
import { atRef } from '../values/result';
import { normaliseLabel, parseNumberText, serialYear, toHalfWidth } from './text';

export interface CeSheetMatch {
  kind: 'ce-register' | 'ce-funds';
  /** 0-based header row. */
  headerRow: number;
  /** Chinese: the labels found. */
  reason: string;
}

export type RegisterField =
  | 'seq'
  | 'name'
  | 'idNumber'
  | 'staffNumber'
  | 'unit'
  | 'year'
  | 'subject'
  | 'form'
  | 'hours'
  | 'days'
  | 'category';

/** Header labels of a register (compared after normaliseLabel). */
export const REGISTER_LABELS: Record<RegisterField, readonly string[]> = {
  seq: ['序号', '编号'],
  name: ['姓名', '人员姓名', '学员姓名'],
  idNumber: ['身份证号', '身份证号码', '证件号码', '证件号', '身份证'],
  staffNumber: ['工号', '人员编号', '职工编号', '职工号'],
  unit: ['单位', '工作单位', '所在单位', '单位名称'],
  year: ['年度', '年份', '学年度', '登记年度'],
  subject: ['科目类别', '科目', '科目类型'],
  form: ['形式', '培训形式', '学习形式', '继续教育形式'],
  hours: ['学时', '学时数', '登记学时', '认定学时'],
  days: ['天数', '培训天数', '在外天数', '在外停留天数'],
  category: ['人员类别', '人员类型', '职务类别'],
};

export type FundField = 'unit' | 'payroll' | 'fund' | 'highSkill';

export const FUND_LABELS: Record<FundField, readonly string[]> = {
  unit: ['单位', '企业名称', '单位名称', '企业'],
  payroll: ['工资总额', '职工工资总额', '年度工资总额'],
  fund: ['职工教育经费', '教育经费', '提取职工教育经费', '职工教育经费提取额'],
  highSkill: ['技术素质要求高', '是否技术素质要求高', '从业人员技术素质要求高'],
};

/** Register labels in Chinese, for reasons and messages. */
const FIELD_NAMES: Record<RegisterField | FundField, string> = {
  seq: '序号',
  name: '姓名',
  idNumber: '身份证号',
  staffNumber: '工号',
  unit: '单位',
  year: '年度',
  subject: '科目类别',
  form: '形式',
  hours: '学时',
  days: '天数',
  category: '人员类别',
  payroll: '工资总额',
  fund: '职工教育经费',
  highSkill: '技术素质要求高',
};

/** How many rows from the top a header row may sit (title rows above it). */
const HEADER_SCAN_ROWS = 30;

interface HeaderCol {
  col: number;
  text: string;
  label: string;
  unit?: string;
}

interface HeaderMap<F extends string> {
  cols: Partial<Record<F, HeaderCol>>;
  all: HeaderCol[];
}

function mapHeader<F extends string>(sheet: SheetGrid, row: number, labels: Record<F, readonly string[]>): HeaderMap<F> {
  return matchHeader(headerCells(sheet, row), labels);
}

/** normaliseLabel by text, remembered: recognition asks it of the top rows of every sheet no other reader took (a 填表说明 sheet repeats its texts in every returned file). */
let labelMemo = new Map<string, { label: string; unit?: string }>();

/** A row's text cells as header cells: text, label and unit (read once for both kinds of CE sheet). */
function headerCells(sheet: SheetGrid, row: number): HeaderCol[] {
  const all: HeaderCol[] = [];
  const cells = sheet.cells[row] ?? [];
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (isBlank(cell) || cell?.err || typeof cell?.v !== 'string') continue;
    const text = cellText(cell).trim();
    let n = labelMemo.get(text);
    if (n === undefined) {
      n = normaliseLabel(text);
      if (labelMemo.size >= 20000) labelMemo = new Map();
      labelMemo.set(text, n);
    }
    const { label, unit } = n;
    all.push({ col: c, text, label, unit });
  }
  return all;
}

/** The first header cell naming each field (in column order), and all the header cells. */
function matchHeader<F extends string>(all: HeaderCol[], labels: Record<F, readonly string[]>): HeaderMap<F> {
  const cols: Partial<Record<F, HeaderCol>> = {};
  const fields = Object.keys(labels) as F[];
  for (const h of all) {
    for (const f of fields) {
      if (cols[f]) continue;
      if (labels[f].includes(h.label)) {
        cols[f] = h;
        break;
      }
    }
  }
  return { cols, all };
}

function isRegisterHeader(m: HeaderMap<RegisterField>): boolean {
  const c = m.cols;
  if (!c.name) return false;
  if (c.hours) return true;
  return !!c.days && !!(c.year || c.subject || c.form);
}

function isFundHeader(m: HeaderMap<FundField>): boolean {
  return !!(m.cols.unit && m.cols.payroll && m.cols.fund);
}

function reasonOf<F extends RegisterField | FundField>(what: string, m: HeaderMap<F>, row: number): string {
  const found = (Object.keys(m.cols) as F[]).filter((f) => f !== 'seq').map((f) => FIELD_NAMES[f]);
  return `${what}：第${row + 1}行找到表头 ${found.join('、')}`;
}

/** Whether the sheet is a CE register or a unit fund sheet, by its header labels; null if neither. */
export function recogniseCeSheet(sheet: SheetGrid): CeSheetMatch | null {
  const n = Math.min(rowCount(sheet), HEADER_SCAN_ROWS);
  for (let r = 0; r < n; r++) {
    const cells = headerCells(sheet, r); // (once for both kinds: each cell's label made one time)
    if (cells.length === 0) continue;
    const funds = matchHeader(cells, FUND_LABELS);
    if (isFundHeader(funds)) return { kind: 'ce-funds', headerRow: r, reason: reasonOf('单位职工教育经费表', funds, r) };
    const reg = matchHeader(cells, REGISTER_LABELS);
    if (isRegisterHeader(reg)) return { kind: 'ce-register', headerRow: r, reason: reasonOf('继续教育学时登记表', reg, r) };
  }
  return null;
}

/** Merged areas: a cell inside one (not its top-left) shows the top-left's value. */
function mergeLookup(sheet: SheetGrid): (row: number, col: number) => { row: number; col: number } {
  if (sheet.merges.length === 0) return (row, col) => ({ row, col });
  // clipped to the used range: a merge down to row 1 048 576 costs what the sheet holds, not its area
  const index = new MergeIndex(sheet.merges, rowCount(sheet), colCount(sheet));
  return (row, col) => {
    const m = index.at(row, col);
    return m ? { row: m.r0, col: m.c0 } : { row, col };
  };
}

type FieldCellAt = (row: number, col: number, resolveMerge?: boolean) => FieldCell;

function fieldCellReader(sheet: SheetGrid): FieldCellAt {
  const merged = mergeLookup(sheet);
  return (row, col, resolveMerge = false) => {
    const ref: CellRef = { sheet: sheet.name, row, col };
    let cell: Cell | undefined = cellAt(sheet, row, col);
    if (resolveMerge && isBlank(cell)) {
      const top = merged(row, col);
      if (top.row !== row || top.col !== col) cell = cellAt(sheet, top.row, top.col);
    }
    return { ref, cell, text: cellText(cell).trim() };
  };
}

const SUMMARY_ROW = /^(合计|小计|总计|共计|备注|说明|注[:：]|填表说明)/;

/** 学时 from a cell (values/number knows no 学时 unit). `note` says what was assumed. */
function readHours(fc: FieldCell): Reading<number> {
  const accept = ['学时', '小时'];
  const label = '学时';
  const { ref, cell, text } = fc;
  if (cell?.err) return { ok: false, problem: 'error', ref, text: cell.err };
  if (isBlank(cell)) return { ok: false, problem: 'blank', ref, text: '' };
  if (typeof cell!.v === 'number') return { ok: true, value: cell!.v, ref, text };
  if (typeof cell!.v !== 'string') return { ok: false, problem: 'unreadable', ref, text };
  const p = parseNumberText(cell!.v);
  if (!p || (p.unit !== undefined && !accept.includes(p.unit))) return { ok: false, problem: 'unreadable', ref, text };
  if (!p.converted) return { ok: true, value: p.value, ref, text };
  return { ok: true, value: p.value, ref, text, note: `${label}「${text}」读作 ${p.value}` };
}

function readYear(fc: FieldCell): Reading<number> {
  const { ref, cell, text } = fc;
  if (cell?.err) return { ok: false, problem: 'error', ref, text: cell.err };
  if (isBlank(cell)) return { ok: false, problem: 'blank', ref, text: '' };
  const v = cell!.v;
  if (typeof v === 'number') {
    if (cell!.date) {
      const y = serialYear(v);
      return { ok: true, value: y, ref, text, note: `年度为日期，取其年份 ${y}` };
    }
    if (Number.isInteger(v) && v >= 1950 && v <= 2100) return { ok: true, value: v, ref, text };
    return { ok: false, problem: 'unreadable', ref, text };
  }
  if (typeof v !== 'string') return { ok: false, problem: 'unreadable', ref, text };
  const s = toHalfWidth(v).replace(/\s+/g, '');
  const m = /^((?:19|20)\d{2})(年度?|年)?$/.exec(s);
  if (!m) return { ok: false, problem: 'unreadable', ref, text };
  const y = Number(m[1]);
  return m[2] || s !== v ? { ok: true, value: y, ref, text, note: `年度「${text}」读作 ${y}` } : { ok: true, value: y, ref, text };
}

/** Without a 年度 column, the year from a title row above the header (`2024年度继续教育学时登记表`) or the sheet name. */
function yearFromTitle(sheet: SheetGrid, headerRow: number): Reading<number> | null {
  for (let r = 0; r < headerRow; r++) {
    const cells = sheet.cells[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const text = cellText(cells[c]).trim();
      const m = /((?:19|20)\d{2})\s*年/.exec(toHalfWidth(text));
      if (m)
        return {
          ok: true,
          value: Number(m[1]),
          ref: { sheet: sheet.name, row: r, col: c },
          text,
          note: `表中没有年度列，年度取自标题「${text}」：${m[1]}`,
        };
    }
  }
  const m = /((?:19|20)\d{2})/.exec(toHalfWidth(sheet.name));
  if (m)
    return {
      ok: true,
      value: Number(m[1]),
      ref: { sheet: sheet.name, row: headerRow, col: 0 },
      text: sheet.name,
      note: `表中没有年度列，年度取自工作表名「${sheet.name}」：${m[1]}`,
    };
  return null;
}

/** 科目类别 → 专业科目 / 公需科目; null when blank or not recognised (counted as 专业科目 by the tally). */
function readSubject(text: string): CeRow['subject'] {
  if (/公需/.test(text)) return '公需科目';
  if (/专业/.test(text)) return '专业科目';
  return null;
}

function noteOf<T>(r: Reading<T> | null, notes: ReadNote[]): void {
  if (r && r.ok && r.note) notes.push({ ref: r.ref, message: r.note });
}

export function readCeRegister(sheet: SheetGrid, file: string, headerRow: number): { rows: CeRow[]; notes: ReadNote[] } {
  const header = mapHeader(sheet, headerRow, REGISTER_LABELS);
  const c = header.cols;
  const at = fieldCellReader(sheet);
  const rows: CeRow[] = [];
  const notes: ReadNote[] = [];
  const titleYear = c.year ? null : yearFromTitle(sheet, headerRow);
  if (titleYear) noteOf(titleYear, notes);
  const mapped = new Set(Object.values(c).map((h) => (h as HeaderCol).col));
  const extraCols = header.all.filter((h) => !mapped.has(h.col));
  const n = rowCount(sheet);

  for (let r = headerRow + 1; r < n; r++) {
    const cells = sheet.cells[r];
    if (!cells || cells.every((x) => isBlank(x))) continue;
    const first = cells.find((x) => !isBlank(x));
    if (SUMMARY_ROW.test(cellText(first).trim())) continue;

    // Identity columns may be merged down over a person's several rows.
    const get = (h: HeaderCol | undefined, merge = false) => (h ? at(r, h.col, merge) : undefined);
    const name = get(c.name, true)!;
    const idNumber = get(c.idNumber, true);
    const staffNumber = get(c.staffNumber, true);
    const hoursCell = get(c.hours);
    const daysCell = get(c.days);
    if (!name.text && !idNumber?.text && !staffNumber?.text) {
      if (hoursCell?.text || daysCell?.text)
        notes.push({ ref: name.ref, message: `第${r + 1}行有学时或天数，但没有姓名、身份证号或工号，未计入` });
      continue;
    }
    const yearCell = get(c.year, true);
    const year = yearCell ? readYear(yearCell) : titleYear;
    const hours = hoursCell ? readHours(hoursCell) : null;
    const days = daysCell ? atRef(readValueNumber(daysCell.cell, { unit: '天' }), daysCell.ref) : null;
    const subjectCell = get(c.subject);
    const subject = subjectCell ? readSubject(subjectCell.text) : null;
    if (subjectCell && subjectCell.text && !subject)
      notes.push({ ref: subjectCell.ref, message: `科目类别「${subjectCell.text}」不是专业科目或公需科目，按专业科目计` });
    if (idNumber && typeof idNumber.cell?.v === 'number' && Math.abs(idNumber.cell.v) >= 1e15)
      notes.push({ ref: idNumber.ref, message: `身份证号以数字保存（${idNumber.text}），Excel 只保留15位有效数字，末几位可能已丢失，请改为文本格式核对` });
    if (yearCell) noteOf(year, notes);
    noteOf(hours, notes);
    noteOf(days, notes);

    // Columns with no field of their own (备注, 培训项目, …), by header text; the known ones are typed above.
    const fields: Record<string, FieldCell> = Object.create(null);
    for (const h of extraCols) {
      const fc = at(r, h.col);
      if (fc.text) fields[h.text] = fc;
    }
    rows.push({
      source: { file, sheet: sheet.name, row: r },
      name,
      idNumber: idNumber?.text ? idNumber : undefined,
      staffNumber: staffNumber?.text ? staffNumber : undefined,
      unit: get(c.unit, true),
      year,
      subject,
      subjectRef: subjectCell ? subjectCell.ref : null,
      form: get(c.form) ?? null,
      hours,
      days,
      personCategory: get(c.category, true) ?? null,
      fields,
    });
  }
  return { rows, notes };
}

const YES = /^(是|√|✓|✔|☑|■|Y|YES|TRUE|1|高)$/i;

/** Money in 万元 by the header's or the cell's unit (values/number); without any unit the amount is taken as written. */
function readMoney(fc: FieldCell, headerUnit: string | undefined): Reading<number> {
  return atRef(readValueNumber(fc.cell, { unit: '万元', headerUnit }), fc.ref);
}

export function readCeFunds(sheet: SheetGrid, file: string, headerRow: number): { rows: CeFundRow[]; notes: ReadNote[] } {
  const header = mapHeader(sheet, headerRow, FUND_LABELS);
  const c = header.cols;
  const at = fieldCellReader(sheet);
  const rows: CeFundRow[] = [];
  const notes: ReadNote[] = [];
  if (!c.unit || !c.payroll || !c.fund) return { rows, notes };
  const n = rowCount(sheet);
  for (let r = headerRow + 1; r < n; r++) {
    const cells = sheet.cells[r];
    if (!cells || cells.every((x) => isBlank(x))) continue;
    const unit = at(r, c.unit.col);
    if (SUMMARY_ROW.test(cellText(cells.find((x) => !isBlank(x))).trim())) continue;
    const payrollCell = at(r, c.payroll.col);
    const fundCell = at(r, c.fund.col);
    if (!unit.text) {
      if (payrollCell.text || fundCell.text) notes.push({ ref: unit.ref, message: `第${r + 1}行没有单位名称，未计入` });
      continue;
    }
    const payroll = readMoney(payrollCell, c.payroll.unit);
    const fund = readMoney(fundCell, c.fund.unit);
    noteOf(payroll, notes);
    noteOf(fund, notes);
    const skill = c.highSkill ? at(r, c.highSkill.col).text : '';
    rows.push({ source: { file, sheet: sheet.name, row: r }, unit, payroll, fund, highSkill: YES.test(toHalfWidth(skill).trim()) });
  }
  return { rows, notes };
}
