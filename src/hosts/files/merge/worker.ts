/** Worker thread: reads, reviews and prepares the files the pool sends, one message per file. */
import { parentPort, workerData } from 'worker_threads';
import { readSource, type SourceJob } from './source';
import { tuneCompiler } from './tune';

tuneCompiler();
const job = workerData as SourceJob;
parentPort!.on('message', (m: { id: number; path: string }) => {
  parentPort!.postMessage({ id: m.id, source: readSource(m.path, job) });
});
