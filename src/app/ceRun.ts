/**
 * The 继续教育 tally without React: read the registers of the grids and tally each person's hours per year with
 * the ce2007 / cas packs (src/core/ceReview.ts). In src/app because the engine's worker runs it as well as the page.
 */
import type { PackId } from '../core';
import type { WorkbookGrid } from '../core';
import type { PersonYear } from '../core';
import { tallyCe, type CeTally } from '../core';
import type { SheetKind } from '../core';
import { colCount, parseWorkbook } from '../core';

export type CePack = 'ce2007' | 'cas';
export const CE_PACK_IDS: CePack[] = ['ce2007', 'cas'];
/** The rules that say a person is short of hours (CE-PUBLIC-SHARE etc. are not shortfalls). */
export const SHORTFALL_RULES = ['CE-ANNUAL-HOURS', 'CAS-ANNUAL-HOURS', 'CAS-LEADER-HOURS'];

export interface CeRunOptions {
  packs: CePack[];
  /** Only this year; null: every year. */
  year: number | null;
  params?: Record<string, unknown>;
  sheetKinds?: Record<string, SheetKind>;
}

export interface CeRun {
  tally: CeTally;
  /** The persons shown (the chosen year only, when one is chosen). */
  persons: PersonYear[];
  /** Every year found in the registers (for the year picker), ascending. */
  years: number[];
  /** Register rows read. */
  rows: number;
  /**
   * Each sheet's width in columns (at least 1), by file and sheet: what marking a person's whole rows needs, so
   * the page need not parse a register's cells it tallied in the worker.
   */
  widths: { file: string; sheet: string; columns: number }[];
}

export function runCe(grids: WorkbookGrid[], opts: CeRunOptions): CeRun {
  const parsed = grids.map((g) => parseWorkbook(g, { sheetKinds: opts.sheetKinds }));
  const rows = parsed.reduce((n, p) => n + (p.ce?.length ?? 0), 0);
  const packs: PackId[] = opts.packs.length ? opts.packs : ['ce2007'];
  const all = tallyCe(parsed, { packs, params: opts.params });
  const years = [...new Set(all.persons.map((p) => p.year).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  const tally = opts.year === null ? all : tallyCe(parsed, { packs, params: opts.params, year: opts.year });
  const persons = opts.year === null ? tally.persons : tally.persons.filter((p) => p.year === opts.year);
  const widths = grids.flatMap((g) => g.sheets.map((sh) => ({ file: g.file, sheet: sh.name, columns: Math.max(1, colCount(sh)) })));
  return { tally, persons, years, rows, widths };
}

