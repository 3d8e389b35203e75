/**
 * The part of the core's public API that loads without zod, the rules and the sheet readers: A1
 * addresses, the report model, the merge of prepared sources, pack names and the pack-use line. For
 * a process that never reads or reviews a workbook itself — the merge's parent, whose child processes
 * do the reading (hosts/files/merge): importing src/core/index there loads zod and every rule pack
 * (≈ 0.1 s of CPU before the first child can start). Everything here is also exported by src/core/index.ts, the same
 * bindings; outside src/core, import the core from one of these two files only (test/architecture).
 */
export { a1, parseA1, quoteSheet } from './grid/address';
export type { Cell, MergeArea, SheetGrid, WorkbookGrid } from './grid';
export { CHART_NAME, cellOf, printOf, rowAt, rowCount } from './report/sheet';
export type { CellStyle, ChartSpec, ListValidation, OutBook, OutCell, OutLink, OutNote, OutRow, OutSheet, OutValue, PrintSetup } from './report/sheet';
export { PACK_IDS, PACK_NAMES, type PackId, type ReviewOptions } from './model/review';
export { combinePackUse, packUseLine, type PackUse } from './suggest';
// the merge without what reads a unit's return (prepare.ts, source.ts: the sheet readers)
export * from './merge/lean';
