/** Parameters of 浙外专发〔2017〕14号 (RULES.md `zj2017`), with their defaults. */
import { z } from 'zod';
import { isoDateParam, monthDayParam, positiveCountParam, countParam, shareParam, wordsParam } from '../params';

/** Cities in China a group flies from or back to (a row whose 国家 is 中国 is home as well). */
const HOME_CITIES = (
  '北京 上海 天津 重庆 杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水 义乌 广州 深圳 珠海 厦门 福州 南京 苏州 无锡 ' +
  '合肥 济南 青岛 郑州 武汉 长沙 南昌 成都 绵阳 西安 昆明 贵阳 南宁 海口 三亚 沈阳 大连 长春 哈尔滨 石家庄 太原 呼和浩特 ' +
  '兰州 银川 西宁 乌鲁木齐 拉萨 国内'
).split(' ');

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
  /**
   * ZJ-NOTICE: further days off in China (ISO dates), on top of the official holiday calendar
   * (src/core/calendar; years are added there with `calendar.<年>.…` settings).
   */
  holidays: z.array(isoDateParam).default([]),
  /** ZJ-GENERAL-PROJECT: a theme shorter than this is too broad. */
  minThemeLength: countParam(6),
  /** ZJ-GENERAL-PROJECT: words of a visit rather than training … */
  visitWords: wordsParam(['考察', '参观', '访问', '交流']),
  /** … unless one of these is there. */
  trainingWords: wordsParam(['培训', '研修', '课程', '专题']),
  /** ZJ-INTERCITY: a 交通 row whose content says this is a move between cities … */
  moveWords: wordsParam(['城市间交通', '乘车前往', '转往']),
  /** … unless it goes only to these places (the airport, the hotel), not to another city. */
  localPlaceWords: wordsParam(['机场', '酒店', '宾馆', '住地', '驻地', '回国', '返程']),
  /** ZJ-INTERCITY, ZJ-CITIES: a place named with one of these is a transit point, not a city of the schedule. */
  transitWords: wordsParam(['转机', '经停', '转乘', '中转']),
  /** ZJ-INTERCITY, ZJ-CITIES: cities in China (departure and return), never a city abroad. */
  homeCities: wordsParam(HOME_CITIES),
});
export type Zj2017Params = z.infer<typeof zj2017Params>;
