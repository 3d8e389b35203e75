/** Child process of readMany: reads the files it is sent and answers with grids (JSON) or read errors. */
import { serveJobs } from './serve';
import { readOne, type WorkerReply } from './many';

serveJobs((file: string): WorkerReply => {
  const r = readOne(file);
  return r.grid ? { json: JSON.stringify(r.grid) } : { error: { kind: r.error!.kind, reason: r.error!.reason } };
});
