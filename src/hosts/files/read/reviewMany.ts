/**
 * Node: reads and reviews many files for `peixun review`, each on a worker thread under the
 * reading limits (limits.ts: heap cap, time limit; isolate.ts), so one hostile or damaged file is
 * C-UNREADABLE and the batch goes on. The worker sends back the findings and project reports (and
 * the grid as JSON when the caller needs it, for marked copies of non-.xlsx inputs), never the
 * parsed workbook. Without the compiled worker script (running from TypeScript sources) the files
 * are read on this thread, under the same byte and cell limits but without the heap and time caps.
 */
import { existsSync } from 'fs';
import { availableParallelism } from 'os';
import { join } from 'path';
import type { Finding, ProjectReport, ReviewOptions, WorkbookReview } from '../../../core';
import type { WorkbookGrid } from '../../../core';
import { reviewWorkbook } from '../../../core';
import { ReadError, type ReadErrorKind } from './errors';
import { FILE_HEAP, inBatches, runPool } from './isolate';
import { LIMITS, lostReason } from './limits';
import { gridFromJson } from './many';
import { readFileBytes, readWorkbookBytes } from './node';

/** What the report needs of a review. */
export type ReviewResult = Pick<WorkbookReview, 'findings' | 'projects' | 'packs'>;

export interface ReviewedFile {
  file: string;
  grid?: WorkbookGrid;
  review?: ReviewResult;
  error?: ReadError;
}

export interface ReviewJob {
  file: string;
  options: ReviewOptions;
  /** Send the grid back (JSON text). */
  grid: boolean;
}

export type ReviewReply = { json?: string; review: ReviewResult } | { error: { kind: ReadErrorKind; reason: string } };

/**
 * Findings or project reports per message from a child. A 200 000-row list's review (≈ 470 000
 * findings) went as one message: the child held it and its serialised copy while the parent
 * received and decoded it, ≈ 2 GB together. In parts (isolate.ts serveJobs), each process holds
 * one part in transit, as the merge's projects cross (merge/batches.ts).
 */
export const REVIEW_BATCH = 20_000;

type ReviewPart = { findings: Finding[] } | { projects: ProjectReport[] };

/** Child side: a large review's findings and project reports as parts, taken out of the reply; null for a reply sent whole. */
export function reviewParts(reply: ReviewReply, size = REVIEW_BATCH): Iterable<ReviewPart> | null {
  if (!('review' in reply) || reply.review.findings.length + reply.review.projects.length <= size) return null;
  const { findings, projects } = reply.review;
  reply.review = { ...reply.review, findings: [], projects: [] };
  return (function* () {
    for (const b of inBatches(findings, size)) yield { findings: b };
    for (const b of inBatches(projects, size)) yield { projects: b };
  })();
}

/** Parent side: the review with the parts received before it, in order. */
export function joinReviewParts(review: ReviewResult, parts: unknown[]): ReviewResult {
  if (parts.length === 0) return review;
  const findings: Finding[] = [];
  const projects: ProjectReport[] = [];
  for (const part of parts as ReviewPart[]) {
    if ('findings' in part) for (const f of part.findings) findings.push(f);
    else for (const p of part.projects) projects.push(p);
  }
  for (const f of review.findings) findings.push(f);
  for (const p of review.projects) projects.push(p);
  return { ...review, findings, projects };
}

/** One file, on whatever thread calls it. Never throws for a bad file. */
export function reviewOneFile(file: string, options: ReviewOptions): ReviewedFile {
  let grid: WorkbookGrid;
  try {
    grid = readWorkbookBytes(readFileBytes(file), file);
  } catch (e) {
    return { file, error: e instanceof ReadError ? e : new ReadError(file, 'corrupt', String((e as Error)?.message ?? e)) };
  }
  try {
    const r = reviewWorkbook(grid, options);
    return { file, grid, review: { findings: r.findings, projects: r.projects, packs: r.packs } };
  } catch (e) {
    // a rule tripping over something in the file: that file's finding, not the batch's end
    return { file, error: new ReadError(file, 'corrupt', `审核时出错（${String((e as Error)?.message ?? e).slice(0, 80)}）`) };
  }
}

export function reviewJob(job: ReviewJob): ReviewReply {
  const r = reviewOneFile(job.file, job.options);
  if (r.error) return { error: { kind: r.error.kind, reason: r.error.reason } };
  return { review: r.review!, json: job.grid ? JSON.stringify(r.grid) : undefined };
}

const WORKER_FILE = join(__dirname, 'reviewWorker.js');

export interface ReviewManyOptions {
  /** Keep each grid (for marked copies). */
  grids?: boolean;
  threads?: number;
  onProgress?: (done: number, total: number, file: string) => void;
}

export async function reviewMany(paths: string[], options: ReviewOptions, opts: ReviewManyOptions = {}): Promise<ReviewedFile[]> {
  const total = paths.length;
  const out: ReviewedFile[] = new Array(total);
  let done = 0;
  const finish = (i: number, r: ReviewedFile) => {
    out[i] = r;
    opts.onProgress?.(++done, total, paths[i]);
  };
  if (!existsSync(WORKER_FILE)) {
    for (let i = 0; i < total; i++) {
      const r = reviewOneFile(paths[i], options);
      finish(i, opts.grids ? r : { ...r, grid: undefined });
    }
    return out;
  }
  const inputs: ReviewJob[] = paths.map((file) => ({ file, options, grid: !!opts.grids }));
  await runPool<ReviewJob, ReviewReply>({
    script: WORKER_FILE,
    inputs,
    threads: opts.threads ?? Math.min(2, availableParallelism()),
    resourceLimits: FILE_HEAP,
    timeMs: LIMITS.fileMs,
    onResult: (i, m, parts) => {
      const file = paths[i];
      if ('error' in m) finish(i, { file, error: new ReadError(file, m.error.kind, m.error.reason) });
      else finish(i, { file, review: joinReviewParts(m.review, parts), grid: m.json ? gridFromJson(m.json) : undefined });
    },
    onLost: (i, why, detail) => finish(i, { file: paths[i], error: new ReadError(paths[i], 'too-large', lostReason(why, detail)) }),
  });
  return out;
}
