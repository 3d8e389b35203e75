/** ZJ-CIVIL-SERVANTS (000 二(三)) and ZJ-REPORT-LATE (000 三(三)). */
import { cells, findings, participant, project, workbook } from '../builders';

const KEY = 'P1';

describe('ZJ-CIVIL-SERVANTS (非党政类团组公务员一般不得超过2人)', () => {
  const people = (n: number) => [0, 1, 2, 3].map((i) => participant(KEY, i + 1, `人员${i}`, { civilServant: i < n }));
  it('passes 2 civil servants in the list', () => {
    expect(findings(workbook({ projects: [project({ key: KEY })], participants: people(2) }), 'ZJ-CIVIL-SERVANTS')).toEqual([]);
  });
  it('warns 3 (一般: a warning), at the third one, with its figures', () => {
    const fs = findings(workbook({ projects: [project({ key: KEY, category: '专业技术类' })], participants: people(3) }), 'ZJ-CIVIL-SERVANTS');
    expect(cells(fs)).toEqual(['人员名单!B4']);
    expect(fs[0]).toMatchObject({ severity: 'warning', projectKey: KEY });
    expect(fs[0].message).toContain('3人');
    expect(fs[0].data).toEqual({ civilServants: 3, maxCivilServants: 2 });
  });
  it('exempts 党政类 groups', () => {
    expect(findings(workbook({ projects: [project({ key: KEY, category: '党政类' })], participants: people(4) }), 'ZJ-CIVIL-SERVANTS')).toEqual([]);
  });
  it('reads the 公务员人数 column when the list does not say', () => {
    expect(findings(workbook({ projects: [project({ key: KEY, civilServants: 2 })] }), 'ZJ-CIVIL-SERVANTS')).toEqual([]);
    const fs = findings(workbook({ projects: [project({ key: KEY, civilServants: 3 })] }), 'ZJ-CIVIL-SERVANTS');
    expect(cells(fs)).toEqual(['需求表!O2']);
    expect(fs[0]).toMatchObject({ severity: 'warning', projectKey: KEY, data: { civilServants: 3, maxCivilServants: 2 } });
  });
});

describe('ZJ-REPORT-LATE (在培训结束后一个月内及时上报)', () => {
  const report = (back: string, rep: string | '' | null, asOf = '2024-06-01') =>
    findings(workbook({ projects: [project({ key: KEY, returnDate: back, reportDate: rep })] }), 'ZJ-REPORT-LATE', { asOf });

  it('passes a report on the due date (same day of the next month), warns one day later, with its figures', () => {
    expect(report('2024-03-15', '2024-04-15')).toEqual([]);
    const fs = report('2024-03-15', '2024-04-16');
    expect(cells(fs)).toEqual(['需求表!U2']);
    expect(fs[0]).toMatchObject({ severity: 'warning', projectKey: KEY });
    expect(fs[0].data).toEqual({ returnDate: '2024-03-15', dueDate: '2024-04-15', reportDate: '2024-04-16' });
  });

  it('a blank report date is late only when the review date is after the due date', () => {
    expect(report('2024-03-15', '', '2024-04-15')).toEqual([]);
    const fs = report('2024-03-15', '', '2024-04-16');
    expect(cells(fs)).toEqual(['需求表!U2']);
    expect(fs[0].data).toEqual({ returnDate: '2024-03-15', dueDate: '2024-04-15', asOf: '2024-04-16' });
    expect(fs[0].message).toContain('2024年4月15日');
    // no 总结 column: at the 回国日期 cell
    expect(cells(report('2024-03-15', null, '2024-04-16'))).toEqual(['需求表!R2']);
    expect(report('2024-03-15', null, '2024-04-15')).toEqual([]);
  });

  it('says nothing before the group is back', () => expect(report('2024-06-01', null)).toEqual([]));

  it('month end: 31 January is due 29 February 2024 and 28 February 2023', () => {
    expect(report('2024-01-31', '2024-02-29')).toEqual([]);
    expect(report('2024-01-31', '2024-03-01')).toHaveLength(1);
    expect(report('2023-01-31', '2023-02-28')).toEqual([]);
    expect(report('2023-01-31', '2023-03-01')).toHaveLength(1);
    expect(report('2023-01-31', '', '2023-02-28')).toEqual([]);
    expect(report('2023-01-31', '', '2023-03-01')).toHaveLength(1);
  });
});
