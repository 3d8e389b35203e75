/** Worker thread of readMany: reads the files it is sent and posts grids or read errors back. */
import { parentPort } from 'worker_threads';
import { readOne, type WorkerReply } from './many';

parentPort?.on('message', (m: { i: number; file: string }) => {
  const r = readOne(m.file);
  const reply: WorkerReply = r.grid ? { i: m.i, json: JSON.stringify(r.grid) } : { i: m.i, error: { kind: r.error!.kind, reason: r.error!.reason } };
  parentPort!.postMessage(reply);
});
