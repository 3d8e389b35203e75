/**
 * Renders report-model sheets (src/core/report: the merge's 省级汇总 / 单位汇总 / 导入记录, exported 需求表,
 * 审核结果, templates) in the open workbook, and a native chart from a small data table beside the cells.
 *
 * - Text from units never becomes a formula (excelCell, src/hosts/common/cells.ts): a string starting with = + - @ (or tab/CR, or an apostrophe
 *   of its own) is written through `formulaSafe` with the apostrophe Excel keeps as "this is text"
 *   (General format, so the apostrophe is read as the prefix, not stored); every other string goes into
 *   a cell formatted `@` first, so 2024-05-01, 1/3 or 00123 stay the text the unit typed.
 * - Replacing without loss on failure: each sheet is written under a free temporary name (`~省级汇总`)
 *   and only in the last batch is the old sheet deleted and the new one renamed; if Excel refuses
 *   anything earlier, the old sheets are untouched (a half-written `~…` sheet may stay, it is named so).
 * - Requests go through a Batcher: 1 sync for the sheet list, then 1 per budget (2 MB / 10 000 requests),
 *   whatever the number of rows below that; rows go 1 000 per request.
 */
import { CHART_NAME, cellOf, printOf, styledRows, widthOf, type CellStyle, type OutRow, type OutSheet, type OutValue } from '../../core';
import { hashColor } from '../../core';
import { a1, parseA1 } from '../../core';
import type { ChartSpec, ProgressFn, WriteSheetsReport } from '../host';
import { Batcher, DEFAULT_BUDGET, type SyncBudget, utf8Bytes, valuesBytes } from './batcher';
import { rectToA1 } from '../common/addresses';
import { modelCell, type CellValue } from '../common/cells';
import { styleRects } from '../common/styles';
import { tempName } from '../common/sheetNames';
import { excelError } from './env';

export const ROWS_PER_REQUEST = 1000;
/** Blank columns between a sheet's cells and the chart's data table. */
const CHART_GAP = 1;

export interface WriteOutOptions {
  budget?: SyncBudget;
  chart?: ChartSpec;
  activate?: string;
  /** ExcelApi 1.8: the second series goes on a secondary axis as a line (budget in 万元 and people differ in scale). */
  secondaryAxis?: boolean;
  /** ExcelApi 1.9: print setup (orientation, fit to page width, repeated header rows). */
  pageLayout?: boolean;
  onProgress?: ProgressFn;
}

type ExcelValue = CellValue;

async function writeRows(ws: Excel.Worksheet, rows: OutRow[], r0: number, c0: number, width: number, batch: Batcher, colFormats: (string | undefined)[] = []): Promise<number> {
  let cells = 0;
  for (let i = 0; width > 0 && i < rows.length; i += ROWS_PER_REQUEST) {
    const chunk = rows.slice(i, i + ROWS_PER_REQUEST);
    const values: ExcelValue[][] = [];
    const formats: string[][] = [];
    for (const row of chunk) {
      const vr: ExcelValue[] = [];
      const fr: string[] = [];
      for (let c = 0; c < width; c++) {
        const cell = modelCell(cellOf(row?.[c]), colFormats[c]);
        vr.push(cell.value);
        fr.push(cell.format);
        if (cell.value !== '') cells++;
      }
      values.push(vr);
      formats.push(fr);
    }
    await batch.reserve(valuesBytes(values) + valuesBytes(formats), 3);
    const range = ws.getRangeByIndexes(r0 + i, c0, chunk.length, width);
    // Formats before values: a text cell is text before its value arrives.
    range.numberFormat = formats;
    range.values = values;
  }
  return cells;
}

/** One style on a range (fonts, fill, wrap, alignment, borders on every edge of every cell). */
export async function applyStyle(range: Excel.Range, s: CellStyle, rect: { r0: number; c0: number; r1: number; c1: number }, batch: Batcher): Promise<void> {
  await batch.reserve(120, 10);
  const f = range.format;
  if (s.bold !== undefined) f.font.bold = s.bold;
  if (s.italic !== undefined) f.font.italic = s.italic;
  if (s.size !== undefined) f.font.size = s.size;
  if (s.color) f.font.color = hashColor(s.color);
  if (s.fill) f.fill.color = hashColor(s.fill);
  if (s.wrap !== undefined) f.wrapText = s.wrap;
  if (s.align) f.horizontalAlignment = s.align === 'left' ? 'Left' : s.align === 'center' ? 'Center' : 'Right';
  if (s.valign) f.verticalAlignment = s.valign === 'top' ? 'Top' : s.valign === 'center' ? 'Center' : 'Bottom';
  if (s.border) {
    const inside = [...(rect.c1 > rect.c0 ? (['InsideVertical'] as const) : []), ...(rect.r1 > rect.r0 ? (['InsideHorizontal'] as const) : [])];
    for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', ...inside] as const) f.borders.getItem(edge).style = 'Continuous';
  }
}

export interface RenderOptions {
  /** ExcelApi 1.9: write the print setup. */
  pageLayout?: boolean;
  /** Number formats of whole columns for blank cells (templates). */
  colFormats?: (string | undefined)[];
}

/**
 * Renders a report-model sheet on a new worksheet: values and number formats (text never becomes a
 * formula), styles, merged areas, widths, heights, frozen rows, links and print setup. Returns the cells written.
 */
export async function renderSheet(ws: Excel.Worksheet, sheet: OutSheet, batch: Batcher, opts: RenderOptions = {}): Promise<number> {
  const rows = styledRows(sheet);
  const cells = await writeRows(ws, rows, 0, 0, widthOf(sheet), batch, opts.colFormats);
  for (const rect of styleRects(rows)) await applyStyle(ws.getRangeByIndexes(rect.r0, rect.c0, rect.r1 - rect.r0 + 1, rect.c1 - rect.c0 + 1), rect.style, rect, batch);
  for (const m of sheet.merges ?? []) {
    await batch.reserve(40, 2);
    ws.getRange(rectToA1(m)).merge(false);
  }
  for (const [c, w] of (sheet.colWidths ?? []).entries()) {
    if (w === undefined || w === null) continue;
    await batch.reserve(30, 2);
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = Math.round(w * 7);
  }
  // One request per run of consecutive rows of the same height.
  const heights = sheet.rowHeights ?? [];
  for (let r = 0; r < heights.length; r++) {
    const h = heights[r];
    if (h === undefined || h === null) continue;
    let end = r;
    while (heights[end + 1] === h) end++;
    await batch.reserve(30, 2);
    ws.getRangeByIndexes(r, 0, end - r + 1, 1).format.rowHeight = h;
    r = end;
  }
  await freeze(ws, sheet.freeze, batch);
  for (const l of sheet.links ?? []) {
    const p = parseA1(l.cell);
    if (!p) continue;
    const at = cellOf(rows[p.row]?.[p.col]);
    const hyperlink = { documentReference: l.location, textToDisplay: String(at?.value ?? ''), screenTip: l.tooltip ?? '' };
    await batch.reserve(utf8Bytes(JSON.stringify(hyperlink)) + 20);
    ws.getRange(l.cell).hyperlink = hyperlink;
  }
  if (opts.pageLayout) await printSetup(ws, sheet, batch);
  return cells;
}

/** Orientation, A4, one page wide (and tall for forms), header rows on every page (ExcelApi 1.9). */
async function printSetup(ws: Excel.Worksheet, sheet: OutSheet, batch: Batcher): Promise<void> {
  const p = printOf(sheet);
  await batch.reserve(120, 5);
  const layout = ws.pageLayout;
  layout.orientation = (p.orientation === 'landscape' ? 'Landscape' : 'Portrait') as Excel.PageOrientation;
  layout.paperSize = 'A4' as Excel.PaperType;
  layout.zoom = { horizontalFitToPages: p.fitWidth, verticalFitToPages: p.fitHeight };
  if (p.centered) layout.centerHorizontally = true;
  if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows[0] + 1}:$${p.titleRows[1] + 1}`);
}

/** Frozen header rows / leading columns (shared with the templates). */
export async function freeze(ws: Excel.Worksheet, f: { rows?: number; cols?: number } | undefined, batch: Batcher): Promise<void> {
  if (f?.rows) {
    await batch.reserve(20);
    ws.freezePanes.freezeRows(f.rows);
  }
  if (f?.cols) {
    await batch.reserve(20);
    ws.freezePanes.freezeColumns(f.cols);
  }
}

/** The chart's data table (category column + series) to the right of the sheet's cells, and the chart over it. */
async function writeChart(ws: Excel.Worksheet, spec: ChartSpec, sheetWidth: number, batch: Batcher, opts: WriteOutOptions): Promise<string | null> {
  const series = spec.series.slice(0, 2);
  if (spec.categories.length === 0 || series.length === 0) return null;
  const c0 = sheetWidth + CHART_GAP;
  const rows: OutValue[][] = [[spec.categoryLabel, ...series.map((s) => s.name)]];
  spec.categories.forEach((cat, i) => rows.push([cat, ...series.map((s) => (Number.isFinite(s.values[i]) ? s.values[i] : null))]));
  const cols = 1 + series.length;
  await writeRows(ws, rows, 0, c0, cols, batch);
  await batch.reserve(60, 2);
  const header = ws.getRangeByIndexes(0, c0, 1, cols);
  header.format.font.bold = true;
  const source = { r0: 0, c0, r1: rows.length - 1, c1: c0 + cols - 1 };
  await batch.reserve(utf8Bytes(spec.title) + 200, 6);
  const chart = ws.charts.add('ColumnClustered' as Excel.ChartType, ws.getRangeByIndexes(0, c0, rows.length, cols), 'Columns' as Excel.ChartSeriesBy);
  chart.name = spec.name ?? CHART_NAME;
  chart.title.text = spec.title;
  // Below the data table's right edge, 20 rows × 9 columns.
  chart.setPosition(a1(0, c0 + cols + 1), a1(19, c0 + cols + 9));
  if (opts.secondaryAxis && series.length === 2) {
    const second = chart.series.getItemAt(1);
    second.chartType = 'Line' as Excel.ChartType;
    second.axisGroup = 'Secondary' as Excel.ChartAxisGroup;
  }
  return rectToA1(source);
}

/** Writes the sheets (replacing same-named ones) and the chart; see the file comment. */
export async function writeOutSheets(ctx: Excel.RequestContext, sheets: OutSheet[], opts: WriteOutOptions = {}): Promise<WriteSheetsReport> {
  const progress = opts.onProgress ?? (() => undefined);
  const report: WriteSheetsReport = { sheets: sheets.map((s) => s.name), cells: 0, notices: [] };
  try {
    progress({ fraction: 0, step: '读取工作表列表…' });
    const wsc = ctx.workbook.worksheets;
    wsc.load('items/name');
    await ctx.sync();
    const existing = new Map(wsc.items.map((ws) => [ws.name.toLowerCase(), ws]));
    const taken = new Set(existing.keys());
    for (const s of sheets) taken.add(s.name.toLowerCase());
    const batch = new Batcher(ctx, opts.budget ?? DEFAULT_BUDGET);
    const written: { sheet: OutSheet; ws: Excel.Worksheet }[] = [];
    const totalRows = Math.max(1, sheets.reduce((n, s) => n + s.rows.length, 0));
    let doneRows = 0;
    for (const sheet of sheets) {
      const temp = tempName(sheet.name, taken);
      await batch.reserve(utf8Bytes(temp) + 40);
      const ws = wsc.add(temp);
      const width = widthOf(sheet);
      progress({ fraction: 0.1 + (0.8 * doneRows) / totalRows, step: `写入“${sheet.name}”…` });
      report.cells += await renderSheet(ws, sheet, batch, { pageLayout: opts.pageLayout });
      const chart = opts.chart && opts.chart.sheet === sheet.name ? opts.chart : sheet.chart ? { ...sheet.chart, sheet: sheet.name } : null;
      if (chart) {
        const src = await writeChart(ws, chart, width, batch, opts);
        if (src) report.chartSource = src;
      }
      doneRows += sheet.rows.length;
      written.push({ sheet, ws });
    }
    if (opts.chart && !sheets.some((s) => s.name === opts.chart!.sheet)) report.notices.push(`图表所在的工作表“${opts.chart.sheet}”不在写入之列，未画图表。`);

    // The swap, last: old sheets go only once every new one is written.
    progress({ fraction: 0.9, step: '替换旧的工作表…' });
    for (const { sheet, ws } of written) {
      await batch.reserve(60, 2);
      existing.get(sheet.name.toLowerCase())?.delete();
      ws.name = sheet.name;
    }
    const show = written.find((w) => w.sheet.name === opts.activate);
    if (show) {
      await batch.reserve(20);
      show.ws.activate();
    }
    await batch.flush();
    progress({ fraction: 1, step: '' });
    return report;
  } catch (e) {
    throw excelError(`写入工作表 ${sheets.map((s) => `“${s.name}”`).join('、')}`, e);
  }
}
