/** Files the reviewer picks in the pane (browser mode, and the merge tab) → their names and bytes. */

export interface PickedBytes {
  name: string;
  bytes: Uint8Array;
}

/** A File's bytes (FileReader where `File.arrayBuffer` is missing, as in older web views and jsdom). */
export async function fileBytes(f: File): Promise<Uint8Array> {
  if (typeof f.arrayBuffer === 'function') return new Uint8Array(await f.arrayBuffer());
  return new Promise((resolve, reject) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.onerror = () => reject(r.error);
    r.readAsArrayBuffer(f);
  });
}

export function readPicked(list: File[], read: (f: File) => Promise<Uint8Array> = fileBytes): Promise<PickedBytes[]> {
  return Promise.all(list.map(async (f) => ({ name: f.name, bytes: await read(f) })));
}
