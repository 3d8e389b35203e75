/**
 * A large source's projects cross from the child to the parent in batches (read/isolate.ts
 * serveJobs/runPool parts): as one message, 200 000 projects were ≈ 160 MB serialised, held by the
 * child while the parent received them (≈ 320 MB of buffers) and decoded them (≈ 240 MB). In
 * batches, each process holds one batch in transit, and the child lets go of each batch once sent.
 * A source of at most `size` projects goes whole, as before.
 */
import type { MergeSource, SourceProject } from '../../../core';

/** Projects per message: ≈ 8 MB serialised; a 1 000-unit merge never reaches it. */
export const PROJECT_BATCH = 10_000;

/**
 * Child side: the batches of a source with more than `size` projects, taken out of it (its
 * `projects` left empty, each batch dropped from the child's list as it is handed out); null for a
 * source sent whole.
 */
export function projectBatches(s: MergeSource, size: number): Iterable<SourceProject[]> | null {
  if (s.status !== 'read' || s.projects.length <= size) return null;
  const all: (SourceProject | undefined)[] = s.projects;
  s.projects = [];
  return (function* () {
    for (let i = 0; i < all.length; i += size) {
      const batch = all.slice(i, i + size) as SourceProject[];
      all.fill(undefined, i, i + size);
      yield batch;
    }
  })();
}

/** Parent side: the source with the batches received before it, in order, as its projects. */
export function joinBatches(s: MergeSource, parts: unknown[]): MergeSource {
  if (parts.length === 0 || s.status !== 'read') return s;
  const projects: SourceProject[] = [];
  for (const part of parts as SourceProject[][]) for (const p of part) projects.push(p);
  for (const p of s.projects) projects.push(p);
  return { ...s, projects };
}
