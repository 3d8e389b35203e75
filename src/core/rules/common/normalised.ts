/**
 * C-NORMALISED (info) — FORMS.md "Values": a value understood only after conversion (unit stripped,
 * full-width digits, 元→万元, text date), and a schedule row whose 类型 was inferred from its content
 * (RULES.md "Counting schedule days"), so the reviewer sees what was assumed.
 */
import type { CellRef } from '../../grid';
import type { Reading } from '../../model/records';
import type { Rule } from '../types';
import type { CommonParams } from './params';

export const inferredMessage = (content: string, type: string) => `按内容“${content}”推定活动类型为“${type}”（无类型列或类型为空）`;

/**
 * The cells already noted, by sheet and `row × 16 384 + col` (a sheet has at most 16 384 columns):
 * no address text per note, where half of all findings of a large review are these notes.
 */
class Cells {
  private readonly bySheet = new Map<string, Set<number>>();
  /** Adds the cell; false when it was there already. */
  add(ref: CellRef): boolean {
    let s = this.bySheet.get(ref.sheet);
    if (!s) this.bySheet.set(ref.sheet, (s = new Set<number>()));
    const k = ref.row * 16384 + ref.col;
    if (s.has(k)) return false;
    s.add(k);
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
    for (const n of ctx.parsed.notes) {
      seen.add(n.ref);
      emit(n.ref, n.message, { projectKey: n.projectKey, data: { note: n.message } });
    }
    // Conversions the reader noted only on the value itself.
    for (const p of ctx.parsed.projects) {
      const readings: (Reading<unknown> | undefined)[] = [
        p.people, p.days, p.budgetWan, p.civilServants, p.countries, p.plannedTime, p.filedDate,
        p.departDate, p.returnDate, p.noticeStart, p.noticeEnd, p.reportDate, p.inBudget,
      ];
      for (const r of readings) {
        if (r && r.ok && r.note && seen.add(r.ref)) {
          emit(r.ref, r.note, { projectKey: p.key, data: { note: r.note, text: r.text } });
        }
      }
    }
    for (const s of ctx.parsed.schedules) {
      for (const row of s.rows) {
        if (!row.typeInferred) continue;
        const ref = row.typeRef ?? row.content?.ref;
        if (!ref || !seen.add(ref)) continue; // the reader already noted it there
        emit(ref, inferredMessage(row.content?.text ?? '', row.type), { projectKey: s.projectKey ?? undefined, data: { content: row.content?.text ?? '', type: row.type } });
      }
    }
  },
};
