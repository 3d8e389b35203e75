/** Builds parsed workbooks holding CE registers from plain rows, through the real reader. */
import { a1, sheetFromRows, type CellRef, type CellValue, type MergeArea } from '../../../src/core/grid';
import type { PackId } from '../../../src/core/model/review';
import type { Pack, RuleContext } from '../../../src/core/rules/types';
import { emptyParsedWorkbook, type ParsedWorkbook } from '../../../src/core/model/records';
import { readCeFunds, readCeRegister, recogniseCeSheet } from '../../../src/core/ce/read';

export const REGISTER_HEADER = ['姓名', '身份证号', '单位', '年度', '科目类别', '形式', '学时', '天数', '人员类别'];

export function emptyParsed(file: string): ParsedWorkbook {
  return emptyParsedWorkbook(file);
}

/** A workbook with one sheet per entry; each sheet is recognised and read as the sheets part would. */
export function parsedFrom(file: string, sheets: { name: string; rows: CellValue[][]; merges?: MergeArea[] }[]): ParsedWorkbook {
  const wb = emptyParsed(file);
  for (const s of sheets) {
    const grid = sheetFromRows(s.name, s.rows, s.merges ?? []);
    const m = recogniseCeSheet(grid);
    if (!m) throw new Error(`sheet ${s.name} not recognised`);
    wb.recognition.push({ sheet: s.name, kind: m.kind, reason: m.reason, headerRow: m.headerRow });
    if (m.kind === 'ce-register') {
      const r = readCeRegister(grid, file, m.headerRow);
      wb.ce.push(...r.rows);
      wb.notes.push(...r.notes);
    } else {
      const r = readCeFunds(grid, file, m.headerRow);
      wb.ceFunds.push(...r.rows);
      wb.notes.push(...r.notes);
    }
  }
  return wb;
}

/** A register sheet (standard header) from rows. */
export function register(rows: CellValue[][], file = 'register.xlsx', name = '学时登记'): ParsedWorkbook {
  return parsedFrom(file, [{ name, rows: [REGISTER_HEADER, ...rows] }]);
}

/** One register row in the standard header's order. */
export function row(
  name: string,
  id: string | null,
  hours: CellValue,
  opts: { unit?: string; year?: CellValue; subject?: string; form?: string; days?: CellValue; category?: string } = {},
): CellValue[] {
  return [name, id, opts.unit ?? '某研究所', opts.year ?? 2024, opts.subject ?? '专业科目', opts.form ?? '面授', hours, opts.days ?? null, opts.category ?? null];
}


export interface Emitted {
  ruleId: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
  related?: string[];
  data?: Record<string, unknown>;
}

/** Runs a pack's rules as the engine would (params parsed by the pack's schema), collecting what they emit. */
export function runPack(pack: Pack, parsed: ParsedWorkbook, params: Record<string, unknown> = {}, packs: PackId[] = [pack.id]): Emitted[] {
  const p = pack.params.parse(params);
  const ctx = {
    parsed,
    asOf: '2025-01-01',
    options: { packs },
    standards: [],
    rates: [],
    scheduleFor: () => undefined,
    participantsFor: () => [],
  } as RuleContext;
  const out: Emitted[] = [];
  for (const rule of pack.rules) {
    rule.check(ctx, p, (ref, message, extra) => {
      const at = 'cell' in ref ? ref : { sheet: ref.sheet, cell: a1((ref as CellRef).row, (ref as CellRef).col) };
      out.push({
        ruleId: rule.id,
        severity: extra?.severity ?? rule.severity,
        sheet: at.sheet,
        cell: at.cell,
        message,
        related: extra?.related?.map((r) => ('cell' in r ? r.cell : a1(r.row, r.col))),
        data: extra?.data,
      });
    });
  }
  return out;
}

export const ids = (fs: { ruleId: string }[]) => fs.map((f) => f.ruleId);
