/** readPicked: the picked files' bytes in the order picked, their reads started a slice per task (not all in one). */
import { READS_PER_TASK, readPicked } from '../../src/taskpane/files';

const file = (name: string) => ({ name }) as File;

/** A reader whose reads finish in an order the test chooses, counting the reads in flight. */
function slowReader() {
  const pending: { f: File; done(b: Uint8Array): void; fail(e: Error): void }[] = [];
  let inFlight = 0;
  let most = 0;
  let started = 0;
  const read = (f: File) =>
    new Promise<Uint8Array>((resolve, reject) => {
      started++;
      most = Math.max(most, ++inFlight);
      pending.push({
        f,
        done: (b) => (inFlight--, resolve(b)),
        fail: (e) => (inFlight--, reject(e)),
      });
    });
  return { read, pending, most: () => most, started: () => started };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('readPicked', () => {
  it('keeps the picked order when reads finish out of order', async () => {
    const r = slowReader();
    const names = Array.from({ length: 30 }, (_, i) => `单位${i + 1}.xlsx`);
    const result = readPicked(names.map(file), r.read, 4);
    // Finish whatever is pending, last started first, until all are read.
    for (let round = 0; round < 100 && r.pending.length; round++) {
      const batch = r.pending.splice(0).reverse();
      for (const p of batch) p.done(new Uint8Array([names.indexOf(p.f.name)]));
      await settle();
    }
    const got = await result;
    expect(got.map((p) => p.name)).toEqual(names);
    expect(got.map((p) => p.bytes[0])).toEqual(names.map((_, i) => i));
  });

  it(`starts ${READS_PER_TASK} reads per task, the next slice after a zero timeout, without waiting for reads to finish`, async () => {
    const r = slowReader();
    const result = readPicked(Array.from({ length: 300 }, (_, i) => file(`${i}.xlsx`)), r.read);
    // The change event's own task starts one slice only.
    expect(r.pending).toHaveLength(READS_PER_TASK);
    await settle();
    expect(r.pending).toHaveLength(2 * READS_PER_TASK);
    for (let i = 0; i < 10; i++) await settle();
    // All 300 in flight at once: the reads overlap as before.
    expect(r.pending).toHaveLength(300);
    for (const p of r.pending.splice(0)) p.done(new Uint8Array(1));
    expect(await result).toHaveLength(300);
  });

  it('fails with the file that could not be read and starts no more reads', async () => {
    const r = slowReader();
    const result = readPicked(Array.from({ length: 20 }, (_, i) => file(`${i}.xlsx`)), r.read, 2);
    r.pending.shift()!.fail(new Error('坏文件'));
    await expect(result).rejects.toThrow('坏文件');
    // The read still in flight finishes; no slice starts after the failure.
    for (const p of r.pending.splice(0)) p.done(new Uint8Array(1));
    for (let i = 0; i < 12; i++) await settle();
    expect(r.pending).toHaveLength(0);
    expect(r.started()).toBe(2);
  });

  it('reads nothing for no files', async () => {
    expect(await readPicked([], () => Promise.reject(new Error('不应读取')))).toEqual([]);
  });
});
