/**
 * ZJ-INTERCITY-ENDS on schedules read by the real reader, whose rows share one list of cities per city
 * text: a 交通 row that names a city only as a transit point is no stop there, even when an earlier
 * study day was in that city (found by mutation testing of travel.ts's one-place memo).
 */
import { sheetFromRows, type CellValue } from '../../../../src/core/grid';
import { reviewWorkbook } from '../../../../src/core/review';

function review(rows: CellValue[][], ruleId: string, params: Record<string, string | string[]> = {}) {
  const demand = sheetFromRows('需求表', [
    ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '预计办班时间'],
    [1, '智能制造专题培训班', '浙江省科学技术厅', '卡塔尔、德国', 20, rows.length, '2024年6月'],
  ]);
  const s = sheetFromRows('日程表', [['《智能制造专题培训班》日程安排表'], ['日期', '城市', '内容', '类型'], ...rows]);
  return reviewWorkbook({ file: 's.xlsx', sheets: [demand, s] }, { packs: ['zj2017'], asOf: '2024-06-01', params }).findings.filter((f) => f.ruleId === ruleId);
}

describe('a flight home via a city visited before', () => {
  // Thu 06-06 … Mon 06-10 (the last day, a working day)
  const days = (last: CellValue[]) => [
    ['2024-06-06', '多哈', '参观卡塔尔基金会', '对口考察'],
    ['2024-06-07', '多哈', '座谈交流', '对口考察'],
    ['2024-06-08', '柏林', '乘机前往柏林', '交通'],
    ['2024-06-09', '柏林', '专题讲座', '专题培训'],
    last,
  ];

  it('经多哈转机回国 on the last day is no move 柏林→多哈', () => {
    expect(review(days(['2024-06-10', '多哈', '经多哈转机回国', '交通']), 'ZJ-INTERCITY-ENDS')).toEqual([]);
  });

  it('but a last day spent in 多哈 is one', () => {
    expect(review(days(['2024-06-10', '多哈', '参观卡塔尔基金会', '对口考察']), 'ZJ-INTERCITY-ENDS').map((f) => f.data?.move)).toEqual(['柏林→多哈']);
  });
});

describe('a 交通 row naming two cities with a blank 内容', () => {
  it('is a move like any other (柏林—汉堡 on a working Friday)', () => {
    const fs = review(
      [
        ['2024-06-06', '柏林', '专题讲座', '专题培训'],
        ['2024-06-07', '柏林—汉堡', null, '交通'],
        ['2024-06-08', '汉堡', '参观', '对口考察'],
        ['2024-06-09', '汉堡', '休息', '休整'],
        ['2024-06-10', '汉堡', '课程', '课堂学习'],
      ],
      'ZJ-INTERCITY',
    );
    expect(fs.map((f) => [f.cell, f.data?.move])).toEqual([['B4', '柏林→汉堡']]);
  });
});

describe('the flight home written in the city cell', () => {
  it('返回杭州 on a working last day is no move to a city abroad', () => {
    const rows = (last: string) => [
      ['2024-06-06', '柏林', '专题讲座', '专题培训'],
      ['2024-06-07', '柏林', '课程', '课堂学习'],
      ['2024-06-08', '柏林', '参观', '对口考察'],
      ['2024-06-09', '柏林', '课程', '课堂学习'],
      ['2024-06-10', last, '乘机回国', '交通'],
    ];
    for (const last of ['返回杭州', '离开柏林返回杭州', '柏林出发返回上海']) expect([last, review(rows(last), 'ZJ-INTERCITY-ENDS')]).toEqual([last, []]);
    expect(review(rows('汉堡'), 'ZJ-INTERCITY-ENDS').map((f) => f.data?.move)).toEqual(['柏林→汉堡']);
  });
});

describe('two 交通 rows in the same city', () => {
  // (a city no other test here names: the rules remember the answer for a city cell's text)
  it('the one that only changes planes there (经伊斯坦布尔转机回国) is no stop, though an earlier one was', () => {
    const fs = review(
      [
        ['2024-06-06', '柏林', '专题讲座', '专题培训'],
        ['2024-06-07', '伊斯坦布尔', '乘车前往伊斯坦布尔机场', '交通'],
        ['2024-06-08', '柏林', '课程', '课堂学习'],
        ['2024-06-09', '柏林', '参观', '对口考察'],
        ['2024-06-10', '伊斯坦布尔', '经伊斯坦布尔转机回国', '交通'],
      ],
      'ZJ-INTERCITY-ENDS',
    );
    expect(fs).toEqual([]);
  });
});

describe('a 交通 row whose city cell says how the group travels', () => {
  it('柏林—乘车到达慕尼黑 names two cities, not 乘车 and 达慕尼黑', () => {
    const rows = [
      ['2024-06-06', '柏林', '专题讲座', '专题培训'],
      ['2024-06-07', '柏林', '课程', '课堂学习'],
      ['2024-06-08', '柏林—乘车到达慕尼黑', '交通', '交通'],
      ['2024-06-09', '慕尼黑', '参观', '对口考察'],
      ['2024-06-10', '慕尼黑', '课程', '课堂学习'],
    ];
    expect(review(rows, 'ZJ-CITIES')).toEqual([]);
  });
});

describe('home cities changed between two reviews (the task pane keeps running)', () => {
  it('a city made a home city is no city abroad in the next review', () => {
    const rows = [
      ['2024-06-06', '华沙', '专题讲座', '专题培训'],
      ['2024-06-07', '华沙', '课程', '课堂学习'],
      ['2024-06-08', '华沙', '参观', '对口考察'],
      ['2024-06-09', '华沙', '课程', '课堂学习'],
      ['2024-06-10', '克拉科夫', '课程', '课堂学习'],
      ['2024-06-11', '华沙', '课程', '课堂学习'],
    ];
    expect(review(rows, 'ZJ-INTERCITY').map((f) => f.data?.move)).toEqual(['华沙→克拉科夫']);
    expect(review(rows, 'ZJ-INTERCITY', { 'zj2017.homeCities': ['杭州', '华沙'] })).toEqual([]);
  });
});

describe('a flight number between two cities in the city cell', () => {
  it('杭州—LH729—法兰克福 names 法兰克福 only: no city LH729, no move on the first day', () => {
    const rows = (first: string) => [
      ['2024-06-06', first, '乘机', '交通'],
      ['2024-06-07', '法兰克福', '课程', '课堂学习'],
      ['2024-06-08', '法兰克福', '参观', '对口考察'],
      ['2024-06-09', '法兰克福', '课程', '课堂学习'],
      ['2024-06-10', '法兰克福', '课程', '课堂学习'],
    ];
    for (const first of ['杭州—LH729—法兰克福', '杭州—CA 931—法兰克福']) {
      expect([first, review(rows(first), 'ZJ-INTERCITY-ENDS')]).toEqual([first, []]);
      expect([first, review(rows(first), 'ZJ-CITIES', { 'zj2017.maxCities': '1' })]).toEqual([first, []]);
    }
  });
});

describe('two rows with the same two-city text whose contents differ in a transit point', () => {
  // Mon 06-03 … Fri 06-07. Tuesday names 法兰克福 only as the transit point of a day in 慕尼黑; Thursday, with the
  // same city text, goes to 法兰克福 and back: only Thursday is a move, so no answer may be shared by city text.
  it('only the row that really visits both cities is a move', () => {
    const fs = review(
      [
        ['2024-06-03', '慕尼黑', '抵达慕尼黑', '交通'],
        ['2024-06-04', '法兰克福—慕尼黑', '乘机经法兰克福转机返回慕尼黑', '其他'],
        ['2024-06-05', '慕尼黑', '专题讲座', '专题培训'],
        ['2024-06-06', '法兰克福—慕尼黑', '上午参观法兰克福展会，下午乘车返回慕尼黑', '对口考察'],
        ['2024-06-07', '慕尼黑', '结业座谈', '课堂学习'],
      ],
      'ZJ-INTERCITY',
    );
    expect(fs.map((f) => f.cell)).toEqual(['B6']);
  });
});

describe('a 交通 row whose 内容 begins with the transit point', () => {
  // the city text and the content are read as two texts: 开普敦 (the end of the city cell) and 多哈转机 (the start
  // of the content) are not one place 开普敦多哈
  it('杭州—多哈—开普敦 with 多哈转机 is a day in 开普敦 only', () => {
    const rows = (content: string) => [
      ['2024-06-06', '杭州—多哈—开普敦', content, '交通'],
      ['2024-06-07', '开普敦', '课程', '课堂学习'],
      ['2024-06-08', '开普敦', '参观', '对口考察'],
      ['2024-06-09', '开普敦', '休息', '休整'],
      ['2024-06-10', '开普敦', '课程', '课堂学习'],
    ];
    expect(review(rows('多哈转机，抵达开普敦'), 'ZJ-CITIES', { 'zj2017.maxCities': '1' })).toEqual([]);
    expect(review(rows('乘机抵达开普敦'), 'ZJ-CITIES', { 'zj2017.maxCities': '1' }).map((f) => f.data?.names)).toEqual(['多哈、开普敦']);
  });
});

describe('a city whose name begins with 于 (于默奥, Umeå)', () => {
  // Mon 06-03 … Fri 06-07: 斯德哥尔摩→于默奥 on Tuesday, back on Thursday; 于 is not the preposition of
  // 在阿姆斯特丹转机 / 于慕尼黑转机, so no city 默奥
  const rows = (tuesday: string) => [
    ['2024-06-03', '斯德哥尔摩', '专题讲座', '专题培训'],
    ['2024-06-04', tuesday, '参观于默奥大学', '对口考察'],
    ['2024-06-05', '于默奥', '课程', '课堂学习'],
    ['2024-06-06', '于默奥—斯德哥尔摩', '上午课程，下午乘车返回斯德哥尔摩', '课堂学习'],
    ['2024-06-07', '斯德哥尔摩', '结业座谈', '课堂学习'],
  ];
  const moves = [
    ['B4', '斯德哥尔摩→于默奥'],
    ['B6', '于默奥→斯德哥尔摩'],
  ];
  it('斯德哥尔摩—于默奥 and 于默奥—斯德哥尔摩 name 于默奥, not 默奥', () => {
    expect(review(rows('斯德哥尔摩—于默奥'), 'ZJ-INTERCITY').map((f) => [f.cell, f.data?.move])).toEqual(moves);
  });
  it('and so does a sentence naming it after an action word or a dash', () => {
    for (const t of ['乘车前往于默奥', '斯德哥尔摩—乘机飞往于默奥', '斯德哥尔摩—乘车前往于默奥']) {
      expect([t, review(rows(t), 'ZJ-INTERCITY').map((f) => [f.cell, f.data?.move])]).toEqual([t, moves]);
    }
  });
  it('but 在 / 于 / 从 before a place at the start of a clause are no part of it', () => {
    // 于赫尔辛基转机 names 赫尔辛基 as a transit point only; 从斯德哥尔摩出发 names 斯德哥尔摩
    for (const t of ['从斯德哥尔摩出发，于赫尔辛基转机，抵达于默奥', '乘AY123航班，在赫尔辛基转机，飞抵于默奥']) {
      expect([t, review(rows(t), 'ZJ-INTERCITY').map((f) => [f.cell, f.data?.move])]).toEqual([t, moves]);
    }
  });
});

describe('two rows with the same sentence in the city cell whose contents differ in a transit point', () => {
  // Mon 06-03 … Fri 06-07, based in 慕尼黑. Tuesday's 前往法兰克福 is a visit there (a move); Friday's, the last day,
  // only changes planes there on the flight home (no stop): the answer for a sentence is not shared by its text.
  it('only the visit is a move', () => {
    const fs = review(
      [
        ['2024-06-03', '慕尼黑', '专题讲座', '专题培训'],
        ['2024-06-04', '前往法兰克福', '乘车前往法兰克福参观展会', '对口考察'],
        ['2024-06-05', '慕尼黑', '课程', '课堂学习'],
        ['2024-06-06', '慕尼黑', '课程', '课堂学习'],
        ['2024-06-07', '前往法兰克福', '经法兰克福转机回国', '其他'],
      ],
      'ZJ-INTERCITY-ENDS',
    );
    expect(fs.map((f) => [f.cell, f.data?.move])).toEqual([]);
  });
});

describe('赴 / 转往 / 赶往 / 去往 in a city cell are action words, not part of the city', () => {
  // Mon 06-03 … Fri 06-07: one move on Tuesday to 慕尼黑, then three days there (was: a city `赴慕尼黑`, and a
  // false move 赴慕尼黑→慕尼黑 on Wednesday)
  it.each(['乘车赴慕尼黑', '赴慕尼黑', '转赴慕尼黑', '乘车转往慕尼黑', '赶往慕尼黑', '去往慕尼黑', '慕尼黑'])('柏林—%s is the one move 柏林→慕尼黑', (w) => {
    const fs = review(
      [
        ['2024-06-03', '柏林', '抵达', '交通'],
        ['2024-06-04', `柏林—${w}`, '参观', '对口考察'],
        ['2024-06-05', '慕尼黑', '课程', '课堂学习'],
        ['2024-06-06', '慕尼黑', '课程', '课堂学习'],
        ['2024-06-07', '慕尼黑', '结业', '课堂学习'],
      ],
      'ZJ-INTERCITY',
    );
    expect(fs.map((f) => [f.cell, f.data?.move])).toEqual([['B4', '柏林→慕尼黑']]);
  });
});

describe('a note in brackets naming a transit point, in a city cell written as a sentence', () => {
  // Mon 06-03 … Fri 06-07; Tuesday's cell names the stop-over in a bracket: the day goes 斯德哥尔摩→于默奥, and
  // 松兹瓦尔 is no city of the schedule (was: cities `于默奥（` and `松兹瓦尔）`)
  const rows = (tue: string): CellValue[][] => [
    ['2024-06-03', '斯德哥尔摩', '抵达', '交通'],
    ['2024-06-04', tue, '参观', '对口考察'],
    ['2024-06-05', '于默奥', '课程', '课堂学习'],
    ['2024-06-06', '于默奥', '课程', '课堂学习'],
    ['2024-06-07', '于默奥', '结业', '课堂学习'],
  ];
  it('斯德哥尔摩—乘车前往于默奥（经停松兹瓦尔） is one move, to 于默奥', () => {
    expect(review(rows('斯德哥尔摩—乘车前往于默奥（经停松兹瓦尔）'), 'ZJ-INTERCITY').map((f) => [f.cell, f.data?.move])).toEqual([['B4', '斯德哥尔摩→于默奥']]);
  });
  it('and a plain note in brackets stays a note (斯德哥尔摩—乘车前往于默奥（于默奥大学）)', () => {
    expect(review(rows('斯德哥尔摩—乘车前往于默奥（于默奥大学）'), 'ZJ-INTERCITY').map((f) => [f.cell, f.data?.move])).toEqual([['B4', '斯德哥尔摩→于默奥']]);
  });
});
