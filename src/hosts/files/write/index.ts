/** Writing .xlsx files: our own writer, marked copies of reviewed workbooks, blank forms, report books. */
export * from './xlsx';
export { markWorkbookCopy, gridToXlsx, type MarkOptions } from './mark';
export { RESULT_SHEET, MARK_COLORS, RESULT_HEADERS, resultsSheet } from './results';
export * from './templates';
export { reportWorkbook, projectsSheet, PROJECT_SHEET, PROJECT_HEADERS } from './report';
export { DROPDOWN_LISTS, type DropdownList } from './lists';
