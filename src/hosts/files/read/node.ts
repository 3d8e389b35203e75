/**
 * Node-only entry: reads a workbook file from disk (kept apart from index.ts so the browser bundle
 * never pulls `fs`). Installs zlib's native inflate for the .xlsx reader. The file is opened read-only.
 */
import { readFile } from 'fs/promises';
import { inflateRawSync } from 'zlib';
import type { WorkbookGrid } from '../../../core/grid';
import { ReadError, readWorkbookBytes } from './index';
import { setInflateRaw } from './zip';

// One output chunk one byte larger than the part's stated size: zlib then fills a single buffer
// (no second chunk, no concatenation), and maxOutputLength refuses a part that inflates past its
// stated size (a zip bomb) instead of growing without bound.
setInflateRaw((data, size) => {
  const out = inflateRawSync(data, { maxOutputLength: Math.max(size, 1), chunkSize: Math.max(size + 1, 64) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
});

/** Reads the file at `path`; the grid's `file` is `path` as given. Throws ReadError (also when the file cannot be opened). */
export async function readWorkbookFile(path: string): Promise<WorkbookGrid> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? '文件不存在' : code === 'EISDIR' ? '这是文件夹，不是文件' : code === 'EACCES' || code === 'EPERM' ? '没有读取权限' : `打不开文件（${code ?? (e as Error).message}）`;
    throw new ReadError(path, 'io', reason);
  }
  return readWorkbookBytes(bytes, path);
}

export { readWorkbookBytes, ReadError };
