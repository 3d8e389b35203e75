/**
 * The labelled corpus (issue #9): every case is written as an .xlsx with our writer and reviewed with
 * `peixun review --json`; error and warning findings are matched to the labels on rule, sheet and cell,
 * tallies exactly. Our own corpus must score 1.0: every disagreement is listed. `npm run corpus`
 * prints the figures per rule.
 */
import * as fs from 'fs';
import { ALL_CASES } from './cases';
import { formatScore, runCase, score, tempDir, type Outcome } from './corpus';

const dir = tempDir();
afterAll(() => process.env.CORPUS_DIR || fs.rmSync(dir, { recursive: true, force: true }));

test('case ids are unique and every case says what it is about', () => {
  const ids = ALL_CASES.map((k) => k.id);
  expect(new Set(ids).size).toBe(ids.length);
  for (const k of ALL_CASES) expect(k.about.length).toBeGreaterThan(10);
});

test('every error and warning rule of every pack is labelled at least once', async () => {
  const { PACKS } = await import('../../src/core');
  const labelled = new Set(ALL_CASES.flatMap((k) => k.expect.map((e) => e.slice(0, e.indexOf('@')))));
  const missing = PACKS.flatMap((p) => p.rules.filter((r) => r.severity !== 'info' && !labelled.has(r.id)).map((r) => r.id));
  expect(missing).toEqual([]);
});

test('the labelled corpus scores precision and recall 1.0 with exact tallies', async () => {
  const outcomes: Outcome[] = [];
  for (const k of ALL_CASES) outcomes.push(await runCase(k, dir));
  const s = score(outcomes);
  const report = formatScore(s, ALL_CASES.length);
  // printed for `npm run corpus` and the CI log
  console.log(report);
  expect(s.misses).toEqual([]);
  expect(s.precision).toBe(1);
  expect(s.recall).toBe(1);
}, 300_000);
