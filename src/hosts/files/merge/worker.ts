/** Child process of the merge pool: reads, reviews and prepares the files it is sent; a large file's projects go in batches (batches.ts). */
import { serveJobs } from '../read/isolate';
import { projectBatches, PROJECT_BATCH } from './batches';
import { readSource, type SourceJob } from './source';
import { tuneCompiler } from './tune';

tuneCompiler();
let job: SourceJob;
let batch = PROJECT_BATCH;
serveJobs(
  (path: string) => readSource(path, job),
  (data) => {
    job = data as SourceJob;
    batch = (data as { batch?: number }).batch ?? PROJECT_BATCH;
  },
  (s) => projectBatches(s, batch),
);
