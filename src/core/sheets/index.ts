/**
 * parseWorkbook: grids → typed records (src/core/model/records.ts). Sheets are recognised by their
 * labels; demand tables are read first, then schedules and participant lists are linked to their
 * projects (so that dates without a year take the project's year).
 */
import { readCeFunds, readCeRegister } from '../ce/read';
import { a1, type WorkbookGrid } from '../grid';
import { emptyParsedWorkbook, type ParsedWorkbook, type Participant, type Project, type ReadNote, type Schedule, type SheetKind } from '../model/records';
import { yearIn } from '../values/dates';
import { parseDemandForm } from './demandForm';
import { parseDemandList } from './demandList';
import type { ParsedProject } from './demandValues';
import { ProjectIndex, projectYear, type Link } from './link';
import { parseParticipants } from './participants';
import { LOOKED_FOR, recogniseSheet, type Recognised } from './recognise';
import { parseScheduleRows, titleAbove } from './schedule';
import { parseSettings } from './settings';
import { parseRates, parseStandards } from './standards';
import { SheetView } from './view';
import { appendAll } from '../collections';

export interface ParseOptions {
  /** The reviewer's correction of what a sheet is, by sheet name. */
  sheetKinds?: Record<string, SheetKind>;
}

/** Reads a workbook's sheets into projects, schedules, participants, standards, rates, CE rows and settings. */
export function parseWorkbook(grid: WorkbookGrid, opts: ParseOptions = {}): ParsedWorkbook {
  const out: ParsedWorkbook = emptyParsedWorkbook(grid.file);
  // (arrays the core makes and reads in hot loops are pushed, not made by `map`: an optimised caller's
  // inlined `map` makes a HOLEY array where the builtin makes a PACKED one, and every reader optimised for
  // one kind is thrown away at its first array of the other — a cold run relearned them over and over)
  const sheets: { v: SheetView; r: Recognised }[] = [];
  for (const s of grid.sheets) {
    const v = new SheetView(s);
    const r = recogniseSheet(v, opts.sheetKinds?.[s.name]);
    out.recognition.push(r.recognition);
    if (r.problem) out.problems.push({ sheet: s.name, cell: '', message: r.problem });
    for (const p of s.problems ?? []) out.problems.push({ sheet: s.name, cell: a1(p.row, p.col), message: p.message });
    sheets.push({ v, r });
  }

  // 1. demand tables
  const parsed: ParsedProject[] = [];
  for (const { v, r } of sheets) {
    if (r.plan.kind === 'demand-form') {
      const p = parseDemandForm(v, grid.file);
      if (p) parsed.push(p);
    } else if (r.plan.kind === 'demand-list') {
      appendAll(parsed, parseDemandList(v, grid.file, r.plan.header));
    }
  }
  out.projects = assignKeys(parsed, grid.file, out.notes);
  const projects = out.projects;
  const index = new ProjectIndex(projects);
  const yearOf = (p: Project | undefined) => (p ? projectYear(p) : undefined);

  // 2. schedules and participant lists, linked to projects
  const scheduleSheets = sheets.filter((s) => s.r.plan.kind === 'schedule').length;
  const onlyProject = projects.length === 1 && scheduleSheets === 1 ? projects[0] : undefined;
  for (const { v, r } of sheets) {
    if (r.plan.kind === 'schedule') readSchedules(v, r, grid.file, index, yearOf, out, onlyProject);
    else if (r.plan.kind === 'participants') {
      const header = r.plan.header;
      const title = titleAbove(v, header.row);
      const sheetLink = index.linkSheet(v.name, title?.text ?? null);
      const { groups, notes } = parseParticipants(v, grid.file, header, (text) => yearOf(text ? index.byText(text) : sheetLink?.project));
      appendAll(out.notes, notes);
      for (const g of groups) {
        const link = g.projectText ? index.byText(g.projectText) : sheetLink?.project;
        for (const p of g.participants) p.projectKey = link ? link.key : null;
        appendAll(out.participants, g.participants);
      }
    }
  }
  linkOnlyProject(projects, out.participants);

  // 3. standards, rates, settings, CE
  for (const { v, r } of sheets) {
    const plan = r.plan;
    if (plan.kind === 'standards') {
      const s = parseStandards(v, plan.header);
      appendAll(out.standards, s.standards);
      appendAll(out.notes, s.notes);
    } else if (plan.kind === 'rates') {
      const s = parseRates(v, plan.header);
      appendAll(out.rates, s.rates);
      appendAll(out.notes, s.notes);
    } else if (plan.kind === 'settings') {
      Object.assign(out.settings, parseSettings(v, out.problems, (out.settingsCells ??= Object.create(null) as Record<string, string>)));
    } else if (plan.kind === 'ce-register') {
      const s = readCeRegister(v.sheet, grid.file, plan.match.headerRow);
      appendAll(out.ce, s.rows);
      appendAll(out.notes, s.notes);
    } else if (plan.kind === 'ce-funds') {
      const s = readCeFunds(v.sheet, grid.file, plan.match.headerRow);
      appendAll(out.ceFunds, s.rows);
      appendAll(out.notes, s.notes);
    }
  }

  if (out.recognition.every((s) => s.kind === 'ignored') && !out.problems.some((p) => p.sheet === '')) {
    const what = grid.sheets.length === 0 ? '文件中没有工作表' : `${grid.sheets.length}张工作表都不是可识别的表格`;
    out.problems.push({ sheet: '', cell: '', message: `文件“${grid.file}”无法读取：${what}。查找了${LOOKED_FOR}` });
  }
  return out;
}

/** Project.key: 项目编号 when given and unique in the workbook, else `file#sheet#row` (1-based). */
function assignKeys(parsed: ParsedProject[], file: string, notes: ReadNote[]): Project[] {
  const ids = new Map<string, number>();
  for (let i = 0; i < parsed.length; i++) {
    const id = parsed[i].project.fields.projectId?.text.trim();
    if (id) ids.set(id, (ids.get(id) ?? 0) + 1);
  }
  const used = new Set<string>();
  const projects: Project[] = []; // (pushed, not mapped: one elements kind for every rule's `for … of projects`)
  for (let i = 0; i < parsed.length; i++) {
    const { project, notes: own } = parsed[i];
    const id = project.fields.projectId?.text.trim();
    let key = id && ids.get(id) === 1 ? id : `${file}#${project.source.sheet}#${project.source.row + 1}`;
    if (used.has(key)) key = `${file}#${project.source.sheet}#${project.source.row + 1}`;
    used.add(key);
    // the reader's own notes (made with an undefined projectKey): given their key in place, not copied
    for (let j = 0; j < own.length; j++) {
      own[j].projectKey = key;
      notes.push(own[j]);
    }
    project.key = key; // (made first by buildProject: the key stays the first property)
    projects.push(project);
  }
  return projects;
}

function readSchedules(
  v: SheetView,
  r: Recognised,
  file: string,
  index: ProjectIndex,
  yearOf: (p: Project | undefined) => number | undefined,
  out: ParsedWorkbook,
  onlyProject: Project | undefined,
): void {
  if (r.plan.kind !== 'schedule') return;
  const header = r.plan.header;
  const title = titleAbove(v, header.row);
  const hasColumn = header.columns.projectId !== undefined || header.columns.theme !== undefined;
  let sheetLink: Link | null = index.linkSheet(v.name, title?.text ?? null);
  if (!sheetLink && onlyProject && !hasColumn) sheetLink = { project: onlyProject, by: 'only-project', text: v.name };
  const titleYear = title ? yearIn(title.text) ?? undefined : undefined;
  const { groups, notes } = parseScheduleRows(v, header, {
    yearFor: (text) => yearOf(text ? index.byText(text) : sheetLink?.project),
    ...(titleYear !== undefined ? { titleYear } : {}),
  });
  // the project of each sheet row (an array by row: a 150 000-row schedule made a Map as large)
  const keyOfRow: (string | null | undefined)[] = [];
  for (const g of groups) {
    let project: Project | undefined;
    let by: Schedule['linkedBy'] = null;
    let linkText = '';
    if (hasColumn && g.projectText) {
      project = index.byText(g.projectText);
      by = project ? 'column' : null;
      linkText = g.projectText;
    } else if (sheetLink) {
      project = sheetLink.project;
      by = sheetLink.by;
      linkText = sheetLink.text;
    } else {
      linkText = v.name;
    }
    out.schedules.push({
      file,
      sheet: v.name,
      headerRow: header.row,
      projectKey: project ? project.key : null,
      linkedBy: project ? by : null,
      linkText,
      hasDates: header.columns.date !== undefined && g.rows.some((row) => row.date !== null && row.date.ok),
      dayNumberCol: (header.columns.dayNumber ?? header.columns.date)!, // a schedule header has one (findScheduleHeader)
      rows: g.rows,
    });
    // (by index, as below: a cold run's interpreter pays an iterator step per `for … of` element, and this is per row)
    const key = project ? project.key : null;
    const rows = g.rows;
    for (let i = 0; i < rows.length; i++) keyOfRow[rows[i].row] = key;
  }
  for (let i = 0; i < notes.length; i++) {
    const n = notes[i];
    const key = keyOfRow[n.ref.row];
    // the notes are this call's own (made with an undefined projectKey): given their key in place, not copied
    if (key) n.projectKey = key;
    out.notes.push(n);
  }
}

/** The workbook has exactly one project and one participant list: they belong together (schedules: see readSchedules). */
function linkOnlyProject(projects: Project[], participants: Participant[]): void {
  if (projects.length !== 1) return;
  const key = projects[0].key;
  const sheets = new Set(participants.map((p) => p.source.sheet));
  if (sheets.size === 1 && participants.every((p) => p.projectKey === null)) for (const p of participants) p.projectKey = key;
}

export { recogniseSheet, LOOKED_FOR } from './recognise';
export type { ParsedProject } from './demandValues';
export { SheetView } from './view';
