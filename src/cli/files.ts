/** Expanding the files and folders a user names into workbook paths. */
import * as fs from 'fs';
import * as path from 'path';

export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xls', '.csv'];

/** Hidden files and Excel's `~$` lock files are never workbooks a unit sent. */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

/**
 * Files are kept as given (even with another extension: the reader then says why it cannot read
 * them); folders are searched recursively for .xlsx/.xls/.csv, sorted, skipping hidden and `~$` files.
 * A name that does not exist is returned in `missing`.
 */
export function collectWorkbooks(args: string[]): { files: string[]; missing: string[] } {
  const files: string[] = [];
  const missing: string[] = [];
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (isSkippedName(e.name)) continue;
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && WORKBOOK_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) files.push(p);
    }
  };
  for (const a of args) {
    let st: fs.Stats;
    try {
      st = fs.statSync(a);
    } catch {
      missing.push(a);
      continue;
    }
    if (st.isDirectory()) walk(a);
    else files.push(a);
  }
  return { files, missing };
}
