/**
 * Just enough of a zip reader for OOXML packages: the central directory is read once, and a part
 * is inflated only when asked for (a workbook needs 4–5 parts of its 10–30). Inflation is fflate's
 * (pure JS, browser-safe) unless a host installs a faster one (node.ts installs zlib's).
 */
import { inflateSync } from 'fflate';
import { FormatError, REASONS } from './errors';
import { LIMITS, overLimit } from './limits';
import { utf8Decoder } from './xml';

/**
 * Inflates raw deflate data whose zip entry states `size` bytes. Returns at most `size + 1` bytes
 * (or throws): one byte more than stated is enough to know the entry lied, without inflating a
 * bomb to its end.
 */
export type InflateRaw = (data: Uint8Array, size: number) => Uint8Array;

// fflate fills the buffer it is given and silently stops there: one byte of room past the stated
// size tells a part that inflates further from one that fits
let inflateRaw: InflateRaw = (data, size) => inflateSync(data, { out: new Uint8Array(size + 1) });

/** Replaces the raw-deflate decoder (Node: zlib.inflateRawSync). */
export function setInflateRaw(fn: InflateRaw): void {
  inflateRaw = fn;
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  /** CRC-32 the directory states (only to tell parts apart in PartCache; the bytes are compared). */
  crc: number;
  compSize: number;
  size: number;
  localOffset: number;
}

export class ZipPackage {
  /** Entries by normalised name (`/` separators, no leading slash, lower case). */
  private readonly entries = new Map<string, Entry>();
  /** Bytes inflated so far (LIMITS.totalBytes). */
  private inflated = 0;

  /** `limits`: LIMITS.partBytes and LIMITS.totalBytes unless given (tests check the boundary with small ones). */
  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: { partBytes: number; totalBytes: number } = LIMITS,
  ) {
    readDirectory(bytes, this.entries);
  }

  has(name: string): boolean {
    return this.entries.has(normName(name));
  }

  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  /** The part's bytes, or undefined when the package has no such part. */
  get(name: string): Uint8Array | undefined {
    const e = this.entries.get(normName(name));
    if (!e) return undefined;
    return this.inflate(e, this.stored(e));
  }

  /**
   * `parse` of the part's bytes (and of `variant`), or undefined when the package has no such part. A small part whose
   * stored bytes (as zipped: method, stated size, deflated data) are those of a part parsed before
   * with the same `cache` gives that part's value without being inflated or parsed again: returned
   * workbooks made from one template repeat their relationships, workbook and styles parts byte for
   * byte. The checks and limits are the same as `get`'s (the part's stated size still counts towards
   * LIMITS.totalBytes), and only a value `parse` returned is remembered, so a part gives the same value
   * or error either way. The value is shared: callers must not change it.
   */
  parsed<T>(name: string, cache: PartCache<T>, parse: (bytes: Uint8Array) => T, variant = ''): T | undefined {
    const e = this.entries.get(normName(name));
    if (!e) return undefined;
    const data = this.stored(e);
    if (data.length > PartCache.MAX_BYTES) return parse(this.inflate(e, data));
    // `variant`: what else the value depends on (a relationships part's folder)
    const key = `${e.method}/${e.size}/${e.crc}/${data.length}/${variant}`;
    const seen = cache.get(key, data);
    if (seen !== undefined) {
      this.charge(e);
      return seen;
    }
    const value = parse(this.inflate(e, data));
    cache.set(key, data, value, e.size);
    return value;
  }

  /** The entry's data as stored in the zip (checked: not encrypted, a local header, within the file). */
  private stored(e: Entry): Uint8Array {
    // a zip-level password (general purpose flag bit 0)
    if (e.flags & 1) throw new FormatError('encrypted', REASONS.encrypted);
    const b = this.bytes;
    const lo = e.localOffset;
    if (lo + 30 > b.length || readU32(b, lo) !== 0x04034b50) throw new FormatError('corrupt', REASONS.corruptPart(e.name));
    const start = lo + 30 + readU16(b, lo + 26) + readU16(b, lo + 28);
    const end = start + e.compSize;
    if (end > b.length) throw new FormatError('corrupt', REASONS.corruptPart(e.name));
    return b.subarray(start, end);
  }

  /** The checks before a part is inflated: a method we read, a stored part as long as stated, the limits. */
  private admit(e: Entry): void {
    if (e.method === 0) {
      // stored: the data is the part, and must be as long as the entry says
      if (e.compSize !== e.size) throw new FormatError('corrupt', REASONS.sizeLie(e.name));
      return;
    }
    if (e.method !== 8) throw new FormatError('corrupt', REASONS.corruptPart(e.name));
    // checked before inflating: a bomb states its size (or lies, and is stopped at the stated size + 1)
    if (e.size > this.limits.partBytes) throw overLimit('partBytes', `部件“${e.name}”解压后为 ${mib(e.size)} MB`);
    if (this.inflated + e.size > this.limits.totalBytes) throw overLimit('totalBytes');
  }

  /** A part not inflated again (PartCache) is charged as inflating it would be: its stated size. */
  private charge(e: Entry): void {
    this.admit(e);
    if (e.method === 8) this.inflated += e.size;
  }

  private inflate(e: Entry, data: Uint8Array): Uint8Array {
    this.admit(e);
    if (e.method === 0) return data;
    let out: Uint8Array;
    try {
      out = inflateRaw(data, e.size);
    } catch (err) {
      // zlib past its maxOutputLength: the part inflates beyond its stated size
      if ((err as { code?: string })?.code === 'ERR_BUFFER_TOO_LARGE') throw new FormatError('corrupt', REASONS.sizeLie(e.name));
      throw new FormatError('corrupt', REASONS.corruptPart(e.name));
    }
    if (out.length !== e.size) throw new FormatError('corrupt', REASONS.sizeLie(e.name));
    this.inflated += out.length;
    return out;
  }
}

/**
 * Values parsed from small parts, by their stored bytes (ZipPackage.parsed): kept across packages, each
 * with a copy of its part's stored bytes to compare. Bounded, so that what one file leaves here costs the
 * next ones little: at most MAX_ENTRIES values of parts inflating to MAX_HELD bytes together (a value is
 * a few times its part's text at most — a styles part of bare `<xf/>` tags; a part stored in 8 KB may inflate to
 * megabytes), then emptied. (A generated unit file's styles part is 4 KB, its relationships and workbook
 * parts under 1 KB.)
 */
export class PartCache<T> {
  /** Parts stored in more bytes than this are parsed each time (what repeats is small: rels, styles). */
  static readonly MAX_BYTES = 8192;
  static readonly MAX_ENTRIES = 256;
  static readonly MAX_HELD = 256 * 1024;
  private readonly entries = new Map<string, { stored: Uint8Array; value: T }>();
  private held = 0;

  get(key: string, stored: Uint8Array): T | undefined {
    const hit = this.entries.get(key);
    return hit !== undefined && sameBytes(hit.stored, stored) ? hit.value : undefined;
  }

  /** Keeps `value` of a part stored as `stored` that inflates to `size` bytes (not when that alone is past MAX_HELD). */
  set(key: string, stored: Uint8Array, value: T, size: number): void {
    if (size > PartCache.MAX_HELD) return;
    if (this.entries.size >= PartCache.MAX_ENTRIES || this.held + size > PartCache.MAX_HELD) {
      this.entries.clear();
      this.held = 0;
    }
    // a copy: the package's bytes are let go with it
    this.entries.set(key, { stored: stored.slice(), value });
    this.held += size;
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

export function normName(name: string): string {
  let n = name.replace(/\\/g, '/');
  while (n.startsWith('/')) n = n.slice(1);
  return n.toLowerCase();
}

function mib(n: number): string {
  return (n / (1024 * 1024)).toFixed(0);
}

function readU16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}

function readU32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
}

function readU64(b: Uint8Array, i: number): number {
  return readU32(b, i) + readU32(b, i + 4) * 0x100000000;
}

// made at first use, as xml.ts's utf8Decoder (a start-up snapshot holds no decoder)
let latin1: TextDecoder | undefined;

function readDirectory(b: Uint8Array, out: Map<string, Entry>): void {
  const corrupt = () => new FormatError('corrupt', REASONS.corruptZip);
  // end of central directory: 22 bytes plus a comment of up to 65 535 bytes
  let eocd = -1;
  for (let i = b.length - 22, stop = Math.max(0, b.length - 22 - 65535); i >= stop; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 5 && b[i + 3] === 6) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw corrupt();
  let count = readU16(b, eocd + 10);
  let cdSize = readU32(b, eocd + 12);
  let cdOffset = readU32(b, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) {
    // zip64 end of central directory locator sits just before
    const loc = eocd - 20;
    if (loc < 0 || readU32(b, loc) !== 0x07064b50) throw corrupt();
    const z = readU64(b, loc + 8);
    if (z + 56 > b.length || readU32(b, z) !== 0x06064b50) throw corrupt();
    count = readU64(b, z + 32);
    cdSize = readU64(b, z + 40);
    cdOffset = readU64(b, z + 48);
  }
  if (cdOffset + cdSize > b.length) throw corrupt();
  let p = cdOffset;
  for (let k = 0; k < count; k++) {
    if (p + 46 > b.length || readU32(b, p) !== 0x02014b50) throw corrupt();
    const flags = readU16(b, p + 8);
    const method = readU16(b, p + 10);
    const crc = readU32(b, p + 16);
    let compSize = readU32(b, p + 20);
    let size = readU32(b, p + 24);
    const nameLen = readU16(b, p + 28);
    const extraLen = readU16(b, p + 30);
    const commentLen = readU16(b, p + 32);
    let localOffset = readU32(b, p + 42);
    const nameBytes = b.subarray(p + 46, p + 46 + nameLen);
    const name = (flags & 0x800 || !isAscii(nameBytes) ? utf8Decoder() : (latin1 ??= new TextDecoder('latin1'))).decode(nameBytes);
    if (size === 0xffffffff || compSize === 0xffffffff || localOffset === 0xffffffff) {
      // zip64 extended information extra field (id 1): the fields that overflowed, in order
      let e = p + 46 + nameLen;
      const eEnd = e + extraLen;
      while (e + 4 <= eEnd) {
        const id = readU16(b, e);
        const len = readU16(b, e + 2);
        if (id === 1) {
          let q = e + 4;
          if (size === 0xffffffff) {
            size = readU64(b, q);
            q += 8;
          }
          if (compSize === 0xffffffff) {
            compSize = readU64(b, q);
            q += 8;
          }
          if (localOffset === 0xffffffff) localOffset = readU64(b, q);
          break;
        }
        e += 4 + len;
      }
    }
    const key = normName(name);
    // two entries of one name: which one Excel would read is not defined, so neither is taken
    // (folder entries, `xl/`, hold nothing and may repeat)
    if (out.has(key) && !key.endsWith('/')) throw new FormatError('corrupt', REASONS.duplicateEntry(name));
    out.set(key, { name, flags, method, crc, compSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
}

function isAscii(b: Uint8Array): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] > 0x7f) return false;
  return true;
}
