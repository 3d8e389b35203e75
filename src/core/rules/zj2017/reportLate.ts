/**
 * ZJ-REPORT-LATE (warning) — 浙外专发〔2017〕14号 三(三)：“团组回国后，组团单位要及时对培训项目绩效进行
 * 自评…并在培训结束后一个月内及时上报省外国专家局”. The due date is the same day `reportWithinMonths`
 * month(s) after 回国日期, or that month's last day when it has no such day (31 January → 28 or 29
 * February); a report on the due date is on time. A 总结/绩效自评 date after the due date is late; a
 * blank one is late only once the review date is past the due date.
 */
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { addMonths, formatDate } from '../dates';
import { fieldRef, isBlankReading, ok } from '../util';
import type { Zj2017Params } from './params';

export const messages = {
  missing: (back: string, due: string, clause: string) =>
    cite(`团组已于${formatDate(back)}回国，报送期限${formatDate(due)}已过，未填写总结/绩效自评报送日期`, clause),
  late: (report: string, back: string, due: string, clause: string) =>
    cite(`总结/绩效自评报送日期${formatDate(report)}晚于回国（${formatDate(back)}）后一个月的${formatDate(due)}`, clause),
};

export const reportLate: Rule<Zj2017Params> = {
  id: 'ZJ-REPORT-LATE',
  pack: 'zj2017',
  severity: 'warning',
  clause: `${ZJ2017} 三(三) 在培训结束后一个月内及时上报`,
  description: '回国后一个月内未报送总结/绩效自评',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      const back = ok(p.returnDate);
      if (!back) continue;
      const due = addMonths(back, params.reportWithinMonths);
      if (isBlankReading(p.reportDate)) {
        if (!(ctx.asOf > due)) continue;
        emit(p.reportDate?.ref ?? p.slots.reportDate ?? p.returnDate!.ref ?? fieldRef(p, 'reportDate'), messages.missing(back, due, this.clause), {
          projectKey: p.key,
          data: { returnDate: back, dueDate: due, asOf: ctx.asOf },
        });
        continue;
      }
      const report = ok(p.reportDate);
      if (report && report > due) {
        emit(p.reportDate!.ref, messages.late(report, back, due, this.clause), { projectKey: p.key, data: { returnDate: back, dueDate: due, reportDate: report } });
      }
    }
  },
};
