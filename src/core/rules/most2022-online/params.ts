/** Parameters of 国科才函〔2022〕39号 online training (RULES.md `most2022-online`), with their defaults. */
import { z } from 'zod';
import { isoDateParam, positiveCountParam } from '../params';

export const most2022Params = z.object({
  /** 一、2 每班规模一般不超过150人 */
  maxClassSize: positiveCountParam(150),
  /** 二(一)3 培训时间一般控制在一周以内 */
  maxDays: positiveCountParam(7),
  /** cover letter: 于2022年6月20日前将培训需求表（附件2）…报省科技厅 */
  deadline: isoDateParam.default('2022-06-20'),
});
export type Most2022Params = z.infer<typeof most2022Params>;
