/**
 * C-NORMALISED (info) — FORMS.md "Values": a value understood only after conversion (unit stripped,
 * full-width digits, 元→万元, text date), and a schedule row whose 类型 was inferred from its content
 * (RULES.md "Counting schedule days"), so the reviewer sees what was assumed.
 */
import type { CellRef } from '../../grid';
import { a1 } from '../../grid';
import type { Reading } from '../../model/records';
import type { Rule } from '../types';
import type { CommonParams } from './params';

export const inferredMessage = (content: string, type: string) => `按内容“${content}”推定活动类型为“${type}”（无类型列或类型为空）`;

function key(ref: CellRef): string {
  return `${ref.sheet}!${a1(ref.row, ref.col)}`;
}

export const normalised: Rule<CommonParams> = {
  id: 'C-NORMALISED',
  pack: 'common',
  severity: 'info',
  clause: '',
  description: '数值经转换后才能识别（去单位、全角数字、元→万元、文字日期、推定活动类型）',
  check(ctx, _params, emit) {
    const seen = new Set<string>();
    for (const n of ctx.parsed.notes) {
      seen.add(key(n.ref));
      emit(n.ref, n.message, { projectKey: n.projectKey, data: { note: n.message } });
    }
    // Conversions the reader noted only on the value itself.
    for (const p of ctx.parsed.projects) {
      const readings: (Reading<unknown> | undefined)[] = [
        p.people, p.days, p.budgetWan, p.civilServants, p.countries, p.plannedTime, p.filedDate,
        p.departDate, p.returnDate, p.noticeStart, p.noticeEnd, p.reportDate, p.inBudget,
      ];
      for (const r of readings) {
        if (r && r.ok && r.note && !seen.has(key(r.ref))) {
          seen.add(key(r.ref));
          emit(r.ref, r.note, { projectKey: p.key, data: { note: r.note, text: r.text } });
        }
      }
    }
    for (const s of ctx.parsed.schedules) {
      for (const row of s.rows) {
        if (!row.typeInferred) continue;
        const ref = row.typeRef ?? row.content?.ref;
        if (!ref || seen.has(key(ref))) continue; // the reader already noted it there
        seen.add(key(ref));
        emit(ref, inferredMessage(row.content?.text ?? '', row.type), { projectKey: s.projectKey ?? undefined, data: { content: row.content?.text ?? '', type: row.type } });
      }
    }
  },
};
