/**
 * Child process of the merge pool: reads, reviews and prepares the files it is sent; a large file's
 * projects go in batches (batches.ts). Also the entry of the child's start-up snapshot
 * (childSnapshot.ts): while the snapshot is built, the modules load and the serving is left to the
 * snapshot's main function, which runs in each child started from it.
 */
import { startupSnapshot } from 'v8';
import { serveJobs } from '../read/serve';
import { projectBatches, PROJECT_BATCH } from './batches';
import { readSource, type SourceJob } from './source';
import { tuneCompiler } from './tune';

function serve(): void {
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
}

if (startupSnapshot?.isBuildingSnapshot()) startupSnapshot.setDeserializeMainFunction(serve);
else serve();
