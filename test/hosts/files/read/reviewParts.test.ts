/** A large review crosses from the child in parts (reviewParts) and is put back together in order (joinReviewParts). */
import type { Finding, ProjectReport } from '../../../../src/core';
import { inBatches } from '../../../../src/hosts/files/read/isolate';
import { joinReviewParts, reviewParts, type ReviewReply } from '../../../../src/hosts/files/read/reviewMany';

const finding = (i: number): Finding => ({ ruleId: 'SC-GROUP-SIZE', severity: 'error', file: 'a.xlsx', sheet: '需求表', cell: `A${i + 2}`, message: `第${i}个` });
const project = (i: number) => ({ key: `p${i}`, sheet: '需求表', row: i + 2 }) as unknown as ProjectReport;

function reply(nFindings: number, nProjects: number): Extract<ReviewReply, { review: unknown }> {
  return {
    review: {
      findings: Array.from({ length: nFindings }, (_, i) => finding(i)),
      projects: Array.from({ length: nProjects }, (_, i) => project(i)),
      packs: { packs: ['common'], fromSuggestion: false } as never,
    },
  };
}

describe('inBatches', () => {
  test('slices in order, the last one short, each dropped from the source as it is handed out', () => {
    const all = [1, 2, 3, 4, 5, 6, 7];
    const it = inBatches(all, 3);
    expect(it.next().value).toEqual([1, 2, 3]);
    expect(all.slice(0, 3)).toEqual([undefined, undefined, undefined]);
    expect(all[3]).toBe(4);
    expect([...it]).toEqual([
      [4, 5, 6],
      [7],
    ]);
    expect(all.every((x) => x === undefined)).toBe(true);
  });
});

describe('reviewParts / joinReviewParts', () => {
  test('a review within one part is sent whole', () => {
    expect(reviewParts(reply(3, 2), 5)).toBeNull();
    expect(reviewParts({ error: { kind: 'corrupt', reason: 'x' } }, 1)).toBeNull();
  });

  test('a larger one: parts of at most the size, the reply left with no findings or projects, joined back in order', () => {
    const r = reply(23, 11);
    const before = structuredClone(r.review);
    const parts = [...(reviewParts(r, 5) ?? [])];
    expect(parts.length).toBe(5 + 3); // 23 findings in 5, 11 projects in 3
    for (const p of parts) expect(Object.values(p)[0].length).toBeLessThanOrEqual(5);
    expect(r.review.findings).toEqual([]);
    expect(r.review.projects).toEqual([]);
    expect(r.review.packs).toEqual(before.packs);
    // as the parent receives them: each part and the reply serialised separately
    const received = parts.map((p) => structuredClone(p));
    expect(joinReviewParts(structuredClone(r.review), received)).toEqual(before);
  });

  test('joining with no parts gives the reply as it is', () => {
    const r = reply(2, 2).review;
    expect(joinReviewParts(r, [])).toBe(r);
  });
});
