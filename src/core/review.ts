/**
 * The review: parse (src/core/sheets) → rules (common + chosen packs) → tallies.
 *
 *   reviewWorkbook(grid, options)   one workbook from its grid
 *   reviewParsed(parsed, options)   one workbook already parsed
 *   reviewMany(grids, options)      several workbooks, plus C-DUPLICATE across them
 */
import type { WorkbookGrid } from './grid';
import type { ProjectReport, ReviewOptions, WorkbookReview } from './model/review';
import type { Finding } from './model/findings';
import { emptyParsedWorkbook, type ParsedWorkbook, type Project } from './model/records';
import { parseWorkbook } from './sheets';
import { buildContext, packsToRun, runPacks, sortFindings } from './rules/runner';
import { suggestPacks, type PackUse } from './suggest';
import { duplicateKey, placeOf } from './rules/common/duplicate';
import { themeRef } from './rules/util';
import { a1 } from './grid';
import { projectTallies } from './tallies';

function projectReports(parsed: ParsedWorkbook, options: ReviewOptions): ProjectReport[] {
  const ctx = buildContext(parsed, options);
  return parsed.projects.map((p) => ({
    file: parsed.file,
    sheet: p.source.sheet,
    key: p.key,
    theme: p.fields.theme?.text.trim() ?? '',
    unit: p.fields.unit?.text.trim() ?? '',
    tallies: projectTallies(p, ctx.scheduleFor(p), ctx.standards, ctx.rates),
  }));
}

/** The packs a workbook is reviewed with: the chosen ones, else (with `suggestPacks`) what its content suggests. */
export function packUse(parsed: ParsedWorkbook, options: ReviewOptions): PackUse {
  const s = suggestPacks(parsed);
  const fromSuggestion = options.suggestPacks === true && (options.packs ?? []).length === 0;
  const used = packsToRun(fromSuggestion ? { ...options, packs: s.packs } : options);
  return { used, suggested: s.packs, fromSuggestion, reasons: s.reasons };
}

/** Reviews a parsed workbook. Throws SettingsError only for a bad parameter in options.params. */
export function reviewParsed(parsed: ParsedWorkbook, options: ReviewOptions): WorkbookReview {
  const packs = packUse(parsed, options);
  const run = packs.fromSuggestion ? { ...options, packs: packs.used.filter((p) => p !== 'common') } : options;
  return { parsed, findings: runPacks(parsed, run), projects: projectReports(parsed, run), packs };
}

/** A workbook nothing could be read from: its only finding is C-UNREADABLE naming the file and why. */
export function unreadableWorkbook(file: string, why: string): ParsedWorkbook {
  return { ...emptyParsedWorkbook(file), problems: [{ sheet: '', cell: '', message: `文件“${file}”无法读取：${why}` }] };
}

/** Parses and reviews one workbook. A reader that fails gives C-UNREADABLE instead of an exception. */
export function reviewWorkbook(grid: WorkbookGrid, options: ReviewOptions): WorkbookReview {
  let parsed: ParsedWorkbook;
  try {
    parsed = parseWorkbook(grid, { sheetKinds: options.sheetKinds });
  } catch (e) {
    parsed = unreadableWorkbook(grid.file, e instanceof Error ? e.message : String(e));
  }
  return reviewParsed(parsed, options);
}

export interface ManyReview {
  /** One review per workbook, in the order given; cross-workbook C-DUPLICATE findings are in the later workbook's list. */
  reviews: WorkbookReview[];
  /** Every finding of every workbook, in that order. */
  findings: Finding[];
}

/** C-DUPLICATE across workbooks: the first project of a workbook sharing 组团单位 + 培训班主题 with an earlier workbook's. */
export function crossDuplicates(reviews: WorkbookReview[]): void {
  const first = new Map<string, { p: Project; file: string }>();
  for (const r of reviews) {
    const local = new Map<string, Project>();
    const added: Finding[] = [];
    for (const p of r.parsed.projects) {
      const k = duplicateKey(p);
      if (!k || local.has(k)) continue;
      local.set(k, p);
      const earlier = first.get(k);
      if (!earlier) continue;
      const ref = themeRef(p);
      const eref = themeRef(earlier.p);
      added.push({
        ruleId: 'C-DUPLICATE',
        severity: 'warning',
        file: r.parsed.file,
        sheet: ref.sheet,
        cell: a1(ref.row, ref.col),
        message: `组团单位“${p.fields.unit!.text.trim()}”的培训班“${p.fields.theme!.text.trim()}”与${earlier.file} ${placeOf(earlier.p, false)}的项目重复`,
        projectKey: p.key,
        related: [{ sheet: eref.sheet, cell: a1(eref.row, eref.col) }],
        data: { unit: p.fields.unit!.text.trim(), theme: p.fields.theme!.text.trim(), earlier: `${earlier.file} ${placeOf(earlier.p, false)}` },
      });
    }
    for (const [k, p] of local) if (!first.has(k)) first.set(k, { p, file: r.parsed.file });
    if (added.length > 0) r.findings = sortFindings([...r.findings, ...added], r.parsed);
  }
}

/** Reviews several parsed workbooks, with C-DUPLICATE across them. */
export function reviewManyParsed(parsed: ParsedWorkbook[], options: ReviewOptions): ManyReview {
  const reviews = parsed.map((p) => reviewParsed(p, options));
  crossDuplicates(reviews);
  return { reviews, findings: reviews.flatMap((r) => r.findings) };
}

/** Parses and reviews several workbooks (one failing does not stop the rest), with C-DUPLICATE across them. */
export function reviewMany(grids: WorkbookGrid[], options: ReviewOptions): ManyReview {
  const reviews = grids.map((g) => reviewWorkbook(g, options));
  crossDuplicates(reviews);
  return { reviews, findings: reviews.flatMap((r) => r.findings) };
}
