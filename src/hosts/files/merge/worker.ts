/** Child process of the merge pool: reads, reviews and prepares the files it is sent, one message per file (read/isolate.ts). */
import { serveJobs } from '../read/isolate';
import { readSource, type SourceJob } from './source';
import { tuneCompiler } from './tune';

tuneCompiler();
let job: SourceJob;
serveJobs(
  (path: string) => readSource(path, job),
  (data) => (job = data as SourceJob),
);
