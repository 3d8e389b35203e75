/**
 * Marks findings in place without touching the cells' own values or formats, and removes exactly
 * what it added, whichever Excel version added it.
 *
 * - Colour: conditional formats the add-in owns — a custom rule whose formula is MARK_FORMULA (always
 *   TRUE, and a signature no user rule has), one per sheet × severity × address chunk (multi-area
 *   ranges, ExcelApi 1.9; below that one per block of cells). The cells' fills and fonts are never set.
 * - Text: a note (ExcelApi 1.18) or else a comment (1.10) per marked cell, `[ruleId] message（clause）`
 *   per finding; cells that already carry the user's own note/comment are left alone.
 * - The 审核结果 sheet (src/core/report/results.ts, rendered by sheets.ts) lists every finding with a link.
 * - What was added is recorded in `workbook.settings` under RECORD_KEY (see docs/EXCEL.md). Clearing
 *   deletes every recorded note AND comment this Excel can reach (a workbook marked on 1.10 and cleared
 *   on 1.18 loses its comments too), every conditional format carrying MARK_FORMULA and the recorded
 *   sheets; what this version cannot reach (notes on 1.10, comments and notes on 1.7) stays in the
 *   record, so a later clear on a newer Excel still finds it. A re-run clears first and keeps that rest.
 * Requests go through a Batcher: syncs grow with chunks of data, not with the number of findings.
 */
import { z } from 'zod';
import type { Finding, Severity } from '../../core';
import { MARK_COLORS as COLORS, hashColor } from '../../core';
import { RESULT_HEADERS, RESULT_SHEET, resultsSheet } from '../../core';
import type { ProgressFn } from '../host';
import { Batcher, type SyncBudget, DEFAULT_BUDGET, utf8Bytes } from './batcher';
import type { FeatureSet } from './capabilities';
import { parseRect, rectToA1, splitAddresses } from '../common/addresses';
import { MARK_FORMULA, clip, groupMarks, isMarkFormula, noteLine, type CellMark as Mark } from '../common/marks';
import { excelError } from './env';
import { renderSheet } from './sheets';

export const RECORD_KEY = 'peixun.marks';
export { RESULT_SHEET };
export const RESULT_HEADER = RESULT_HEADERS;

/** The report model's mark colours as Office.js takes them (`#RRGGBB`). */
export const MARK_COLORS: Record<Severity, { fill: string; font: string }> = {
  error: { fill: hashColor(COLORS.error.fill), font: hashColor(COLORS.error.font) },
  warning: { fill: hashColor(COLORS.warning.fill), font: hashColor(COLORS.warning.font) },
  info: { fill: hashColor(COLORS.info.fill), font: hashColor(COLORS.info.font) },
};

/** Notes are kept shorter than a cell's 32 767 characters to stay readable. */
const MAX_NOTE_TEXT = 8_000;

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
  /** Notes/comments an earlier run wrote that this Excel version cannot delete (kept in the record for a newer one). */
  unreachable: number;
}

export interface ClearReport {
  /** Notes/comments left because this Excel version cannot delete them (still recorded). */
  unreachable: number;
}

type CellMark = Mark<SheetRef>;

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
  /** `${sheetId}!${A1}` of cells holding a note/comment (of the kind about to be written) the add-in did not record. */
  foreignNoteCells: Set<string>;
  /** What the record names that this version cannot reach: kept in the next record. */
  unreachable: Pick<MarkRecord, 'comments' | 'notes'>;
  recordSetting: Excel.Setting;
}

function notesKind(f: FeatureSet): 'notes' | 'comments' | 'none' {
  return f.notes ? 'notes' : f.comments ? 'comments' : 'none';
}

/**
 * Reads the record and finds what the add-in owns, of every kind this version can reach (comments
 * from 1.10, notes from 1.18, whichever kind it writes itself): 2 syncs, 3 when custom conditional formats exist.
 */
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
  const comments = features.comments ? wb.comments : null;
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
  if (features.notes) {
    const probe = new Set<string>([...recordedNoteCells]);
    if (kind === 'notes') for (const [sheetId, cells] of targets) for (const c of cells) probe.add(`${sheetId}!${c}`);
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
      if (recordedCommentIds.has(c.id)) {
        commentLocations.push({ comment: c, loc: null });
        continue;
      }
      // Only where comments are written do the user's comments need a location (to leave their cells alone).
      if (kind !== 'comments') continue;
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
  // What this version cannot see stays recorded (a note on a sheet since deleted is gone with it).
  const unreachable = {
    comments: features.comments ? [] : [...recordedCommentIds],
    notes: features.notes ? [] : (record?.notes ?? []).filter((n) => byId.has(n.sheetId)),
  };
  return { sheets, record, ownCFs, recordedComments, recordedNotes, foreignNoteCells: foreign, unreachable, recordSetting: setting };
}

function unreachableCount(u: Inspection['unreachable']): number {
  return u.comments.length + u.notes.reduce((n, x) => n + x.cells.length, 0);
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

/** Removes every mark the record (and MARK_FORMULA) names; the workbook is then as before, but for what this version cannot reach (still recorded). */
export async function clearMarks(ctx: Excel.RequestContext, opts: { features: FeatureSet; budget?: SyncBudget; now?: () => Date }): Promise<ClearReport> {
  try {
    const ins = await inspect(ctx, opts.features, () => new Map(), opts.budget);
    const batch = new Batcher(ctx, opts.budget ?? DEFAULT_BUDGET);
    await queueDeletes(ctx, ins, batch);
    const left = unreachableCount(ins.unreachable);
    if (left > 0) {
      const rest: MarkRecord = { version: 1, at: ins.record?.at ?? now(opts), conditionalFormats: [], sheets: [], ...ins.unreachable };
      await batch.reserve(utf8Bytes(JSON.stringify(rest)));
      ctx.workbook.settings.add(RECORD_KEY, JSON.stringify(rest));
    } else if (!ins.recordSetting.isNullObject) {
      await batch.reserve(40);
      ins.recordSetting.delete();
    }
    await batch.flush();
    return { unreachable: left };
  } catch (e) {
    throw excelError('清除标记', e);
  }
}

function now(opts: { now?: () => Date }): string {
  return (opts.now ?? (() => new Date()))().toISOString();
}

type NoteTexts = Map<string, { sheetId: string; cell: string; lines: string[] }>;

/** Step 1: the note text of each marked cell (first cell of the finding's range), by `${sheetId}!${A1}`. */
function collectNoteTexts(markable: Finding[], idsByName: Map<string, string>, into: NoteTexts): void {
  for (const f of markable) {
    const s = idsByName.get(f.sheet);
    const r = s ? parseRect(f.cell) : null;
    if (!s || !r) continue;
    const cell = rectToA1({ r0: r.r0, c0: r.c0, r1: r.r0, c1: r.c0 });
    const k = `${s}!${cell}`;
    const entry = into.get(k) ?? { sheetId: s, cell, lines: [] };
    entry.lines.push(noteLine(f));
    into.set(k, entry);
  }
}

/** Step 2: a name for the result sheet, free once the add-in's old sheets are gone. */
function freeResultName(ins: Inspection): string {
  const oldSheetIds = new Set((ins.record?.sheets ?? []).map((s) => s.id ?? `name:${s.name}`));
  const taken = new Set(ins.sheets.filter((s) => !oldSheetIds.has(s.id) && !oldSheetIds.has(`name:${s.name}`)).map((s) => s.name.toLowerCase()));
  let name = RESULT_SHEET;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${RESULT_SHEET} (${i})`;
  return name;
}

/** Step 3: the provisional record, written first — if anything below fails, 清除标记 still finds what was added. */
async function writeProvisionalRecord(ctx: Excel.RequestContext, ins: Inspection, at: string, notes: { sheetId: string; cell: string }[], resultName: string, batch: Batcher): Promise<void> {
  const provisional: MarkRecord = {
    version: 1,
    at,
    conditionalFormats: ins.record?.conditionalFormats ?? [],
    comments: ins.record?.comments ?? [],
    notes: mergeNotes(ins.record?.notes ?? [], notes),
    sheets: [...(ins.record?.sheets ?? []), { id: null, name: resultName }],
  };
  await batch.reserve(utf8Bytes(JSON.stringify(provisional)));
  ctx.workbook.settings.add(RECORD_KEY, JSON.stringify(provisional));
}

/** Step 4: conditional formats, per sheet and severity (a cell keeps its highest severity); ids by sheet once synced. */
async function addColourMarks(markable: Finding[], byName: Map<string, SheetRef>, features: FeatureSet, batch: Batcher): Promise<{ cells: number; ids: Map<string, string[]> }> {
  const marks: CellMark[] = [];
  for (const f of markable) {
    for (const ref of [{ sheet: f.sheet, cell: f.cell }, ...(f.related ?? [])]) {
      const s = byName.get(ref.sheet);
      const r = s ? parseRect(ref.cell) : null;
      if (s && r) marks.push({ sheet: s, rect: r, severity: f.severity });
    }
  }
  const ids = new Map<string, string[]>();
  let cells = 0;
  for (const g of groupMarks(marks)) {
    cells += g.cellCount;
    const addresses = features.multiAreaMarks ? splitAddresses(g.rects) : g.rects.map(rectToA1);
    for (const address of addresses) {
      await batch.reserve(address.length + 120, 6);
      const target = features.multiAreaMarks ? g.sheet.ws.getRanges(address) : g.sheet.ws.getRange(address);
      const cf = target.conditionalFormats.add('Custom');
      cf.custom.rule.formula = MARK_FORMULA;
      cf.custom.format.fill.color = MARK_COLORS[g.severity].fill;
      cf.custom.format.font.color = MARK_COLORS[g.severity].font;
      cf.load('id');
      batch.onSynced(() => ids.set(g.sheet.id, [...(ids.get(g.sheet.id) ?? []), cf.id]));
    }
  }
  return { cells, ids };
}

/** Step 5: a note (1.18) or comment (1.10) per marked cell, except where the user has one of their own. */
async function addNoteMarks(
  ctx: Excel.RequestContext,
  kind: 'notes' | 'comments',
  texts: NoteTexts,
  ins: Inspection,
  batch: Batcher,
): Promise<{ written: number; skipped: number; comments: string[]; notes: { sheetId: string; cell: string }[] }> {
  const out = { written: 0, skipped: 0, comments: [] as string[], notes: [] as { sheetId: string; cell: string }[] };
  const byId = new Map(ins.sheets.map((s) => [s.id, s]));
  for (const n of texts.values()) {
    if (ins.foreignNoteCells.has(`${n.sheetId}!${n.cell}`)) {
      out.skipped++;
      continue;
    }
    const s = byId.get(n.sheetId);
    if (!s) continue;
    const text = clip(n.lines.join('\n'), MAX_NOTE_TEXT);
    await batch.reserve(utf8Bytes(text) + n.cell.length + 40, kind === 'comments' ? 2 : 1);
    if (kind === 'notes') {
      s.ws.notes.add(n.cell, text);
      out.notes.push({ sheetId: n.sheetId, cell: n.cell });
    } else {
      const c = ctx.workbook.comments.add(s.ws.getRange(n.cell), text);
      c.load('id');
      batch.onSynced(() => out.comments.push(c.id));
    }
    out.written++;
  }
  return out;
}

/** Step 6: the 审核结果 sheet of the report model, rendered; returns the sheet and the findings listed without a link. */
async function addResultSheet(
  ctx: Excel.RequestContext,
  findings: Finding[],
  name: string,
  byName: Map<string, SheetRef>,
  features: FeatureSet,
  batch: Batcher,
): Promise<{ ws: Excel.Worksheet; unlinked: number }> {
  await batch.reserve(200, 12);
  const ws = ctx.workbook.worksheets.add(name);
  ws.load('id');
  const sheet = resultsSheet(findings, (s) => (byName.has(s) ? s : null), name);
  await renderSheet(ws, sheet, batch, { pageLayout: features.printSetup });
  return { ws, unlinked: findings.length - (sheet.links?.length ?? 0) };
}

/** Replaces earlier marks with marks for these findings and writes the 审核结果 sheet. */
export async function applyMarks(ctx: Excel.RequestContext, findings: Finding[], opts: MarkOptions): Promise<MarkReport> {
  const progress = opts.onProgress ?? (() => undefined);
  const kind = notesKind(opts.features);
  try {
    progress({ fraction: 0, step: '检查已有标记…' });
    const markable = findings.filter((f) => f.severity !== 'info' || opts.includeInfo);
    const noteTexts: NoteTexts = new Map();
    const ins = await inspect(
      ctx,
      opts.features,
      (ids) => {
        collectNoteTexts(markable, ids, noteTexts);
        const targets = new Map<string, Set<string>>();
        if (kind === 'notes') for (const n of noteTexts.values()) targets.set(n.sheetId, (targets.get(n.sheetId) ?? new Set()).add(n.cell));
        return targets;
      },
      opts.budget,
    );
    const byName = new Map(ins.sheets.map((s) => [s.name, s]));
    const batch = new Batcher(ctx, opts.budget ?? DEFAULT_BUDGET);
    const resultName = freeResultName(ins);
    const at = now(opts);
    await writeProvisionalRecord(ctx, ins, at, kind === 'notes' ? [...noteTexts.values()] : [], resultName, batch);

    progress({ fraction: 0.1, step: '清除上次的标记…' });
    await queueDeletes(ctx, ins, batch);

    progress({ fraction: 0.2, step: '标记单元格…' });
    const colour = await addColourMarks(markable, byName, opts.features, batch);

    let notes: Awaited<ReturnType<typeof addNoteMarks>> = { written: 0, skipped: 0, comments: [], notes: [] };
    if (kind !== 'none') {
      progress({ fraction: 0.4, step: kind === 'notes' ? '写入备注…' : '写入批注…' });
      notes = await addNoteMarks(ctx, kind, noteTexts, ins, batch);
    }

    progress({ fraction: 0.6, step: `写入“${resultName}”工作表…` });
    const result = await addResultSheet(ctx, findings, resultName, byName, opts.features, batch);
    await batch.flush();

    // Final record, with the ids Excel gave and what an earlier run left where this version cannot reach.
    const record: MarkRecord = {
      version: 1,
      at,
      conditionalFormats: [...colour.ids].map(([sheetId, ids]) => ({ sheetId, ids })),
      comments: [...ins.unreachable.comments, ...notes.comments],
      notes: mergeNotes(ins.unreachable.notes, notes.notes),
      sheets: [{ id: result.ws.id, name: resultName }],
    };
    ctx.workbook.settings.add(RECORD_KEY, JSON.stringify(record));
    await ctx.sync();
    progress({ fraction: 1, step: '标记完成' });
    return {
      markedCells: colour.cells,
      notes: notes.written,
      skippedNotes: notes.skipped,
      unlinked: result.unlinked,
      resultSheet: resultName,
      notesKind: kind,
      unreachable: unreachableCount(ins.unreachable),
    };
  } catch (e) {
    throw excelError('标记审核结果', e);
  }
}

function mergeNotes(a: MarkRecord['notes'], add: readonly { sheetId: string; cell: string }[]): MarkRecord['notes'] {
  const m = new Map<string, Set<string>>();
  for (const n of a) m.set(n.sheetId, new Set(n.cells));
  for (const n of add) m.set(n.sheetId, (m.get(n.sheetId) ?? new Set()).add(n.cell));
  return [...m].map(([sheetId, cells]) => ({ sheetId, cells: [...cells] }));
}

