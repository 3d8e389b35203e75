/**
 * safeWrite with a mocked fs: the failures root cannot provoke with chmod (tests run as root
 * here), i.e. permission denied, read-only file system and disk full. The mock fails writes and
 * renames for paths containing a marker and otherwise uses the real fs.
 */
import * as realFs from 'fs';
import * as os from 'os';
import * as path from 'path';

type Op = 'write' | 'rename' | 'mkdir' | 'readdir';
/** A marker in a path makes `op` fail with `code` (writes: once `after` bytes are in the file). */
const failures = new Map<string, { op: Op; code: string; after?: number }>();
function failFor(p: string, op: Op, done = 0): string | undefined {
  for (const [marker, f] of failures) if (f.op === op && String(p).includes(marker) && done >= (f.after ?? 0)) return f.code;
  return undefined;
}
const errno = (code: string) => Object.assign(new Error(`${code}: mocked`), { code });

jest.mock('fs', () => {
  const actual = jest.requireActual<typeof import('fs')>('fs');
  // files opened for writing, by descriptor: a write fails when the path holds a marker
  const opened = new Map<number, { path: string; done: number }>();
  const fd = (p: string, flags?: unknown, mode?: unknown) => {
    const n = actual.openSync(p, flags as never, mode as never);
    opened.set(n, { path: String(p), done: 0 });
    return n;
  };
  return {
    ...actual,
    openSync: fd,
    closeSync: (n: number) => {
      opened.delete(n);
      return actual.closeSync(n);
    },
    writeSync: (n: number, data: Uint8Array, offset?: number, length?: number) => {
      const f = opened.get(n);
      const code = f && failFor(f.path, 'write', f.done);
      if (code) {
        // a partial temp file, as a full disk leaves one
        actual.writeSync(n, data, offset ?? 0, Math.min(10, length ?? data.length));
        throw errno(code);
      }
      const k = actual.writeSync(n, data, offset as never, length as never);
      if (f) f.done += k;
      return k;
    },
    renameSync: (a: string, b: string) => {
      const code = failFor(b, 'rename');
      if (code) throw errno(code);
      return actual.renameSync(a, b);
    },
    readdirSync: (p: string, opts?: unknown) => {
      const code = failFor(p, 'readdir');
      if (code) throw errno(code);
      return actual.readdirSync(p, opts as never);
    },
    mkdirSync: (p: string, opts?: unknown) => {
      const code = failFor(p, 'mkdir');
      if (code) throw errno(code);
      return actual.mkdirSync(p, opts as never);
    },
  };
});

// after the mock
import { InputSet, WriteError, writeFileSafely } from '../../../../src/hosts/files/write/safeWrite';
import '../../../../src/hosts/files/write/node';
import { writeXlsxTo } from '../../../../src/hosts/files/write/xlsx';
import { collectWorkbooks } from '../../../../src/cli/files';
import { run } from '../../../cli/helpers';

let dir: string;
beforeEach(() => {
  dir = realFs.mkdtempSync(path.join(os.tmpdir(), 'px-safe-'));
  failures.clear();
});
afterEach(() => realFs.rmSync(dir, { recursive: true, force: true }));

function thrown(f: () => void): WriteError {
  try {
    f();
  } catch (e) {
    return e as WriteError;
  }
  throw new Error('did not throw');
}

describe('writeFileSafely', () => {
  test('writes, replacing an existing file, and leaves no temporary file', () => {
    const target = path.join(dir, 'a.xlsx');
    realFs.writeFileSync(target, 'old');
    writeFileSafely(target, new TextEncoder().encode('new'));
    expect(realFs.readFileSync(target, 'utf8')).toBe('new');
    expect(realFs.readdirSync(dir)).toEqual(['a.xlsx']);
  });

  test.each([
    ['ENOSPC', '磁盘空间不足'],
    ['EACCES', '没有写入权限'],
    ['EROFS', '只读'],
  ])('%s while writing: a WriteError naming the path, the old file kept, the temporary file removed', (code, words) => {
    const target = path.join(dir, 'full.xlsx');
    realFs.writeFileSync(target, 'old');
    failures.set('full.xlsx', { op: 'write', code });
    const e = thrown(() => writeFileSafely(target, new Uint8Array(100)));
    expect(e).toBeInstanceOf(WriteError);
    expect(e.code).toBe(code);
    expect(e.message).toContain(`“${target}”`);
    expect(e.message).toContain(words);
    expect(e.message).not.toContain('\n');
    expect(realFs.readFileSync(target, 'utf8')).toBe('old');
    expect(realFs.readdirSync(dir)).toEqual(['full.xlsx']);
  });

  test('ENOSPC midway through a workbook written part by part: a WriteError, the old file kept, no temporary file', () => {
    const target = path.join(dir, 'mid.xlsx');
    realFs.writeFileSync(target, 'old');
    failures.set('mid.xlsx', { op: 'write', code: 'ENOSPC', after: 50_000 });
    const rows: (string | number)[][] = [['序号', '培训班主题']];
    for (let i = 1; i <= 20_000; i++) rows.push([i, `培训班主题${i}`]);
    let sent = 0;
    const e = thrown(() =>
      writeFileSafely(target, (write) =>
        writeXlsxTo({ sheets: [{ name: '省级汇总', rows }, { name: '单位汇总', rows: [['a']] }] }, (b) => {
          sent += b.length;
          write(b);
        }),
      ),
    );
    expect(e).toBeInstanceOf(WriteError);
    expect(e.code).toBe('ENOSPC');
    expect(e.message).toContain('磁盘空间不足');
    expect(sent).toBeGreaterThan(50_000); // it failed midway, not on the first write
    expect(realFs.readFileSync(target, 'utf8')).toBe('old');
    expect(realFs.readdirSync(dir)).toEqual(['mid.xlsx']);
  });

  test('a failed rename removes the temporary file', () => {
    const target = path.join(dir, 'r.xlsx');
    failures.set('r.xlsx', { op: 'rename', code: 'EACCES' });
    expect(thrown(() => writeFileSafely(target, new Uint8Array(5))).message).toContain('没有写入权限');
    expect(realFs.readdirSync(dir)).toEqual([]);
  });

  test('a folder that cannot be created', () => {
    const target = path.join(dir, 'ro', 'x.xlsx');
    failures.set(`${path.sep}ro`, { op: 'mkdir', code: 'EROFS' });
    const e = thrown(() => writeFileSafely(target, new Uint8Array(5)));
    expect(e.message).toContain(`无法创建文件夹“${path.join(dir, 'ro')}”`);
  });

  test('refuses an input, a link to it, and (noOverwrite) an existing file', () => {
    const input = path.join(dir, 'in.xlsx');
    realFs.writeFileSync(input, 'in');
    realFs.symlinkSync(input, path.join(dir, 'sym.xlsx'));
    realFs.linkSync(input, path.join(dir, 'hard.xlsx'));
    const inputs = new InputSet([input]);
    for (const t of ['in.xlsx', 'sym.xlsx', 'hard.xlsx']) {
      expect(thrown(() => writeFileSafely(path.join(dir, t), new Uint8Array(1), { inputs })).message).toContain('输入文件');
    }
    realFs.writeFileSync(path.join(dir, 'other.xlsx'), 'o');
    expect(thrown(() => writeFileSafely(path.join(dir, 'other.xlsx'), new Uint8Array(1), { noOverwrite: true })).code).toBe('EEXIST');
    expect(realFs.readFileSync(input, 'utf8')).toBe('in');
  });
});

describe('the CLI on a full disk', () => {
  test('merge: one Chinese line, exit 2, no temporary file, no summary', async () => {
    const input = path.join(dir, 'in.xlsx');
    realFs.copyFileSync(path.join(__dirname, '../../../../examples/zj-clean.xlsx'), input);
    failures.set('s.xlsx', { op: 'write', code: 'ENOSPC' });
    const r = await run('merge', input, '--out', path.join(dir, 's.xlsx'));
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('磁盘空间不足');
    expect(realFs.readdirSync(dir)).toEqual(['in.xlsx']);
  });
});

describe('folder walk with an unreadable subfolder (mocked: root reads anything)', () => {
  test('EACCES on readdir names the folder', () => {
    const locked = path.join(dir, 'returns', 'locked');
    realFs.mkdirSync(locked, { recursive: true });
    failures.set(`${path.sep}locked`, { op: 'readdir', code: 'EACCES' });
    expect(() => collectWorkbooks([path.join(dir, 'returns')])).toThrow(`没有权限读取“${locked}”`);
  });

  test('review and merge of that folder: one line, exit 2, nothing written', async () => {
    const returns = path.join(dir, 'returns');
    realFs.mkdirSync(path.join(returns, 'locked'), { recursive: true });
    realFs.copyFileSync(path.join(__dirname, '../../../../examples/zj-clean.xlsx'), path.join(returns, 'a.xlsx'));
    failures.set(`${path.sep}locked`, { op: 'readdir', code: 'EACCES' });
    for (const argv of [['review', returns], ['merge', returns, '--out', path.join(dir, 's.xlsx')]]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain('没有权限读取');
    }
    expect(realFs.existsSync(path.join(dir, 's.xlsx'))).toBe(false);
  });
});
