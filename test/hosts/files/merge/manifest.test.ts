/**
 * The merge agrees with gen_units.py's --manifest on a small generated set (10 units, committed under
 * test/fixtures/merge/ so CI needs no python): people, days, budget 万元, 在外总日程, study and topic shares.
 */
import * as fs from 'fs';
import * as path from 'path';
import { baseName } from '../../../../src/core/merge/keys';
import { COL, mergeSources } from '../../../../src/core/merge';
import { readSources } from '../../../../src/hosts/files/merge';

const DIR = path.join(__dirname, '../../../fixtures/merge');

interface Expected {
  file: string;
  序号: number;
  培训班主题: string;
  组团单位: string;
  '国家（地区）': string;
  人数: number;
  天数: number;
  '经费预算（万元）': number;
  schedule_days: number;
  学习天数: number;
  学习天数占比: number;
  专题培训占比: number;
}

describe('merge vs gen_units.py manifest', () => {
  const manifest: Expected[] = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8'));
  const files = fs.readdirSync(path.join(DIR, 'units')).filter((f) => f.endsWith('.xlsx')).sort().map((f) => path.join(DIR, 'units', f));
  let result: ReturnType<typeof mergeSources>;

  beforeAll(async () => {
    const sources = await readSources(files, { options: { packs: ['zj2017'] }, importedAt: '2024-11-01T09:00:00+08:00', concurrency: 1 });
    result = mergeSources(sources, { importedAt: '2024-11-01T09:00:00+08:00' });
  });

  it('reads every file and every project, rejecting nothing', () => {
    expect(files).toHaveLength(10);
    expect(result.counts).toMatchObject({ filesRead: 10, filesFailed: 0, rejected: 0, projectsIn: manifest.length, projectsMerged: manifest.length });
  });

  it('has each generated project once, with the generated figures', () => {
    const round4 = (x: unknown) => (typeof x === 'number' ? Math.round(x * 10000) / 10000 : x);
    for (const e of manifest) {
      const rows = result.rows.filter((r) => baseName(String(r[COL.file])) === e.file && r[COL.seq] === e.序号);
      expect(rows).toHaveLength(1);
      const r = rows[0];
      const got = {
        theme: r[COL.theme],
        unit: r[COL.unit],
        countries: r[COL.countries],
        people: r[COL.people],
        days: r[COL.days],
        budget: round4(r[COL.budget]),
        totalDays: r[COL.totalDays],
        studyDays: r[COL.studyDays],
        studyShare: round4(r[COL.studyShare]),
        topicShare: round4(r[COL.topicShare]),
      };
      expect({ file: e.file, seq: e.序号, ...got }).toEqual({
        file: e.file,
        seq: e.序号,
        theme: e.培训班主题,
        unit: e.组团单位,
        countries: e['国家（地区）'],
        people: e.人数,
        days: e.天数,
        budget: round4(e['经费预算（万元）']),
        totalDays: e.schedule_days,
        studyDays: e.学习天数,
        studyShare: e.学习天数占比,
        topicShare: e.专题培训占比,
      });
    }
  });
});
