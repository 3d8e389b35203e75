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
    merges: (s) => fake.sheet(s).merges.map((r) => rectAddress(r)).sort(),
    // Office.js widths are in pixels (the host writes characters × 7)
    widths: (s) => new Map([...fake.sheet(s).columnWidths].map(([c, px]) => [c, px / 7])),
    look: (s, cell) => {
      const r = parseAddress(cell)[0];
      const k = `${r.r0},${r.c0}`;
      return { bold: fake.sheet(s).bold.get(k) ?? false, fill: fake.sheet(s).fills.get(k)?.toUpperCase() ?? null };
    },
    print: (s) => {
      const p = fake.sheet(s).pageLayout;
      const zoom = p.zoom as { horizontalFitToPages?: number } | undefined;
      return { landscape: p.orientation === 'Landscape', a4: p.paperSize === 'A4', oneWide: zoom?.horizontalFitToPages === 1, titleRows: (p.printTitleRows as string) ?? null };
    },
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
    merges: (s) => fake.sheet(s).merges.map((r) => rectAddress(r)).sort(),
    widths: (s) => new Map(fake.sheet(s).colWidths),
    look: (s, cell) => {
      const r = parseAddress(cell)[0];
      const st = fake.sheet(s).styles.get(`${r.r0},${r.c0}`) ?? {};
      return { bold: st.bold === true, fill: typeof st.fill === 'number' ? hexOfBgr(st.fill) : null };
    },
    print: (s) => {
      const p = fake.sheet(s).page;
      return { landscape: p.Orientation === 2, a4: p.PaperSize === 9, oneWide: p.Zoom === false && p.FitToPagesWide === 1, titleRows: (p.PrintTitleRows as string) ?? null };
    },
    listSources: (s) => fake.sheet(s).validations.map((v) => v.formula1 ?? ''),
    userEdit: async (s, cell) => fake.emitChange(s, cell),
  };
});
