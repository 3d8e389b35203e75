/**
 * 出国培训审核助手 — the Office-free core. Public API (documented in docs/API.md):
 *
 *   parseWorkbook(grid, options?)  → ParsedWorkbook   (sheets → typed records)
 *   reviewWorkbook(grid, options)  → WorkbookReview    (parse + rules + tallies)
 *
 * Nothing here imports Office.js, React or a file library.
 */
export * from './grid';
export * from './model/findings';
export * from './model/records';
export * from './api';
