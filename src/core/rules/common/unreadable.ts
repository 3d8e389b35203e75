/**
 * C-UNREADABLE — a sheet the reviewer pointed at, or a file, could not be read as a demand table,
 * schedule, participant list or CE register; the reader says what it looked for.
 */
import type { Rule } from '../types';
import type { CommonParams } from './params';

export const unreadable: Rule<CommonParams> = {
  id: 'C-UNREADABLE',
  pack: 'common',
  severity: 'error',
  clause: '',
  description: '工作表或文件无法识别为需求表、日程表、人员名单或继续教育登记表',
  check(ctx, _params, emit) {
    for (const p of ctx.parsed.problems) emit({ sheet: p.sheet, cell: p.cell }, p.message, { data: { sheet: p.sheet } });
  },
};
