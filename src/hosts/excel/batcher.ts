/**
 * Queues requests and calls `context.sync()` only when the queued requests would pass a budget, so
 * the number of syncs grows with the size of the data (chunks), never with the number of findings
 * as such. Budgets stay well under Excel's 5 MB request/response payload limit (Excel on the web).
 */

export interface SyncBudget {
  /** Estimated request bytes per sync. */
  maxBytes: number;
  /** Requests per sync. */
  maxOps: number;
}

/**
 * 2 MB of estimated payload (the limit is 5 MB; estimates are rough) and 10 000 requests per sync
 * (Excel documents no request-count limit; this keeps one batch's work to a few seconds in Excel).
 */
export const DEFAULT_BUDGET: SyncBudget = { maxBytes: 2_000_000, maxOps: 10_000 };

/** JSON overhead of one request in the batch (object path, method name, ids). */
export const OP_OVERHEAD = 120;

export class Batcher {
  private bytes = 0;
  private ops = 0;
  private after: (() => void)[] = [];
  syncs = 0;

  constructor(
    private readonly ctx: { sync(): Promise<unknown> },
    private readonly budget: SyncBudget = DEFAULT_BUDGET,
  ) {}

  /** Call before queuing requests of about `bytes` payload: syncs first if they would not fit. */
  async reserve(bytes: number, ops = 1): Promise<void> {
    const b = bytes + ops * OP_OVERHEAD;
    if (this.ops > 0 && (this.bytes + b > this.budget.maxBytes || this.ops + ops > this.budget.maxOps)) await this.flush();
    this.bytes += b;
    this.ops += ops;
  }

  /** Runs `fn` after the sync that carries the requests queued so far (to read loaded ids). */
  onSynced(fn: () => void): void {
    this.after.push(fn);
  }

  async flush(): Promise<void> {
    if (this.ops === 0 && this.after.length === 0) return;
    await this.ctx.sync();
    this.syncs++;
    this.bytes = 0;
    this.ops = 0;
    const after = this.after;
    this.after = [];
    for (const fn of after) fn();
  }
}

/** UTF-8 byte length of a string (what it costs in a JSON payload, quotes aside). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Rough JSON size of a 2-D array of values. */
export function valuesBytes(rows: unknown[][]): number {
  let n = 2;
  for (const r of rows) {
    n += 2;
    for (const v of r) n += (typeof v === 'string' ? utf8Bytes(v) + 2 : String(v).length) + 1;
  }
  return n;
}
