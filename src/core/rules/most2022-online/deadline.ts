/**
 * MO-DEADLINE (warning) — 001 浙江省科技厅转发通知：“于2022年6月20日前将培训需求表（附件2）电子版及纸质盖章版
 * 报省科技厅”. 填报日期 after `deadline`. The 年 月 日 line beside 组团单位公章 is not 填报日期.
 */
import type { Rule } from '../types';
import { MOST2022, cite } from '../clauses';
import { formatDate } from '../dates';
import { ok } from '../util';
import type { Most2022Params } from './params';

export const message = (filed: string, deadline: string, clause: string) => cite(`填报日期${formatDate(filed)}晚于需求征集截止日期${formatDate(deadline)}`, clause);

export const deadline: Rule<Most2022Params> = {
  id: 'MO-DEADLINE',
  pack: 'most2022-online',
  onlineOnly: true,
  severity: 'warning',
  clause: `${MOST2022} 浙江省科技厅转发通知`,
  description: '填报日期晚于需求征集截止日期',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      const filed = ok(p.filedDate);
      if (filed && filed > params.deadline) emit(p.filedDate!.ref, message(filed, params.deadline, this.clause), { projectKey: p.key, data: { filedDate: filed, deadline: params.deadline } });
    }
  },
};
