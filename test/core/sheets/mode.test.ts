/** Training mode as RULES.md "Training mode" reads it: 培训形式, else 线上 in the title row or the theme, else assumed. */
import { parseWorkbook } from '../../../src/core/sheets';
import { sheetFromRows, type CellValue } from '../../../src/core/grid';
import { parseMode } from '../../../src/core/sheets/demandValues';
import { form001 } from './helpers';

const HEADER = ['序号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '经费预算（万元）'];
function list(title: string | null, rows: CellValue[][], header: CellValue[] = HEADER) {
  const all: CellValue[][] = [...(title === null ? [] : [[title]]), header, ...rows];
  return parseWorkbook({ file: 'l.xlsx', sheets: [sheetFromRows('计划表', all)] });
}
const notesAt = (wb: ReturnType<typeof list>) => wb.notes.filter((n) => n.message.includes('读作线上')).map((n) => `${n.ref.row},${n.ref.col}:${n.projectKey}`);

describe('parseMode', () => {
  it('reads 线上 / 线下 words, and leaves mixed or other text unstated', () => {
    expect(parseMode('线上')).toBe('online');
    expect(parseMode('线上（视频）授课')).toBe('online');
    expect(parseMode('线下')).toBe('offline');
    expect(parseMode('赴境外')).toBe('offline');
    expect(parseMode('线上+线下')).toBeNull();
    expect(parseMode('网络视频授课')).toBe('online');
    expect(parseMode('赴境外实地培训')).toBe('offline');
    expect(parseMode('视频+赴境外')).toBeNull();
    expect(parseMode('待定')).toBeNull();
  });
});

describe('training mode of a list', () => {
  const row = (theme: string, mode?: string): CellValue[] => [1, theme, '杭州市科技局', '德国', 10, 15, 30, ...(mode === undefined ? [] : [mode])];
  it('培训形式 wins over the title and the theme', () => {
    const wb = list('2022年线上出国（境）培训需求表', [row('线上数字化专题', '线下')], [...HEADER, '培训形式']);
    expect(wb.projects[0].mode).toBe('offline');
    expect(notesAt(wb)).toEqual([]);
  });
  it('线上 in the title row: every project online, one note at the title cell', () => {
    const wb = list('2022年线上出国（境）培训需求表', [row('智能制造专题培训'), [2, '医院管理研修', '杭州市卫健委', '美国', 10, 5, 8]]);
    expect(wb.projects.map((p) => p.mode)).toEqual(['online', 'online']);
    expect(notesAt(wb)).toEqual([`0,0:${wb.projects[0].key}`]);
  });
  it('线上 in the theme, or a blank 培训形式: that project only, note at its theme cell', () => {
    const wb = list('2023年度培训项目计划表', [row('线上智能制造专题培训', ''), [2, '医院管理研修', '杭州市卫健委', '美国', 10, 15, 8, '']], [...HEADER, '培训形式']);
    expect(wb.projects.map((p) => p.mode)).toEqual(['online', undefined]);
    expect(notesAt(wb)).toEqual([`2,1:${wb.projects[0].key}`]);
  });
  it('an instruction above the header that mentions 线上 is not a title', () => {
    const wb = list('备注：线上培训项目请在主题中注明“线上”', [row('智能制造专题培训')]);
    expect(wb.projects[0].mode).toBeUndefined();
    expect(list('2022年度线上培训需求汇总表', [row('智能制造专题培训')]).projects[0].mode).toBe('online');
  });
  it('no 培训形式 and no 线上: the mode stays unstated (offline by assumption)', () => {
    const wb = list('2023年度培训项目计划表', [row('智能制造专题培训')]);
    expect(wb.projects[0].mode).toBeUndefined();
    expect(wb.notes.filter((n) => n.message.includes('培训形式'))).toEqual([]);
  });
});

describe('training mode of a form', () => {
  it('the 001 附件2 title says 线上', () => {
    const wb = parseWorkbook({ file: 'f.xlsx', sheets: [form001({ theme: '智能制造专题培训班' })] });
    expect(wb.projects[0].mode).toBe('online');
  });
  it('a form titled without 线上 and a theme without it: unstated', () => {
    const s = form001({ theme: '智能制造专题培训班' });
    (s.cells[0] as unknown[])[0] = { v: '2023年出国（境）培训需求表' };
    const wb = parseWorkbook({ file: 'f.xlsx', sheets: [s] });
    expect(wb.projects[0].mode).toBeUndefined();
  });
  it('a form titled without 线上 whose theme says 线上', () => {
    const s = form001({ theme: '线上智能制造专题培训班' });
    (s.cells[0] as unknown[])[0] = { v: '2023年出国（境）培训需求表' };
    const wb = parseWorkbook({ file: 'f.xlsx', sheets: [s] });
    expect(wb.projects[0].mode).toBe('online');
    expect(wb.notes.some((n) => n.message.includes('按培训班主题') && n.ref.row === 3)).toBe(true);
  });
});
