/**
 * Core OutSheets (merge summary, exported 需求表) → .xlsx bytes with the file writer (every string a
 * string cell, never a formula), and several files → one .zip, for the pane's downloads in any host.
 * Browser-safe: no fs.
 */
import { zipSync } from 'fflate';
export { outSheetsToXlsx } from '../hosts/files/write/outSheets';

/** Files → one .zip (stored: .xlsx files are compressed already). Names are made unique. */
export function zipFiles(files: { name: string; bytes: Uint8Array }[]): Uint8Array {
  // file names are user text: no prototype (`__proto__.xlsx` is just a name)
  const entries: Record<string, [Uint8Array, { level: 0 }]> = Object.create(null);
  for (const f of files) {
    let name = f.name;
    for (let i = 2; Object.hasOwn(entries, name); i++) name = f.name.replace(/(\.[^.]*)?$/, (ext) => `（${i}）${ext}`);
    entries[name] = [f.bytes, { level: 0 }];
  }
  return zipSync(entries);
}
