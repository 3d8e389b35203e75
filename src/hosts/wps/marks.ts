/**
 * Marks findings without touching the cells' own values or formats, and removes exactly what it added
 * (the Excel host's design, on WPS's object model):
 * - Colour: conditional formats the add-in owns, `FormatConditions.Add(xlExpression, , MARK_FORMULA)`
 *   on multi-area ranges per sheet × severity (addresses of ≤ 255 characters), fill and font colour set
 *   on the condition. The cells' own Interior/Font are never set.
 * - Text: a comment (`AddComment`) per marked cell, `[ruleId] message（clause）` per finding; cells
 *   that carry the user's own comment keep it (their findings are in 审核结果 only).
 * - The 审核结果 sheet: the report model's (src/core/report/results.ts), rendered by write.ts as every
 *   sheet is (text cells `@` before their values, a link per row: `Hyperlinks.Add(anchor, "", "'Sheet'!B3")`).
 * - A record of what was added (store.ts, key RECORD_KEY) is written before anything else, so 清除标记
 *   finds it even after a failure. Clearing deletes every condition whose formula is MARK_FORMULA (on
 *   any sheet: a mark copied by the user goes too), the recorded comments and sheets, then the record.
 */
import { z } from 'zod';
import type { Finding } from '../../core';
import { a1 } from '../../core';
import type { ProgressFn } from '../host';
import { MARK_FORMULA, clip, groupMarks, isMarkFormula, noteLine, type CellMark } from '../common/marks';
import { MARK_COLORS } from '../../core';
import { RESULT_SHEET, resultsSheet } from '../../core';

import { cellsToRects, parseRect } from '../common/addresses';
import { XL, bgr, type WpsApplication, type WpsWorkbook, type WpsWorksheet } from './om';
import { rectOfAddress } from './read';
import { deleteSheet, readStore, writeStore } from './store';
import { addressChunks, addSheet, renderSheet, sheetNames } from './write';

/** Notes are kept shorter than a cell's 32 767 characters to stay readable. */
const MAX_NOTE_TEXT = 8_000;

export const RECORD_KEY = 'peixun.marks';

export const WpsMarkRecordSchema = z.object({
  version: z.literal(1),
  at: z.string(),
  /** Sheets (by name at marking time) given conditional formats. */
  sheets: z.array(z.string()),
  /** Comments added, by sheet and cell. */
  comments: z.array(z.object({ sheet: z.string(), cells: z.array(z.string()) })),
  /** Sheets the add-in created (审核结果). */
  created: z.array(z.string()),
});
export type WpsMarkRecord = z.infer<typeof WpsMarkRecordSchema>;

export interface WpsMarkReport {
  markedCells: number;
  notes: number;
  skippedNotes: number;
  unlinked: number;
  resultSheet: string;
  notesKind: 'comments';
  /** Chinese notes on what was left out (the 审核结果 sheet's print setup without a printer). */
  notices: string[];
}

export function parseWpsRecord(text: string | undefined): WpsMarkRecord | null {
  if (!text) return null;
  try {
    const r = WpsMarkRecordSchema.safeParse(JSON.parse(text));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** Removes what the add-in added (see the file comment); the record itself stays. */
function removeMarks(app: WpsApplication, wb: WpsWorkbook, record: WpsMarkRecord | null): void {
  const sheets = sheetNames(wb);
  // Conditional formats carrying MARK_FORMULA, on every sheet.
  for (const ws of sheets.values()) {
    const fcs = ws.Cells.FormatConditions;
    for (let i = fcs.Count; i >= 1; i--) {
      const fc = fcs.Item(i);
      if (fc.Type === XL.expression && isMarkFormula(fc.Formula1)) fc.Delete();
    }
  }
  for (const c of record?.comments ?? []) {
    const ws = sheets.get(c.sheet.toLowerCase());
    if (!ws) continue;
    // The recorded cells' comments, a chunk of addresses at a time (the user's comments are on other cells).
    const rects = c.cells.map((cell) => parseRect(cell)).filter((r): r is NonNullable<typeof r> => !!r);
    for (const address of addressChunks(cellsToRects(rects.map((r) => ({ row: r.r0, col: r.c0 }))))) ws.Range(address).ClearComments();
  }
  for (const name of record?.created ?? []) {
    const ws = sheets.get(name.toLowerCase());
    if (ws) deleteSheet(app, ws);
  }
}

export function clearMarks(app: WpsApplication, wb: WpsWorkbook): void {
  const record = parseWpsRecord(readStore(wb).get(RECORD_KEY));
  const active = wb.ActiveSheet;
  removeMarks(app, wb, record);
  writeStore(app, wb, new Map([[RECORD_KEY, null]]));
  if (active && sheetNames(wb).has(active.Name.toLowerCase())) active.Activate();
}

export interface WpsMarkOptions {
  includeInfo: boolean;
  onProgress?: ProgressFn;
  now?: () => Date;
}

export function applyMarks(app: WpsApplication, wb: WpsWorkbook, findings: Finding[], opts: WpsMarkOptions): WpsMarkReport {
  const progress = opts.onProgress ?? (() => undefined);
  progress({ fraction: 0, step: '清除上次的标记…' });
  const active = wb.ActiveSheet;
  const old = parseWpsRecord(readStore(wb).get(RECORD_KEY));
  removeMarks(app, wb, old);

  const byName = sheetNames(wb);
  const exact = new Map<string, WpsWorksheet>();
  for (const ws of byName.values()) exact.set(ws.Name, ws);
  let resultName = RESULT_SHEET;
  for (let i = 2; byName.has(resultName.toLowerCase()); i++) resultName = `${RESULT_SHEET} (${i})`;

  const markable = findings.filter((f) => f.severity !== 'info' || opts.includeInfo);
  const notes = new Map<string, { sheet: string; cell: string; lines: string[] }>();
  for (const f of markable) {
    const r = exact.has(f.sheet) ? parseRect(f.cell) : null;
    if (!r) continue;
    const cell = a1(r.r0, r.c0);
    const k = `${f.sheet}!${cell}`;
    const n = notes.get(k) ?? { sheet: f.sheet, cell, lines: [] };
    n.lines.push(noteLine(f));
    notes.set(k, n);
  }

  // The record first: if anything below fails, 清除标记 still finds what was added.
  const markedSheets = [...new Set(markable.filter((f) => exact.has(f.sheet)).map((f) => f.sheet))];
  const commentsBySheet = new Map<string, string[]>();
  const record: WpsMarkRecord = {
    version: 1,
    at: (opts.now ?? (() => new Date()))().toISOString(),
    sheets: markedSheets,
    comments: [],
    created: [resultName],
  };
  const saveRecord = () => {
    record.comments = [...commentsBySheet].map(([sheet, cells]) => ({ sheet, cells }));
    writeStore(app, wb, new Map([[RECORD_KEY, JSON.stringify(record)]]));
  };
  // Cells the comments will go to, recorded up front (deleting a comment that is not there is a no-op).
  const foreign = userCommentCells(exact, new Set([...notes.values()].map((n) => n.sheet)));
  for (const n of notes.values()) {
    if (foreign.has(`${n.sheet}!${n.cell}`)) continue;
    const list = commentsBySheet.get(n.sheet) ?? [];
    list.push(n.cell);
    commentsBySheet.set(n.sheet, list);
  }
  saveRecord();

  const report: WpsMarkReport = { markedCells: 0, notes: 0, skippedNotes: 0, unlinked: 0, resultSheet: resultName, notesKind: 'comments', notices: [] };
  const screen = app.ScreenUpdating;
  app.ScreenUpdating = false;
  try {
    progress({ fraction: 0.2, step: '标记单元格…' });
    // groupMarks (shared with the Excel host) keys sheets by id: here the sheet's name.
    const marks: CellMark<{ id: string }>[] = [];
    for (const f of markable)
      for (const ref of [{ sheet: f.sheet, cell: f.cell }, ...(f.related ?? [])]) {
        const r = exact.has(ref.sheet) ? parseRect(ref.cell) : null;
        if (r) marks.push({ sheet: { id: ref.sheet }, rect: r, severity: f.severity });
      }
    for (const g of groupMarks(marks)) {
      report.markedCells += g.cellCount;
      const ws = exact.get(g.sheet.id)!;
      for (const address of addressChunks(g.rects)) {
        const fc = ws.Range(address).FormatConditions.Add(XL.expression, undefined, MARK_FORMULA);
        fc.Interior.Color = bgr(MARK_COLORS[g.severity].fill);
        fc.Font.Color = bgr(MARK_COLORS[g.severity].font);
      }
    }

    progress({ fraction: 0.4, step: '写入批注…' });
    for (const n of notes.values()) {
      if (foreign.has(`${n.sheet}!${n.cell}`)) {
        report.skippedNotes++;
        continue;
      }
      exact.get(n.sheet)!.Range(n.cell).AddComment(clip(n.lines.join('\n'), MAX_NOTE_TEXT));
      report.notes++;
    }

    progress({ fraction: 0.6, step: `写入“${resultName}”工作表…` });
    // The report model's 审核结果 (src/core/report/results.ts): sorted rows, 8 columns, links to cells of this workbook.
    const sheet = resultsSheet(findings, (name) => (exact.has(name) ? name : null), resultName);
    report.unlinked = findings.length - (sheet.links?.length ?? 0);
    renderSheet(app, wb, addSheet(wb, resultName), sheet, { notices: report.notices });
  } finally {
    app.ScreenUpdating = screen;
    if (active) active.Activate();
  }
  progress({ fraction: 1, step: '标记完成' });
  return report;
}

/** `Sheet!A1` of cells holding a comment (the user's: the add-in's own were removed before). */
function userCommentCells(sheets: Map<string, WpsWorksheet>, names: Set<string>): Set<string> {
  const out = new Set<string>();
  for (const name of names) {
    const ws = sheets.get(name);
    if (!ws) continue;
    const comments = ws.Comments;
    for (let i = 1, n = comments.Count; i <= n; i++) {
      const r = rectOfAddress(comments.Item(i).Parent.Address());
      if (r) out.add(`${name}!${a1(r.r0, r.c0)}`);
    }
  }
  return out;
}

export { RESULT_SHEET };
