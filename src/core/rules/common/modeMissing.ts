/**
 * C-MODE-MISSING (warning) — RULES.md "Training mode": 001 concerns 线上出国（境）培训 only (一、1 培训学员在境内、
 * 培训教师在境外), so `most2022-online` checks online projects only. When that pack runs and a project's mode
 * was assumed (no 培训形式, no 线上 in the title row or the theme), its checks did not run for the project:
 * said once per project, at the 培训形式 cell where the sheet has that field, else at the theme cell.
 */
import type { Rule } from '../types';
import { MOST2022, cite } from '../clauses';
import { fieldRef } from '../util';
import type { CommonParams } from './params';

export const message = (clause: string) =>
  cite('未写明培训形式（无“培训形式”，标题和培训班主题也未写“线上”），已按线下培训审核，科技部线上培训各项检查未对本项目运行；如为线上培训，请在“培训形式”填写“线上”', clause);

export const modeMissing: Rule<CommonParams> = {
  id: 'C-MODE-MISSING',
  pack: 'common',
  severity: 'warning',
  clause: `${MOST2022} 一、1`,
  description: '运行线上培训检查，但项目未写明培训形式（按线下审核）',
  check(ctx, _params, emit) {
    const packs = ctx.packs ?? ctx.options.packs ?? [];
    if (!packs.includes('most2022-online')) return;
    for (const p of ctx.parsed.projects) {
      if (p.mode !== undefined) continue;
      emit(fieldRef(p, 'mode'), message(this.clause), { projectKey: p.key, data: { assumedMode: 'offline', pack: 'most2022-online' } });
    }
  },
};
