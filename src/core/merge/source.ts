/**
 * One returned file → MergeSource, the same step on every host (the command line's workers, the task
 * pane): read it, keep a summary this tool wrote from being merged as a unit's return, review it,
 * prepare it. Never throws for a bad file: it becomes a failed source with its reason.
 */
import type { WorkbookGrid } from '../grid';
import type { WorkbookReview } from '../model/review';
import { prepareOwned, type Owned } from './prepare';
import { SHEET_LOG, SHEET_SUMMARY } from '../report/summary';
import { failedSource, type MergeSource } from './types';

/** A summary this tool wrote (省级汇总 and 导入记录): it must not be merged as if a unit had sent it. */
export function isSummaryGrid(grid: WorkbookGrid): boolean {
  return grid.sheets.some((s) => s.name.trim() === SHEET_SUMMARY) && grid.sheets.some((s) => s.name.trim() === SHEET_LOG);
}

/** Why a summary is refused as a source; `what` says what to do instead. */
export function summaryRefused(what: string): string {
  return `这是汇总表（含“${SHEET_SUMMARY}”“${SHEET_LOG}”工作表），不是单位报送的文件；${what}`;
}

/** The Chinese reason a reader or reviewer gave (`reason` of our errors, else the message). */
export function reasonOf(e: unknown): string {
  const r = (e as { reason?: unknown })?.reason;
  if (typeof r === 'string' && r) return r;
  return e instanceof Error ? e.message : String(e);
}

export interface SourceSteps {
  read(): WorkbookGrid;
  review(grid: WorkbookGrid): WorkbookReview;
  /** A summary this tool wrote: the reason to refuse it, or null when the host took it as the earlier summary. */
  summary(grid: WorkbookGrid): string | null;
  /** A full garbage collection, where the host can make one (see OwnedOptions.collect). */
  collect?: () => void;
}

/** The file's MergeSource, or null when the host took it as the earlier summary. */
export function sourceOf(file: string, meta: { sha256?: string; importedAt: string }, steps: SourceSteps): MergeSource | null {
  // The grid lives only in `owned` (never in this frame), so that prepareOwned can let go of it.
  const owned = readOwned(file, meta, steps);
  if (owned === null || 'status' in owned) return owned;
  try {
    reviewOwned(owned, steps);
    return prepareOwned(owned, { sha256: meta.sha256 ?? '', importedAt: meta.importedAt }, { collect: steps.collect });
  } catch (e) {
    return failedSource(file, `审核时出错：${reasonOf(e)}`, meta);
  }
}

/** The grid read (in a box), a failed source, or null (the host took it as the earlier summary). */
function readOwned(file: string, meta: { sha256?: string; importedAt: string }, steps: SourceSteps): Owned | MergeSource | null {
  let grid: WorkbookGrid;
  try {
    grid = steps.read();
  } catch (e) {
    return failedSource(file, reasonOf(e), meta);
  }
  if (isSummaryGrid(grid)) {
    const refused = steps.summary(grid);
    return refused === null ? null : failedSource(file, refused, meta);
  }
  return { grid };
}

function reviewOwned(owned: Owned, steps: SourceSteps): void {
  owned.review = steps.review(owned.grid!);
}
