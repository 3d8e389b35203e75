/** zj2017's schedule rules at edges the main tests leave: no schedule, rows in China, the ZJ-CITIES wording. */
import { cells, dailySchedule, findings, participant, project, schedule, workbook, type RowSpec } from '../builders';

const KEY = 'P1';
// Thu 06-06 (first) … Tue 06-11 (last); Mon 06-10 is a working day in the middle
const WEEK = ['2024-06-06', '2024-06-07', '2024-06-08', '2024-06-09', '2024-06-10', '2024-06-11'];

function run(ruleId: string, rowsOf: (date: string, i: number) => RowSpec[]) {
  const rows = WEEK.flatMap((date, i) => rowsOf(date, i).map((r) => ({ date, type: '课堂学习' as const, ...r })));
  const s = schedule(KEY, rows);
  return { s, fs: () => findings(workbook({ projects: [project({ key: KEY, days: WEEK.length })], schedules: [s] }), ruleId) };
}

describe('zj2017 schedule rules without a schedule', () => {
  it.each(['ZJ-INTERCITY', 'ZJ-INTERCITY-ENDS', 'ZJ-CITIES'])('%s says nothing', (ruleId) => {
    expect(findings(workbook({ projects: [project({ key: KEY })] }), ruleId)).toEqual([]);
  });
});

describe('rows in China', () => {
  it('a row whose 国家 is only 中国 names no city abroad, even a city the home list lacks', () => {
    const { fs } = run('ZJ-INTERCITY', (_d, i) => (i === 4 ? [{ city: '敦煌', country: '中国' }] : [{ city: '法兰克福' }]));
    expect(fs()).toEqual([]);
  });

  it('a row in China and abroad keeps its city abroad: the next working day in another city is a move', () => {
    const { s, fs } = run('ZJ-INTERCITY', (_d, i) =>
      i === 3 ? [{ city: '上海—法兰克福', type: '交通' }] : i === 4 ? [{ city: '柏林' }] : i < 3 ? [] : [{ city: '柏林' }],
    );
    const flight = s.rows.find((r) => r.cities.length === 2)!;
    flight.countries = ['中国', '德国'];
    expect(cells(fs())).toEqual(['日程表!D3']);
    expect(fs()[0].data).toMatchObject({ from: '法兰克福', to: '柏林' });
  });
});

describe('ZJ-CITIES', () => {
  it('lists the cities in its message and its data', () => {
    const names = ['柏林', '汉堡', '科隆', '慕尼黑'];
    const { fs } = run('ZJ-CITIES', (_d, i) => [{ city: names[Math.min(i, 3)] }]);
    const [f] = fs();
    expect(f.message).toContain('日程涉及4个境外城市（柏林、汉堡、科隆、慕尼黑），多于本工具默认的3个');
    expect(f.data).toMatchObject({ cities: 4, maxCities: 3, names: '柏林、汉堡、科隆、慕尼黑' });
  });
});

describe('transit words as a reviewer may set them', () => {
  // Mon 06-10: 乘机经阿姆斯特丹转机抵达卑尔根, every other day in 卑尔根
  const wb = () => {
    const rows: RowSpec[] = WEEK.map((date, i) =>
      i === 4 ? { date, city: '乘机经阿姆斯特丹转机抵达卑尔根', type: '交通' } : { date, city: '卑尔根', type: '课堂学习' },
    );
    return workbook({ projects: [project({ key: KEY, days: WEEK.length })], schedules: [schedule(KEY, rows)] });
  };
  const moves = (transitWords: string[]) =>
    findings(wb(), 'ZJ-INTERCITY', { params: { 'zj2017.transitWords': transitWords } }).map((f) => f.data?.move);

  it('a transit point is no stop: no move on the Monday', () => expect(moves(['转机'])).toEqual([]));
  it('an empty word in the list changes nothing', () => expect(moves(['转机', ''])).toEqual([]));
  it('without transit words the stop in 阿姆斯特丹 is a move, with a list of empty words too', () => {
    expect(moves([])).toEqual(['阿姆斯特丹转机→卑尔根']);
    expect(moves([''])).toEqual(['阿姆斯特丹转机→卑尔根']);
  });
});

describe('ZJ-PREDEPARTURE: each case in its words', () => {
  const wb = (people: ReturnType<typeof participant>[]) =>
    workbook({ projects: [project({ key: KEY, departDate: '2024-06-10' })], participants: people });
  const run2 = (people: ReturnType<typeof participant>[]) => findings(wb(people), 'ZJ-PREDEPARTURE');

  it('a project without participants is not judged', () => expect(run2([])).toEqual([]));

  it('a list without the date column is one finding, at the first name, with the count', () => {
    const fs = run2([participant(KEY, 1, '张三'), participant(KEY, 2, '李四')]);
    expect(fs.map((f) => [f.cell, f.projectKey, f.data])).toEqual([['A2', KEY, { participants: 2 }]]);
    expect(fs[0].message).toMatch(/^人员名单没有“行前教育日期”，无法确认参训人员已接受行前教育（/);
  });

  it('one person without a date among dated ones is named, at the date cell when there is one', () => {
    const fs = run2([
      participant(KEY, 1, ' 张三 ', { predeparture: '2024-06-01' }),
      participant(KEY, 2, '李四'),
      participant(KEY, 3, '王五', { predeparture: '' }),
    ]);
    expect(fs.map((f) => [f.cell, f.message.replace(/（.*$/, ''), f.data])).toEqual([
      ['A3', '参训人员“李四”没有行前教育日期，未经行前教育的人员不得派出', { name: '李四' }],
      ['C4', '参训人员“王五”没有行前教育日期，未经行前教育的人员不得派出', { name: '王五' }],
    ]);
  });

  it('a date it cannot read is quoted; a late one says both dates; names are trimmed', () => {
    const fs = run2([
      participant(KEY, 1, ' 张三 ', { predeparture: { bad: '六月初' } }),
      participant(KEY, 2, '李四', { predeparture: '2024-06-11' }),
    ]);
    expect(fs.map((f) => [f.cell, f.projectKey, f.message.replace(/（[^（]*$/, ''), f.data])).toEqual([
      ['C2', KEY, '参训人员“张三”的行前教育日期“六月初”无法识别', { name: '张三', text: '六月初' }],
      [
        'C3',
        KEY,
        '参训人员“李四”的行前教育日期2024年6月11日晚于出发日期2024年6月10日',
        { name: '李四', predeparture: '2024-06-11', departDate: '2024-06-10' },
      ],
    ]);
  });
});

describe('ZJ-RATIO-STUDY and ZJ-RATIO-TOPIC', () => {
  it('say nothing without a schedule, or with one that has no days', () => {
    const undated = schedule(KEY, [{ city: '柏林', type: '其他' }]);
    for (const id of ['ZJ-RATIO-STUDY', 'ZJ-RATIO-TOPIC']) {
      expect(findings(workbook({ projects: [project({ key: KEY })] }), id)).toEqual([]);
      expect(findings(workbook({ projects: [project({ key: KEY })], schedules: [undated] }), id)).toEqual([]);
    }
  });

  it("relate the schedule's header row", () => {
    const s = dailySchedule(KEY, '2024-06-03', 15, (i) => (i < 4 ? '专题培训' : '课堂学习'));
    const [f] = findings(workbook({ projects: [project({ key: KEY })], schedules: [s] }), 'ZJ-RATIO-TOPIC');
    expect(f.related).toEqual([{ sheet: '日程表', cell: 'A1:G1' }]);
  });
});

describe('ZJ-PLAN-DEADLINE', () => {
  it('says the dates and the plan year', () => {
    const [f] = findings(workbook({ projects: [project({ filedDate: '2023-12-01', departDate: '2024-06-10' })] }), 'ZJ-PLAN-DEADLINE');
    expect(f.message).toMatch(/^填报日期2023年12月1日晚于2024年度计划的申报截止日2023年11月30日（/);
  });
  it('needs a departure date or a planned time to know the plan year', () => {
    expect(findings(workbook({ projects: [project({ filedDate: '2023-12-01' })] }), 'ZJ-PLAN-DEADLINE')).toEqual([]);
  });
});

describe('ZJ-GENERAL-PROJECT', () => {
  const run3 = (theme: string | null) => findings(workbook({ projects: [project({ text: { theme } })] }), 'ZJ-GENERAL-PROJECT');
  it('skips a project without a theme, or a blank one (C-REQUIRED)', () => {
    expect(run3(null)).toEqual([]);
    expect(run3(' \u3000 ')).toEqual([]);
  });
  it('quotes the theme without its spaces', () => {
    expect(run3('德国 考察')[0].message).toMatch(/^培训班主题“德国考察”少于6个字，可能主题宽泛、针对性不强（/);
    expect(run3('欧洲 五国 参观考察团')[0].message).toMatch(
      /^培训班主题“欧洲五国参观考察团”含“考察”而无培训内容，可能属参观考察性质的一般性项目（/,
    );
  });
});

describe('ZJ-CIVIL-SERVANTS', () => {
  it('a list that does not say who is a civil servant leaves it to the 公务员人数 column', () => {
    const people = [1, 2, 3].map((row) => participant(KEY, row, `人员${row}`));
    const fs = findings(workbook({ projects: [project({ key: KEY, civilServants: 3 })], participants: people }), 'ZJ-CIVIL-SERVANTS');
    expect(fs.map((f) => f.cell)).toEqual(['O2']);
  });
  it('without either there is nothing to judge', () => {
    expect(findings(workbook({ projects: [project({ key: KEY })] }), 'ZJ-CIVIL-SERVANTS')).toEqual([]);
  });
});

describe('ZJ-REPORT-LATE', () => {
  it('needs the return date', () => {
    expect(findings(workbook({ projects: [project({ reportDate: '2024-12-01' })] }), 'ZJ-REPORT-LATE')).toEqual([]);
  });
  it('says the report date, the return and the due date', () => {
    const [f] = findings(workbook({ projects: [project({ returnDate: '2024-03-10', reportDate: '2024-04-11' })] }), 'ZJ-REPORT-LATE');
    expect(f.message).toMatch(/^总结\/绩效自评报送日期2024年4月11日晚于回国（2024年3月10日）后一个月的2024年4月10日/);
  });
});

describe('ZJ-NOTICE in its words', () => {
  const notice = (from: string, to: string, depart = '2100-03-01') =>
    findings(workbook({ projects: [project({ key: KEY, noticeStart: from, noticeEnd: to, departDate: depart })] }), 'ZJ-NOTICE');
  it("a short notice in the calendar's years says just that, with the departure date in its data", () => {
    const [f] = notice('2024-05-15', '2024-05-20', '2024-07-01');
    expect(f.message).toBe(
      '公示期2024年5月15日至2024年5月20日仅4个工作日，少于5个工作日（浙外专发〔2017〕14号 三(二) 公示期限原则上不少于5个工作日）',
    );
    expect(f.data).toMatchObject({ departDate: '2024-07-01' });
  });
  it('a notice across two years the calendar lacks names both', () => {
    const [f] = notice('2099-12-30', '2100-01-01');
    expect(f.message).toContain('（2099、2100年不在节假日日历中，按周一至周五计算）');
  });
  it('a notice starting on the departure day, at the 公示开始 cell, in its words', () => {
    const [f] = notice('2024-06-24', '2024-07-05', '2024-06-24');
    expect(f.cell).toBe('S2');
    expect(f.message).toMatch(/^公示开始日期2024年6月24日即出发当天，无法表明公示在团组出国前进行（/);
  });
});

describe('ZJ-NOTICE-LATE in its words', () => {
  it('says both dates', () => {
    const [f] = findings(
      workbook({ projects: [project({ noticeStart: '2024-06-25', noticeEnd: '2024-07-05', departDate: '2024-06-24' })] }),
      'ZJ-NOTICE-LATE',
    );
    expect(f.message).toMatch(/^公示开始日期2024年6月25日晚于出发日期2024年6月24日，未在团组出国前公开（/);
  });
});
