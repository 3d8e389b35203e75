import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseA1, type Cell, type SheetGrid, type WorkbookGrid } from '../../../../src/core/grid';

export const FIXTURES = path.resolve(__dirname, '../../../fixtures/files');

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(fs.readFileSync(fixturePath(name)));
}

export function sheet(grid: WorkbookGrid, name: string): SheetGrid {
  const s = grid.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name} in ${grid.sheets.map((x) => x.name).join(', ')}`);
  return s;
}

/** The cell at an A1 address. */
export function at(s: SheetGrid, ref: string): Cell | undefined {
  const p = parseA1(ref);
  if (!p) throw new Error(`bad ref ${ref}`);
  return s.cells[p.row]?.[p.col];
}

/** Excel serial (1900 system) of a calendar date. */
export function serial(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86400000 + 25569;
}

/**
 * A child script for the pool's tests, written to a temporary folder before the file's tests and removed
 * after them: call at a test file's top level; the returned function gives the script's path.
 */
export function childScriptFile(prefix: string, code: string): () => string {
  let dir = '';
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    fs.writeFileSync(path.join(dir, 'child.js'), code);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return () => path.join(dir, 'child.js');
}
