/**
 * Marks findings in place without touching the cells' own values or formats, and removes exactly
 * what it added.
 *
 * - Colour: conditional formats the add-in owns — a custom rule whose formula is MARK_FORMULA (always
 *   TRUE, and a signature no user rule has), one per sheet × severity × address chunk (multi-area
 *   ranges, ExcelApi 1.9; below that one per block of cells). The cells' fills and fonts are never set.
 * - Text: a note (ExcelApi 1.18) or else a comment (1.10) per marked cell, `[ruleId] message（clause）`
 *   per finding; cells that already carry the user's own note/comment are left alone.
 * - The 审核结果 sheet lists every finding with a link to its cell.
 * - What was added is recorded in `workbook.settings` under RECORD_KEY (see docs/EXCEL.md); clearing
 *   deletes recorded notes/comments/sheets and every conditional format carrying MARK_FORMULA (so a
 *   mark copied elsewhere by the user goes too), then deletes the record. A re-run clears first.
 * Requests go through a Batcher: syncs grow with chunks of data, not with the number of findings.
 */
import { z } from 'zod';
import type { Finding, Severity } from '../../core/model/findings';
import { SEVERITY_LABEL } from '../../core/model/findings';
import type { MergeArea } from '../../core/grid';
import type { ProgressFn } from '../host';
import { Batcher, type SyncBudget, DEFAULT_BUDGET, utf8Bytes, valuesBytes } from './batcher';
import type { FeatureSet } from './capabilities';
import { cellsToRects, documentReference, parseRect, rectToA1, splitAddresses } from './addresses';
import { excelError } from './env';

/** Always TRUE; the string makes the rule recognisably the add-in's own. */
export const MARK_FORMULA = '=ISTEXT("peixun-review-mark")';
export const RECORD_KEY = 'peixun.marks';
export const RESULT_SHEET = '审核结果';
export const RESULT_HEADER = ['序号', '严重程度', '规则', '工作表', '单元格', '说明', '条款'];
/** Rows per values request on the 审核结果 sheet. */
export const RESULT_ROWS_PER_REQUEST = 1000;

export const MARK_COLORS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: '#FFC7CE', font: '#9C0006' },
  warning: { fill: '#FFEB9C', font: '#9C5700' },
  info: { fill: '#DDEBF7', font: '#1F4E78' },
};

const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
/** Excel keeps at most 32 767 characters in a cell; notes are kept shorter to stay readable. */
export const MAX_CELL_TEXT = 32_000;
export const MAX_NOTE_TEXT = 8_000;
/** The 审核结果 sheet's header fill and column widths (characters). */
export const RESULT_HEADER_FILL = '#D9D9D9';
export const RESULT_WIDTHS = [6, 8, 16, 16, 10, 80, 30];

export const MarkRecordSchema = z.object({
  version: z.literal(1),
  at: z.string(),
  /** Conditional formats added, by sheet id (ids are informative: MARK_FORMULA identifies them). */
  conditionalFormats: z.array(z.object({ sheetId: z.string(), ids: z.array(z.string()) })),
  /** Comment ids (ExcelApi 1.10 comments). */
  comments: z.array(z.string()),
  /** Notes (ExcelApi 1.18) by sheet id and cell. */
  notes: z.array(z.object({ sheetId: z.string(), cells: z.array(z.string()) })),
  /** Sheets the add-in created (审核结果); id null while not yet known. */
  sheets: z.array(z.object({ id: z.string().nullable(), name: z.string() })),
});
export type MarkRecord = z.infer<typeof MarkRecordSchema>;

export interface MarkOptions {
  features: FeatureSet;
  includeInfo: boolean;
  onProgress?: ProgressFn;
  budget?: SyncBudget;
  now?: () => Date;
}

export interface MarkReport {
  /** Cells coloured. */
  markedCells: number;
  /** Notes or comments written. */
  notes: number;
  /** Cells that kept the user's own note/comment (their findings are in 审核结果 only). */
  skippedNotes: number;
  /** Findings whose sheet or cell is not in this workbook (listed without a link). */
  unlinked: number;
  resultSheet: string;
  notesKind: 'notes' | 'comments' | 'none';
}

interface SheetRef {
  id: string;
  name: string;
  ws: Excel.Worksheet;
}

interface Inspection {
  sheets: SheetRef[];
  record: MarkRecord | null;
  ownCFs: Excel.ConditionalFormat[];
  recordedComments: Excel.Comment[];
  recordedNotes: Excel.Note[];
  /** `${sheetId}!${A1}` of cells holding a note/comment the add-in did not record. */
  foreignNoteCells: Set<string>;
  recordSetting: Excel.Setting;
}

function notesKind(f: FeatureSet): 'notes' | 'comments' | 'none' {
  return f.notes ? 'notes' : f.comments ? 'comments' : 'none';
}

/** Reads the record and finds what the add-in owns: 2 syncs, 3 when custom conditional formats exist. */
async function inspect(
  ctx: Excel.RequestContext,
  features: FeatureSet,
  /** Cells (by sheet id) that will get a note: told the sheets' name → id once they are loaded. */
  targetsFor: (idsByName: Map<string, string>) => Map<string, Set<string>>,
  budget: SyncBudget = DEFAULT_BUDGET,
): Promise<Inspection> {
  const kind = notesKind(features);
  const wb = ctx.workbook;
  const setting = wb.settings.getItemOrNullObject(RECORD_KEY);
  setting.load('value');
  const wsc = wb.worksheets;
  wsc.load('items/name,items/id');
  const comments = kind === 'comments' ? wb.comments : null;
  comments?.load('items/id');
  await ctx.sync();

  const sheets: SheetRef[] = wsc.items.map((ws) => ({ id: ws.id, name: ws.name, ws }));
  const byName = new Map(sheets.map((s) => [s.name, s]));
  const byId = new Map(sheets.map((s) => [s.id, s]));
  const record = parseRecord(setting.isNullObject ? null : setting.value);
  const targets = targetsFor(new Map(sheets.map((s) => [s.name, s.id])));

  // Sync 2 (more only for very many notes): conditional formats of every sheet; where notes and
  // the user's comments sit. Probes go through a Batcher so a large re-run stays under the payload limit.
  const probeBatch = new Batcher(ctx, budget);
  const cfLists: Excel.ConditionalFormatCollection[] = [];
  for (const s of sheets) {
    await probeBatch.reserve(60);
    const c = s.ws.getRange().conditionalFormats;
    c.load('items/id,items/type');
    cfLists.push(c);
  }
  const recordedNoteCells = new Set<string>();
  for (const n of record?.notes ?? []) for (const cell of n.cells) recordedNoteCells.add(`${n.sheetId}!${cell}`);
  const noteProbes: { key: string; note: Excel.Note }[] = [];
  if (kind === 'notes') {
    const probe = new Set<string>([...recordedNoteCells]);
    for (const [sheetId, cells] of targets) for (const c of cells) probe.add(`${sheetId}!${c}`);
    for (const k of probe) {
      const bang = k.indexOf('!');
      const s = byId.get(k.slice(0, bang));
      if (!s) continue;
      await probeBatch.reserve(60);
      const note = s.ws.notes.getItemOrNullObject(k.slice(bang + 1));
      note.load('content');
      noteProbes.push({ key: k, note });
    }
  }
  const recordedCommentIds = new Set(record?.comments ?? []);
  const commentLocations: { comment: Excel.Comment; loc: Excel.Range | null }[] = [];
  if (comments)
    for (const c of comments.items) {
      // Only the user's comments need a location (to leave their cells alone).
      if (recordedCommentIds.has(c.id)) {
        commentLocations.push({ comment: c, loc: null });
        continue;
      }
      await probeBatch.reserve(60);
      const loc = c.getLocation();
      loc.load('address');
      commentLocations.push({ comment: c, loc });
    }
  await probeBatch.flush();

  const custom: Excel.ConditionalFormat[] = [];
  for (const list of cfLists) for (const cf of list.items) if (cf.type === 'Custom') custom.push(cf);
  const rules = custom.map((cf) => {
    const rule = cf.custom.rule;
    rule.load('formula');
    return rule;
  });
  if (rules.length) await ctx.sync();
  const ownCFs = custom.filter((_, i) => isMarkFormula(rules[i].formula));

  const foreign = new Set<string>();
  const recordedNotes: Excel.Note[] = [];
  for (const p of noteProbes) {
    if (p.note.isNullObject) continue;
    if (recordedNoteCells.has(p.key)) recordedNotes.push(p.note);
    else foreign.add(p.key);
  }
  const recordedComments: Excel.Comment[] = [];
  for (const { comment, loc } of commentLocations) {
    if (!loc) recordedComments.push(comment);
    else {
      const at = splitSheetAddress(loc.address);
      const s = at && byName.get(at.sheet);
      if (s && at) foreign.add(`${s.id}!${at.cell}`);
    }
  }
  return { sheets, record, ownCFs, recordedComments, recordedNotes, foreignNoteCells: foreign, recordSetting: setting };
}

export function isMarkFormula(f: string | undefined): boolean {
  return !!f && f.replace(/\s+/g, '').toLowerCase() === MARK_FORMULA.replace(/\s+/g, '').toLowerCase();
}

export function parseRecord(value: unknown): MarkRecord | null {
  if (value === null || value === undefined) return null;
  let v = value;
  if (typeof v === 'string') {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  const r = MarkRecordSchema.safeParse(v);
  return r.success ? r.data : null;
}

/** `Sheet1!B3` / `'日程 表'!B3` → { sheet, cell }. */
export function splitSheetAddress(address: string): { sheet: string; cell: string } | null {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = address.slice(bang + 1).replace(/\$/g, '').split(':')[0];
  return { sheet, cell };
}

/** Queues the deletion of everything the add-in owns (from an inspection). */
async function queueDeletes(ctx: Excel.RequestContext, ins: Inspection, batch: Batcher): Promise<void> {
  for (const cf of ins.ownCFs) {
    await batch.reserve(40);
    cf.delete();
  }
  for (const c of ins.recordedComments) {
    await batch.reserve(40);
    c.delete();
  }
  for (const n of ins.recordedNotes) {
    await batch.reserve(40);
    n.delete();
  }
  for (const rs of ins.record?.sheets ?? []) {
    const s = ins.sheets.find((x) => (rs.id ? x.id === rs.id : x.name === rs.name));
    if (!s) continue;
    await batch.reserve(40);
    s.ws.delete();
  }
  void ctx;
}

/** Removes every mark the record (and MARK_FORMULA) names; the workbook is then as before. */
export async function clearMarks(ctx: Excel.RequestContext, opts: { features: FeatureSet; budget?: SyncBudget }): Promise<void> {
  try {
    const ins = await inspect(ctx, opts.features, () => new Map(), opts.budget);
    const batch = new Batcher(ctx, opts.budget ?? DEFAULT_BUDGET);
    await queueDeletes(ctx, ins, batch);
    if (!ins.recordSetting.isNullObject) {
      await batch.reserve(40);
      ins.recordSetting.delete();
    }
    await batch.flush();
  } catch (e) {
    throw excelError('清除标记', e);
  }
}

interface CellMark {
  sheet: SheetRef;
  rect: MergeArea;
  severity: Severity;
}

/** Replaces earlier marks with marks for these findings and writes the 审核结果 sheet. */
export async function applyMarks(ctx: Excel.RequestContext, findings: Finding[], opts: MarkOptions): Promise<MarkReport> {
  const progress = opts.onProgress ?? (() => undefined);
  const kind = notesKind(opts.features);
  try {
    progress({ fraction: 0, step: '检查已有标记…' });
    const markable = findings.filter((f) => f.severity !== 'info' || opts.includeInfo);
    const noteTexts = new Map<string, { sheetId: string; cell: string; lines: string[] }>();
    const ins = await inspect(ctx, opts.features, (ids) => {
      for (const f of markable) {
        const s = ids.get(f.sheet);
        const r = s ? parseRect(f.cell) : null;
        if (!s || !r) continue;
        const cell = rectToA1({ r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 });
        const k = `${s}!${cell}`;
        const entry = noteTexts.get(k) ?? { sheetId: s, cell, lines: [] };
        entry.lines.push(noteLine(f));
        noteTexts.set(k, entry);
      }
      const targets = new Map<string, Set<string>>();
      if (kind === 'notes') for (const n of noteTexts.values()) targets.set(n.sheetId, (targets.get(n.sheetId) ?? new Set()).add(n.cell));
      return targets;
    }, opts.budget);
    const byName = new Map(ins.sheets.map((s) => [s.name, s]));
    const batch = new Batcher(ctx, opts.budget ?? DEFAULT_BUDGET);
    const report: MarkReport = { markedCells: 0, notes: 0, skippedNotes: 0, unlinked: 0, resultSheet: '', notesKind: kind };

    // Result sheet name: free once the add-in's old sheets are gone.
    const oldSheetIds = new Set((ins.record?.sheets ?? []).map((s) => s.id ?? `name:${s.name}`));
    const taken = new Set(
      ins.sheets.filter((s) => !oldSheetIds.has(s.id) && !oldSheetIds.has(`name:${s.name}`)).map((s) => s.name.toLowerCase()),
    );
    let resultName = RESULT_SHEET;
    for (let i = 2; taken.has(resultName.toLowerCase()); i++) resultName = `${RESULT_SHEET} (${i})`;
    report.resultSheet = resultName;

    // Provisional record first: if anything below fails, 清除标记 still finds what was added.
    const provisional: MarkRecord = {
      version: 1,
      at: (opts.now ?? (() => new Date()))().toISOString(),
      conditionalFormats: ins.record?.conditionalFormats ?? [],
      comments: ins.record?.comments ?? [],
      notes: mergeNotes(ins.record?.notes ?? [], kind === 'notes' ? [...noteTexts.values()] : []),
      sheets: [...(ins.record?.sheets ?? []), { id: null, name: resultName }],
    };
    await batch.reserve(utf8Bytes(JSON.stringify(provisional)));
    ctx.workbook.settings.add(RECORD_KEY, JSON.stringify(provisional));

    progress({ fraction: 0.1, step: '清除上次的标记…' });
    await queueDeletes(ctx, ins, batch);

    // Conditional formats: group cells per sheet and severity (a cell keeps its highest severity).
    progress({ fraction: 0.2, step: '标记单元格…' });
    const marks: CellMark[] = [];
    for (const f of markable) {
      const refs = [{ sheet: f.sheet, cell: f.cell }, ...(f.related ?? [])];
      for (const ref of refs) {
        const s = byName.get(ref.sheet);
        const r = s ? parseRect(ref.cell) : null;
        if (s && r) marks.push({ sheet: s, rect: r, severity: f.severity });
      }
    }
    const cfRecord = new Map<string, string[]>();
    const grouped = groupMarks(marks);
    for (const g of grouped) {
      report.markedCells += g.cellCount;
      const addresses = opts.features.multiAreaMarks ? splitAddresses(g.rects) : g.rects.map(rectToA1);
      for (const address of addresses) {
        await batch.reserve(address.length + 120, 6);
        const target = opts.features.multiAreaMarks ? g.sheet.ws.getRanges(address) : g.sheet.ws.getRange(address);
        const cf = target.conditionalFormats.add('Custom');
        cf.custom.rule.formula = MARK_FORMULA;
        cf.custom.format.fill.color = MARK_COLORS[g.severity].fill;
        cf.custom.format.font.color = MARK_COLORS[g.severity].font;
        cf.load('id');
        batch.onSynced(() => {
          const ids = cfRecord.get(g.sheet.id) ?? [];
          ids.push(cf.id);
          cfRecord.set(g.sheet.id, ids);
        });
      }
    }

    // Notes or comments.
    const commentIds: string[] = [];
    const notesWritten: { sheetId: string; cell: string }[] = [];
    if (kind !== 'none') {
      progress({ fraction: 0.4, step: kind === 'notes' ? '写入备注…' : '写入批注…' });
      const byId = new Map(ins.sheets.map((s) => [s.id, s]));
      for (const n of noteTexts.values()) {
        if (ins.foreignNoteCells.has(`${n.sheetId}!${n.cell}`)) {
          report.skippedNotes++;
          continue;
        }
        const s = byId.get(n.sheetId);
        if (!s) continue;
        const text = clip(n.lines.join('\n'), MAX_NOTE_TEXT);
        await batch.reserve(utf8Bytes(text) + n.cell.length + 40, kind === 'comments' ? 2 : 1);
        if (kind === 'notes') {
          s.ws.notes.add(n.cell, text);
          notesWritten.push({ sheetId: n.sheetId, cell: n.cell });
        } else {
          const c = ctx.workbook.comments.add(s.ws.getRange(n.cell), text);
          c.load('id');
          batch.onSynced(() => commentIds.push(c.id));
        }
        report.notes++;
      }
    }

    // The 审核结果 sheet.
    progress({ fraction: 0.6, step: `写入“${resultName}”工作表…` });
    await batch.reserve(200, 12);
    const rs = ctx.workbook.worksheets.add(resultName);
    rs.load('id');
    const header = rs.getRangeByIndexes(0, 0, 1, RESULT_HEADER.length);
    header.numberFormat = [RESULT_HEADER.map(() => '@')];
    header.values = [RESULT_HEADER];
    header.format.font.bold = true;
    header.format.fill.color = RESULT_HEADER_FILL;
    rs.freezePanes.freezeRows(1);
    RESULT_WIDTHS.forEach((w, c) => (rs.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w * 7));
    for (let i = 0; i < findings.length; i += RESULT_ROWS_PER_REQUEST) {
      const chunk = findings.slice(i, i + RESULT_ROWS_PER_REQUEST);
      const rows = chunk.map((f, k) => [
        i + k + 1,
        SEVERITY_LABEL[f.severity],
        clip(f.ruleId, MAX_CELL_TEXT),
        clip(f.sheet, MAX_CELL_TEXT),
        clip(f.cell, MAX_CELL_TEXT),
        clip(f.message, MAX_CELL_TEXT),
        clip(f.clause ?? '', MAX_CELL_TEXT),
      ]);
      // Text format before values: text from findings (sheet names, messages) never becomes a formula.
      const formats = chunk.map(() => ['0', '@', '@', '@', '@', '@', '@']);
      await batch.reserve(valuesBytes(rows) + valuesBytes(formats), 2);
      const range = rs.getRangeByIndexes(1 + i, 0, chunk.length, RESULT_HEADER.length);
      range.numberFormat = formats;
      range.values = rows;
      for (let k = 0; k < chunk.length; k++) {
        const f = chunk[k];
        const ref = byName.has(f.sheet) ? documentReference(f.sheet, f.cell) : null;
        if (!ref) {
          report.unlinked++;
          continue;
        }
        const hyperlink = { documentReference: ref, textToDisplay: f.cell, screenTip: `转到 ${f.sheet} ${f.cell}` };
        await batch.reserve(utf8Bytes(JSON.stringify(hyperlink)));
        rs.getRangeByIndexes(1 + i + k, 4, 1, 1).hyperlink = hyperlink;
      }
      progress({ fraction: 0.6 + (0.35 * (i + chunk.length)) / Math.max(1, findings.length), step: `写入“${resultName}”工作表…` });
    }
    await batch.flush();

    // Final record, with the ids Excel gave.
    const record: MarkRecord = {
      version: 1,
      at: provisional.at,
      conditionalFormats: [...cfRecord].map(([sheetId, ids]) => ({ sheetId, ids })),
      comments: commentIds,
      notes: mergeNotes([], notesWritten.map((n) => ({ sheetId: n.sheetId, cell: n.cell, lines: [] }))),
      sheets: [{ id: rs.id, name: resultName }],
    };
    ctx.workbook.settings.add(RECORD_KEY, JSON.stringify(record));
    await ctx.sync();
    progress({ fraction: 1, step: '标记完成' });
    return report;
  } catch (e) {
    throw excelError('标记审核结果', e);
  }
}

function mergeNotes(a: MarkRecord['notes'], add: { sheetId: string; cell: string }[]): MarkRecord['notes'] {
  const m = new Map<string, Set<string>>();
  for (const n of a) m.set(n.sheetId, new Set(n.cells));
  for (const n of add) m.set(n.sheetId, (m.get(n.sheetId) ?? new Set()).add(n.cell));
  return [...m].map(([sheetId, cells]) => ({ sheetId, cells: [...cells] }));
}

/** `[ruleId] message（clause）`; the clause is not repeated when the message already names it. */
export function noteLine(f: Finding): string {
  const clause = f.clause && !f.message.includes(f.clause) ? `（${f.clause}）` : '';
  return `[${f.ruleId}] ${f.message}${clause}`;
}

export function clip(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

/** Groups marks per sheet × severity; single cells keep only their highest severity and are compacted into runs. */
export function groupMarks(marks: CellMark[]): { sheet: SheetRef; severity: Severity; rects: MergeArea[]; cellCount: number }[] {
  const best = new Map<string, CellMark>();
  const blocks: CellMark[] = [];
  for (const m of marks) {
    if (m.rect.r0 === m.rect.r1 && m.rect.c0 === m.rect.c1) {
      const k = `${m.sheet.id}!${m.rect.r0},${m.rect.c0}`;
      const cur = best.get(k);
      if (!cur || SEVERITY_RANK[m.severity] > SEVERITY_RANK[cur.severity]) best.set(k, m);
    } else blocks.push(m);
  }
  const groups = new Map<string, { sheet: SheetRef; severity: Severity; cells: { row: number; col: number }[]; blocks: MergeArea[] }>();
  const group = (m: CellMark) => {
    const k = `${m.sheet.id}|${m.severity}`;
    let g = groups.get(k);
    if (!g) groups.set(k, (g = { sheet: m.sheet, severity: m.severity, cells: [], blocks: [] }));
    return g;
  };
  for (const m of best.values()) group(m).cells.push({ row: m.rect.r0, col: m.rect.c0 });
  for (const m of blocks) group(m).blocks.push(m.rect);
  // Lower severities first: a conditional format added later takes precedence where they overlap.
  return [...groups.values()]
    .sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    .map((g) => ({
      sheet: g.sheet,
      severity: g.severity,
      rects: [...cellsToRects(g.cells), ...g.blocks],
      cellCount: g.cells.length + g.blocks.reduce((n, r) => n + (r.r1 - r.r0 + 1) * (r.c1 - r.c0 + 1), 0),
    }));
}
