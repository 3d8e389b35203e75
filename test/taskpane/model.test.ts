/** The task pane's pure functions: suppression matching, filtering, grouping, exact share comparison, parameter parsing. */
import { parseParam, optionsFrom, EMPTY_SETTINGS } from '../../src/app/engine';
import {
  compareCells, countBySeverity, feeVerdict, filterFindings, groupByProject, groupByRule, parseFraction, reaches, shareVerdict, splitSuppressed,
} from '../../src/app/display';
import { fakeEngine, finding, project } from './fakes';

describe('splitSuppressed', () => {
  const f = finding({ ruleId: 'SC-GROUP-SIZE', cell: 'H3' });
  const base = { ruleId: 'SC-GROUP-SIZE', sheet: '需求表', cell: 'h3', reason: '特批', at: '2024-01-01' };
  it('matches by rule, sheet and cell (any case)', () => {
    expect(splitSuppressed([f], [base]).suppressed).toHaveLength(1);
    expect(splitSuppressed([f], [{ ...base, cell: 'H4' }]).active).toEqual([f]);
    expect(splitSuppressed([f], [{ ...base, ruleId: 'SC-DURATION' }]).active).toEqual([f]);
    expect(splitSuppressed([f], [{ ...base, sheet: '日程表' }]).active).toEqual([f]);
  });
  it('honours a file when the suppression names one', () => {
    expect(splitSuppressed([f], [{ ...base, file: 'plan.xlsx' }]).suppressed).toHaveLength(1);
    expect(splitSuppressed([f], [{ ...base, file: 'other.xlsx' }]).active).toEqual([f]);
  });
});

describe('filterFindings', () => {
  const list = [
    finding({ ruleId: 'C-PHONE', severity: 'warning', message: '电话不对' }),
    finding({ ruleId: 'SC-GROUP-SIZE', message: '人数２５人', projectKey: 'P1' }),
    finding({ ruleId: 'C-NORMALISED', severity: 'info', message: '按 20 读取' }),
  ];
  it('keeps only the chosen severities', () => {
    expect(filterFindings(list, { severities: ['error', 'info'], query: '' }).map((f) => f.ruleId)).toEqual(['SC-GROUP-SIZE', 'C-NORMALISED']);
    expect(filterFindings(list, { severities: [], query: '' })).toEqual([]);
  });
  it('needs every word, ignores case and full width', () => {
    expect(filterFindings(list, { severities: ['error', 'warning', 'info'], query: 'sc-group 25' }).map((f) => f.ruleId)).toEqual(['SC-GROUP-SIZE']);
    expect(filterFindings(list, { severities: ['error', 'warning', 'info'], query: 'sc-group 26' })).toEqual([]);
    expect(filterFindings(list, { severities: ['error', 'warning', 'info'], query: '需求表!B2' })).toHaveLength(3);
  });
  it('finds a project by its theme', () => {
    const projects = [project('P1', '数字经济')];
    expect(filterFindings(list, { severities: ['error', 'warning', 'info'], query: '数字经济' }, projects).map((f) => f.ruleId)).toEqual(['SC-GROUP-SIZE']);
  });
});

describe('grouping', () => {
  const list = [
    finding({ ruleId: 'C-PHONE', severity: 'warning', cell: 'F10', projectKey: 'P2' }),
    finding({ ruleId: 'C-PHONE', severity: 'warning', cell: 'F3', projectKey: 'P1' }),
    finding({ ruleId: 'SC-GROUP-SIZE', cell: 'H3', projectKey: 'P1' }),
    finding({ ruleId: 'C-UNREADABLE', sheet: '说明', cell: 'A1' }),
    finding({ ruleId: 'C-NORMALISED', severity: 'info', cell: 'G3', projectKey: 'PX' }),
  ];
  it('by project: workbook-level first, then projects in workbook order, unknown keys last', () => {
    const g = groupByProject(list, [project('P1', '甲'), project('P2', '乙')], '其他');
    expect(g.map((x) => x.title)).toEqual(['其他', '甲', '乙', 'PX']);
    expect(g[1].findings.map((f) => f.ruleId)).toEqual(['SC-GROUP-SIZE', 'C-PHONE']);
    expect(g[1].counts).toEqual({ error: 1, warning: 1, info: 0 });
  });
  it('keeps two files with the same project key apart', () => {
    const a = finding({ ruleId: 'C-PHONE', projectKey: '1', file: 'a.xlsx' });
    const b = finding({ ruleId: 'C-PHONE', projectKey: '1', file: 'b.xlsx' });
    const g = groupByProject([a, b], [project('1', '甲', {}, 'a.xlsx'), project('1', '乙', {}, 'b.xlsx')], '其他');
    expect(g.map((x) => x.title)).toEqual(['甲', '乙']);
  });
  it('by rule: errors first, then by ID; cells in reading order', () => {
    const g = groupByRule(list);
    expect(g.map((x) => x.id)).toEqual(['C-UNREADABLE', 'SC-GROUP-SIZE', 'C-PHONE', 'C-NORMALISED']);
    expect(g[2].findings.map((f) => f.cell)).toEqual(['F3', 'F10']);
    expect(countBySeverity(list)).toEqual({ error: 2, warning: 2, info: 1 });
  });
  it('orders A1 cells by row, then column', () => {
    expect(['B10', 'AA2', 'B2', 'C1'].sort(compareCells)).toEqual(['C1', 'B2', 'AA2', 'B10']);
  });
});

describe('exact shares', () => {
  const twoThirds = parseFraction('2/3')!;
  const third = parseFraction('1/3')!;
  it('reaches the threshold exactly at the boundary', () => {
    expect(reaches(10, 15, twoThirds)).toBe(true);
    expect(reaches(9.5, 15, twoThirds)).toBe(false);
    expect(reaches(5, 15, third)).toBe(true);
    expect(reaches(4.5, 15, third)).toBe(false);
    expect(reaches(1, 3, third)).toBe(true); // no 0.33333333333333326 trap
  });
  it('unknown when a figure is missing or the total is zero', () => {
    expect(shareVerdict(null, 15, twoThirds)).toBe('unknown');
    expect(shareVerdict(3, 0, twoThirds)).toBe('unknown');
    expect(shareVerdict(10, 15, null)).toBe('unknown');
  });
  it('fee: exactly at the cap passes, above fails', () => {
    expect(feeVerdict(15.3, 15.3)).toBe('pass');
    expect(feeVerdict(15.31, 15.3)).toBe('fail');
    expect(feeVerdict(null, 15.3)).toBe('unknown');
  });
  it('parses fraction text', () => {
    expect(parseFraction('2 / 3')).toEqual({ num: 2, den: 3 });
    expect(parseFraction('0.5')).toEqual({ num: 0.5, den: 1 });
    expect(parseFraction('1/0')).toBeNull();
    expect(parseFraction('三分之二')).toBeNull();
  });
});

describe('parameters', () => {
  it('reads typed text like the default', () => {
    expect(parseParam('25', 20)).toBe(25);
    expect(parseParam('２５', 20)).toBe(25);
    expect(parseParam('二十', 20)).toBeNull();
    expect(parseParam('', 20)).toBeNull();
    expect(parseParam('3/4', '2/3')).toBe('3/4');
    expect(parseParam('四分之三', '2/3')).toBeNull();
    expect(parseParam('旅游、观光，参观考察', ['旅游'])).toEqual(['旅游', '观光', '参观考察']);
    expect(parseParam('否', true)).toBe(false);
    expect(parseParam('也许', true)).toBeNull();
    expect(parseParam('12-15', '11-30')).toBe('12-15');
  });
  it('builds review options without common and without empty parts', () => {
    const engine = fakeEngine({});
    const o = optionsFrom({ ...EMPTY_SETTINGS, packs: ['common', 'sc2020'], params: { 'sc2020.maxGroupSize': 25 }, asOf: '2024-03-01' }, engine);
    expect(o).toEqual({ packs: ['sc2020'], asOf: '2024-03-01', params: { 'sc2020.maxGroupSize': 25 }, sheetKinds: undefined, outstandingUnits: undefined });
  });
});
