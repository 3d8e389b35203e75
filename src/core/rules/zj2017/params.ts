/** Parameters of 浙外专发〔2017〕14号 (RULES.md `zj2017`), with their defaults. */
import { z } from 'zod';
import { isoDateParam, monthDayParam, positiveCountParam, countParam, shareParam, wordsParam } from '../params';

export const zj2017Params = z.object({
  /** 二(二) 课堂学习培训和对口考察实践应不少于在外总日程的三分之二 */
  minStudyShare: shareParam.default('2/3'),
  /** 二(二) 其中专题培训不得少于三分之一 */
  minTopicShare: shareParam.default('1/3'),
  /** 二(二) 培训地点应当相对集中 */
  maxCities: positiveCountParam(3),
  /** 二(三) 非党政类培训团组的参训人员中公务员（含参公事业单位）一般不得超过2人 */
  maxCivilServants: countParam(2),
  /** 二 每年11月底前将下一年度的培训项目报省外国专家局审核 (MM-DD of the year before the plan year) */
  planDeadline: monthDayParam.default('11-30'),
  /** 三(二) 公示期限原则上不少于5个工作日 */
  minNoticeWorkdays: positiveCountParam(5),
  /** 三(三) 在培训结束后一个月内及时上报 */
  reportWithinMonths: positiveCountParam(1),
  /** ZJ-INTERCITY: the first day (arrival) and the last day (departure) may move between cities. */
  exemptFirstLastDay: z.boolean().default(true),
  /** Public holidays (ISO dates) that are not working days; working days are Monday to Friday minus these. */
  holidays: z.array(isoDateParam).default([]),
  /** ZJ-GENERAL-PROJECT: a theme shorter than this is too broad. */
  minThemeLength: countParam(6),
  /** ZJ-GENERAL-PROJECT: words of a visit rather than training … */
  visitWords: wordsParam(['考察', '参观', '访问', '交流']),
  /** … unless one of these is there. */
  trainingWords: wordsParam(['培训', '研修', '课程', '专题']),
  /** ZJ-INTERCITY: a 交通 row whose content says this is a move between cities. */
  moveWords: wordsParam(['城市间交通', '乘车前往', '转往']),
});
export type Zj2017Params = z.infer<typeof zj2017Params>;
