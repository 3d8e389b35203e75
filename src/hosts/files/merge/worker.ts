/**
 * Child process of the merge pool: reads, reviews and prepares the files it is sent; a large file's
 * projects go in batches (batches.ts). Also the entry of the child's start-up snapshot
 * (childSnapshot.ts): while the snapshot is built, the modules load, the code is warmed on the example
 * files scripts/child-snapshot.js names (warmUp.ts), and the serving is left to the snapshot's main
 * function, which runs in each child started from it.
 */
import { delimiter } from 'path';
import { startupSnapshot } from 'v8';
import { serveJobs } from '../read/serve';
import { projectBatches, PROJECT_BATCH } from './batches';
import { readSource, type SourceJob } from './source';
import { SNAPSHOT_WARM_ENV } from './childSnapshot';
import { tuneCompiler } from './tune';
import { warmUp, warmUpPaths } from './warmUp';

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

if (startupSnapshot?.isBuildingSnapshot()) {
  const warmed = warmUp(warmUpPaths(process.env[SNAPSHOT_WARM_ENV], delimiter));
  process.stdout.write(`warmed ${warmed}\n`);
  startupSnapshot.setDeserializeMainFunction(serve);
} else serve();
