/**
 * The marked copy of a reviewed workbook: the ORIGINAL .xlsx package patched, never rebuilt.
 *
 * - Each cell with an error/warning finding gets a fill (error light red, warning amber) through
 *   a new cellXfs entry cloned from the cell's own, with only the fill and font colour replaced, so
 *   number formats, borders and fonts stay. A missing cell is created (empty, styled).
 * - Each marked cell gets one note with a line `[ruleId] message` per finding; existing comments
 *   are kept (merged into the sheet's comments part).
 * - A sheet 审核结果 (replaced when present) lists all findings with links to their cells.
 * - Values are never changed; every other part keeps its bytes, except that no part keeps a
 *   `<!DOCTYPE>` and no text over Excel's 32 767 characters (sanitize.ts: Excel refuses both).
 *
 * `gridToXlsx` rebuilds .xls/.csv inputs (values, date formats, merges) as .xlsx to mark them.
 */
import { unzipSync } from 'fflate';
import type { WorkbookGrid } from '../../../core';
import type { Finding } from '../../../core';
import { RESULT_SHEET, resultsSheet } from '../../../core';
import { ContentTypes, Package } from './marked/package';
import { ZIP_LEVEL, writeXlsx, type OutCell, type OutSheet } from './xlsx';
import { rezip } from './zip';
import { sanitizeParts } from './sanitize';
import { cellMarks } from './marked/cellMarks';
import { maxVmlBlock } from './marked/notes';
import { markSheet } from './marked/sheetPatch';
import { PatchStyles } from './marked/styles';
import { WorkbookPart } from './marked/workbook';

export interface MarkOptions {
  /** Also mark info findings (light blue) and give them notes. Default false: info only in 审核结果. */
  includeInfo?: boolean;
}

/** Marks a copy of an .xlsx workbook (bytes in, new bytes out; the input array is not changed). */
export function markWorkbookCopy(original: Uint8Array, findings: Finding[], opts: MarkOptions = {}): Uint8Array {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(original);
  } catch (e) {
    throw new Error(`不是有效的 .xlsx 文件（无法解压：${(e as Error).message}）`);
  }
  // no DOCTYPE and no over-long text may be carried over (sanitize.ts); those parts count as changed
  const pkg = new Package(sanitizeParts(entries).entries);
  const types = new ContentTypes(pkg);
  const book = new WorkbookPart(pkg);
  const styles = PatchStyles.open(pkg, book, types);
  const marks = cellMarks(findings, book, opts.includeInfo);

  let vmlBlock = maxVmlBlock(pkg) + 1;
  for (const [sheet, byCell] of marks) {
    vmlBlock = markSheet(pkg, types, styles, sheet, [...byCell.values()], vmlBlock, book.relBase);
  }

  // 审核结果
  const resultSheet = resultsSheet(findings, (name) => {
    const s = book.sheetNamed(name);
    return s && s.name !== RESULT_SHEET ? s.name : null;
  });
  book.putResults(resultSheet, styles, types);

  styles.save();
  book.save();
  types.save();

  // Untouched entries are copied as stored (same compressed bytes); changed and new ones deflated.
  return rezip(original, pkg.order, pkg.parts, (name) => pkg.parts.get(name) === entries[name], ZIP_LEVEL);
}

/** Rebuilds a grid (from .xls or .csv) as an .xlsx: values, date and number formats, merges, hidden sheets. */
export function gridToXlsx(grid: WorkbookGrid): Uint8Array {
  const sheets = grid.sheets.length ? grid.sheets : [{ name: 'Sheet1', cells: [], merges: [] }];
  const anyVisible = sheets.some((s) => !s.hidden);
  return writeXlsx({
    sheets: sheets.map((s, i): OutSheet => ({
      name: s.name,
      // A workbook needs one visible sheet.
      hidden: anyVisible ? s.hidden : i > 0,
      merges: s.merges,
      rows: s.cells.map((row) =>
        row
          ? row.map((c): OutCell | undefined => {
              if (!c) return undefined;
              if (c.err) return { value: null, error: c.err };
              const numFmt = c.fmt && c.fmt !== 'General' ? c.fmt : undefined;
              return { value: c.v, isDate: Boolean(c.date), style: numFmt ? { numFmt } : undefined };
            })
          : [],
      ),
    })),
  });
}
