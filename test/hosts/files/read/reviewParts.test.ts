/** A large review crosses from the child in parts (reviewParts) and is put back together in order (joinReviewParts). */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Finding, ProjectReport } from '../../../../src/core';
import { inBatches } from '../../../../src/hosts/files/read/isolate';
import { readWorkbookBytes } from '../../../../src/hosts/files/read/node';
import { joinReviewParts, REVIEW_BATCH, reviewOneFile, reviewParts, type ReviewReply } from '../../../../src/hosts/files/read/reviewMany';
import { gridToXlsx } from '../../../../src/hosts/files/write/mark';

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

// Through a real child process: needs the compiled worker script (npm run build:cli).
const LIB_REVIEW = path.resolve(__dirname, '../../../../lib/hosts/files/read/reviewMany.js');
const SRC_REVIEW = path.resolve(__dirname, '../../../../src/hosts/files/read/reviewMany.ts');
const compiled = fs.existsSync(LIB_REVIEW) && fs.statSync(LIB_REVIEW).mtimeMs >= fs.statSync(SRC_REVIEW).mtimeMs;
(compiled ? describe : describe.skip)('a review larger than one part, in a child process (compiled lib/)', () => {
  test('comes back in parts with every finding and project report, in order, as reviewed in this thread', async () => {
    // examples/sc-plan.xlsx's three projects repeated: ≈ 2.3 findings a project under sc2020
    const g = readWorkbookBytes(fs.readFileSync(path.join(__dirname, '../../../../examples/sc-plan.xlsx')), 'sc-plan.xlsx');
    const s = g.sheets[0];
    const body = s.cells.slice(3, 6);
    const cells = s.cells.slice(0, 3);
    for (let i = 0; i < 8000; i++) {
      const row = body[i % 3].map((c) => c && { ...c });
      row[0] = { v: i + 1 };
      row[2] = { v: `${body[i % 3][2]?.v}${i + 1}` };
      cells.push(row);
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'px-parts-'));
    try {
      const file = path.join(dir, 'list.xlsx');
      fs.writeFileSync(file, gridToXlsx({ file, sheets: [{ ...s, cells }] }));
      const options = { packs: ['common', 'sc2020'] as never, asOf: '2026-12-05' };
      const local = reviewOneFile(file, options);
      expect(local.review!.findings.length + local.review!.projects.length).toBeGreaterThan(REVIEW_BATCH);
      const lib = require(LIB_REVIEW) as typeof import('../../../../src/hosts/files/read/reviewMany');
      const [child] = await lib.reviewMany([file], options);
      expect(child.review!.findings).toEqual(local.review!.findings);
      expect(child.review!.projects).toEqual(local.review!.projects);
      expect(child.review!.packs).toEqual(local.review!.packs);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
