/**
 * The engine worker's client against a fake worker that runs the real worker's handler (src/app/engine.worker.ts)
 * on a later tick: reads and reviews answer by id, a review of a grid the worker read sends its number, 取消
 * ends the worker at once (pending work rejects with a CancelledError) and the next request starts a fresh one;
 * the file reader's reason crosses the thread; a 合并汇总 file is read, reviewed and prepared for the merge there.
 */
import * as fs from 'fs';
import * as path from 'path';
import { engineWorker, isCancelled, type WorkerLike } from '../../src/app/engineWorker';
import { slimReview, type EngineRequest, type EngineResponse } from '../../src/app/engineProtocol';
import { coreEngine } from '../../src/app/coreEngine';
import { withWorker } from '../../src/app/engineWorker';

const EXAMPLE = new Uint8Array(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'sc-plan.xlsx')));

/** Loads the worker script with a fake `self`, and returns a WorkerLike wired to it. */
function fakeWorker(log: { sent: EngineRequest[]; spawned: number; terminated: number }, hold = false): () => WorkerLike {
  return () => {
    log.spawned++;
    const scope: { onmessage: ((e: { data: EngineRequest }) => void) | null; postMessage(m: EngineResponse): void } = { onmessage: null, postMessage: () => undefined };
    const w: WorkerLike & { dead: boolean } = {
      dead: false,
      onmessage: null,
      onerror: null,
      postMessage(message) {
        log.sent.push(message);
        if (hold) return; // never answers: work in progress
        setTimeout(() => {
          if (!w.dead) scope.onmessage?.({ data: structuredClone(message) });
        }, 0);
      },
      terminate() {
        w.dead = true;
        log.terminated++;
      },
    };
    scope.postMessage = (m) => {
      if (!w.dead) w.onmessage?.({ data: structuredClone(m) } as MessageEvent<EngineResponse>);
    };
    jest.isolateModules(() => {
      (globalThis as unknown as { self: unknown }).self = scope;
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/app/engine.worker');
    });
    return w;
  };
}

describe('engine worker client', () => {
  afterEach(() => {
    delete (globalThis as unknown as { self?: unknown }).self;
  });

  it('reads and reviews in the worker; a grid it read is reviewed by its number; the review comes back slim', async () => {
    const log = { sent: [] as EngineRequest[], spawned: 0, terminated: 0 };
    const w = engineWorker(fakeWorker(log));
    const grid = await w.read(EXAMPLE, 'sc-plan.xlsx');
    expect(grid.sheets.length).toBeGreaterThan(0);
    expect(EXAMPLE.byteLength).toBeGreaterThan(0); // the file's own bytes were not transferred away
    const review = await w.review(grid, { packs: ['sc2020'] });
    const sent = log.sent.at(-1)!;
    expect(sent).toMatchObject({ op: 'review', gridId: 1 });
    expect('grid' in sent).toBe(false);
    const direct = coreEngine().review(grid, { packs: ['sc2020'] });
    expect(review.findings).toEqual(direct.findings);
    expect(review.projects).toEqual(direct.projects);
    expect(review.parsed.projects).toEqual(direct.parsed.projects);
    expect(review.parsed.schedules).toEqual([]);
    expect(slimReview(direct)).toEqual(review);
    // A grid the worker never read goes over whole.
    await w.review(structuredClone(grid), { packs: [] });
    expect(log.sent.at(-1)).toMatchObject({ op: 'review', grid: { file: 'sc-plan.xlsx' } });
  });

  it('a grid read in the worker is the same grid as read on the page, its sheets parsed only when looked at', async () => {
    const { readWorkbookBytes } = await import('../../src/hosts/files/read');
    const log = { sent: [] as EngineRequest[], spawned: 0, terminated: 0 };
    const w = engineWorker(fakeWorker(log));
    const grid = await w.read(EXAMPLE, 'sc-plan.xlsx');
    const page = readWorkbookBytes(EXAMPLE, 'sc-plan.xlsx');
    const parse = jest.spyOn(JSON, 'parse');
    // The sheets' JSON is an array of sheets ('[{"name"'); a review's findings and projects come in arrays too.
    const sheetParses = () => parse.mock.calls.filter(([text]) => String(text).startsWith('[{"name"')).length;
    await w.review(grid, { packs: ['sc2020'] });
    expect(sheetParses()).toBe(0); // reviewed by number: the page never parsed the cells
    expect(grid.sheets.map((s) => s.name)).toEqual(page.sheets.map((s) => s.name));
    expect(sheetParses()).toBe(1);
    void grid.sheets;
    expect(sheetParses()).toBe(1); // kept
    parse.mockRestore();
    // Same findings from the page's own reading and from the worker's (empty cells come back as null, read as blank).
    const engine = coreEngine();
    expect(engine.review(grid, { packs: ['sc2020', 'zj2017'] }).findings).toEqual(engine.review(page, { packs: ['sc2020', 'zj2017'] }).findings);
  });

  it('finds the sheet around a cell in the worker (定位): the page never parses the grid\'s cells', async () => {
    const { readWorkbookBytes } = await import('../../src/hosts/files/read');
    const { cellWindow } = await import('../../src/hosts/browser/cellWindow');
    const log = { sent: [] as EngineRequest[], spawned: 0, terminated: 0 };
    const w = engineWorker(fakeWorker(log));
    const grid = await w.read(EXAMPLE, 'sc-plan.xlsx');
    const parse = jest.spyOn(JSON, 'parse');
    const sheet = readWorkbookBytes(EXAMPLE, 'sc-plan.xlsx').sheets[0];
    const got = await w.context(grid, sheet.name, 'C3', 2);
    const sheetParses = parse.mock.calls.filter(([text]) => String(text).startsWith('[{"name"')).length;
    parse.mockRestore();
    expect(log.sent.at(-1)).toMatchObject({ op: 'cells', gridId: 1, sheet: sheet.name, cell: 'C3', radius: 2 });
    expect(sheetParses).toBe(0);
    expect(got).toEqual(cellWindow(sheet, 2, 2, 2));
    expect(await w.context(grid, '没有这张表', 'C3', 2)).toBeNull();
    expect(await w.context(grid, sheet.name, '不是地址', 2)).toBeNull();
  });

  it('tallies 继续教育 in the worker, with the same result as on the page', async () => {
    const { readWorkbookBytes } = await import('../../src/hosts/files/read');
    const { runCe } = await import('../../src/app/ceRun');
    const bytes = new Uint8Array(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'ce-register.xlsx')));
    const log = { sent: [] as EngineRequest[], spawned: 0, terminated: 0 };
    const w = engineWorker(fakeWorker(log));
    const grid = await w.read(bytes, 'ce-register.xlsx');
    const run = await w.ce([grid], { packs: ['ce2007'], year: null });
    expect(log.sent.at(-1)).toMatchObject({ op: 'ce', grids: [{ gridId: 1 }] });
    const page = runCe([readWorkbookBytes(bytes, 'ce-register.xlsx')], { packs: ['ce2007'], year: null });
    expect(run.rows).toBeGreaterThan(0);
    expect(run.persons.map((p) => [p.name, p.year, p.total, p.shortfall])).toEqual(page.persons.map((p) => [p.name, p.year, p.total, p.shortfall]));
    expect(run.years).toEqual(page.years);
    // the sheets' widths come with the tally (marking whole rows needs no cells on the page)
    const { colCount } = await import('../../src/core');
    const read = readWorkbookBytes(bytes, 'ce-register.xlsx');
    expect(run.widths).toEqual(read.sheets.map((s) => ({ file: 'ce-register.xlsx', sheet: s.name, columns: Math.max(1, colCount(s)) })));
    expect(run.widths.every((w) => w.columns > 1)).toBe(true);
  });

  it('取消 ends the worker at once: pending work rejects as cancelled; the next request starts a fresh worker', async () => {
    const log = { sent: [] as EngineRequest[], spawned: 0, terminated: 0 };
    let hold = true;
    const spawnHeld = fakeWorker(log, true);
    const spawnLive = fakeWorker(log);
    const w = engineWorker(() => (hold ? spawnHeld() : spawnLive()));
    const pending = w.read(EXAMPLE, 'a.xlsx');
    w.cancel();
    const err = await pending.then(() => null, (e) => e);
    expect(isCancelled(err)).toBe(true);
    expect(log.terminated).toBe(1);
    hold = false;
    const grid = await w.read(EXAMPLE, 'a.xlsx');
    expect(log.spawned).toBe(2);
    expect(grid.file).toBe('a.xlsx');
  });

  it('after 取消 a grid read by the ended worker goes to the new one as its JSON bytes, parsed there, then by number', async () => {
    const log = { sent: [] as EngineRequest[], spawned: 0, terminated: 0 };
    const w = engineWorker(fakeWorker(log));
    const grid = await w.read(EXAMPLE, 'sc-plan.xlsx');
    const first = await w.review(grid, { packs: ['sc2020'] });
    w.cancel();
    const parse = jest.spyOn(JSON, 'parse');
    const again = await w.review(grid, { packs: ['sc2020'] });
    const sheetParses = () => parse.mock.calls.filter(([text]) => String(text).startsWith('[{"name"')).length;
    // parsed in the worker (the fake runs it on this thread: one parse); the page's own copy not yet
    expect(sheetParses()).toBe(1);
    void grid.sheets;
    expect(sheetParses()).toBe(2);
    parse.mockRestore();
    expect(log.spawned).toBe(2);
    const sent = log.sent.at(-1)!;
    expect(sent).toMatchObject({ op: 'review', file: 'sc-plan.xlsx' });
    expect((sent as { sheets?: unknown }).sheets).toBeInstanceOf(Uint8Array);
    expect('grid' in sent).toBe(false);
    expect(again.findings).toEqual(first.findings);
    await w.review(grid, { packs: ['sc2020'] });
    expect(log.sent.at(-1)).toMatchObject({ op: 'review', gridId: 1 });
    expect('sheets' in log.sent.at(-1)!).toBe(false);
    // The 继续教育 tally names it by that number too.
    await w.ce([grid], { packs: ['ce2007'], year: null });
    expect(log.sent.at(-1)).toMatchObject({ op: 'ce', grids: [{ gridId: 1 }] });
  });

  it('the file reader\'s reason crosses the thread (an unreadable file stays a reason, not a crash)', async () => {
    const log = { sent: [] as EngineRequest[], spawned: 0, terminated: 0 };
    const w = engineWorker(fakeWorker(log));
    const err = await w.read(new Uint8Array(0), 'empty.xlsx').then(() => null, (e) => e);
    expect(err).toBeInstanceOf(Error);
    expect(typeof (err as { reason?: unknown }).reason).toBe('string');
    expect(isCancelled(err)).toBe(false);
  });

  it('prepares a 合并汇总 file in the worker: the same source as on the page, the grid not kept; a summary taken or refused by the policy', async () => {
    const { readWorkbookBytes } = await import('../../src/hosts/files/read');
    const { reviewWorkbook } = await import('../../src/core/review');
    const { fileSource } = await import('../../src/app/mergeFile');
    const { mergeToTables } = await import('../../src/core/merge');
    const { writeXlsx } = await import('../../src/hosts/files/write/xlsx');
    const log = { sent: [] as EngineRequest[], spawned: 0, terminated: 0 };
    const w = engineWorker(fakeWorker(log));
    const meta = { sha256: 'abc', importedAt: '2024-11-01T09:00:00+08:00' };
    const refuse = { accept: false as const, instead: '请另选' };
    const options = { packs: ['sc2020' as const] };
    const got = await w.source(EXAMPLE, 'sc-plan.xlsx', meta, refuse, options);
    expect(EXAMPLE.byteLength).toBeGreaterThan(0);
    const page = fileSource('sc-plan.xlsx', meta, refuse, { read: () => readWorkbookBytes(EXAMPLE, 'sc-plan.xlsx'), review: (g) => reviewWorkbook(g, options) });
    expect(got.source?.status).toBe('read');
    expect(got).toEqual(page);
    // The grid was not kept under a number: the first grid read is number 1.
    await w.review(await w.read(EXAMPLE, 'sc-plan.xlsx'), options);
    expect(log.sent.at(-1)).toMatchObject({ op: 'review', gridId: 1 });
    // A summary this tool wrote: taken as the earlier summary, or refused saying what to do.
    const summary = writeXlsx({ sheets: mergeToTables([page.source!], { importedAt: meta.importedAt }).sheets });
    const taken = await w.source(summary, '省级汇总.xlsx', meta, { accept: true }, options);
    expect(taken.source).toBeNull();
    expect(taken.existing?.rows.length).toBe(page.source!.status === 'read' ? page.source!.projects.length : -1);
    const refused = await w.source(summary, '省级汇总.xlsx', meta, refuse, options);
    expect(refused.existing).toBeUndefined();
    expect(refused.source).toMatchObject({ status: 'failed', file: '省级汇总.xlsx', reason: expect.stringContaining('请另选') });
    // An unreadable file is a failed source with its reason, not an error.
    const bad = await w.source(new Uint8Array(0), 'empty.xlsx', meta, refuse, options);
    expect(bad.source).toMatchObject({ status: 'failed', file: 'empty.xlsx' });
  });

  it('the 合并汇总 tab\'s run goes through the worker (each file, then the merge) with the same outcome as on the page', async () => {
    const { mergePicked } = await import('../../src/taskpane/merge');
    const { readWorkbookBytes } = await import('../../src/hosts/files/read');
    const zj = new Uint8Array(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'zj-problems.xlsx')));
    const files = [
      { name: 'sc-plan.xlsx', bytes: EXAMPLE },
      { name: 'zj-problems.xlsx', bytes: zj },
    ];
    const run = (engine: ReturnType<typeof coreEngine>, read: jest.Mock) =>
      mergePicked(files, {
        engine,
        options: { packs: ['sc2020', 'zj2017'] },
        existing: null,
        deps: { read, sha256: async () => 'sha', now: () => '2024-11-01T09:00:00+08:00' },
        pickedSummaryIsExisting: true,
      });
    const log = { sent: [] as EngineRequest[], spawned: 0, terminated: 0 };
    const pageRead = jest.fn(readWorkbookBytes);
    const workerRead = jest.fn(readWorkbookBytes);
    const inWorker = await run(withWorker(coreEngine(), engineWorker(fakeWorker(log))), workerRead);
    const onPage = await run(coreEngine(), pageRead);
    expect(log.sent.map((m) => m.op)).toEqual(['source', 'source', 'merge']);
    expect(workerRead).not.toHaveBeenCalled();
    expect(pageRead).toHaveBeenCalledTimes(2);
    expect(inWorker.status).toBe('done');
    expect(inWorker).toEqual(onPage);
  });

  it('取消 while a 合并汇总 file is in the worker rejects it as cancelled at once', async () => {
    const log = { sent: [] as EngineRequest[], spawned: 0, terminated: 0 };
    const w = engineWorker(fakeWorker(log, true));
    const pending = w.source(EXAMPLE, 'a.xlsx', { sha256: '', importedAt: '2024-11-01T09:00:00+08:00' }, { accept: true }, { packs: [] });
    expect(log.sent.at(-1)).toMatchObject({ op: 'source', name: 'a.xlsx', policy: { accept: true } });
    w.cancel();
    expect(isCancelled(await pending.then(() => null, (e) => e))).toBe(true);
    expect(log.terminated).toBe(1);
  });

  it('withWorker adds reviewAsync and cancel and keeps the rest of the engine', () => {
    const base = coreEngine();
    const w = engineWorker(fakeWorker({ sent: [], spawned: 0, terminated: 0 }));
    const e = withWorker(base, w);
    expect(e.packs).toBe(base.packs);
    expect(typeof e.reviewAsync).toBe('function');
    expect(typeof e.sourceAsync).toBe('function');
    expect(typeof e.cancel).toBe('function');
  });
});
