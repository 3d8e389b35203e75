/** Worker thread: reads, reviews and prepares the files the pool sends, one message per file. */
import { parentPort, workerData } from 'worker_threads';
import { gcCounter } from './gc';
import { readSource, type SourceJob } from './source';

const job = workerData as SourceJob;
const tick = gcCounter();
parentPort!.on('message', (m: { id: number; path: string }) => {
  parentPort!.postMessage({ id: m.id, source: readSource(m.path, job) });
  tick();
});
