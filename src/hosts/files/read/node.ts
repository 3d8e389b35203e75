/**
 * Node-only entry: reads a workbook file from disk (kept apart from index.ts so the browser bundle
 * never pulls `fs`). Installs zlib's native inflate for the .xlsx reader. The file is opened read-only.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'fs';
import { readFile, stat } from 'fs/promises';
import type { WorkbookGrid } from '../../../core';
import { inflateRaw } from './inflate';
import { ReadError, readWorkbookBytes } from './index';
import { setInflateRaw } from './zip';
import { LIMITS, overLimitReason } from './limits';

// zlib's inflate, one inflater kept for every part (inflate.ts)
setInflateRaw(inflateRaw);

/** Why a file could not be opened, in Chinese. */
export function ioReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是文件夹，不是文件' : code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : `打不开文件（${code ?? (e as Error).message}）`;
}

/**
 * A file's bytes, refused past LIMITS.fileBytes before anything is read (a 2 GB file is never loaded).
 * Throws ReadError. Opened once: its size is asked of the open file, and what is read is the file
 * that was measured (one path lookup a file, where a stat and then readFileSync made two).
 */
export function readFileBytes(path: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    throw new ReadError(path, 'io', ioReason(e));
  }
  try {
    const stats = fstatSync(fd);
    if (stats.size > LIMITS.fileBytes) throw new ReadError(path, 'too-large', overLimitReason('fileBytes'));
    // not a regular file (a pipe, a device): its size says nothing; read to its end as before
    if (!stats.isFile()) return readFileSync(fd);
    const bytes = Buffer.allocUnsafe(stats.size);
    let got = 0;
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, got);
      if (n === 0) break;
      got += n;
    }
    // a file cut short while it was read: what it held
    return got === bytes.length ? bytes : bytes.subarray(0, got);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(path, 'io', ioReason(e));
  } finally {
    closeSync(fd);
  }
}

/** Reads the file at `path`; the grid's `file` is `path` as given. Throws ReadError (also when the file cannot be opened). */
export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  let bytes: Uint8Array;
  try {
    if ((await stat(path)).size > LIMITS.fileBytes) throw new ReadError(path, 'too-large', overLimitReason('fileBytes'));
    bytes = await readFile(path);
  } catch (e) {
    if (e instanceof ReadError) throw e;
    throw new ReadError(path, 'io', ioReason(e));
  }
  return readWorkbookBytes(bytes, path);
}

export { readWorkbookBytes, ReadError };
