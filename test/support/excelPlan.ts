/**
 * A generated annual plan in the fake Excel (tests and bench/excel-syncs.js): a 需求表 list of
 * `projects` rows and a 日程表 of three days per project (上午/下午 rows, merged date cells), plus
 * findings built directly (no rules involved) spread over the plan's cells.
 */
import type { Finding, Severity } from '../../src/core/model/findings';
import { FakeExcel, colName, type FakeValue } from './fakeExcel';

export const PLAN_HEADER = [
  '序号', '项目编号', '培训班主题', '组团单位', '国家（地区）', '人数', '天数', '经费预算', '境外培训机构',
  '培训对象', '培训目的', '培训形式', '项目类别', '联系人', '电话', '填报日期',
];

export function buildPlan(fake: FakeExcel, projects: number): void {
  const rows: (FakeValue | null)[][] = [PLAN_HEADER];
  for (let i = 0; i < projects; i++)
    rows.push([
      i + 1,
      `ZJ2024-${String(i + 1).padStart(5, '0')}`,
      `第${i + 1}期 数字经济与城市治理专题培训班`,
      `浙江省某某厅${i % 50}处`,
      i % 3 === 0 ? '德国、法国' : '新加坡',
      20 + (i % 5),
      14 + (i % 7),
      45.5 + (i % 10),
      '某某大学公共管理学院',
      '处级干部',
      '学习数字治理经验',
      i % 4 === 0 ? '线上' : '线下',
      '专业技术类',
      '张三',
      '0571-87654321',
      45000 + (i % 300),
    ]);
  fake.addSheet('需求表', rows, { formats: { [`P2:P${projects + 1}`]: 'yyyy"年"m"月"d"日"', [`H2:H${projects + 1}`]: '0.00' } });

  const sched: (FakeValue | null)[][] = [['项目编号', '日期', '时段', '城市', '内容', '类型']];
  const merges: string[] = [];
  for (let i = 0; i < projects; i++)
    for (let d = 0; d < 3; d++) {
      const r = sched.length; // 0-based row of 上午
      sched.push([`ZJ2024-${String(i + 1).padStart(5, '0')}`, 45200 + d, '上午', '柏林', '专题讲座：数字政府', '专题培训']);
      sched.push([null, null, '下午', '柏林', '考察市政数据中心', '对口考察']);
      merges.push(`B${r + 1}:B${r + 2}`);
    }
  fake.addSheet('日程表', sched, { formats: { [`B2:B${sched.length}`]: 'yyyy-mm-dd' }, merges });
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

/** `count` findings over the 需求表 cells (distinct cells while they last); every 97th message looks like a formula. */
export function buildFindings(projects: number, count: number, file = 'Book1.xlsx'): Finding[] {
  const out: Finding[] = [];
  const cols = PLAN_HEADER.length;
  for (let i = 0; i < count; i++) {
    const row = 2 + (i % projects);
    const col = Math.floor(i / projects) % cols;
    const severity = SEVERITIES[i % 3];
    const formulaLike = i % 97 === 0;
    out.push({
      ruleId: severity === 'error' ? 'ZJ-RATIO-STUDY' : severity === 'warning' ? 'SC-GROUP-SIZE' : 'C-NORMALISED',
      severity,
      file,
      sheet: '需求表',
      cell: `${colName(col)}${row}`,
      message: formulaLike
        ? '=HYPERLINK("http://example.invalid","点击")'
        : `课堂学习和考察9天，占在外总日程15天的60.0%，低于三分之二（浙外专发〔2017〕14号 二(二)）第${i + 1}条`,
      clause: '浙外专发〔2017〕14号 二(二)',
      projectKey: `ZJ2024-${String(((i % projects) + 1)).padStart(5, '0')}`,
    });
  }
  return out;
}
