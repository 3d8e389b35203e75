/**
 * Safety (issue 4): text from a unit's file that begins with = + - @ is written as text, never
 * as a formula, and stays text when the summary is reopened by SheetJS (@e965/xlsx) or our reader.
 */
import * as XLSX from '@e965/xlsx';
import { unzipSync, strFromU8 } from 'fflate';
import { COL, mergeToTables, readExistingSummary } from '../../../../src/core/merge';
import { formulaSafe } from '../../../../src/core/merge';
import { writeSheets } from '../../../../src/hosts/files/merge/summary';
import { readWorkbookBytes } from '../../../../src/hosts/files/read';
import { source, T0 } from '../../../core/merge/helpers';

const NASTY = ['=1+1', '+SUM(A1:A2)', '-2+3', '@SUM(1)', '=HYPERLINK("http://evil.example","点我")', "=cmd|' /C calc'!A0"];

function summaryBytes(): Uint8Array {
  const s = source('a.xlsx', NASTY.map((t, i) => ({ unit: '甲单位', theme: t, id: `ID-${i}`, extras: { 备注: t } })));
  return writeSheets(mergeToTables([s], { importedAt: T0 }).sheets);
}

describe('formula-looking text stays text', () => {
  const bytes = summaryBytes();

  it('writes no formula element at all', () => {
    const files = unzipSync(bytes);
    const sheetXml = Object.keys(files).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
    expect(sheetXml.length).toBeGreaterThanOrEqual(3);
    for (const k of sheetXml) expect(strFromU8(files[k])).not.toMatch(/<f[ >]/);
  });

  it('SheetJS reads each as a string cell with the same text and no formula', () => {
    const wb = XLSX.read(bytes, { type: 'array', cellFormula: true });
    const ws = wb.Sheets['省级汇总'];
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(ws, { defval: null });
    expect(rows.map((r) => r[COL.theme])).toEqual(NASTY);
    expect(rows.map((r) => r['备注'])).toEqual(NASTY);
    for (const addr of Object.keys(ws).filter((k) => !k.startsWith('!'))) {
      expect(ws[addr].f).toBeUndefined();
    }
    const themeCol = XLSX.utils.encode_col(Object.keys(rows[0]).indexOf(COL.theme));
    expect(ws[`${themeCol}2`].t).toBe('s');
  });

  it('our reader reads them back as the same text (and a re-merge keeps them)', () => {
    const summary = readExistingSummary(readWorkbookBytes(bytes, 'summary.xlsx'));
    expect(summary.rows.map((r) => r.values[COL.theme])).toEqual(NASTY);
    expect(summary.extraColumns).toEqual(['备注']);
  });

  it('formulaSafe guards hosts that write through range.values (Office.js)', () => {
    for (const t of NASTY) expect(formulaSafe(t)).toBe(`'${t}`);
    expect(formulaSafe('普通文本')).toBe('普通文本');
    expect(formulaSafe('2023年=5月')).toBe('2023年=5月');
    expect(formulaSafe(-5)).toBe(-5);
  });
});
