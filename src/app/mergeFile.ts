/**
 * One file picked in the 合并汇总 tab → its MergeSource (src/core/merge/source.ts), the same step in the
 * engine's worker (src/app/engine.worker.ts) and on the page where there is no Worker. A summary this tool
 * wrote is either taken as the earlier summary (browser mode, the first one picked) or refused with why.
 */
import type { WorkbookGrid } from '../core';
import type { WorkbookReview } from '../core';
import { readExistingSummary, reasonOf, sourceOf, summaryRefused, type ExistingSummary, type MergeSource } from '../core';

/** What to do with a summary this tool wrote: take it as the earlier summary, or refuse it saying what to do instead. */
export type SummaryPolicy = { accept: true } | { accept: false; instead: string };

export interface FileSourceMeta {
  sha256: string;
  importedAt: string;
}

/** The file's source; null with `existing` when the file was taken as the earlier summary. */
export interface FileSource {
  source: MergeSource | null;
  existing?: ExistingSummary;
}

export function fileSource(
  name: string,
  meta: FileSourceMeta,
  policy: SummaryPolicy,
  steps: { read(): WorkbookGrid; review(grid: WorkbookGrid): WorkbookReview },
): FileSource {
  let existing: ExistingSummary | undefined;
  const source = sourceOf(name, meta, {
    ...steps,
    summary: (grid) => {
      if (!policy.accept) return summaryRefused(policy.instead);
      try {
        existing = readExistingSummary(grid);
        return null;
      } catch (e) {
        return `汇总表无法读取：${reasonOf(e)}`;
      }
    },
  });
  return existing ? { source, existing } : { source };
}
