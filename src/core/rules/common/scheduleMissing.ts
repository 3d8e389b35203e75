/**
 * C-SCHEDULE-MISSING (warning) — a pack that reads the schedule (zj2017: 浙外专发〔2017〕14号 二(二)
 * “课堂学习培训和对口考察实践应不少于在外总日程的三分之二…工作日不安排城市间移动”) runs, but the
 * project has no 日程表, so its ratio and travel rules could not run.
 */
import type { PackId } from '../../api';
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { themeRef } from '../util';
import type { CommonParams } from './params';

/** Packs whose rules need a schedule. */
export const PACKS_NEEDING_SCHEDULE: PackId[] = ['zj2017'];

export const message = (theme: string, clause: string) =>
  cite(`项目“${theme}”没有日程表，日程比例和城市间移动等检查无法进行`, clause);

export const scheduleMissing: Rule<CommonParams> = {
  id: 'C-SCHEDULE-MISSING',
  pack: 'common',
  severity: 'warning',
  clause: `${ZJ2017} 二(二)`,
  description: '项目没有日程表（需要日程表的规则包运行时）',
  check(ctx, _params, emit) {
    if (!ctx.options.packs.some((p) => PACKS_NEEDING_SCHEDULE.includes(p))) return;
    for (const p of ctx.parsed.projects) {
      const s = ctx.scheduleFor(p);
      if (s && s.rows.length > 0) continue;
      emit(themeRef(p), message(p.fields.theme?.text || p.key, this.clause), { projectKey: p.key });
    }
  },
};
