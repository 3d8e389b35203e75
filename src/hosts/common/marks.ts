/**
 * Marking, as both object-model hosts (Excel, WPS) do it: the signature formula of the conditional
 * formats the add-in owns, a finding's note line, clipping text to a limit, and grouping cell marks
 * per sheet × severity into compact rectangles (then chunked into addresses by each host's limit).
 */
import type { Finding, Severity } from '../../core';
import type { MergeArea } from '../../core';
import { SEVERITY_RANK } from '../../core';
import { cellsToRects } from './addresses';

/** Always TRUE; the string makes the rule recognisably the add-in's own. */
export const MARK_FORMULA = '=ISTEXT("peixun-review-mark")';

export function isMarkFormula(f: string | undefined): boolean {
  return !!f && f.replace(/\s+/g, '').toLowerCase() === MARK_FORMULA.replace(/\s+/g, '').toLowerCase();
}

/** `[ruleId] message（clause）`; the clause is not repeated when the message already names it. */
export function noteLine(f: Finding): string {
  const clause = f.clause && !f.message.includes(f.clause) ? `（${f.clause}）` : '';
  return `[${f.ruleId}] ${f.message}${clause}`;
}

export function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** A mark on a cell or block of a sheet (`id`: whatever names the sheet in the host, e.g. Excel's sheet id). */
export interface CellMark<S extends { id: string }> {
  sheet: S;
  rect: MergeArea;
  severity: Severity;
}

/** Groups marks per sheet × severity; single cells keep only their highest severity and are compacted into runs. */
export function groupMarks<S extends { id: string }>(marks: CellMark<S>[]): { sheet: S; severity: Severity; rects: MergeArea[]; cellCount: number }[] {
  const best = new Map<string, CellMark<S>>();
  const blocks: CellMark<S>[] = [];
  for (const m of marks) {
    if (m.rect.r0 === m.rect.r1 && m.rect.c0 === m.rect.c1) {
      const k = `${m.sheet.id}!${m.rect.r0},${m.rect.c0}`;
      const cur = best.get(k);
      if (!cur || SEVERITY_RANK[m.severity] > SEVERITY_RANK[cur.severity]) best.set(k, m);
    } else blocks.push(m);
  }
  const groups = new Map<string, { sheet: S; severity: Severity; cells: { row: number; col: number }[]; blocks: MergeArea[] }>();
  const group = (m: CellMark<S>) => {
    const k = `${m.sheet.id}|${m.severity}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { sheet: m.sheet, severity: m.severity, cells: [], blocks: [] }));
    return g;
  };
  for (const m of best.values()) group(m).cells.push({ row: m.rect.r0, col: m.rect.c0 });
  for (const m of blocks) group(m).blocks.push(m.rect);
  // Lower severities first: a conditional format added later takes precedence where they overlap.
  return [...groups.values()]
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    .map((g) => ({
      sheet: g.sheet,
      severity: g.severity,
      rects: [...cellsToRects(g.cells), ...g.blocks],
      cellCount: g.cells.length + g.blocks.reduce((n, r) => n + (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1), 0),
    }));
}
