/**
 * `fflate` as the merge child's start-up snapshot sees it (scripts/child-snapshot.js points the
 * bundle's `fflate` here): loaded at its first use, because fflate makes a TextDecoder when it loads
 * and a snapshot cannot hold one. In Node the reader inflates with zlib (read/node.ts), so a child
 * never calls it; the read/zip.ts default stays correct all the same.
 */
import type * as Fflate from 'fflate';

export const inflateSync = ((...args: Parameters<typeof Fflate.inflateSync>) =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (require('fflate/node') as typeof Fflate).inflateSync(...args)) as typeof Fflate.inflateSync;
