/**
 * C-NORMALISED (info) — FORMS.md "Values": a value understood only after conversion (unit stripped,
 * full-width digits, 元→万元, text date), and a schedule row whose 类型 was inferred from its content
 * (RULES.md "Counting schedule days"), so the reviewer sees what was assumed.
 */
import type { CellRef } from '../../grid';
import { noteMessage, type ReadNote, type Reading } from '../../model/records';
import type { Rule } from '../types';
import type { CommonParams } from './params';

/** A reader's note as a finding: its sentence, also kept as the finding's data. */
export function noteFinding(n: ReadNote): { message: string; data: { note: string } } {
  const message = noteMessage(n);
  return { message, data: { note: message } };
}

export const inferredMessage = (content: string, type: string) => `按内容“${content}”推定活动类型为“${type}”（无类型列或类型为空）`;

/**
 * The cells already noted, by sheet and `row × 16 384 + col` (a sheet has at most 16 384 columns), with the
 * project of the first note: no address text per note, where half of all findings of a large review are
 * these notes.
 */
class Cells {
  private readonly bySheet = new Map<string, Map<number, string>>();
  /** `sheet, cell, project` of a cell's notes for other projects than its first (rare: one cell read for two projects). */
  private more: Set<string> | undefined;

  private cellsOf(sheet: string): Map<number, string> {
    let s = this.bySheet.get(sheet);
    if (!s) this.bySheet.set(sheet, (s = new Map<number, string>()));
    return s;
  }

  /** Adds the cell; false when it was there already (for any project). */
  add(ref: CellRef, project: string): boolean {
    const s = this.cellsOf(ref.sheet);
    const k = ref.row * 16384 + ref.col;
    if (s.has(k)) return false;
    s.set(k, project);
    return true;
  }

  /** Adds the cell for the project; false when it was there already for that project (one finding per cell and project). */
  addFor(ref: CellRef, project: string): boolean {
    const s = this.cellsOf(ref.sheet);
    const k = ref.row * 16384 + ref.col;
    const first = s.get(k);
    if (first === undefined) {
      s.set(k, project);
      return true;
    }
    if (first === project) return false;
    const key = `${ref.sheet}\u0000${k}\u0000${project}`;
    if (this.more?.has(key)) return false;
    (this.more ??= new Set<string>()).add(key);
    return true;
  }
}

export const normalised: Rule<CommonParams> = {
  id: 'C-NORMALISED',
  pack: 'common',
  severity: 'info',
  clause: '',
  description: '数值经转换后才能识别（去单位、全角数字、元→万元、文字日期、推定活动类型）',
  check(ctx, _params, emit) {
    const seen = new Cells();
    // (kept as notes where the runner can: made findings only when the whole list is asked for)
    const later = emit.later;
    for (const n of ctx.parsed.notes) {
      if (!seen.addFor(n.ref, n.projectKey ?? '')) continue; // noted already for its project: one finding
      if (later) later(n, noteFinding);
      else {
        const f = noteFinding(n);
        emit(n.ref, f.message, { projectKey: n.projectKey, data: f.data });
      }
    }
    // Conversions the reader noted only on the value itself.
    for (const p of ctx.parsed.projects) {
      const readings: (Reading<unknown> | undefined)[] = [
        p.people, p.days, p.budgetWan, p.civilServants, p.countries, p.plannedTime, p.filedDate,
        p.departDate, p.returnDate, p.noticeStart, p.noticeEnd, p.reportDate, p.inBudget,
      ];
      for (const r of readings) {
        if (r && r.ok && r.note && seen.add(r.ref, p.key)) {
          emit(r.ref, r.note, { projectKey: p.key, data: { note: r.note, text: r.text } });
        }
      }
    }
    for (const s of ctx.parsed.schedules) {
      for (const row of s.rows) {
        if (!row.typeInferred) continue;
        const ref = row.typeRef ?? row.content?.ref;
        if (!ref || !seen.add(ref, s.projectKey ?? '')) continue; // the reader already noted it there
        emit(ref, inferredMessage(row.content?.text ?? '', row.type), { projectKey: s.projectKey ?? undefined, data: { content: row.content?.text ?? '', type: row.type } });
      }
    }
  },
};
