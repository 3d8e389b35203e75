import { DROPDOWN_LISTS } from '../../../../src/core/report/lists';
import {
  allTemplatesWorkbook,
  CE_HEADERS,
  DEMAND_LIST_HEADERS,
  PARTICIPANT_HEADERS,
  SCHEDULE_HEADERS,
  TEMPLATE_KINDS,
  templateWorkbook,
  type TemplateKind,
} from '../../../../src/core/report/templates';
import { writeXlsx } from '../../../../src/hosts/files/write/xlsx';
import { commentsOf, partText, parts, read, sheetPart, styleOf } from './helpers';

function written(kind: TemplateKind) {
  const bytes = writeXlsx(templateWorkbook(kind));
  return { bytes, wb: read(bytes), p: parts(bytes) };
}

function headerRow(ws: import('@e965/xlsx').WorkSheet, n: number): unknown[] {
  return Array.from({ length: n }, (_, c) => ws[String.fromCharCode(65 + (c % 26)).padStart(c >= 26 ? 2 : 1, 'A') + '1']?.v);
}

/** Data validations of a sheet: sqref → list items (or the reference). */
function validations(p: Record<string, Uint8Array>, sheet: string): Record<string, string[] | string> {
  const xml = partText(p, sheetPart(p, sheet));
  const out: Record<string, string[] | string> = {};
  for (const m of xml.matchAll(/<dataValidation [^>]*sqref="([^"]*)"[^>]*><formula1>([^<]*)<\/formula1>/g)) {
    const f = m[2].replace(/&quot;/g, '"').replace(/&apos;/g, "'");
    out[m[1]] = f.startsWith('"') ? f.slice(1, -1).split(',') : f;
  }
  return out;
}

describe('templates', () => {
  test.each(TEMPLATE_KINDS)('%s writes and reads back', (kind) => {
    const { wb } = written(kind);
    expect(wb.SheetNames.length).toBeGreaterThan(0);
  });

  test('demand list: the canonical headers, frozen, with drop-downs and date columns', () => {
    const { wb, p } = written('demand-list');
    const ws = wb.Sheets['需求汇总表'];
    expect(DEMAND_LIST_HEADERS).toHaveLength(27);
    expect(headerRow(ws, 27)).toEqual([...DEMAND_LIST_HEADERS]);
    expect(ws.AB1).toBeUndefined();
    expect(validations(p, '需求汇总表')).toEqual({
      'K2:K1001': [...DROPDOWN_LISTS.mode],
      'L2:L1001': [...DROPDOWN_LISTS.category],
      'N2:N1001': ['是', '否'],
      'P2:P1001': ['是', '否'],
    });
    expect(styleOf(p, '需求汇总表', 'A1')).toMatchObject({ bold: true, border: true });
    const xml = partText(p, sheetPart(p, '需求汇总表'));
    expect(xml).toContain('state="frozen"');
    // 填报日期 (V) is a date column, 电话 (U) text.
    const colStyle = (n: number) => Number(new RegExp(`<col min="${n}" max="${n}"[^>]*style="(\\d+)"`).exec(xml)?.[1]);
    const fmtOf = (xf: number) => {
      const st = partText(p, 'xl/styles.xml');
      const xfs = /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(st)![1].match(/<xf\b[^>]*>/g)!;
      const id = /numFmtId="(\d+)"/.exec(xfs[xf])![1];
      if (id === '49') return '@';
      return [...st.matchAll(/<numFmt numFmtId="(\d+)" formatCode="([^"]*)"/g)].find((m) => m[1] === id)?.[2];
    };
    expect(fmtOf(colStyle(22))).toBe('yyyy-mm-dd');
    expect(fmtOf(colStyle(21))).toBe('@');
  });

  test('schedule: headers and drop-downs for 时段 and 类型', () => {
    const { wb, p } = written('schedule');
    expect(headerRow(wb.Sheets['日程表'], 8)).toEqual([...SCHEDULE_HEADERS]);
    expect(validations(p, '日程表')).toEqual({
      'C2:C1001': ['上午', '下午', '全天', '晚上'],
      'G2:G1001': ['专题培训', '课堂学习', '对口考察', '交通', '休整', '其他'],
    });
  });

  test('participants and CE register: headers and yes/no, 科目类别 lists', () => {
    const a = written('participants');
    expect(headerRow(a.wb.Sheets['人员名单'], 7)).toEqual([...PARTICIPANT_HEADERS]);
    expect(validations(a.p, '人员名单')['F2:F1001']).toEqual(['是', '否']);
    const b = written('ce-register');
    expect(headerRow(b.wb.Sheets['继续教育学时'], 10)).toEqual([...CE_HEADERS]);
    expect(validations(b.p, '继续教育学时')).toEqual({ 'F2:F1001': ['专业科目', '公需科目'] });
  });

  test('standards: only the shipped fee defaults, and a blank 汇率 sheet with a note', () => {
    const { wb, p } = written('standards');
    expect(wb.SheetNames).toEqual(['费用标准', '汇率']);
    const fees = wb.Sheets['费用标准'];
    expect(fees['!ref']).toBe('A1:D4');
    const rows = [2, 3, 4].map((r) => ['A', 'B', 'C', 'D'].map((c) => fees[`${c}${r}`].v));
    expect(rows).toEqual([
      ['美国', 'USD', 87, '财行〔2014〕4号'],
      ['德国', 'EUR', 66, '财行〔2014〕4号'],
      ['日本', 'JPY', 8400, '财行〔2014〕4号'],
    ]);
    expect(headerRow(fees, 4)).toEqual(['国家（地区）', '币种', '培训费（每人每天）', '来源']);
    const rates = wb.Sheets['汇率'];
    expect(headerRow(rates, 3)).toEqual(['币种', '折合人民币', '日期']);
    expect(rates['!ref']).toBe('A1:C1');
    expect(commentsOf(p, '汇率').get('B1')?.[0]).toMatch(/计划日期/);
  });

  test('demand form: the 001 附件2 layout with labels, merged value cells and tick boxes', () => {
    const { wb, p } = written('demand-form');
    const ws = wb.Sheets['需求表'];
    const texts = Object.keys(ws)
      .filter((k) => !k.startsWith('!'))
      .map((k) => ws[k].v)
      .filter((v) => typeof v === 'string');
    for (const label of [
      '归口管理部门',
      '预计办班时间',
      '培训班主题',
      '组团单位',
      '联系人',
      '电话',
      '国家（地区）',
      '人数',
      '天数',
      '经费预算（万元）',
      '是否有境外资助',
      '培训对象',
      '境外培训机构',
      '培训目的',
      '培训主要内容和必要性',
      '归口管理部门联系人',
      '培训形式',
      '项目类别',
    ])
      expect(texts).toContain(label);
    expect(texts).toContain('有☐（资助方_____）　否☐');
    expect(texts.some((t) => /是否境外培训合作机构　是☐　否☐/.test(t as string))).toBe(true);
    // 培训班主题's value spans B:F on its row.
    const row = Number(Object.keys(ws).find((k) => ws[k].v === '培训班主题')!.slice(1)) - 1;
    expect(ws['!merges']).toContainEqual({ s: { r: row, c: 1 }, e: { r: row, c: 5 } });
    expect(Object.values(validations(p, '需求表'))).toEqual(expect.arrayContaining([[...DROPDOWN_LISTS.mode], [...DROPDOWN_LISTS.category], ['是', '否']]));
  });

  test('all kinds in one book, with unique sheet names', () => {
    const wb = read(writeXlsx(allTemplatesWorkbook()));
    expect(wb.SheetNames).toEqual(['需求表', '需求汇总表', '日程表', '人员名单', '费用标准', '汇率', '继续教育学时']);
  });
});
