import { createExcelHost } from '../../../src/hosts/excel';
import { MARK_COLORS, RECORD_KEY, RESULT_HEADER, parseRecord, splitSheetAddress } from '../../../src/hosts/excel/marks';
import { MARK_FORMULA, isMarkFormula, noteLine } from '../../../src/hosts/common/marks';
import { FakeExcel, PAYLOAD_LIMIT, ADDRESS_LIMIT } from '../../support/fakeExcel';
import { buildFindings, buildPlan } from '../../support/excelPlan';
import type { Finding } from '../../../src/core/model/findings';

function setup(api = '1.18', projects = 50) {
  const fake = new FakeExcel({ api });
  buildPlan(fake, projects);
  const host = createExcelHost({ env: fake.env() });
  return { fake, host };
}

const f = (over: Partial<Finding>): Finding => ({
  ruleId: 'C-REQUIRED',
  severity: 'error',
  file: 'Book1.xlsx',
  sheet: '需求表',
  cell: 'C2',
  message: '培训班主题 为空',
  ...over,
});

describe('applyMarks / clearMarks', () => {
  test('marks with conditional formats and notes, never touching cell values or formats', async () => {
    const { fake, host } = setup();
    const before = fake.sheet('需求表');
    const values = new Map(before.values);
    const formats = new Map(before.numberFormats);
    await host.applyMarks(
      [f({ cell: 'C2' }), f({ cell: 'F3', severity: 'warning', ruleId: 'SC-GROUP-SIZE', message: '人数 25 超过 20', clause: '四(三)' }), f({ cell: 'G4', severity: 'info', ruleId: 'C-NORMALISED' })],
      { includeInfo: false },
    );
    const s = fake.sheet('需求表');
    expect(s.values).toEqual(values);
    expect(s.numberFormats).toEqual(formats);
    expect(s.fills.size).toBe(0);
    expect(s.cfs).toHaveLength(2);
    const err = s.cfs.find((c) => c.fill === MARK_COLORS.error.fill)!;
    expect(err.formula).toBe(MARK_FORMULA);
    expect(err.fontColor).toBe('#9C0006');
    expect(err.areas).toEqual([{ r0: 1, c0: 2, r1: 1, c1: 2 }]);
    const warn = s.cfs.find((c) => c.fill === MARK_COLORS.warning.fill)!;
    expect(warn.areas).toEqual([{ r0: 2, c0: 5, r1: 2, c1: 5 }]);
    // info not marked unless asked
    expect(s.notes.has('G4')).toBe(false);
    expect(s.notes.get('C2')).toBe('[C-REQUIRED] 培训班主题 为空');
    expect(s.notes.get('F3')).toBe('[SC-GROUP-SIZE] 人数 25 超过 20（四(三)）');
    // the result sheet lists all three, with links
    const rs = fake.sheet('审核结果');
    expect(rs.values.get('0,0')).toBe('序号');
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((c) => rs.values.get(`0,${c}`))).toEqual(RESULT_HEADER);
    expect(RESULT_HEADER).toEqual(['序号', '严重程度', '规则', '文件', '工作表', '单元格', '说明', '条款']);
    expect(rs.values.get('3,2')).toBe('C-NORMALISED');
    // the clause in its own column
    expect(rs.values.get('2,7')).toBe('四(三)');
    expect(rs.values.get('2,6')).toBe('人数 25 超过 20');
    expect(rs.hyperlinks.get('1,5')).toEqual({ documentReference: "'需求表'!C2", textToDisplay: 'C2', screenTip: '转到 需求表!C2' });
    expect(parseRecord(fake.settings.get(RECORD_KEY))?.notes).toEqual([{ sheetId: s.id, cells: ['C2', 'F3'] }]);
  });

  test('info findings are marked when asked', async () => {
    const { fake, host } = setup();
    await host.applyMarks([f({ cell: 'G4', severity: 'info' })], { includeInfo: true });
    const s = fake.sheet('需求表');
    expect(s.cfs.map((c) => c.fill)).toEqual([MARK_COLORS.info.fill]);
    expect(s.notes.has('G4')).toBe(true);
  });

  test('a cell with an error and a warning is marked once, as error; vertical runs become one area', async () => {
    const { fake, host } = setup();
    await host.applyMarks(
      [f({ cell: 'C2', severity: 'warning' }), f({ cell: 'C2', severity: 'error' }), f({ cell: 'C3' }), f({ cell: 'C4' })],
      { includeInfo: false },
    );
    const s = fake.sheet('需求表');
    expect(s.cfs).toHaveLength(1);
    expect(s.cfs[0].areas).toEqual([{ r0: 1, c0: 2, r1: 3, c1: 2 }]);
    expect(s.notes.get('C2')!.split('\n')).toHaveLength(2);
  });

  test('clearing restores the workbook exactly (deep-equal snapshot), including a user conditional format and note', async () => {
    const { fake, host } = setup();
    const s = fake.sheet('需求表');
    s.cfs.push({ id: '{user-cf}', type: 'Custom', areas: [{ r0: 1, c0: 0, r1: 10, c1: 0 }], formula: '=A2>5', fill: '#00FF00', fontColor: null });
    s.cfs.push({ id: '{user-cv}', type: 'CellValue', areas: [{ r0: 1, c0: 5, r1: 10, c1: 5 }], formula: '', fill: null, fontColor: null });
    s.notes.set('D5', '用户自己的备注');
    fake.settings.set('peixun.settings', '{"packs":["zj2017"]}');
    const before = fake.snapshot();
    await host.applyMarks(buildFindings(50, 120), { includeInfo: true });
    expect(fake.snapshot()).not.toEqual(before);
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  test('a cell with the user\'s own note keeps it; the finding goes only to 审核结果', async () => {
    const { fake, host } = setup();
    fake.sheet('需求表').notes.set('C2', '用户备注');
    await host.applyMarks([f({ cell: 'C2' }), f({ cell: 'C3' })], { includeInfo: false });
    expect(fake.sheet('需求表').notes.get('C2')).toBe('用户备注');
    expect(fake.sheet('需求表').notes.has('C3')).toBe(true);
    expect(host.lastMarkReport()?.skippedNotes).toBe(1);
    await host.clearMarks();
    expect(fake.sheet('需求表').notes.get('C2')).toBe('用户备注');
    expect(fake.sheet('需求表').notes.has('C3')).toBe(false);
  });

  test('re-running replaces previous marks (no duplicates, old cells unmarked)', async () => {
    const { fake, host } = setup();
    const before = fake.snapshot();
    await host.applyMarks([f({ cell: 'C2' }), f({ cell: 'C3' })], { includeInfo: false });
    await host.applyMarks([f({ cell: 'D9', severity: 'warning' })], { includeInfo: false });
    const s = fake.sheet('需求表');
    expect(s.cfs).toHaveLength(1);
    expect(s.cfs[0].areas).toEqual([{ r0: 8, c0: 3, r1: 8, c1: 3 }]);
    expect([...s.notes.keys()]).toEqual(['D9']);
    expect(fake.sheets.filter((x) => x.name.startsWith('审核结果'))).toHaveLength(1);
    expect(fake.sheet('审核结果').values.get('1,5')).toBe('D9');
    expect(fake.sheet('审核结果').values.has('2,0')).toBe(false);
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  test('a user sheet already named 审核结果 is left alone; ours gets another name', async () => {
    const { fake, host } = setup();
    fake.addSheet('审核结果', [['我自己的表']]);
    const before = fake.snapshot();
    await host.applyMarks([f({})], { includeInfo: false });
    expect(fake.sheet('审核结果').values.get('0,0')).toBe('我自己的表');
    expect(fake.sheet('审核结果 (2)').values.get('0,0')).toBe('序号');
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  test('formula-looking text from findings is written as text', async () => {
    const { fake, host } = setup();
    await host.applyMarks(
      [f({ message: '=HYPERLINK("http://evil.invalid","x")', clause: '+SUM(1,2)', ruleId: '@RULE' }), f({ sheet: '-1+2', cell: 'A1', message: '-cmd' })],
      { includeInfo: false },
    );
    const rs = fake.sheet('审核结果');
    expect(rs.formulas.size).toBe(0);
    // sorted by sheet: '-1+2' before 需求表
    expect(rs.values.get('2,6')).toBe('=HYPERLINK("http://evil.invalid","x")');
    expect(rs.values.get('2,7')).toBe('+SUM(1,2)');
    expect(rs.values.get('2,2')).toBe('@RULE');
    // formula-looking text goes in with Excel's text prefix; other text into `@` cells
    expect(rs.numberFormats.get('2,4')).toBe('@');
    // the unknown sheet gets no link
    expect(rs.hyperlinks.has('1,5')).toBe(false);
    expect(host.lastMarkReport()?.unlinked).toBe(1);
  });

  test('the fake would turn such text into a formula without the text format (the check above can fail)', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S', [['x']]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('S').getRange('A1').values = [['=1+1']];
    });
    expect(fake.sheet('S').formulas.get('0,0')).toBe('=1+1');
  });

  test('a hyperlink is built only from a sheet of the workbook and a plain address', async () => {
    const { fake, host } = setup();
    await host.applyMarks([f({ cell: 'C2,"x"' }), f({ cell: "A1'!B2" }), f({ cell: 'B2' })], { includeInfo: false });
    const rs = fake.sheet('审核结果');
    // B2 sorts first (cells that are no address last)
    expect(rs.hyperlinks.get('1,5')?.documentReference).toBe("'需求表'!B2");
    expect(rs.hyperlinks.has('2,5')).toBe(false);
    expect(rs.hyperlinks.has('3,5')).toBe(false);
  });

  test('ExcelApi 1.7: no notes or comments, one conditional format per block, findings in 审核结果; clear restores', async () => {
    const { fake, host } = setup('1.7');
    const before = fake.snapshot();
    const caps = await host.capabilities();
    expect(caps.cellNotes).toBe(false);
    expect(caps.dataValidation).toBe(false);
    expect(caps.notice).toContain('批注');
    expect(caps.notice).toContain('1.10');
    await host.applyMarks([f({ cell: 'C2' }), f({ cell: 'C3' }), f({ cell: 'E7', severity: 'warning' })], { includeInfo: false });
    const s = fake.sheet('需求表');
    expect(s.notes.size).toBe(0);
    expect(fake.comments).toHaveLength(0);
    expect(s.cfs).toHaveLength(2); // C2:C3 and E7
    expect(fake.callCounts.get('worksheet.getRanges')).toBeUndefined();
    expect(fake.sheet('审核结果').values.get('3,5')).toBe('E7');
    expect(host.lastMarkReport()?.notesKind).toBe('none');
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  test('ExcelApi 1.10: comments carry the text; clearing deletes exactly the recorded ones', async () => {
    const { fake, host } = setup('1.10');
    const s = fake.sheet('需求表');
    fake.comments.push({ id: '{user-comment}', sheetId: s.id, cell: 'C3', content: '用户的批注' });
    const before = fake.snapshot();
    await host.applyMarks([f({ cell: 'C2' }), f({ cell: 'C3' }), f({ cell: 'D4', clause: '二(二)' })], { includeInfo: false });
    expect(fake.comments.map((c) => [c.cell, c.content])).toEqual([
      ['C3', '用户的批注'],
      ['C2', '[C-REQUIRED] 培训班主题 为空'],
      ['D4', '[C-REQUIRED] 培训班主题 为空（二(二)）'],
    ]);
    const rec = parseRecord(fake.settings.get(RECORD_KEY))!;
    expect(rec.comments).toHaveLength(2);
    expect(rec.comments).not.toContain('{user-comment}');
    await host.applyMarks([f({ cell: 'C2' })], { includeInfo: false });
    expect(fake.comments).toHaveLength(2);
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  test('a conditional format of ours that the user copied elsewhere is cleared too; a user rule with another formula is not', async () => {
    const { fake, host } = setup();
    await host.applyMarks([f({ cell: 'C2' })], { includeInfo: false });
    const s = fake.sheet('需求表');
    s.cfs.push({ ...s.cfs[0], id: '{copied}', areas: [{ r0: 40, c0: 1, r1: 40, c1: 1 }] });
    s.cfs.push({ id: '{user}', type: 'Custom', areas: [{ r0: 1, c0: 1, r1: 1, c1: 1 }], formula: '=TRUE', fill: '#FFC7CE', fontColor: null });
    await host.clearMarks();
    expect(s.cfs.map((c) => c.id)).toEqual(['{user}']);
  });

  test('isMarkFormula recognises only the add-in\'s formula', () => {
    expect(isMarkFormula(MARK_FORMULA)).toBe(true);
    expect(isMarkFormula(' =ISTEXT( "peixun-review-mark" ) ')).toBe(true);
    expect(isMarkFormula('=TRUE')).toBe(false);
    expect(isMarkFormula('=ISTEXT("peixun-review-mark2")')).toBe(false);
  });

  test('noteLine does not repeat a clause the message already names', () => {
    expect(noteLine(f({ message: '低于三分之二（浙外专发〔2017〕14号 二(二)）', clause: '浙外专发〔2017〕14号 二(二)' }))).toBe('[C-REQUIRED] 低于三分之二（浙外专发〔2017〕14号 二(二)）');
    expect(noteLine(f({ message: '低于三分之二', clause: '二(二)' }))).toBe('[C-REQUIRED] 低于三分之二（二(二)）');
  });

  test('clearing with no marks does nothing and changes nothing', async () => {
    const { fake, host } = setup();
    const before = fake.snapshot();
    await host.clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  test('a broken record is ignored (clear still removes marked conditional formats by their formula)', async () => {
    const { fake, host } = setup();
    await host.applyMarks([f({ cell: 'C2' })], { includeInfo: false });
    fake.settings.set(RECORD_KEY, '{not json');
    await host.clearMarks();
    expect(fake.sheet('需求表').cfs).toHaveLength(0);
    expect(fake.settings.has(RECORD_KEY)).toBe(false);
  });
});

describe('sync counts and payloads (2 000-project plan)', () => {
  async function run(api: string, findings: number) {
    const fake = new FakeExcel({ api });
    buildPlan(fake, 2000);
    const host = createExcelHost({ env: fake.env() });
    const list = buildFindings(2000, findings);
    fake.resetCounters();
    await host.applyMarks(list, { includeInfo: true });
    const apply = { syncs: fake.syncCount, maxPayload: fake.maxPayload, maxAddress: fake.maxAddressLength, requests: fake.requestCount };
    fake.resetCounters();
    await host.applyMarks(list, { includeInfo: true });
    const rerun = { syncs: fake.syncCount, maxPayload: fake.maxPayload };
    fake.resetCounters();
    await host.clearMarks();
    const clear = { syncs: fake.syncCount, maxPayload: fake.maxPayload };
    return { apply, rerun, clear, fake };
  }

  test.each(['1.18', '1.10', '1.7'])('ExcelApi %s: 1 000 findings take as many syncs as 10', async (api) => {
    const small = await run(api, 10);
    const big = await run(api, 1000);
    expect(big.apply.syncs).toBe(small.apply.syncs);
    expect(big.rerun.syncs).toBe(small.rerun.syncs);
    expect(big.clear.syncs).toBe(small.clear.syncs);
    // inspect (2) + mutations (1) + final record (1); a re-run also reads the custom rules' formulas (+1)
    expect(big.apply.syncs).toBe(4);
    expect(big.rerun.syncs).toBe(5);
    expect(big.clear.syncs).toBe(4);
    expect(big.apply.maxPayload).toBeLessThan(PAYLOAD_LIMIT);
    expect(big.apply.maxAddress).toBeLessThanOrEqual(ADDRESS_LIMIT);
  });

  test('10 000 findings: syncs grow only by chunks, payloads stay under 5 MB, addresses under 8 192', async () => {
    const r = await run('1.18', 10000);
    expect(r.apply.syncs).toBeGreaterThan(4);
    expect(r.apply.syncs).toBeLessThanOrEqual(4 + 10);
    expect(r.apply.maxPayload).toBeLessThan(PAYLOAD_LIMIT);
    expect(r.apply.maxAddress).toBeGreaterThan(1000); // multi-area addresses are really long here …
    expect(r.apply.maxAddress).toBeLessThanOrEqual(ADDRESS_LIMIT); // … and split under the limit
    const s = r.fake.sheet('需求表');
    expect(s.cfs.length).toBe(0); // cleared at the end of run()
  });

  test('the fake enforces the address limit (so the check above can fail)', async () => {
    const fake = new FakeExcel();
    fake.addSheet('S', [['x']]);
    const long = Array.from({ length: 1500 }, (_, i) => `A${i * 2 + 1}`).join(',');
    expect(long.length).toBeGreaterThan(ADDRESS_LIMIT);
    await expect(fake.run(async (ctx) => ctx.workbook.worksheets.getItem('S').getRanges(long))).rejects.toThrow(/8192/);
  });
});

describe('marks clear on any Excel version (a workbook shared between Excel 2019, 2021 and Microsoft 365)', () => {
  const VERSIONS = ['1.7', '1.10', '1.18'];
  const marksOf = [f({ cell: 'C2' }), f({ cell: 'D4', severity: 'warning', clause: '二(二)' })];
  const on = (fake: FakeExcel, api: string) => {
    fake.api = api;
    return createExcelHost({ env: fake.env() });
  };
  /** Notes and comments still in the workbook must all be in the record (or nothing is lost track of). */
  const expectTracked = (fake: FakeExcel) => {
    const rec = parseRecord(fake.settings.get(RECORD_KEY));
    const recordedComments = new Set(rec?.comments ?? []);
    for (const c of fake.comments) expect(recordedComments.has(c.id)).toBe(true);
    const recordedNotes = new Set((rec?.notes ?? []).flatMap((n) => n.cells.map((cell) => `${n.sheetId}!${cell}`)));
    for (const s of fake.sheets) for (const cell of s.notes.keys()) expect(recordedNotes.has(`${s.id}!${cell}`)).toBe(true);
    expect(fake.sheets.some((s) => s.cfs.length > 0)).toBe(false);
    expect(fake.sheets.some((s) => s.name.startsWith('审核结果'))).toBe(false);
  };
  const permutations = VERSIONS.flatMap((a) => VERSIONS.flatMap((b) => VERSIONS.map((c) => [a, b, c])));

  test.each(VERSIONS.flatMap((a) => VERSIONS.map((b) => [a, b])))('marked on %s, cleared on %s: nothing the add-in wrote is lost track of', async (a, b) => {
    const { fake } = setup('1.18', 5);
    const before = fake.snapshot();
    await on(fake, a).applyMarks(marksOf, { includeInfo: false });
    await on(fake, b).clearMarks();
    expectTracked(fake);
    // Where this version reaches everything the other wrote, the workbook is as it was.
    const reaches = (w: string, c: string) => w === '1.7' || (w === '1.10' ? c !== '1.7' : c === '1.18');
    if (reaches(a, b)) expect(fake.snapshot()).toEqual(before);
    await on(fake, '1.18').clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  test.each(permutations)('marked on %s, re-marked on %s, cleared on %s, then on 1.18: the workbook is as it was', async (a, b, c) => {
    const { fake } = setup('1.18', 5);
    const before = fake.snapshot();
    await on(fake, a).applyMarks(marksOf, { includeInfo: false });
    const host = on(fake, b);
    await host.applyMarks([f({ cell: 'E5' })], { includeInfo: false });
    // The second run's own text is where it should be, and older text it could not reach is still recorded.
    const s = fake.sheet('需求表');
    if (b === '1.18') expect(s.notes.get('E5')).toBe('[C-REQUIRED] 培训班主题 为空');
    if (b === '1.10') expect(fake.comments.some((x) => x.cell === 'E5')).toBe(true);
    expect(host.lastMarkReport()?.unreachable).toBe(a === '1.18' && b !== '1.18' ? 2 : a === '1.10' && b === '1.7' ? 2 : 0);
    await on(fake, c).clearMarks();
    expectTracked(fake);
    await on(fake, '1.18').clearMarks();
    expect(fake.snapshot()).toEqual(before);
  });

  test('the record check above can fail: a comment the record does not name is noticed', async () => {
    const { fake } = setup('1.10', 5);
    await on(fake, '1.10').applyMarks(marksOf, { includeInfo: false });
    fake.settings.delete(RECORD_KEY);
    expect(() => expectTracked(fake)).toThrow();
  });
});

describe('addresses', () => {
  test('splitSheetAddress reads quoted sheet names back', () => {
    expect(splitSheetAddress("'日程 表'!$B$3")).toEqual({ sheet: '日程 表', cell: 'B3' });
    expect(splitSheetAddress("'it''s'!C4:D5")).toEqual({ sheet: "it's", cell: 'C4' });
    expect(splitSheetAddress('A1')).toBeNull();
  });
});
