/** The register through the whole core: sheets recognise it, the engine runs the ce2007 and cas packs. */
import { sheetFromRows, type WorkbookGrid } from '../../../src/core/grid';
import { reviewWorkbook } from '../../../src/core/review';
import { parseWorkbook } from '../../../src/core/sheets';
import { tallyCe } from '../../../src/core/ceReview';

const grid: WorkbookGrid = {
  file: 'ce.xlsx',
  sheets: [
    sheetFromRows('学时登记', [
      ['2024年度继续教育学时登记表'],
      ['序号', '姓名', '身份证号', '工作单位', '年度', '科目类别', '培训形式', '学时', '天数', '人员类别'],
      [1, '张三', '330102199001011234', '甲所', 2024, '专业科目', '面授', 47.5, null, null],
      [2, '张三', '330102199001011234', '甲所', 2024, '公需科目', '网络', 24, null, null],
      [3, '李四', '330102198001011234', '甲所', 2024, '专业科目', '出国（境）培训', 80, 10, '所局级领导人员'],
      [4, '李四', '330102198001011234', '甲所', 2024, '专业科目', '面授', 49.5, null, '所局级领导人员'],
    ]),
    sheetFromRows('经费', [
      ['企业名称', '工资总额（万元）', '职工教育经费（万元）', '技术素质要求高'],
      ['甲公司', 1000, 15, '否'],
      ['乙公司', 1000, 24.9, '是'],
      ['丙公司', 1000, 14.9, '否'],
    ]),
  ],
};

describe('a CE register through parseWorkbook and reviewWorkbook', () => {
  it('is recognised, and both packs report at the expected cells', () => {
    const parsed = parseWorkbook(grid);
    expect(parsed.recognition.map((r) => [r.sheet, r.kind])).toEqual([
      ['学时登记', 'ce-register'],
      ['经费', 'ce-funds'],
    ]);
    expect(parsed.ce).toHaveLength(4);
    const review = reviewWorkbook(grid, { packs: ['ce2007', 'cas'] });
    const ce = review.findings.filter((f) => /^(CE|CAS)-/.test(f.ruleId)).map((f) => [f.ruleId, f.sheet, f.cell]);
    expect(ce).toEqual(
      expect.arrayContaining([
        ['CE-ANNUAL-HOURS', '学时登记', 'B3'], // 张三 71.5
        ['CAS-ANNUAL-HOURS', '学时登记', 'B3'],
        ['CE-ABROAD-HOURS', '学时登记', 'H5'], // 80 ≠ 10 × 6
        ['CAS-LEADER-HOURS', '学时登记', 'B5'], // 李四 60 + 49.5 = 109.5
        ['CE-FUND-SHARE', '经费', 'C4'], // 1.49% < 1.5%; 乙公司's 2.49% passes: 2.5% is a permission, not a floor
      ]),
    );
    expect(ce).toHaveLength(5);
    const annual = review.findings.find((f) => f.ruleId === 'CE-ANNUAL-HOURS')!;
    expect(annual).toMatchObject({ file: 'ce.xlsx', severity: 'warning', message: '张三 2024年度计入学时71.5，低于72学时（国人部发〔2007〕96号 第10条）' });
  });

  it('the workbook\'s parameters reach the rules', () => {
    const review = reviewWorkbook(grid, { packs: ['ce2007'], params: { 'ce2007.minHours': 71 } });
    expect(review.findings.filter((f) => f.ruleId === 'CE-ANNUAL-HOURS')).toEqual([]);
  });

  it('tallyCe agrees with the review', () => {
    const t = tallyCe([parseWorkbook(grid)], { packs: ['ce2007'] });
    expect(t.persons.map((p) => [p.name, p.total, p.shortfall])).toEqual([
      ['张三', 71.5, 0.5],
      ['李四', 109.5, 0],
    ]);
  });
});
