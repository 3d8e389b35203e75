/**
 * The zips we write. ZipWriter is the one layout (local records front to back, then the central
 * directory), into a sink: a file as it is written (the command line) or a buffer (zipEntries).
 * Re-zipping a patched package: entries that were not changed are copied as they were stored
 * (compressed bytes, header fields, order), so untouched parts keep their bytes exactly and
 * cost nothing to re-compress; changed and new entries are deflated. Falls back to a full
 * rebuild (fflate) for archives this simple copier does not handle (ZIP64, odd headers).
 */
import type * as Fflate from 'fflate';
import { utf8 } from './xml';

/**
 * fflate, loaded at its first use: in Node the writer deflates with zlib (write/node.ts) and needs
 * fflate only to rebuild an odd archive (rezip), so a process that only writes — the merge's parent —
 * does not pay ≈ 15 ms of CPU to load it. (The browser build bundles it all the same.)
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const fflate = (): typeof Fflate => require('fflate') as typeof Fflate;

/** Raw deflate (no zlib header) at a level 0–9. */
export type DeflateRaw = (data: Uint8Array, level: number) => Uint8Array;
/** One raw deflate stream fed in pieces: each call returns the compressed bytes it produced. */
export type DeflateStream = (level: number) => { push(data: Uint8Array, final: boolean): Uint8Array };
/** CRC-32 of `data` continuing from `prev` (0 to start). */
export type Crc32 = (data: Uint8Array, prev?: number) => number;

type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

let deflateRaw: DeflateRaw = (data, level) => fflate().deflateSync(data, { level: level as Level });
let deflateStream: DeflateStream = (level) => {
  let out: Uint8Array[] = [];
  const d = new (fflate().Deflate)({ level: level as Level }, (chunk) => out.push(chunk));
  return {
    push(data, final) {
      d.push(data, final);
      const done = joinBytes(out);
      out = [];
      return done;
    },
  };
};
let crcOf: Crc32 = (data, prev) => crc32(data, prev);

/**
 * Replaces the deflate and CRC-32 used for new entries (Node: zlib's native deflateRawSync and
 * crc32, about 8× faster than fflate's JavaScript; see write/node.ts). The browser keeps fflate.
 */
export function setZipCodec(codec: { deflateRaw?: DeflateRaw; deflateStream?: DeflateStream; crc32?: Crc32 }): void {
  if (codec.deflateRaw) deflateRaw = codec.deflateRaw;
  if (codec.deflateStream) deflateStream = codec.deflateStream;
  if (codec.crc32) crcOf = codec.crc32;
}

/** Pieces of bytes as one buffer (the piece itself when there is one). */
export function joinBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A part already deflated (in pieces) by PartWriter. */
export interface DeflatedPart {
  comp: Uint8Array[];
  compSize: number;
  size: number;
  crc: number;
}

const TOO_LARGE = '工作簿过大（超过 4 GB），无法写出';

/** Characters of XML gathered before they are encoded and deflated. */
export const PIECE_CHARS = 1 << 18;

/**
 * A part written as text in pieces and deflated as it goes, so a large worksheet (a 200 000-row
 * summary is ≈ 400 MB of XML) never exists as one string or one buffer. A part that fits in one
 * piece is deflated in one go, exactly as zipEntries would.
 */
export class PartWriter {
  private texts: string[] = [];
  private chars = 0;
  private stream: ReturnType<DeflateStream> | null = null;
  private comp: Uint8Array[] = [];
  private compSize = 0;
  private size = 0;
  private crc = 0;

  constructor(private readonly level: number) {}

  write(text: string): void {
    this.texts.push(text);
    this.chars += text.length;
    if (this.chars >= PIECE_CHARS) this.flush(false);
  }

  private flush(final: boolean): void {
    const data = utf8(this.texts.join(''));
    this.texts = [];
    this.chars = 0;
    this.stream ??= deflateStream(this.level);
    this.size += data.length;
    if (this.size >= 0xffffffff) throw new Error(TOO_LARGE);
    this.crc = crcOf(data, this.crc);
    const c = this.stream.push(data, final);
    if (c.length) {
      this.comp.push(c);
      this.compSize += c.length;
    }
  }

  /** The finished part: bytes (small, not yet deflated) or deflated pieces. */
  finish(): Uint8Array | DeflatedPart {
    if (!this.stream) {
      const data = utf8(this.texts.join(''));
      this.texts = [];
      return data;
    }
    this.flush(true);
    return { comp: this.comp, compSize: this.compSize, size: this.size, crc: this.crc };
  }
}

const CRC_TABLE = (() => {
  const t = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  return t;
})();

export function crc32(data: Uint8Array, prev = 0): number {
  let c = prev ^ -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

interface RawEntry {
  name: string;
  /** The local record: header, name, extra, data (and data descriptor). */
  local: Uint8Array;
  /** The central directory record (its local-offset field is rewritten). */
  central: Uint8Array;
}

/** Reads the central directory; null when the archive is outside what we copy raw. */
function rawEntries(zip: Uint8Array): RawEntry[] | null {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = dv.getUint16(eocd + 10, true);
  const cdSize = dv.getUint32(eocd + 12, true);
  let p = dv.getUint32(eocd + 16, true);
  if (count === 0xffff || p === 0xffffffff || cdSize === 0xffffffff || p + cdSize > eocd) return null;
  const dec = new TextDecoder();
  const out: RawEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > zip.length || dv.getUint32(p, true) !== 0x02014b50) return null;
    const flags = dv.getUint16(p + 8, true);
    const csize = dv.getUint32(p + 20, true);
    const usize = dv.getUint32(p + 24, true);
    const n = dv.getUint16(p + 28, true);
    const m = dv.getUint16(p + 30, true);
    const k = dv.getUint16(p + 32, true);
    const off = dv.getUint32(p + 42, true);
    if (csize === 0xffffffff || usize === 0xffffffff || off === 0xffffffff || flags & 1) return null;
    const name = dec.decode(zip.subarray(p + 46, p + 46 + n));
    const central = zip.subarray(p, p + 46 + n + m + k);
    if (off + 30 > zip.length || dv.getUint32(off, true) !== 0x04034b50) return null;
    let end = off + 30 + dv.getUint16(off + 26, true) + dv.getUint16(off + 28, true) + csize;
    if (flags & 8) end += end + 4 <= zip.length && dv.getUint32(end, true) === 0x08074b50 ? 16 : 12;
    if (end > zip.length) return null;
    out.push({ name, local: zip.subarray(off, end), central });
    p += central.length;
  }
  return out;
}

/**
 * The archive with `parts` (name → bytes, in `order`): entries whose bytes equal the original's
 * (`unchanged(name)`) are copied raw, the others deflated at `level`.
 */
export function rezip(
  original: Uint8Array,
  order: string[],
  parts: Map<string, Uint8Array>,
  unchanged: (name: string) => boolean,
  level: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9,
): Uint8Array {
  const raw = rawEntries(original);
  const byName = new Map((raw ?? []).map((e) => [e.name, e]));
  if (!raw || byName.size !== raw.length || order.length >= 0xffff) {
    const z: Fflate.Zippable = Object.create(null); // entry names come from the input file
    for (const n of order) z[n] = [parts.get(n)!, { level }];
    return fflate().zipSync(z);
  }
  return collected((zip) => {
    const w = new ZipWriter(zip, level);
    for (const name of order) {
      const old = byName.get(name);
      if (old && unchanged(name)) w.addRaw(old.local, old.central);
      else w.add(name, parts.get(name)!);
    }
    w.finish();
  });
}

/** Where a zip's bytes go, in order: a file being written, or a list joined at the end. */
export type ByteSink = (bytes: Uint8Array) => void;

/** The bytes a writer gives its sink, joined. */
export function collected(write: (sink: ByteSink) => void): Uint8Array {
  const chunks: Uint8Array[] = [];
  write((b) => chunks.push(b));
  return joinBytes(chunks);
}

/**
 * A zip written front to back into `sink`: each entry's local record as it is added (so a large
 * part leaves memory once written), then the central directory and its end record. Names are
 * UTF-8 (flagged when not plain ASCII); dates 1980-01-01. The one layout of every zip we make.
 */
export class ZipWriter {
  private centrals: Uint8Array[] = [];
  private offset = 0;

  constructor(
    private readonly sink: ByteSink,
    private readonly level: number,
  ) {}

  /** A new entry: bytes deflated at the level (stored when that does not make them smaller), or a part PartWriter deflated. */
  add(name: string, data: Uint8Array | DeflatedPart): void {
    // ArrayBuffer.isView, not instanceof: bytes may come from another realm (a test DOM, a worker)
    if (ArrayBuffer.isView(data)) {
      let comp = this.level > 0 ? deflateRaw(data, this.level) : data;
      let method = this.level > 0 ? 8 : 0;
      if (method === 8 && comp.length >= data.length) {
        comp = data;
        method = 0;
      }
      this.entry(name, [comp], comp.length, method, crcOf(data), data.length);
    } else {
      this.entry(name, data.comp, data.compSize, 8, data.crc, data.size);
    }
  }

  /** An entry copied as stored in another archive: its local record and central record (whose local-offset field is rewritten). */
  addRaw(local: Uint8Array, central: Uint8Array): void {
    this.room(local.length);
    const c = new Uint8Array(central); // a copy: a Buffer's slice() would be a view into the input
    new DataView(c.buffer, c.byteOffset, c.byteLength).setUint32(42, this.offset, true);
    this.centrals.push(c);
    this.put(local);
  }

  /** The central directory and its end record. */
  finish(): void {
    const count = this.centrals.length;
    const cdSize = this.centrals.reduce((n, c) => n + c.length, 0);
    if (this.offset + cdSize >= 0xffffffff) throw new Error(TOO_LARGE);
    const start = this.offset;
    for (const c of this.centrals) this.put(c);
    const end = new Uint8Array(22);
    const e = new DataView(end.buffer);
    e.setUint32(0, 0x06054b50, true);
    e.setUint16(8, count, true);
    e.setUint16(10, count, true);
    e.setUint32(12, cdSize, true);
    e.setUint32(16, start, true);
    this.sink(end);
    this.centrals = [];
  }

  /** Refuses an entry that would not fit a plain (non-ZIP64) archive. */
  private room(bytes: number): void {
    if (this.centrals.length + 1 >= 0xffff) throw new Error('工作簿的部件过多，无法写出');
    if (this.offset + bytes >= 0xffffffff) throw new Error(TOO_LARGE);
  }

  private put(b: Uint8Array): void {
    this.sink(b);
    this.offset += b.length;
  }

  /** The local header, the compressed bytes (in pieces, not copied) and the central record of a new entry. */
  private entry(name: string, comp: Uint8Array[], compSize: number, method: number, crc: number, size: number): void {
    const fname = enc.encode(name);
    this.room(30 + fname.length + compSize);
    const utf8Flag = /[^\x20-\x7e]/.test(name) ? 0x800 : 0;
    const local = new Uint8Array(30 + fname.length);
    const h = new DataView(local.buffer);
    h.setUint32(0, 0x04034b50, true);
    h.setUint16(4, 20, true);
    h.setUint16(6, utf8Flag, true);
    h.setUint16(8, method, true);
    h.setUint16(10, 0, true); // time
    h.setUint16(12, 0x21, true); // date 1980-01-01
    h.setUint32(14, crc, true);
    h.setUint32(18, compSize, true);
    h.setUint32(22, size, true);
    h.setUint16(26, fname.length, true);
    h.setUint16(28, 0, true);
    local.set(fname, 30);
    const central = new Uint8Array(46 + fname.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 20, true);
    c.setUint16(6, 20, true);
    c.setUint16(8, utf8Flag, true);
    c.setUint16(10, method, true);
    c.setUint16(12, 0, true);
    c.setUint16(14, 0x21, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, compSize, true);
    c.setUint32(24, size, true);
    c.setUint16(28, fname.length, true);
    c.setUint32(42, this.offset, true);
    central.set(fname, 46);
    this.centrals.push(central);
    this.put(local);
    for (const piece of comp) if (piece.length) this.put(piece);
  }
}

const enc = new TextEncoder();

/** A zip of `entries` (name, bytes), in that order, each deflated at `level` (ZipWriter), as one buffer. */
export function zipEntries(entries: [string, Uint8Array | DeflatedPart][], level: number): Uint8Array {
  return collected((sink) => {
    const w = new ZipWriter(sink, level);
    for (const [name, data] of entries) w.add(name, data);
    w.finish();
  });
}
