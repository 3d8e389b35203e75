/**
 * Node-only: the ONE way the command line writes a file.
 *
 * - Never onto an input: the target is refused when it is an input, or reaches one through a
 *   symbolic link (realpath) or a hard link (same device and inode).
 * - Never half a file: bytes go to a temporary file in the target's folder, which is renamed over
 *   the target only when the write succeeded, and removed when it did not.
 * - Never a stack trace: every failure is a WriteError whose message is one Chinese line naming
 *   the path and what to do (the CLI prints it and exits 2).
 */
import * as fs from 'fs';
import * as path from 'path';

/** A write the user can fix (read-only or missing folder, a folder where a file was meant, disk full …). */
export class WriteError extends Error {
  constructor(
    readonly target: string,
    message: string,
    readonly code?: string,
  ) {
    super(message);
    this.name = 'WriteError';
  }
}

/** The files a command reads, by real path and by device + inode, so no write can reach them. */
export class InputSet {
  private real = new Map<string, string>();
  /** By device + inode, made at the first target that exists (inodes()): none is needed before. */
  private inode: Map<string, string> | null = null;
  /** Each file added, as given: its real path and device + inode. */
  private ids = new Map<string, FileId>();
  /** Every file added, in order (a file added twice, twice): the last one added wins, as for real paths. */
  private added: [string, FileId][] = [];

  /**
   * `known` maps files to their real paths where the caller already has them (collectWorkbooks: a
   * plain file in a walked folder): those files are not asked for it again — realpath asks for every
   * part of the path, 4 000 lstat calls of a 1 000-file merge.
   */
  constructor(files: Iterable<string> = [], known?: ReadonlyMap<string, string>) {
    for (const f of files) this.add(f, known?.get(f));
  }

  /** Adds a file; `real`, when given, is its real path, known to be of a plain file. */
  add(file: string, real?: string): void {
    if (real !== undefined) {
      this.put(file, { real, inode: undefined });
      return;
    }
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch {
      return; // a missing input cannot be overwritten
    }
    if (!st.isFile()) return;
    this.put(file, { real: realOrResolved(file), inode: inodeKey(st) });
  }

  private put(file: string, id: FileId): void {
    this.ids.set(file, id);
    this.real.set(id.real, file);
    this.added.push([file, id]);
    if (this.inode) addInode(this.inode, file, id);
  }

  /**
   * The inputs by device + inode. An input's inode not noted when it was added is asked for now (once:
   * the sets made by subset share it); an input gone by then is no longer one a write could reach.
   */
  private inodes(): Map<string, string> {
    if (this.inode) return this.inode;
    const byInode = new Map<string, string>();
    for (const [file, id] of this.added) addInode(byInode, file, id);
    return (this.inode = byInode);
  }

  /** The input `target` is, or reaches through a link; undefined when it is none of them. */
  inputAt(target: string): string | undefined {
    const byPath = this.real.get(realOrResolved(target));
    if (byPath !== undefined) return byPath;
    if (this.added.length === 0) return undefined;
    try {
      const st = fs.statSync(target);
      return this.inodes().get(inodeKey(st));
    } catch {
      return undefined;
    }
  }

  /**
   * inputAt(file) for a file added to `known`: by the real path and inode noted then, without asking
   * the file system again (a merge of 1 000 files asked it 3 000 times before its first file was read).
   */
  inputAtKnown(file: string, known: InputSet): string | undefined {
    const id = known.ids.get(file);
    if (!id) return this.inputAt(file);
    const byPath = this.real.get(id.real);
    if (byPath !== undefined || this.added.length === 0) return byPath;
    const inode = inodeOf(file, id);
    return inode === null ? undefined : this.inodes().get(inode);
  }

  /** new InputSet(files) for files added to this set, from what was noted then (no system call). */
  subset(files: Iterable<string>): InputSet {
    const out = new InputSet();
    for (const f of files) {
      const id = this.ids.get(f);
      if (id) out.put(f, id);
      else out.add(f);
    }
    return out;
  }
}

interface FileId {
  real: string;
  /** Device + inode; undefined until asked for (inodeOf), null when the file was gone or no plain file then. */
  inode: string | null | undefined;
}

function inodeKey(st: fs.Stats): string {
  return `${st.dev}:${st.ino}`;
}

function inodeOf(file: string, id: FileId): string | null {
  if (id.inode === undefined) {
    try {
      const st = fs.statSync(file);
      id.inode = st.isFile() ? inodeKey(st) : null;
    } catch {
      id.inode = null;
    }
  }
  return id.inode;
}

function addInode(byInode: Map<string, string>, file: string, id: FileId): void {
  const inode = inodeOf(file, id);
  if (inode !== null) byInode.set(inode, file);
}

/** The real path of an existing file, or of its folder joined with its name (the file may not exist yet). */
function realOrResolved(p: string): string {
  try {
    return fs.realpathSync(p);
  } catch {
    const abs = path.resolve(p);
    try {
      return path.join(fs.realpathSync(path.dirname(abs)), path.basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Why a file-system call failed, in Chinese, with what to do. */
export function describeFsError(e: unknown, target: string): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `没有写入权限，请换一个可写的文件夹或修改“${target}”所在文件夹的权限`;
    case 'EROFS':
      return '所在磁盘是只读的，请换一个可写的位置';
    case 'ENOSPC':
    case 'EDQUOT':
      return '磁盘空间不足，请清理磁盘或换一个位置';
    case 'ENOTDIR':
      return '路径中有一段是文件而不是文件夹，请检查路径';
    case 'ENOENT':
      return '无法在所在文件夹中创建文件（文件夹不存在或不允许新建文件），请检查路径';
    case 'EISDIR':
      return '这是一个已有的文件夹，请给出文件名';
    case 'ENAMETOOLONG':
      return '路径太长，请换一个较短的路径';
    case 'EMFILE':
    case 'ENFILE':
      return '同时打开的文件太多，请稍后重试';
    default:
      return `写入失败（${code ?? (e as Error)?.message ?? String(e)}），请检查路径后重试`;
  }
}

export interface SafeWriteOptions {
  /** Files the command read: the target may not be (or link to) any of them. */
  inputs?: InputSet;
  /** Refuse when the target already exists (default: replace it). */
  noOverwrite?: boolean;
}

/** Checks that `target` may be written (not a folder, not an input, and, with noOverwrite, not existing). */
export function checkTarget(target: string, opts: SafeWriteOptions = {}): void {
  const input = opts.inputs?.inputAt(target);
  if (input !== undefined) {
    const same = path.resolve(input) === path.resolve(target);
    throw new WriteError(target, `不能写到“${target}”：${same ? '它是输入文件' : `它指向输入文件“${input}”（链接）`}，输入文件只读不写；请换一个输出文件名`);
  }
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(target);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) throw new WriteError(target, `不能写到“${target}”：这是一个已有的文件夹，请给出文件名（如 ${path.join(target, '输出.xlsx')}）`, 'EISDIR');
  if (st && opts.noOverwrite) throw new WriteError(target, `不能写到“${target}”：文件已存在，请先移走它或换一个名字`, 'EEXIST');
}

/** Creates a folder (and its parents) for output, or throws a WriteError saying why not. */
export function ensureFolder(dir: string): void {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(dir);
  } catch {
    st = undefined;
  }
  if (st && !st.isDirectory()) throw new WriteError(dir, `不能写到文件夹“${dir}”：这是一个已有的文件，不是文件夹；请给出一个文件夹`, 'ENOTDIR');
  if (st) return;
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new WriteError(dir, `无法创建文件夹“${dir}”：${describeFsError(e, dir)}`, (e as NodeJS.ErrnoException).code);
  }
}

let serial = 0;

/** Temporary files being written now, with their targets: an interrupted command removes them (removePendingTemps). */
const pending = new Map<string, string>();

/** Removes every temporary file still being written and returns their targets (for cli/signals.ts). */
export function removePendingTemps(): string[] {
  const targets: string[] = [];
  for (const [tmp, target] of pending) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // best effort: the process is ending
    }
    targets.push(target);
  }
  pending.clear();
  return targets;
}

/** Writes a file's bytes in order (each call appends). */
export type FileSink = (bytes: Uint8Array) => void;

/**
 * Writes `content` to `target` through a temporary file in the same folder, renamed over the
 * target only on success (a failed run never leaves half a file, nor a temporary one). `content`
 * is the bytes, or a function that writes them piece by piece into the temporary file as it makes
 * them (a large workbook never held whole). A file-system failure, while writing or renaming, is
 * a WriteError; any other error the function throws is passed on as it is, the temporary file
 * removed all the same.
 */
export function writeFileSafely(target: string, content: Uint8Array | ((write: FileSink) => void), opts: SafeWriteOptions = {}): void {
  checkTarget(target, opts);
  const dir = path.dirname(path.resolve(target));
  ensureFolder(dir);
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${++serial}.tmp`);
  let fd: number | undefined;
  try {
    fd = fs.openSync(tmp, 'wx');
    pending.set(tmp, target);
    const file = fd;
    const write: FileSink = (bytes) => {
      for (let at = 0; at < bytes.length; ) at += fs.writeSync(file, bytes, at, bytes.length - at);
    };
    if (typeof content === 'function') content(write);
    else write(content);
    fd = undefined;
    fs.closeSync(file);
    fs.renameSync(tmp, target);
    pending.delete(tmp);
  } catch (e) {
    pending.delete(tmp);
    try {
      if (fd !== undefined) fs.closeSync(fd);
    } catch {
      // closing a file that failed to write; removing it below is what matters
    }
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // nothing more can be done; the message below names the target
    }
    const code = (e as NodeJS.ErrnoException)?.code;
    if (typeof code !== 'string') throw e;
    throw new WriteError(target, `无法写入“${target}”：${describeFsError(e, target)}`, code);
  }
}
