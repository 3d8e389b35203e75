/**
 * C-REQUIRED's places (round 15): findings are placed by cell and project key through each key's own short list,
 * not a Map keyed by a text joining sheet, row, column and key. Property test against the plain way (that Map),
 * on generated workbooks where fields, slots and theme cells share cells, keys repeat and lists lack columns.
 */
import fc from 'fast-check';
import type { CellRef } from '../../../src/core/grid';
import { DEMAND_FIELD_LABELS, type DemandField, type FieldCell, type Project } from '../../../src/core/model/records';
import { REQUIRED_FIELDS, columnMessage, filledText, message, required } from '../../../src/core/rules/common/required';
import { cite } from '../../../src/core/rules/clauses';
import { fieldRef } from '../../../src/core/rules/util';
import type { Emit, RuleContext } from '../../../src/core/rules/types';
import { workbook } from './builders';

type Emitted = [CellRef | { sheet: string; cell: string }, string, Parameters<Emit>[2]];

const FORM_WORDS = /[☐□☑■√✓✔_＿]|机构名称|是否境外培训合作机构/;

/** C-REQUIRED as it was before round 15: places kept in one Map by `sheet\0row\0col\0key`. */
function plainCheck(projects: Project[], clause: string, emit: Emit): void {
  const at = new Map<string, { ref: CellRef; projectKey: string; blank: string[]; columns?: { labels: string[]; count: number } }>();
  const place = (ref: CellRef, p: Project) => {
    const k = `${ref.sheet}\u0000${ref.row}\u0000${ref.col}\u0000${p.key}`;
    let e = at.get(k);
    if (!e) at.set(k, (e = { ref, projectKey: p.key, blank: [] }));
    return e;
  };
  const missingColumns = new Map<string, { first: Project; count: number; fields: DemandField[] }>();
  for (const p of projects) {
    for (const f of REQUIRED_FIELDS) {
      const cell = p.fields[f];
      if (p.layout === 'list' && !cell && !p.slots[f]) {
        const sheet = `${p.source.file}\u0000${p.source.sheet}`;
        const seen = missingColumns.get(sheet);
        if (!seen) missingColumns.set(sheet, { first: p, count: 1, fields: [f] });
        else if (seen.first === p) seen.fields.push(f);
        else if (f === seen.fields[0]) seen.count++;
        continue;
      }
      const text = cell?.text ?? '';
      if (text.trim() !== '' && !FORM_WORDS.test(text)) continue;
      if (filledText(text) !== '') continue;
      place(fieldRef(p, f), p).blank.push(DEMAND_FIELD_LABELS[f]);
    }
  }
  for (const { first, count, fields } of missingColumns.values()) {
    place(fieldRef(first, fields[0]), first).columns = { labels: fields.map((f) => DEMAND_FIELD_LABELS[f]), count };
  }
  for (const e of at.values()) {
    const blank = e.blank.length > 0 ? message(e.blank, '') : '';
    const columns = e.columns ? columnMessage(e.columns.labels, e.columns.count, '') : '';
    const all = [...e.blank, ...(e.columns?.labels ?? [])];
    emit(e.ref, cite(blank !== '' && columns !== '' ? `${blank}；${columns}` : blank + columns, clause), {
      projectKey: e.projectKey,
      data: e.columns ? { fields: all.join('、'), count: all.length, projects: e.columns.count } : { fields: all.join('、'), count: all.length },
    });
  }
}

const ctxOf = (projects: Project[]) => ({ parsed: workbook({ projects }) }) as unknown as RuleContext;

function emitted(run: (emit: Emit) => void): Emitted[] {
  const out: Emitted[] = [];
  run((ref, msg, extra) => out.push([ref, msg, extra]));
  return out;
}

// few sheets, rows and columns, so that fields, slots and fallbacks of several projects meet at one cell
const sheetArb = fc.constantFrom('需求表', '表2');
const refArb = fc.record({ sheet: sheetArb, row: fc.integer({ min: 0, max: 3 }), col: fc.integer({ min: 0, max: 3 }) });
const textArb = fc.constantFrom('', '  ', '\u3000', '☐', '机构名称：', '机构名称：德国某机构', '有☑', '填写内容', '张三', '__');
const fieldArb = fc.option(fc.record({ ref: refArb, text: textArb }), { nil: undefined });
const projectArb = fc.record({
  key: fc.constantFrom('K1', 'K2', 'K3', 'a.xlsx#需求表#2'),
  file: fc.constantFrom('a.xlsx', 'b.xlsx'),
  sheet: sheetArb,
  row: fc.integer({ min: 0, max: 3 }),
  layout: fc.constantFrom<'form' | 'list'>('form', 'list', 'list'),
  fields: fc.array(fieldArb, { minLength: REQUIRED_FIELDS.length, maxLength: REQUIRED_FIELDS.length }),
  slots: fc.array(fc.option(refArb, { nil: undefined }), { minLength: REQUIRED_FIELDS.length, maxLength: REQUIRED_FIELDS.length }),
  // fields kept in another order (the rule reads them in one pass, whatever their order)
  reversed: fc.boolean(),
});

type Spec = typeof projectArb extends fc.Arbitrary<infer T> ? T : never;

function projectOf(spec: Spec): Project {
  const fields: Partial<Record<DemandField, FieldCell>> = {};
  const slots: Partial<Record<DemandField, CellRef>> = {};
  const order = REQUIRED_FIELDS.map((f, i) => [f, i] as const);
  if (spec.reversed) order.reverse();
  for (const [f, i] of order) {
    const x = spec.fields[i];
    if (x) fields[f] = { ref: x.ref, text: x.text, cell: x.text === '' ? undefined : { v: x.text } };
    const s = spec.slots[i];
    if (s) slots[f] = s;
  }
  return { key: spec.key, source: { file: spec.file, sheet: spec.sheet, row: spec.row }, layout: spec.layout, fields, slots, extra: [] } as Project;
}

describe('C-REQUIRED places findings as the plain way (one Map by a joined key text) does', () => {
  it('same findings, in the same order, on generated workbooks run one after another', () => {
    fc.assert(
      fc.property(fc.array(fc.array(projectArb, { maxLength: 8 }), { minLength: 1, maxLength: 4 }), (books) => {
        for (const specs of books) {
          const projects = specs.map(projectOf);
          const fast = emitted((emit) => required.check.call(required, ctxOf(projects), {} as never, emit));
          const plain = emitted((emit) => plainCheck(projects, required.clause, emit));
          expect(fast).toEqual(plain);
        }
      }),
      { numRuns: 400 },
    );
  });
});
