/**
 * Inserts a standard form (a book from src/core/report/templates.ts, so the .xlsx templates and the
 * add-in offer the same forms) as new sheets of the open workbook: rendered as every report sheet is
 * (sheets.ts renderSheet: text never a formula, styles, merges, widths, frozen rows, print setup), then
 * the forms' own parts: column formats for the rows a unit fills in, instruction notes and drop-down
 * lists (data validation, ExcelApi 1.8; skipped below with a notice).
 */
import type { OutBook, OutSheet } from '../../core';
import { Batcher, DEFAULT_BUDGET, type SyncBudget, utf8Bytes, valuesBytes } from './batcher';
import type { FeatureSet } from './capabilities';
import { parseRect, rectToA1 } from '../common/addresses';
import { listTargets } from '../common/cells';
import { freeName } from '../common/sheetNames';
import { excelError } from './env';
import { renderSheet } from './sheets';

/** Rows of a list form prepared for input (column formats), as the .xlsx templates' drop-downs. */
const TEMPLATE_FILL_ROWS = 1000;

export interface InsertReport {
  sheets: string[];
  /** Chinese notes on what was left out (drop-downs on old Excel, lists too long). */
  notices: string[];
}

export async function insertOutBook(ctx: Excel.RequestContext, book: OutBook, opts: { features: FeatureSet; budget?: SyncBudget }): Promise<InsertReport> {
  try {
    const wsc = ctx.workbook.worksheets;
    wsc.load('items/name');
    await ctx.sync();
    const taken = new Set(wsc.items.map((w) => w.name.toLowerCase()));
    const batch = new Batcher(ctx, opts.budget ?? DEFAULT_BUDGET);
    const report: InsertReport = { sheets: [], notices: [] };
    let first: Excel.Worksheet | null = null;
    for (const sheet of book.sheets) {
      const name = freeName(sheet.name, taken);
      report.sheets.push(name);
      await batch.reserve(utf8Bytes(name) + 40);
      const ws = wsc.add(name);
      if (sheet.hidden) ws.visibility = 'Hidden';
      else if (!first) first = ws;
      await writeSheet(ws, sheet, batch, opts.features, report);
    }
    if (first) {
      await batch.reserve(20);
      first.activate();
    }
    await batch.flush();
    return report;
  } catch (e) {
    throw excelError('插入模板', e);
  }
}

async function writeSheet(ws: Excel.Worksheet, sheet: OutSheet, batch: Batcher, features: FeatureSet, report: InsertReport): Promise<void> {
  await renderSheet(ws, sheet, batch, { pageLayout: features.printSetup, colFormats: (sheet.colStyles ?? []).map((s) => s?.numFmt) });

  // Column formats (date columns, text columns such as 电话) for the rows a unit will fill in.
  for (const [c, st] of (sheet.colStyles ?? []).entries()) {
    if (!st?.numFmt) continue;
    const from = Math.max(1, sheet.rows.length);
    const n = TEMPLATE_FILL_ROWS - from;
    if (n <= 0) continue;
    const formats = Array.from({ length: n }, () => [st.numFmt as string]);
    await batch.reserve(valuesBytes(formats), 1);
    ws.getRangeByIndexes(from, c, n, 1).numberFormat = formats;
  }

  // The form's own notes (instructions), as notes or comments where this Excel has them.
  for (const n of sheet.notes ?? []) {
    const rect = parseRect(n.cell);
    if (!rect) continue;
    if (!features.notes && !features.comments) {
      report.notices.push(`“${sheet.name}”${n.cell} 的填写说明需要 ExcelApi 1.10（批注），未插入：${n.text}`);
      continue;
    }
    await batch.reserve(utf8Bytes(n.text) + 40, 2);
    if (features.notes) ws.notes.add(rectToA1({ ...rect, r1: rect.r0, c1: rect.c0 }), n.text);
    else ws.context.workbook.comments.add(ws.getRange(rectToA1({ ...rect, r1: rect.r0, c1: rect.c0 })), n.text);
  }

  for (const v of sheet.validations ?? []) {
    if (!features.dataValidation) {
      if (!report.notices.some((n) => n.startsWith('下拉列表')))
        report.notices.push('下拉列表（数据验证）需要 ExcelApi 1.8，此版本的 Excel 插入的模板没有下拉列表。');
      break;
    }
    const list = listTargets(sheet.name, v, report.notices);
    if (!list) continue;
    for (const rect of list.rects) {
      await batch.reserve(utf8Bytes(list.source) + 80, 3);
      const dv = ws.getRange(rectToA1(rect)).dataValidation;
      dv.ignoreBlanks = v.allowBlank !== false;
      dv.rule = { list: { inCellDropDown: true, source: list.source } };
      if (list.prompt) dv.prompt = { showPrompt: true, message: list.prompt, title: '' };
    }
  }
}
