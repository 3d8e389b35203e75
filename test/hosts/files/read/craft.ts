/**
 * Hostile and odd packages, built in the test (no large files in git): a zip writer whose entries
 * may lie about their size or repeat a name, and the smallest .xlsx parts around a sheet.
 */
import { deflateRawSync } from 'zlib';

export interface CraftEntry {
  name: string;
  data: Uint8Array | string;
  /** Stored (0) or deflated (8, default). */
  method?: 0 | 8;
  /** The uncompressed size written in the headers, when it should lie. */
  statedSize?: number;
  /** Raw deflate data to write instead of deflating `data` (a bomb's stream). */
  raw?: Uint8Array;
}

const enc = new TextEncoder();

function crc32(b: Uint8Array): number {
  let c = ~0;
  for (let i = 0; i < b.length; i++) {
    c ^= b[i];
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

export function zip(entries: CraftEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === 'string' ? enc.encode(e.data) : e.data;
    const method = e.method ?? 8;
    const body = e.raw ?? (method === 8 ? deflateRawSync(data) : data);
    const name = Buffer.from(e.name, 'utf8');
    const size = e.statedSize ?? data.length;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, Buffer.from(body));
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x800, 8);
    cd.writeUInt16LE(method, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(size >>> 0, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + body.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cdBuf, end]));
}

export const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The parts of a workbook around its sheets' XML (`<sheetData>…` inside `<worksheet>`), with optional shared strings. */
export function xlsxEntries(sheets: { name: string; xml: string }[], opts: { sst?: string[]; sstXml?: string; workbookXml?: string; stylesXml?: string } = {}): CraftEntry[] {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
  const entries: CraftEntry[] = [
    { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>' },
    { name: '_rels/.rels', data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>` },
    {
      name: 'xl/workbook.xml',
      data: opts.workbookXml ?? `<?xml version="1.0"?><workbook ${NS}><sheets>${sheets.map((s, i) => `<sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
        .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
        .join('')}<Relationship Id="rSst" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rSty" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    },
    ...sheets.map((s, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data: `<?xml version="1.0"?><worksheet ${NS}>${s.xml}</worksheet>` })),
  ];
  if (opts.sst || opts.sstXml) {
    entries.push({ name: 'xl/sharedStrings.xml', data: opts.sstXml ?? `<?xml version="1.0"?><sst ${NS}>${opts.sst!.map((t) => `<si><t xml:space="preserve">${esc(t)}</t></si>`).join('')}</sst>` });
  }
  if (opts.stylesXml) entries.push({ name: 'xl/styles.xml', data: opts.stylesXml });
  return entries;
}

/** A sheet's XML from rows of values (strings inline, numbers as numbers), plus extra XML after sheetData. */
export function sheetXml(rows: (string | number | null)[][], after = ''): string {
  const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const col = (c: number) => {
    let s = '';
    for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    return s;
  };
  const body = rows
    .map((r, ri) => `<row r="${ri + 1}">${r.map((v, ci) => (v === null ? '' : typeof v === 'number' ? `<c r="${col(ci)}${ri + 1}"><v>${v}</v></c>` : `<c r="${col(ci)}${ri + 1}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`)).join('')}</row>`)
    .join('');
  return `<sheetData>${body}</sheetData>${after}`;
}

/** A small demand list (需求表) a review finds projects in. */
export const DEMAND_ROWS: (string | number | null)[][] = [
  ['序号', '组团单位', '培训班主题', '国家（地区）', '人数', '天数', '经费预算（万元）'],
  [1, '四川省农业科学院', '现代种业创新与育种技术培训班', '以色列', 18, 21, 60],
  [2, '成都市公安局', '公安信息化建设培训班', '新加坡', 25, 10, 40],
];
