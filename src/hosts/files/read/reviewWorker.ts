/** Worker thread of reviewMany: reads and reviews the files it is sent (reviewMany.ts). */
import { serveJobs } from './isolate';
import { reviewJob } from './reviewMany';

serveJobs(reviewJob);
