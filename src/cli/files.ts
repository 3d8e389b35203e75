/** Expanding the files and folders a user names into workbook paths. */
import * as fs from 'fs';
import * as path from 'path';
import { UsageError } from './args';

export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xls', '.csv', '.ods', '.et', '.ett'];

/** Hidden files and Excel's `~$` lock files are never workbooks a unit sent. */
export function isSkippedName(name: string): boolean {
  return name.startsWith('.') || name.startsWith('~$');
}

/** Why a folder or file could not be looked at, in Chinese, with what to do. */
function walkProblem(p: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `没有权限读取“${p}”，请修改它的权限，或不带它重新运行`;
    case 'ELOOP':
      return `“${p}”是循环的符号链接（指回自身），请删除或修正这个链接后重试`;
    case 'ENOTDIR':
      return `“${p}”的路径中有一段是文件而不是文件夹，请检查路径`;
    default:
      return `无法读取“${p}”（${code ?? (e as Error)?.message ?? String(e)}），请检查后重试`;
  }
}

export interface Workbooks {
  files: string[];
  missing: string[];
  empty: string[];
  reals: Map<string, string>;
}

/**
 * Files are kept as given (even with another extension: the reader then says why it cannot read
 * them); folders are searched recursively for workbooks, sorted, skipping hidden and `~$` files;
 * symbolic links are followed (a loop, or a folder reached twice, is not walked again).
 * A name that does not exist is returned in `missing`; a folder that holds no workbook in `empty`.
 * A folder that cannot be read, or a link loop, is a UsageError naming it (exit 2): a batch that
 * silently left a folder out would be a wrong summary.
 * `reals` holds the real path of each file found in a folder as a plain file (not a link): the
 * folder's real path (looked up for the walk) joined with its name, for InputSet.
 */
export function collectWorkbooks(args: string[]): Workbooks {
  const files: string[] = [];
  const missing: string[] = [];
  const empty: string[] = [];
  const reals = new Map<string, string>();
  const seenDirs = new Set<string>();
  const walk = (dir: string) => {
    let real: string;
    let entries: fs.Dirent[];
    try {
      real = fs.realpathSync(dir);
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      throw new UsageError(walkProblem(dir, e));
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      if (isSkippedName(e.name)) continue;
      const p = path.join(dir, e.name);
      let isDir = e.isDirectory();
      let isFile = e.isFile();
      if (e.isSymbolicLink()) {
        try {
          const st = fs.statSync(p);
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          const code = (err as NodeJS.ErrnoException).code;
          if (code === 'ENOENT') continue; // a dangling link is no workbook
          throw new UsageError(walkProblem(p, err));
        }
      }
      if (isDir) walk(p);
      else if (isFile && WORKBOOK_EXTENSIONS.includes(path.extname(e.name).toLowerCase())) {
        files.push(p);
        if (!e.isSymbolicLink()) reals.set(p, path.join(real, e.name));
      }
    }
  };
  for (const a of args) {
    let st: fs.Stats;
    try {
      st = fs.statSync(a);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') missing.push(a);
      else throw new UsageError(walkProblem(a, e));
      continue;
    }
    if (st.isDirectory()) {
      const before = files.length;
      walk(a);
      if (files.length === before) empty.push(a);
    } else files.push(a);
  }
  return { files, missing, empty, reals };
}

/**
 * The workbooks to read, or a UsageError when there is nothing at all to read: folders that hold
 * no workbook are named (exit 2, nothing written). A folder without workbooks beside others that
 * have some is only mentioned (on stderr, by the caller).
 */
export function collectOrRefuse(args: string[]): Workbooks {
  const found = collectWorkbooks(args);
  if (found.files.length === 0 && found.missing.length === 0 && found.empty.length > 0) {
    throw new UsageError(`文件夹${found.empty.map((d) => `“${d}”`).join('、')}中没有工作簿（${WORKBOOK_EXTENSIONS.join(' ')}），未写出任何文件；请检查文件夹是否选对`);
  }
  return found;
}

/** Why a file named on the command line could not be read, in Chinese (a reader's reason when it has one). */
export function readProblem(e: unknown): string {
  const reason = (e as { reason?: string })?.reason;
  if (reason) return reason;
  switch ((e as NodeJS.ErrnoException)?.code) {
    case 'ENOENT':
      return '文件不存在，请检查路径';
    case 'EACCES':
    case 'EPERM':
      return '没有读取权限，请修改它的权限';
    case 'EISDIR':
      return '这是文件夹，请给出文件';
    case 'ELOOP':
      return '是循环的符号链接，请修正这个链接';
    default:
      return String((e as Error)?.message ?? e).split('\n')[0];
  }
}
