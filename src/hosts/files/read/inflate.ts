/**
 * Node's raw inflate for the .xlsx reader (node.ts installs it in zip.ts), one native inflater kept
 * for every part. `zlib.inflateRawSync` builds a whole stream (a Transform with its readable and
 * writable state, option checks, a native handle and zlib's own state) for each part and closes it
 * after, and Node offers no public way to reuse it. A workbook's parts are small (rels of 500 bytes,
 * sheets of 10–40 KB), so that set-up was a large share of inflating: 500 unit files' 3 467 parts
 * took 95 ms the first time and 49 ms warm that way, 48 and 38 ms through one reset handle.
 *
 * The handle is the one a `zlib.InflateRaw` holds (`_handle`, its `writeSync` and `reset`, and the
 * `_writeState` it reports into): not Node's documented API. So it is used only when it is there
 * and inflates a known stream right (checked once), and only for the plain case — the part
 * inflated whole, ending within the stated size. Anything else (an error, more output than stated,
 * an engine that behaves otherwise) goes through `inflateRawSync` as before, so a damaged or hostile
 * part gives the same error as it always did, and after an error the inflater is made anew.
 */
import { constants, deflateRawSync, InflateRaw, inflateRawSync } from 'zlib';

/**
 * The documented way, a stream per part. One output chunk one byte larger than the part's stated
 * size: zlib then fills a single buffer (no second chunk, no concatenation), and maxOutputLength
 * refuses a part that inflates past its stated size (a zip bomb, ERR_BUFFER_TOO_LARGE) instead of
 * growing without bound.
 */
export function inflateRawOnce(data: Uint8Array, size: number): Uint8Array {
  const out = inflateRawSync(data, { maxOutputLength: size + 1, chunkSize: Math.max(size + 1, 64) });
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}

/** What a zlib.InflateRaw holds inside (as in Node 20; checked by makeEngine and works, not assumed). */
interface Handle {
  writeSync(flush: number, input: Uint8Array, inOff: number, inLen: number, out: Uint8Array, outOff: number, outLen: number): void;
  reset(): void;
  close(): void;
  onerror: (message: string, errno: number) => void;
}

interface Engine {
  handle: Handle;
  /** [avail_out, avail_in] after each write. */
  state: Uint32Array;
  failed: boolean;
}

let engine: Engine | null | undefined;

/** A reusable inflater, or null when this Node's zlib stream does not hold one as expected. */
function makeEngine(): Engine | null {
  try {
    const stream = new InflateRaw() as unknown as { _handle?: Partial<Handle>; _writeState?: unknown };
    const handle = stream._handle;
    const state = stream._writeState;
    if (!handle || typeof handle.writeSync !== 'function' || typeof handle.reset !== 'function' || typeof handle.close !== 'function' || Object.prototype.toString.call(state) !== '[object Uint32Array]') return null;
    const e: Engine = { handle: handle as Handle, state: state as Uint32Array, failed: false };
    // zlib reports a damaged stream through this callback (the stream's own would destroy it)
    e.handle.onerror = () => {
      e.failed = true;
    };
    return e;
  } catch {
    return null;
  }
}

/** Checked once: a known text deflated and inflated back through the engine. */
function works(e: Engine): boolean {
  const text = new TextEncoder().encode('<Relationships>'.repeat(40));
  const out = inflateWith(e, deflateRawSync(text), text.length);
  return out !== null && out.length === text.length && out.every((b, i) => b === text[i]);
}

/** The part inflated through `e`, or null when anything is out of the ordinary. */
function inflateWith(e: Engine, data: Uint8Array, size: number): Uint8Array | null {
  const room = size + 1;
  const out = new Uint8Array(room);
  e.failed = false;
  e.handle.reset();
  e.handle.writeSync(constants.Z_FINISH, data, 0, data.length, out, 0, room);
  // an error, or the part fills the room (it may inflate further): the documented way decides
  if (e.failed || e.state[0] === 0) return null;
  return out.subarray(0, room - e.state[0]);
}

/** Whether parts go through the kept inflater on this Node (false: a stream per part). */
export function inflaterKept(): boolean {
  if (engine === undefined) inflateRaw(deflateRawSync(new Uint8Array(0)), 0);
  return engine !== null;
}

/**
 * Closes the kept inflater; the next part makes a new one. After an error, and for the merge child's
 * start-up snapshot, built after reading example files (merge/warmUp.ts): a snapshot cannot hold a
 * native handle.
 */
export function releaseInflater(): void {
  if (engine) {
    try {
      engine.handle.close();
    } catch {
      /* already unusable */
    }
  }
  engine = undefined;
}

/** Inflates a part whose zip entry states `size` bytes: as inflateRawOnce, through one kept inflater when it can. */
export function inflateRaw(data: Uint8Array, size: number): Uint8Array {
  if (engine === undefined) {
    // made at first use: a start-up snapshot (merge/childSnapshot) cannot hold a native handle
    const e = makeEngine();
    engine = e && works(e) ? e : null;
  }
  if (engine !== null) {
    let out: Uint8Array | null = null;
    let threw = false;
    try {
      out = inflateWith(engine, data, size);
    } catch {
      threw = true;
    }
    if (out !== null) return out;
    // an inflater left by an error is not reused
    if (engine.failed || threw) releaseInflater();
  }
  return inflateRawOnce(data, size);
}
