/** C-REQUIRED, one finding per cell: fields that share a cell (no column or slot of their own) are named together. */
import { cells, findings, project, workbook } from './builders';

describe('C-REQUIRED names every blank field of one cell in one finding', () => {
  it('a form without several fields: one finding at the theme cell naming them all', () => {
    const p = project({ layout: 'form', text: { targets: null, purpose: null, phone: null } });
    const fs = findings(workbook({ projects: [p] }), 'C-REQUIRED');
    expect(cells(fs)).toEqual(['需求表!A2']);
    expect(fs[0].message).toBe('必填项“培训对象”“培训目的”“电话”未填写（国科才函〔2022〕39号 附件2 培训需求表）');
    expect(fs[0].data).toEqual({ fields: '培训对象、培训目的、电话', count: 3 });
  });
  it('a list without several columns: one finding per sheet naming the columns and the projects', () => {
    const rows = [1, 2, 3].map((row) => project({ row, key: `K${row}`, text: { targets: null, contact: null } }));
    const fs = findings(workbook({ projects: rows }), 'C-REQUIRED');
    expect(cells(fs)).toEqual(['需求表!A2']);
    expect(fs[0].message).toContain('表中没有必填项“培训对象”“联系人”各列，3 个项目均未填写');
    expect(fs[0].data).toEqual({ fields: '培训对象、联系人', count: 2, projects: 3 });
    expect(fs[0].projectKey).toBe('K1');
  });
  it('a blank theme and a missing column meet at the theme cell: one finding saying both', () => {
    const rows = [project({ row: 1, key: 'K1', text: { theme: '', targets: null } }), project({ row: 2, key: 'K2', text: { targets: null } })];
    const fs = findings(workbook({ projects: rows }), 'C-REQUIRED');
    expect(cells(fs)).toEqual(['需求表!A2']);
    expect(fs[0].message).toBe('必填项“培训班主题”未填写；表中没有必填项“培训对象”一列，2 个项目均未填写（国科才函〔2022〕39号 附件2 培训需求表）');
  });
  it('fields at their own cells stay separate findings', () => {
    const fs = findings(workbook({ projects: [project({ text: { phone: '', contact: '' } })] }), 'C-REQUIRED');
    expect(cells(fs)).toEqual(['需求表!K2', '需求表!L2']);
    expect(fs.map((f) => f.data)).toEqual([{ fields: '联系人', count: 1 }, { fields: '电话', count: 1 }]);
  });
});

describe('C-REQUIRED reads each project\'s own fields (one pass over them, whatever their order)', () => {
  it('a field one project has and the next lacks is reported for the next only, not carried over', () => {
    const forms = [
      project({ layout: 'form', row: 1, key: 'K1', text: { purpose: '交流学习' } }),
      project({ layout: 'form', row: 2, key: 'K2', text: { purpose: null } }),
      project({ layout: 'form', row: 3, key: 'K3', text: { purpose: '交流学习' } }),
    ];
    const fs = findings(workbook({ projects: forms }), 'C-REQUIRED');
    expect(fs.map((f) => [f.projectKey, f.data?.fields])).toEqual([['K2', '培训目的']]);
  });
  it('the same fields in another order, or beside fields that are not required, give the same findings', () => {
    const p = project({ layout: 'form', text: { targets: null, phone: '', contact: '  ' } });
    const reversed = { ...p, fields: Object.fromEntries(Object.entries(p.fields).reverse()) };
    const extra = { ...p, fields: { departDate: p.fields.theme, ...p.fields, returnDate: p.fields.theme } };
    const of = (x: typeof p) => findings(workbook({ projects: [x] }), 'C-REQUIRED').map((f) => [f.cell, f.data?.fields]);
    const expected = [
      ['A2', '培训对象'],
      ['K2', '联系人'],
      ['L2', '电话'],
    ];
    expect(of(p)).toEqual(expected);
    expect(of(reversed)).toEqual(expected);
    expect(of(extra)).toEqual(expected);
  });
  it('a list\'s project with a slot for a blank field (a column with no cell) is reported at the slot; one without, as a missing column — slots not carried over', () => {
    const withSlot = (row: number) => {
      const p = project({ row, key: `K${row}`, text: { targets: null } });
      p.slots.targets = { sheet: '需求表', row, col: 7 };
      return p;
    };
    const rows = [withSlot(1), project({ row: 2, key: 'K2', text: { targets: null } }), withSlot(3)];
    const fs = findings(workbook({ projects: rows }), 'C-REQUIRED');
    expect(fs.map((f) => [f.projectKey, f.cell, f.data])).toEqual([
      ['K1', 'H2', { fields: '培训对象', count: 1 }],
      ['K2', 'A3', { fields: '培训对象', count: 1, projects: 1 }],
      ['K3', 'H4', { fields: '培训对象', count: 1 }],
    ]);
  });
});
