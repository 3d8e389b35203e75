/**
 * The reader's notes kept as notes (emit.later → collectFindings) and made C-NORMALISED findings only by
 * allFindings: the same findings, in the same places, as when every note was made a finding at once
 * (runRule's emit, sortFindings of the whole list), and counted without being made.
 */
import fc from 'fast-check';
import * as v8 from 'v8';
import { allFindings, collectFindings, countByRule, countBySeverity, runRule, sortFindings, withFindings } from '../../../src/core/rules/runner';
import { crossDuplicates, findingsByRule, findingsBySeverity, reviewParsed, workbookReview } from '../../../src/core/review';
import { normalised, noteFinding } from '../../../src/core/rules/common/normalised';
import { commonParams } from '../../../src/core/rules/common/params';
import { findingText } from '../../../src/core/rules/englishMessages';
import { buildContext } from '../../../src/core/rules/runner';
import { noteMessage, type ReadNote } from '../../../src/core/model/records';
import type { Finding, Severity } from '../../../src/core/model/findings';
import type { Pack, Rule } from '../../../src/core/rules/types';
import { project, workbook } from './builders';
import { z } from 'zod';

const pack = (...rules: Rule[]): Pack => ({ id: 'common', rules, params: z.object({}) }) as unknown as Pack;
const OPTIONS = { packs: [], asOf: '2024-06-01' };
const key = (f: Finding) => JSON.stringify(f);

/** Today's list: each rule's findings made at once (runRule: emit, no `later`), in the order made, sorted. */
function madeAtOnce(rules: Rule[], parsed: ReturnType<typeof workbook>): Finding[] {
  const ctx = buildContext(parsed, OPTIONS);
  const list: Finding[] = [];
  for (const r of rules) for (const f of runRule(r, ctx, {})) list.push(f);
  return sortFindings(list, parsed);
}

function counted(list: Finding[]): { byRule: Map<string, number>; bySeverity: Record<Severity, number> } {
  const byRule = new Map<string, number>();
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of list) {
    byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    bySeverity[f.severity]++;
  }
  return { byRule, bySeverity };
}

describe('a note kept as parts is the finding it was', () => {
  const notes: ReadNote[] = [
    { ref: { sheet: '日程表1', row: 3, col: 0 }, field: '日期', note: '“2023年8月17日”读作 2023-08-17', projectKey: 'P1' },
    { ref: { sheet: '需求表', row: 1, col: 9 }, field: '预计办班时间', note: '“2024年9月”读作 2024-09-01 至 2024-09-30', projectKey: 'P1' },
    { ref: { sheet: '日程表1', row: 5, col: 5 }, note: '日程第6行类型未填，按内容“课堂学习：案例研讨”推断为课堂学习' },
  ];
  const parsed = workbook({
    projects: [project({ key: 'P1' })],
    recognition: [{ sheet: '需求表', kind: 'demand-list', reason: '' }, { sheet: '日程表1', kind: 'schedule', reason: '' }],
    notes,
  });

  it('its sentence: the field, a full-width colon and how it was read; or the note alone', () => {
    expect(notes.map(noteMessage)).toEqual([
      '日期：“2023年8月17日”读作 2023-08-17',
      '预计办班时间：“2024年9月”读作 2024-09-01 至 2024-09-30',
      '日程第6行类型未填，按内容“课堂学习：案例研讨”推断为课堂学习',
    ]);
    expect(noteFinding(notes[0])).toEqual({ message: '日期：“2023年8月17日”读作 2023-08-17', data: { note: '日期：“2023年8月17日”读作 2023-08-17' } });
  });

  it('made later (allFindings) it has the message, data, keys and key order of the finding made at once, in Chinese and in English', () => {
    const later = allFindings(collectFindings(parsed, OPTIONS, [pack(normalised as Rule)]));
    const atOnce = runRule(normalised as Rule, buildContext(parsed, OPTIONS), commonParams.parse({}));
    expect(later.map(key)).toEqual(sortFindings(atOnce, parsed).map(key));
    expect(later.find((f) => f.cell === 'A4')).toEqual({
      ruleId: 'C-NORMALISED', severity: 'info', file: parsed.file, sheet: '日程表1', cell: 'A4',
      message: '日期：“2023年8月17日”读作 2023-08-17', projectKey: 'P1', data: { note: '日期：“2023年8月17日”读作 2023-08-17' },
    });
    expect(later.map((f) => findingText(f, 'en'))).toEqual(sortFindings(atOnce, parsed).map((f) => findingText(f, 'en')));
    // kept as notes until asked for: none of them is in the sorted list
    expect(collectFindings(parsed, OPTIONS, [pack(normalised as Rule)]).findings).toEqual([]);
  });

  it('a second note at the same cell and project is left out, as emit drops it; one of another project is kept', () => {
    const twice = workbook({
      notes: [notes[0], { ...notes[0], note: '又一条' }, { ...notes[0], projectKey: 'P2' }, { ...notes[0], projectKey: undefined }, { ...notes[0], projectKey: 'P2', note: 'P2 又一条' }, { ...notes[0], note: 'no project 又一条', projectKey: undefined }],
    });
    const later = allFindings(collectFindings(twice, OPTIONS, [pack(normalised as Rule)]));
    expect(later.map((f) => `${f.cell}|${f.projectKey}|${f.message}`)).toEqual([
      'A4|P1|日期：“2023年8月17日”读作 2023-08-17',
      'A4|P2|日期：“2023年8月17日”读作 2023-08-17',
      'A4|undefined|日期：“2023年8月17日”读作 2023-08-17',
    ]);
    expect(later.map(key)).toEqual(madeAtOnce([normalised as Rule], twice).map(key));
  });

  it('info left out (skipInfo): no notes kept, none made', () => {
    const c = collectFindings(parsed, { ...OPTIONS, skipInfo: true }, [pack(normalised as Rule)]);
    expect(allFindings(c)).toEqual([]);
    expect(countByRule(c).size).toBe(0);
  });
});

// ---------------------------------------------------------------- the merge, over generated findings

const SHEETS = ['需求表', '日程表', '其他'];
const RULE_IDS = ['A-RULE', 'C-NORMALISED', 'Z-RULE'];

interface Spot {
  sheet: number;
  row: number;
  col: number;
  project: number;
  address: number; // 0: a CellRef; 1: its address; 2: a range from it; 3: no cell
}
const spot = fc.record({ sheet: fc.nat(2), row: fc.nat(4), col: fc.nat(2), project: fc.nat(2), address: fc.nat(3) });
const pk = (n: number) => (n === 0 ? undefined : `P${n}`);

/** A rule emitting findings at the spots (ties with the notes included: same cell, even the same rule ID). */
function emitting(id: string, severity: Severity, spots: Spot[]): Rule {
  return {
    id, pack: 'common', severity, clause: id === 'Z-RULE' ? '' : '某通知 一',
    check(_ctx, _p, emit) {
      spots.forEach((s, i) => {
        const sheet = SHEETS[s.sheet];
        const a1 = `${String.fromCharCode(65 + s.col)}${s.row + 1}`;
        const ref = s.address === 0 ? { sheet, row: s.row, col: s.col } : { sheet, cell: s.address === 1 ? a1 : s.address === 2 ? `${a1}:D9` : '' };
        emit(ref, `${id} ${i}`, { projectKey: pk(s.project), ...(i % 3 === 0 ? { data: { i } } : {}) });
      });
    },
  };
}

/** A rule keeping notes (later) and emitting findings of its own at other cells, as C-NORMALISED does (emit.later's contract). */
function noting(notes: ReadNote[], own: Spot[]): Rule {
  const noted = new Set(notes.map((n) => `${n.ref.sheet}|${n.ref.row}|${n.ref.col}`));
  const inner = emitting('C-NORMALISED', 'info', own.filter((s) => s.address > 1 || !noted.has(`${SHEETS[s.sheet]}|${s.row}|${s.col}`)));
  return {
    id: 'C-NORMALISED', pack: 'common', severity: 'info', clause: '',
    check(ctx, p, emit) {
      const once = new Set<string>(); // (emit.later's contract: a cell and project once)
      for (const n of notes) {
        const k = `${n.ref.sheet}|${n.ref.row}|${n.ref.col}|${n.projectKey}`;
        if (once.has(k)) continue;
        once.add(k);
        if (emit.later) emit.later(n, noteFinding);
        else emit(n.ref, noteFinding(n).message, { projectKey: n.projectKey, data: noteFinding(n).data });
      }
      inner.check(ctx, p, emit);
    },
  };
}

const scenario = fc.record({
  before: fc.array(fc.record({ id: fc.constantFrom(...RULE_IDS), severity: fc.constantFrom<Severity>('error', 'warning', 'info'), spots: fc.array(spot, { maxLength: 8 }) }), { maxLength: 3 }),
  notes: fc.array(spot, { maxLength: 15 }),
  own: fc.array(spot, { maxLength: 4 }),
  after: fc.array(fc.record({ id: fc.constantFrom(...RULE_IDS), severity: fc.constantFrom<Severity>('error', 'warning', 'info'), spots: fc.array(spot, { maxLength: 8 }) }), { maxLength: 3 }),
  added: fc.array(spot, { maxLength: 5 }),
  known: fc.nat(3),
});

describe('the notes merged into their places (property)', () => {
  it('allFindings gives sortFindings of the whole list made at once; the counts are its counts; added findings go where sortFindings puts them', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const notes: ReadNote[] = s.notes.map((n, i) => ({ ref: { sheet: SHEETS[n.sheet], row: n.row, col: n.col }, ...(i % 2 ? { field: '日期' } : {}), note: `note ${i}`, projectKey: pk(n.project) }));
        const parsed = workbook({ recognition: SHEETS.slice(0, s.known).map((sheet) => ({ sheet, kind: 'schedule' as const, reason: '' })), notes });
        const rules = [...s.before.map((r) => emitting(r.id, r.severity, r.spots)), noting(notes, s.own), ...s.after.map((r) => emitting(r.id, r.severity, r.spots))];
        const c = collectFindings(parsed, OPTIONS, [pack(...rules)]);
        const expected = madeAtOnce(rules, parsed);
        expect(allFindings(c).map(key)).toEqual(expected.map(key));
        const n = counted(expected);
        expect(countByRule(c)).toEqual(n.byRule);
        expect(countBySeverity(c)).toEqual(n.bySeverity);
        // C-DUPLICATE across workbooks: added after the review, as sortFindings of the list with them last
        const added: Finding[] = [];
        emitting('C-NORMALISED', 'warning', s.added).check(buildContext(parsed, OPTIONS), {}, (ref, message, extra) => {
          added.push({ ruleId: 'C-NORMALISED', severity: 'warning', file: parsed.file, sheet: ref.sheet, cell: 'cell' in ref ? ref.cell : `${String.fromCharCode(65 + ref.col)}${ref.row + 1}`, message: `added ${message}`, ...(extra?.projectKey ? { projectKey: extra.projectKey } : {}) });
        });
        expect(allFindings(withFindings(c, added)).map(key)).toEqual(sortFindings([...expected, ...added], parsed).map(key));
      }),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------- the review's findings

describe('a review made from collected findings', () => {
  const notes: ReadNote[] = [
    { ref: { sheet: '需求表', row: 1, col: 3 }, field: '人数', note: '“20人”读作 20', projectKey: 'P1' },
    { ref: { sheet: '需求表', row: 1, col: 4 }, field: '天数', note: '“5天”读作 5', projectKey: 'P1' },
  ];
  const parsed = () => workbook({ file: 'a.xlsx', projects: [project({ key: 'P1' })], notes });

  it('its findings are made when first read, the same list the review made at once, and stay a plain list', () => {
    const r = reviewParsed(parsed(), OPTIONS);
    expect(findingsByRule(r).get('C-NORMALISED')).toBe(2);
    expect(findingsBySeverity(r).info).toBeGreaterThanOrEqual(2);
    const first = r.findings;
    expect(r.findings).toBe(first);
    expect(first.filter((f) => f.ruleId === 'C-NORMALISED').map((f) => `${f.cell} ${f.message}`)).toEqual(['D2 人数：“20人”读作 20', 'E2 天数：“5天”读作 5']);
    const n = counted(first);
    expect(findingsByRule(r)).toEqual(n.byRule);
    expect(findingsBySeverity(r)).toEqual(n.bySeverity);
  });

  it('written as JSON, sent to a worker (structured clone) or spread, it carries its findings, in the contract’s key order', () => {
    const made = reviewParsed(parsed(), OPTIONS);
    const plain = { parsed: made.parsed, findings: made.findings, projects: made.projects, packs: made.packs };
    for (const r of [reviewParsed(parsed(), OPTIONS), reviewParsed(parsed(), OPTIONS), reviewParsed(parsed(), OPTIONS)]) {
      expect(Object.keys(r)).toEqual(['parsed', 'findings', 'projects', 'packs']);
    }
    expect(JSON.stringify(reviewParsed(parsed(), OPTIONS))).toBe(JSON.stringify(plain));
    expect(v8.deserialize(v8.serialize(reviewParsed(parsed(), OPTIONS))).findings).toEqual(plain.findings);
    expect({ ...reviewParsed(parsed(), OPTIONS) }.findings).toEqual(plain.findings);
  });

  it('a list set in its place is the list it holds (and is counted)', () => {
    const r = reviewParsed(parsed(), OPTIONS);
    const only: Finding[] = [{ ruleId: 'X', severity: 'error', file: 'a.xlsx', sheet: '需求表', cell: 'A1', message: 'x' }];
    r.findings = only;
    expect(r.findings).toBe(only);
    expect(findingsByRule(r)).toEqual(new Map([['X', 1]]));
    expect(findingsBySeverity(r)).toEqual({ error: 1, warning: 0, info: 0 });
  });

  it('C-DUPLICATE across workbooks lands in the later one’s list in the place sortFindings gives, before or after its findings are made', () => {
    const wb = (file: string) => workbook({ file, projects: [project({ key: 'P1' })], notes });
    const lazy = [reviewParsed(wb('a.xlsx'), OPTIONS), reviewParsed(wb('b.xlsx'), OPTIONS)];
    const eager = [reviewParsed(wb('a.xlsx'), OPTIONS), reviewParsed(wb('b.xlsx'), OPTIONS)];
    const before = eager.map((r) => r.findings);
    crossDuplicates(lazy);
    crossDuplicates(eager);
    expect(findingsByRule(lazy[1]).get('C-DUPLICATE')).toBe(1);
    expect(lazy.map((r) => r.findings)).toEqual(eager.map((r) => r.findings));
    const dup = eager[1].findings.find((f) => f.ruleId === 'C-DUPLICATE')!;
    expect(eager[1].findings).toEqual(sortFindings([...before[1], dup], eager[1].parsed));
    expect(lazy[0].findings).toEqual(before[0]);
  });

  it('workbookReview without packs has no packs key', () => {
    const p = parsed();
    const r = workbookReview(p, collectFindings(p, OPTIONS), []);
    expect(Object.keys(r)).toEqual(['parsed', 'findings', 'projects']);
    expect(r.findings.map((f) => f.ruleId)).toContain('C-NORMALISED');
  });
});
