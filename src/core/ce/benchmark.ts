/**
 * The CE line of `npm run bench` (issue 5: "a register of 100 000 rows tallied, rows per second"):
 * a generated register (people × 5 years, some outbound and public rows, some leaders), read by the
 * register reader and tallied with both packs. Call from bench/run.js; no timing assertion anywhere.
 */
import { sheetFromRows, type CellValue } from '../grid';
import type { ParsedWorkbook } from '../model/records';
import { readCeRegister, recogniseCeSheet } from './read';
import { tallyCe } from './index';

export interface CeBenchResult {
  rows: number;
  persons: number;
  findings: number;
  readMs: number;
  tallyMs: number;
  /** Register rows read per second. */
  readRowsPerSecond: number;
  /** Register rows tallied per second (both packs, findings included). */
  tallyRowsPerSecond: number;
}

export function generateRegister(rows: number): CellValue[][] {
  const out: CellValue[][] = [['姓名', '身份证号', '单位', '年度', '科目类别', '形式', '学时', '天数', '人员类别']];
  const people = Math.max(1, Math.floor(rows / 20)); // 20 rows a person: 4 a year over 5 years
  for (let i = 0; i < rows; i++) {
    const p = i % people;
    const abroad = i % 17 === 0;
    out.push([
      `人员${p}`,
      `3301021990${String(p).padStart(8, '0')}`,
      `单位${p % 300}`,
      2020 + (Math.floor(i / people) % 5),
      i % 3 === 0 ? '公需科目' : '专业科目',
      abroad ? '出国（境）培训' : i % 2 ? '网络' : '面授',
      12 + (i % 4) * 6 + (i % 7 === 0 ? 0.5 : 0),
      abroad ? 3 : null,
      p % 50 === 0 ? '所局级领导人员' : null,
    ]);
  }
  return out;
}

export function benchCe(rows = 100_000): CeBenchResult {
  const sheet = sheetFromRows('学时登记', generateRegister(rows));
  let t0 = performance.now();
  const match = recogniseCeSheet(sheet);
  if (!match) throw new Error('generated register not recognised');
  const read = readCeRegister(sheet, 'bench.xlsx', match.headerRow);
  const readMs = performance.now() - t0;
  const parsed: ParsedWorkbook = {
    file: 'bench.xlsx',
    recognition: [],
    projects: [],
    schedules: [],
    participants: [],
    standards: [],
    rates: [],
    ce: read.rows,
    ceFunds: [],
    settings: {},
    notes: read.notes,
    problems: [],
  };
  t0 = performance.now();
  const t = tallyCe([parsed], { packs: ['ce2007', 'cas'] });
  const tallyMs = performance.now() - t0;
  return {
    rows: read.rows.length,
    persons: t.persons.length,
    findings: t.findings.length,
    readMs,
    tallyMs,
    readRowsPerSecond: Math.round((read.rows.length / readMs) * 1000),
    tallyRowsPerSecond: Math.round((read.rows.length / tallyMs) * 1000),
  };
}
