/** Worker thread of reviewMany: reads and reviews the files it is sent (review-many.ts). */
import { serveJobs } from './isolate';
import { reviewJob } from './review-many';

serveJobs(reviewJob);
