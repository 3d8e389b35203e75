import { sheetFromRows } from '../../../src/core/grid';
import { readCeFunds, readCeRegister, recogniseCeSheet } from '../../../src/core/ce/read';

describe('recogniseCeSheet', () => {
  it('finds a register under a title row, by synonyms', () => {
    const sheet = sheetFromRows('Sheet1', [
      ['2024年度专业技术人员继续教育学时登记表'],
      ['序号', '姓名', '身份证号码', '工作单位', '年份', '科目', '培训形式', '学时数（学时）', '人员类型'],
      [1, '张三', '330102199001011234', '甲所', 2024, '专业科目', '面授', 8, '科研人员'],
    ]);
    const m = recogniseCeSheet(sheet);
    expect(m).toMatchObject({ kind: 'ce-register', headerRow: 1 });
    expect(m!.reason).toContain('姓名');
    expect(m!.reason).toContain('学时');
  });

  it('accepts 天数 in place of 学时 only with 年度, 科目类别 or 形式 beside it', () => {
    expect(recogniseCeSheet(sheetFromRows('s', [['姓名', '工号', '年度', '天数']]))?.kind).toBe('ce-register');
    expect(recogniseCeSheet(sheetFromRows('s', [['姓名', '工号', '天数']]))).toBeNull();
  });

  it('finds a unit fund sheet', () => {
    const m = recogniseCeSheet(sheetFromRows('经费', [['企业名称', '职工工资总额（万元）', '职工教育经费（万元）', '技术素质要求高']]));
    expect(m).toMatchObject({ kind: 'ce-funds', headerRow: 0 });
  });

  it('reads each header text the same the second time (labels remembered by text), in the sheet and in the next one', () => {
    const rows = [['说明：本表由单位填写'], ['序号', ' 姓 名 ', '学时（小时）', '单位'], ['序号', '姓名', '天数']];
    for (let i = 0; i < 2; i++) {
      const m = recogniseCeSheet(sheetFromRows(`s${i}`, rows));
      expect(m).toEqual({ kind: 'ce-register', headerRow: 1, reason: '继续教育学时登记表：第2行找到表头 姓名、学时、单位' });
    }
    // the first row naming both kinds' fields is the header; a fund header before a register header on the same row wins
    const both = sheetFromRows('s', [['单位', '工资总额', '职工教育经费', '姓名', '学时']]);
    expect(recogniseCeSheet(both)).toMatchObject({ kind: 'ce-funds', headerRow: 0 });
    // the reader maps the same header the same way (its columns: 姓名 B, 学时 C)
    const reg = readCeRegister(sheetFromRows('s', rows), 'f.xlsx', 1);
    expect(reg.rows[0].name?.ref.col).toBe(1);
    expect(reg.rows[0].hours?.ref.col).toBe(2);
  });

  it('does not take a participant list or a demand list for a register', () => {
    expect(recogniseCeSheet(sheetFromRows('名单', [['序号', '姓名', '性别', '工作单位', '职务/职称', '行前教育日期']]))).toBeNull();
    expect(recogniseCeSheet(sheetFromRows('计划', [['序号', '培训班主题', '组团单位', '人数', '天数', '经费预算']]))).toBeNull();
  });
});

describe('readCeRegister', () => {
  const header = ['序号', '姓名', '身份证号', '工号', '单位', '年度', '科目类别', '形式', '学时', '天数', '人员类别'];

  it('reads values, keeps unreadable ones unreadable (never 0) and notes conversions', () => {
    const sheet = sheetFromRows('登记', [
      header,
      [1, '张三', '33010219900101123x', null, '甲所', '2024年', '公需科目', '网络', '8学时', null, null],
      [2, '李四', null, 'A01', '甲所', 2024, '专业', '面授', '八', null, '所局级领导人员'],
      [3, '王五', null, null, '乙所', 2024, '专业科目', '出国（境）培训', null, '１２天', null],
      ['合计', null, null, null, null, null, null, null, 16, null, null],
      ['备注：学时按认定结果填写'],
    ]);
    sheet.cells[2]![9] = { v: null, err: '#N/A' };
    const { rows, notes } = readCeRegister(sheet, 'f.xlsx', 0);
    expect(rows).toHaveLength(3);
    const [a, b, c] = rows;
    expect(a.name.text).toBe('张三');
    expect(a.idNumber?.text).toBe('33010219900101123x');
    expect(a.year).toMatchObject({ ok: true, value: 2024 });
    expect(a.subject).toBe('公需科目');
    expect(a.hours).toMatchObject({ ok: true, value: 8 });
    expect(a.source).toEqual({ file: 'f.xlsx', sheet: '登记', row: 1 });
    expect(b.hours).toMatchObject({ ok: false, problem: 'unreadable', text: '八' });
    expect(b.days).toMatchObject({ ok: false, problem: 'error', text: '#N/A' });
    expect(b.staffNumber?.text).toBe('A01');
    expect(b.subject).toBe('专业科目');
    expect(b.personCategory?.text).toBe('所局级领导人员');
    expect(c.days).toMatchObject({ ok: true, value: 12 });
    expect(c.hours).toMatchObject({ ok: false, problem: 'blank' });
    // conversions are visible
    const msgs = notes.map((n) => n.message).join('\n');
    expect(msgs).toContain('8学时');
    expect(msgs).toContain('2024年');
    expect(msgs).toContain('１２天');
  });

  it('a name merged over a person\'s rows belongs to each row', () => {
    const sheet = sheetFromRows(
      '登记',
      [header, [1, '张三', 'X1', null, '甲所', 2024, '专业科目', '面授', 30, null, null], [2, null, null, null, null, 2024, '公需科目', '网络', 10, null, null]],
      [
        { r0: 1, c0: 1, r1: 2, c1: 1 },
        { r0: 1, c0: 2, r1: 2, c1: 2 },
        { r0: 1, c0: 4, r1: 2, c1: 4 },
      ],
    );
    const { rows } = readCeRegister(sheet, 'f.xlsx', 0);
    expect(rows.map((r) => [r.name.text, r.idNumber?.text, r.unit?.text])).toEqual([
      ['张三', 'X1', '甲所'],
      ['张三', 'X1', '甲所'],
    ]);
    expect(rows[1].name.ref).toEqual({ sheet: '登记', row: 2, col: 1 });
  });

  it('takes the year from the title when there is no 年度 column, and says so', () => {
    const sheet = sheetFromRows('登记', [['2023年度继续教育学时登记'], ['姓名', '学时'], ['张三', 72]]);
    const m = recogniseCeSheet(sheet)!;
    const { rows, notes } = readCeRegister(sheet, 'f.xlsx', m.headerRow);
    expect(rows[0].year).toMatchObject({ ok: true, value: 2023 });
    expect(notes[0].message).toContain('标题');
  });

  it('without a year anywhere the year is null (not a guess)', () => {
    const sheet = sheetFromRows('登记', [['姓名', '学时'], ['张三', 72]]);
    expect(readCeRegister(sheet, 'f.xlsx', 0).rows[0].year).toBeNull();
  });

  it('an unreadable year stays unreadable', () => {
    const sheet = sheetFromRows('登记', [['姓名', '年度', '学时'], ['张三', '去年', 72]]);
    expect(readCeRegister(sheet, 'f.xlsx', 0).rows[0].year).toMatchObject({ ok: false, problem: 'unreadable' });
  });

  it('a row with hours but no name or ID is not counted, with a note', () => {
    const sheet = sheetFromRows('登记', [['姓名', '年度', '学时'], [null, 2024, 8]]);
    const r = readCeRegister(sheet, 'f.xlsx', 0);
    expect(r.rows).toHaveLength(0);
    expect(r.notes[0].message).toContain('未计入');
  });
});

describe('readCeFunds', () => {
  it('reads payroll and fund in 万元, converting 元, and 技术素质要求高', () => {
    const sheet = sheetFromRows('经费', [
      ['单位', '工资总额（万元）', '职工教育经费（元）', '技术素质要求高'],
      ['甲公司', 1000, 150000, '是'],
      ['乙公司', '2,000万元', '30万元', '否'],
      ['丙公司', '不详', 3, null],
      ['合计', 3000, null, null],
    ]);
    const { rows, notes } = readCeFunds(sheet, 'f.xlsx', 0);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ highSkill: true, payroll: { ok: true, value: 1000 }, fund: { ok: true, value: 15 } });
    expect(rows[1]).toMatchObject({ highSkill: false, payroll: { ok: true, value: 2000 }, fund: { ok: true, value: 30 } });
    expect(rows[2].payroll).toMatchObject({ ok: false, problem: 'unreadable', text: '不详' });
    expect(notes.length).toBeGreaterThanOrEqual(2);
  });
});

describe('ID numbers saved as numbers', () => {
  it('notes that Excel may have dropped digits of an 18-digit ID stored as a number; a text ID gives no note', () => {
    const sheet = sheetFromRows('登记', [['姓名', '身份证号', '年度', '学时'], ['张三', 330102199001011200, 2024, 72], ['李四', '330102199001011234', 2024, 72]]);
    const { notes } = readCeRegister(sheet, 'f.xlsx', 0);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ ref: { sheet: '登记', row: 1, col: 1 } });
    expect(notes[0].message).toContain('15位');
  });
});
