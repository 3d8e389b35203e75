import { createExcelHost, SETTINGS_KEY } from '../../../src/hosts/excel';
import { CAPABILITY_TABLE, detectCapabilities } from '../../../src/hosts/excel/capabilities';
import { FakeExcel } from '../../support/fakeExcel';
import { buildPlan } from '../../support/excelPlan';
import { DROPDOWN_LISTS } from '../../../src/core/report/lists';

const supports = (max: string) => (name: string, v: string) => {
  const [a, b] = max.split('.').map(Number);
  const [c, d] = v.split('.').map(Number);
  return name === 'ExcelApi' && (a > c || (a === c && b >= d));
};

describe('capabilities', () => {
  test('full function from 1.10: no notice about comments; 1.18 notes', () => {
    const c10 = detectCapabilities(supports('1.10'));
    expect(c10.host.cellNotes).toBe(true);
    expect(c10.features.comments).toBe(true);
    expect(c10.features.notes).toBe(false);
    expect(c10.host.notice).not.toContain('批注');
    expect(c10.host.notice).toContain('合并单元格'); // 1.13 missing
    const c18 = detectCapabilities(supports('1.18'));
    expect(c18.host.notice).toBe('');
    expect(c18.level).toBe('1.18');
  });

  test('1.9 lacks comments, 1.7 lacks drop-downs too; below 1.7 nothing works', () => {
    const c9 = detectCapabilities(supports('1.9'));
    expect(c9.host.cellNotes).toBe(false);
    expect(c9.host.dataValidation).toBe(true);
    const c7 = detectCapabilities(supports('1.7'));
    expect(c7.host).toMatchObject({ cellMarks: true, cellNotes: false, dataValidation: false, changeEvents: true });
    expect(c7.host.notice).toMatch(/ExcelApi 1\.7/);
    expect(c7.host.notice).toContain('下拉列表');
    const c6 = detectCapabilities(supports('1.6'));
    expect(c6.level).toBeNull();
    expect(Object.values(c6.features).every((v) => v === false)).toBe(true);
    expect(c6.host.notice).toContain('浏览器模式');
  });

  test('a throwing isSetSupported counts as unsupported', () => {
    expect(detectCapabilities(() => {
      throw new Error('no Office');
    }).level).toBeNull();
  });

  test('the capability table names a requirement set for every feature', () => {
    for (const row of CAPABILITY_TABLE) expect(row.requires).toMatch(/^1\.\d+$/);
    expect(new Set(CAPABILITY_TABLE.map((r) => r.key)).size).toBe(CAPABILITY_TABLE.length);
  });
});

describe('selectCell', () => {
  test('activates the sheet and selects the cell', async () => {
    const fake = new FakeExcel();
    buildPlan(fake, 5);
    const host = createExcelHost({ env: fake.env() });
    await host.selectCell('Book1.xlsx', '日程表', 'C7');
    expect(fake.activeSheetId).toBe(fake.sheet('日程表').id);
    expect(fake.selection).toEqual({ sheetId: fake.sheet('日程表').id, address: 'C7' });
  });
  test('a missing sheet gives a clear Chinese error', async () => {
    const fake = new FakeExcel();
    buildPlan(fake, 5);
    const host = createExcelHost({ env: fake.env() });
    await expect(host.selectCell('x', '不存在', 'A1')).rejects.toThrow('找不到工作表“不存在”');
  });
});

describe('settings in the workbook', () => {
  const settings = { packs: ['zj2017'], params: { 'zj2017.maxCities': 4 }, suppressions: [], outstandingUnits: ['某某厅'], sheetKinds: { 日程表: 'schedule' } };

  test('round-trip, stored as JSON under peixun.settings; none gives null', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S', [['a']]);
    const host = createExcelHost({ env: fake.env() });
    expect(await host.loadSettings()).toBeNull();
    await host.saveSettings(settings);
    expect(typeof fake.settings.get(SETTINGS_KEY)).toBe('string');
    expect(await host.loadSettings()).toEqual(settings);
    // a colleague's copy of the workbook carries the settings (they live in the document)
    const copy = new FakeExcel();
    copy.addSheet('S', [['a']]);
    copy.settings = new Map(fake.settings);
    expect(await createExcelHost({ env: copy.env() }).loadSettings()).toEqual(settings);
  });

  test('invalid settings are refused on save and reported on load', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S', [['a']]);
    const host = createExcelHost({ env: fake.env() });
    await expect(host.saveSettings({ packs: ['no-such-pack'] })).rejects.toThrow('审核设置无效');
    expect(fake.settings.has(SETTINGS_KEY)).toBe(false);
    fake.settings.set(SETTINGS_KEY, JSON.stringify({ packs: 'zj2017' }));
    await expect(host.loadSettings()).rejects.toThrow('审核设置无效');
    fake.settings.set(SETTINGS_KEY, '{broken');
    await expect(host.loadSettings()).rejects.toThrow('已损坏');
  });
});

describe('onChange', () => {
  test('calls back with the sheet name; ignores the add-in\'s own writes and the 审核结果 sheet; unsubscribes', async () => {
    const fake = new FakeExcel({ api: '1.10' });
    buildPlan(fake, 5);
    const host = createExcelHost({ env: fake.env() });
    const seen: string[] = [];
    const off = await host.onChange!((s) => seen.push(s));
    expect(fake.callCounts.get('worksheets.onChanged.add')).toBe(1);
    await fake.emitChanged('日程表');
    await host.applyMarks([{ ruleId: 'C-REQUIRED', severity: 'error', file: 'x', sheet: '需求表', cell: 'C2', message: 'm' }], { includeInfo: false });
    await fake.emitChanged('审核结果');
    await fake.emitChanged('需求表');
    expect(seen).toEqual(['日程表', '需求表']);
    await (off() as unknown as Promise<void>);
    await fake.emitChanged('需求表');
    expect(seen).toEqual(['日程表', '需求表']);
    expect(fake.handlers).toHaveLength(0);
  });

  test('ExcelApi 1.7/1.8: one handler per sheet', async () => {
    const fake = new FakeExcel({ api: '1.7' });
    buildPlan(fake, 5);
    const host = createExcelHost({ env: fake.env() });
    const seen: string[] = [];
    await host.onChange!((s) => seen.push(s));
    expect(fake.callCounts.get('worksheet.onChanged.add')).toBe(2);
    await fake.emitChanged('需求表');
    expect(seen).toEqual(['需求表']);
  });
});

describe('insertTemplate', () => {
  test('schedule form: header as text, drop-downs for 时段 and 类型, column formats, frozen header', async () => {
    const fake = new FakeExcel({ api: '1.10' });
    fake.addSheet('日程表', [['已有']]);
    const before = JSON.stringify((fake.snapshot() as { sheets: unknown[] }).sheets[0]);
    const host = createExcelHost({ env: fake.env() });
    await host.insertTemplate('schedule');
    // the existing 日程表 is untouched; the form goes to 日程表 (2)
    expect(JSON.stringify((fake.snapshot() as { sheets: unknown[] }).sheets[0])).toBe(before);
    const s = fake.sheet('日程表 (2)');
    expect(s.values.get('0,0')).toBe('日期');
    expect(s.numberFormats.get('0,0')).toBe('@');
    expect(s.numberFormats.get('5,0')).toBe('yyyy-mm-dd');
    expect(s.frozenRows).toBe(1);
    expect(s.bold.get('0,3')).toBe(true);
    const rules = s.validations.map((v) => (v.rule as { list: { source: string } }).list.source);
    expect(rules).toContain(DROPDOWN_LISTS.daySlot.join(','));
    expect(rules).toContain(DROPDOWN_LISTS.activityType.join(','));
    expect(fake.activeSheetId).toBe(s.id);
  });

  test('demand form: merges and widths; on ExcelApi 1.7 no drop-downs, with a notice', async () => {
    const fake = new FakeExcel({ api: '1.7' });
    fake.addSheet('S', [['a']]);
    const host = createExcelHost({ env: fake.env() });
    await host.insertTemplate('demand-form');
    const s = fake.sheet('需求表');
    expect(s.values.get('0,0')).toBe('出国（境）培训需求表');
    expect(s.merges.length).toBeGreaterThan(5);
    expect(s.columnWidths.size).toBe(6);
    expect(s.validations).toHaveLength(0);
    expect(host.lastInsertNotices().join('')).toContain('1.8');
  });

  test('standards: the shipped fee standards and the rates sheet with its instruction note', async () => {
    const fake = new FakeExcel({ api: '1.18' });
    fake.addSheet('S', [['a']]);
    const host = createExcelHost({ env: fake.env() });
    await host.insertTemplate('standards');
    expect(fake.sheet('费用标准').values.size).toBeGreaterThan(4);
    expect(fake.sheet('汇率').notes.get('B1')).toContain('汇率');
    expect(fake.syncCount).toBeLessThanOrEqual(3);
  });
});

describe('Excel host downloads', () => {
  it('offers download only when the page gives it a way to save', async () => {
    const fake = new FakeExcel();
    expect(createExcelHost({ env: fake.env() }).download).toBeUndefined();
    const saved: string[] = [];
    const host = createExcelHost({ env: fake.env(), save: (name) => saved.push(name) });
    await host.download!('需求表.zip', new Uint8Array([1]));
    expect(saved).toEqual(['需求表.zip']);
    expect(host.files).toBeUndefined();
  });
});
