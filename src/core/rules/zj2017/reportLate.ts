/**
 * ZJ-REPORT-LATE (warning) — 浙外专发〔2017〕14号 三(三)：“团组回国后，组团单位要及时对培训项目绩效进行
 * 自评…并在培训结束后一个月内及时上报省外国专家局”. When the group is back (回国日期 before the review
 * date), the 总结/绩效自评 date must be there and no later than the same day `reportWithinMonths`
 * month(s) after return (clamped to the month's end: 1-31 → 2-28/29).
 */
import type { Rule } from '../types';
import { ZJ2017, cite } from '../clauses';
import { addMonths, formatDate } from '../dates';
import { fieldRef, isBlankReading, ok } from '../util';
import type { Zj2017Params } from './params';

export const messages = {
  missing: (back: string, due: string, clause: string) => cite(`团组已于${formatDate(back)}回国，未填写总结/绩效自评报送日期（应于${formatDate(due)}前报送）`, clause),
  late: (report: string, back: string, due: string, clause: string) =>
    cite(`总结/绩效自评报送日期${formatDate(report)}晚于回国（${formatDate(back)}）后一个月的${formatDate(due)}`, clause),
};

export const reportLate: Rule<Zj2017Params> = {
  id: 'ZJ-REPORT-LATE',
  pack: 'zj2017',
  severity: 'warning',
  clause: `${ZJ2017} 三(三)`,
  description: '回国后未在一个月内报送总结/绩效自评',
  check(ctx, params, emit) {
    for (const p of ctx.parsed.projects) {
      const back = ok(p.returnDate);
      if (!back || !(back < ctx.asOf)) continue;
      const due = addMonths(back, params.reportWithinMonths);
      if (isBlankReading(p.reportDate)) {
        emit(p.reportDate?.ref ?? p.slots.reportDate ?? p.returnDate!.ref ?? fieldRef(p, 'reportDate'), messages.missing(back, due, this.clause), { projectKey: p.key });
        continue;
      }
      const report = ok(p.reportDate);
      if (report && report > due) emit(p.reportDate!.ref, messages.late(report, back, due, this.clause), { projectKey: p.key });
    }
  },
};
