/**
 * What crosses from the engine's worker to the page: long lists in parts cut by size (an item never split, never
 * lost), parsed one part per task with a pause between, and a review packed and unpacked equal to itself.
 */
import * as fs from 'fs';
import * as path from 'path';
import { packList, packReview, reviewBuffers, slimReview, unpackList, unpackReview, unpackText } from '../../src/app/engineProtocol';
import { coreEngine } from '../../src/app/coreEngine';
import { readWorkbookBytes } from '../../src/hosts/files/read';

const noPause = () => Promise.resolve();

describe('long lists in parts', () => {
  // "aaaa" is 6 characters of JSON, 7 with its comma.
  const items = ['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee'];

  it('cuts parts at the size given: two items fit in 13 characters, not in 12', () => {
    expect(packList(items, 13).map((p) => JSON.parse(unpackText(p)))).toEqual([['aaaa', 'bbbb'], ['cccc', 'dddd'], ['eeee']]);
    expect(packList(items, 12).map((p) => JSON.parse(unpackText(p)))).toEqual(items.map((x) => [x]));
  });

  it('puts an item larger than a part in a part of its own, and an empty list in none', async () => {
    const big = 'x'.repeat(50);
    expect(packList(['a', big, 'b'], 10).map((p) => JSON.parse(unpackText(p)))).toEqual([['a'], [big], ['b']]);
    expect(packList([])).toEqual([]);
    expect(await unpackList(packList([]), noPause)).toEqual([]);
  });

  it('unpacks a part per task: the pause comes between parts, and the list comes back whole, in order', async () => {
    const list = Array.from({ length: 1000 }, (_, i) => ({ i, text: `第${i}条` }));
    const parts = packList(list, 2000);
    expect(parts.length).toBeGreaterThan(5);
    const events: string[] = [];
    const parse = jest.spyOn(JSON, 'parse');
    const got = await unpackList<{ i: number; text: string }>(parts, async () => {
      events.push(`pause after ${parse.mock.calls.length} parses`);
    });
    parse.mockRestore();
    expect(got).toEqual(list);
    expect(events).toEqual(Array.from({ length: parts.length - 1 }, (_, k) => `pause after ${k + 1} parses`));
  });
});

describe('a review across the thread', () => {
  it('packs a review with its findings and projects in parts, every buffer to transfer, and unpacks it equal', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(__dirname, '..', '..', 'examples', 'zj-problems.xlsx')));
    const review = slimReview(coreEngine().review(readWorkbookBytes(bytes, 'zj-problems.xlsx'), { packs: ['zj2017'], asOf: '2024-07-01' }));
    expect(review.findings.length).toBeGreaterThan(3);
    const wire = packReview(review);
    const buffers = reviewBuffers(wire);
    expect(buffers).toHaveLength(1 + wire.findings.length + wire.projects.length + wire.parsedProjects.length);
    expect(buffers.every((b) => b instanceof ArrayBuffer)).toBe(true);
    // The head holds none of the long lists.
    const head = JSON.parse(unpackText(wire.head));
    expect([head.findings, head.projects, head.parsed.projects]).toEqual([[], [], []]);
    let pauses = 0;
    const back = await unpackReview(structuredClone(wire), async () => void pauses++);
    expect(back).toEqual(review);
    expect(pauses).toBeGreaterThanOrEqual(2);
  });
});
