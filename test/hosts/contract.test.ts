/** The host contract (test/hosts/contract.ts) against the Excel host over FakeExcel and the WPS host over FakeWps. */
import { createExcelHost } from '../../src/hosts/excel';
import { FakeExcel } from '../support/fakeExcel';
import { createWpsHost } from '../../src/hosts/wps';
import { a1 } from '../../src/core/grid/address';
import { FakeWps, parseAddress, rectAddress } from '../support/fakeWps';
import { hostContract, type HostWorld } from './contract';

const toA1 = (k: string) => {
  const [r, c] = k.split(',').map(Number);
  return a1(r, c);
};
const byA1 = <V>(m: Map<string, V>) => new Map([...m].map(([k, v]) => [toA1(k), v]));
const hexOfBgr = (n: number) => `#${[n & 255, (n >> 8) & 255, (n >> 16) & 255].map((x) => x.toString(16).padStart(2, '0')).join('')}`.toUpperCase();

hostContract('Excel (FakeExcel, ExcelApi 1.18)', (): HostWorld => {
  const fake = new FakeExcel({ api: '1.18' });
  const host = createExcelHost({ env: fake.env() });
  return {
    host,
    file: fake.name,
    addSheet: (name, rows, opts) => void fake.addSheet(name, rows, opts),
    snapshot: () => fake.snapshot(),
    sheetNames: () => fake.sheets.map((s) => s.name),
    values: (s) => new Map(fake.sheet(s).values),
    formats: (s) => new Map(fake.sheet(s).numberFormats),
    formulaCells: () => fake.sheets.flatMap((s) => [...s.formulas.keys()].map((k) => `${s.name}!${k}`)),
    marks: (s) => fake.sheet(s).cfs.map((cf) => ({ fill: cf.fill ?? '', areas: cf.areas.map((r) => rectAddress(r)) })),
    notes: (s) => new Map(fake.sheet(s).notes),
    addUserNote: (s, cell, text) => void fake.sheet(s).notes.set(cell, text),
    links: (s) => new Map([...byA1(fake.sheet(s).hyperlinks)].map(([k, h]) => [k, h.documentReference ?? ''])),
    listSources: (s) => fake.sheet(s).validations.map((v) => (v.rule as { list: { source: string } }).list.source),
    userEdit: (s, cell) => fake.emitChanged(s, cell),
  };
});

hostContract('WPS (FakeWps)', (): HostWorld => {
  const fake = new FakeWps();
  const host = createWpsHost({ app: fake.app });
  return {
    host,
    file: fake.name,
    addSheet: (name, rows, opts) => void fake.addSheet(name, rows, opts),
    snapshot: () => fake.snapshot(),
    sheetNames: () => fake.sheets.map((s) => s.name),
    values: (s) => new Map(fake.sheet(s).values),
    formats: (s) => new Map(fake.sheet(s).formats),
    formulaCells: () => fake.sheets.flatMap((s) => [...s.formulas.keys()].map((k) => `${s.name}!${k}`)),
    marks: (s) => fake.sheet(s).cfs.map((cf) => ({ fill: hexOfBgr(cf.interior ?? 0), areas: cf.areas.map((r) => rectAddress(r)) })),
    notes: (s) => byA1(fake.sheet(s).comments),
    addUserNote: (s, cell, text) => {
      const r = parseAddress(cell)[0];
      fake.sheet(s).comments.set(`${r.r0},${r.c0}`, text);
    },
    links: (s) => new Map([...byA1(fake.sheet(s).links)].map(([k, h]) => [k, h.subAddress ?? ''])),
    listSources: (s) => fake.sheet(s).validations.map((v) => v.formula1 ?? ''),
    userEdit: async (s, cell) => fake.emitChange(s, cell),
  };
});
