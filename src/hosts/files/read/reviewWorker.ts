/** Child process of reviewMany: reads and reviews the files it is sent (reviewMany.ts); a large review goes in parts. */
import { serveJobs } from './serve';
import { reviewJob, reviewParts } from './reviewMany';

serveJobs(reviewJob, undefined, (reply) => reviewParts(reply));
