/** One worksheet of a marked copy: the marked cells' styles set in its sheetData (cells created where missing), then their notes. */
import { a1, parseA1 } from '../../../../core';
import { ContentTypes, Package, topLevelChildren, type XmlChild } from './package';
import { attr, setAttr } from '../xml';
import { RANK, type CellMark } from './cellMarks';
import { addNotes } from './notes';
import type { PatchStyles } from './styles';
import type { SheetInfo } from './workbook';

/** Marks `cells` of one worksheet; returns the next free VML shape-id block (notes take blocks as they go). */
export function markSheet(pkg: Package, types: ContentTypes, styles: PatchStyles, sheet: SheetInfo, cells: CellMark[], vmlBlock: number, relBase: string): number {
  let xml = pkg.text(sheet.part)!;
  const scan = topLevelChildren(xml, ['sheetData']);
  const p = scan.prefix;
  const esc = p.replace('.', '\\.');
  const child = (name: string) => scan.children.find((c) => c.name === name);

  // Merged areas: a mark inside one goes to its top-left cell, which Excel shows over the area.
  const merges: { r0: number; c0: number; r1: number; c1: number }[] = [];
  for (const tag of tagsIn(xml, child('mergeCells'), 'mergeCell')) {
    const [s, e] = (attr(tag, 'ref') ?? '').split(':');
    const ps = parseA1(s ?? '');
    const pe = parseA1(e ?? s ?? '');
    if (ps && pe) merges.push({ r0: ps.row, c0: ps.col, r1: pe.row, c1: pe.col });
  }
  const byCell = new Map<string, CellMark>();
  for (const c of cells) {
    const area = merges.find((m) => c.row >= m.r0 && c.row <= m.r1 && c.col >= m.c0 && c.col <= m.c1);
    const row = area ? area.r0 : c.row;
    const col = area ? area.c0 : c.col;
    const key = `${row},${col}`;
    const prev = byCell.get(key);
    if (!prev) byCell.set(key, { ...c, row, col, lines: [...c.lines] });
    else {
      if (c.severity && (!prev.severity || RANK[c.severity] > RANK[prev.severity])) prev.severity = c.severity;
      for (const l of c.lines) if (!prev.lines.includes(l)) prev.lines.push(l);
    }
  }
  const targets = [...byCell.values()];

  // Column styles (for cells that have to be created).
  const colStyle: { min: number; max: number; style: number }[] = [];
  for (const tag of tagsIn(xml, child('cols'), 'col')) {
    const s = attr(tag, 'style');
    if (s) colStyle.push({ min: Number(attr(tag, 'min')), max: Number(attr(tag, 'max')), style: Number(s) });
  }

  // sheetData: patch only the rows that hold marked cells.
  const sd = child('sheetData');
  let sdStart: number;
  let sdEnd: number;
  let sdInner: string;
  if (sd) {
    const open = /^<[^>]*>/.exec(xml.slice(sd.start, sd.end))![0];
    if (open.endsWith('/>')) {
      sdStart = sd.start;
      sdEnd = sd.end;
      sdInner = '';
    } else {
      sdStart = sd.start;
      sdEnd = sd.end;
      sdInner = xml.slice(sd.start + open.length, sd.end - `</${p}sheetData>`.length);
    }
  } else {
    throw new Error(`工作表“${sheet.name}”缺少 sheetData`);
  }
  const rowRe = new RegExp(`<${esc}row\\b([^>]*?)(?:/>|>([\\s\\S]*?)</${esc}row>)`, 'g');
  const rows: { start: number; end: number; num: number }[] = [];
  let m: RegExpExecArray | null;
  let last = 0;
  while ((m = rowRe.exec(sdInner))) {
    const r = attr(`<row${m[1]}>`, 'r');
    const num = r ? Number(r) : last + 1;
    last = num;
    rows.push({ start: m.index, end: m.index + m[0].length, num });
  }
  const rowIndex = new Map(rows.map((r, i) => [r.num, i]));
  const byRow = new Map<number, CellMark[]>();
  for (const t of targets) {
    if (!t.severity) continue;
    const list = byRow.get(t.row + 1) ?? [];
    list.push(t);
    byRow.set(t.row + 1, list);
  }

  const replaced = new Map<number, string>();
  const newRows: { num: number; xml: string }[] = [];
  for (const [num, list] of byRow) {
    const i = rowIndex.get(num);
    if (i !== undefined) {
      replaced.set(i, patchRow(sdInner.slice(rows[i].start, rows[i].end), num, list, p, styles, colStyle));
    } else {
      const sorted = [...list].sort((a, b) => a.col - b.col);
      const body = sorted.map((t) => `<${p}c r="${a1(t.row, t.col)}" s="${styles.marked(colStyleOf(colStyle, t.col), t.severity!)}"/>`).join('');
      newRows.push({ num, xml: `<${p}row r="${num}">${body}</${p}row>` });
    }
  }
  if (replaced.size || newRows.length) {
    newRows.sort((a, b) => a.num - b.num);
    const pieces: string[] = [];
    let pos = 0;
    let k = 0;
    rows.forEach((r, i) => {
      while (k < newRows.length && newRows[k].num < r.num) {
        pieces.push(sdInner.slice(pos, r.start), newRows[k++].xml);
        pos = r.start;
      }
      if (replaced.has(i)) {
        pieces.push(sdInner.slice(pos, r.start), replaced.get(i)!);
        pos = r.end;
      }
    });
    pieces.push(sdInner.slice(pos));
    while (k < newRows.length) pieces.push(newRows[k++].xml);
    const newSd = `<${p}sheetData>${pieces.join('')}</${p}sheetData>`;
    xml = xml.slice(0, sdStart) + newSd + xml.slice(sdEnd);
    xml = growDimension(xml, esc, targets);
  }

  // Notes.
  const noted = targets.filter((t) => t.lines.length);
  if (noted.length) {
    vmlBlock = addNotes(pkg, types, sheet, xml, noted, vmlBlock, relBase, (x) => (xml = x));
  }
  pkg.setText(sheet.part, xml);
  return vmlBlock;
}

/** The opening tags of the `name` elements inside a top-level element (none when it is absent). */
function tagsIn(xml: string, parent: XmlChild | undefined, name: string): string[] {
  if (!parent) return [];
  return xml.slice(parent.start, parent.end).match(new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*>`, 'g')) ?? [];
}

function colStyleOf(colStyle: { min: number; max: number; style: number }[], col: number): number {
  const c = colStyle.find((s) => col + 1 >= s.min && col + 1 <= s.max);
  return c ? c.style : 0;
}

/** One `<row>` with the marked cells' styles set (cells created where missing, in column order). */
function patchRow(rowXml: string, num: number, marks: CellMark[], p: string, styles: PatchStyles, colStyle: { min: number; max: number; style: number }[]): string {
  const esc = p.replace('.', '\\.');
  const open = /^<[^>]*>/.exec(rowXml)![0];
  const selfClosing = open.endsWith('/>');
  const inner = selfClosing ? '' : rowXml.slice(open.length, rowXml.length - `</${p}row>`.length);
  const rowStyle = /^(1|true)$/.test(attr(open, 'customFormat') ?? '') ? Number(attr(open, 's') ?? 0) || 0 : null;
  const cellRe = new RegExp(`<${esc}c\\b([^>]*?)(?:/>|>[\\s\\S]*?</${esc}c>)`, 'g');
  const cells: { col: number; xml: string; explicit: boolean }[] = [];
  let m: RegExpExecArray | null;
  let lastCol = -1;
  let pos = 0;
  const between: string[] = [];
  while ((m = cellRe.exec(inner))) {
    between.push(inner.slice(pos, m.index));
    pos = m.index + m[0].length;
    const r = attr(`<c${m[1]}>`, 'r');
    const pr = r ? parseA1(r) : null;
    const col = pr ? pr.col : lastCol + 1;
    lastCol = col;
    cells.push({ col, xml: m[0], explicit: Boolean(pr) });
  }
  const tail = inner.slice(pos);
  let maxCol = lastCol;
  for (const t of marks) {
    const i = cells.findIndex((c) => c.col === t.col);
    if (i >= 0) {
      const c = cells[i];
      const cOpen = /^<[^>]*?\/?>/.exec(c.xml)![0];
      const s = Number(attr(cOpen, 's') ?? 0) || 0;
      let newOpen = setAttr(cOpen, 's', String(styles.marked(s, t.severity!)));
      if (!c.explicit) newOpen = setAttr(newOpen, 'r', a1(num - 1, c.col));
      cells[i] = { ...c, xml: newOpen + c.xml.slice(cOpen.length), explicit: true };
    } else {
      const base = rowStyle ?? colStyleOf(colStyle, t.col);
      const xml = `<${p}c r="${a1(num - 1, t.col)}" s="${styles.marked(base, t.severity!)}"/>`;
      let at = cells.findIndex((c) => c.col > t.col);
      if (at < 0) at = cells.length;
      cells.splice(at, 0, { col: t.col, xml, explicit: true });
      between.splice(at, 0, '');
    }
    if (t.col > maxCol) maxCol = t.col;
  }
  // Cells without `r` after an inserted one would shift: give every cell its address.
  const body = cells
    .map((c, i) => {
      let x = c.xml;
      if (!c.explicit) {
        const cOpen = /^<[^>]*?\/?>/.exec(x)![0];
        x = setAttr(cOpen, 'r', a1(num - 1, c.col)) + x.slice(cOpen.length);
      }
      return (between[i] ?? '') + x;
    })
    .join('');
  let newOpen = selfClosing ? open.replace(/\s*\/>$/, '>') : open;
  const spans = attr(newOpen, 'spans');
  if (spans) {
    const [a, b] = spans.split(':').map(Number);
    const cs = marks.map((t) => t.col + 1);
    const lo = Math.min(a || 1, ...cs);
    const hi = Math.max(b || 1, ...cs);
    newOpen = setAttr(newOpen, 'spans', `${lo}:${hi}`);
  }
  return `${newOpen}${body}${tail}</${p}row>`;
}

function growDimension(xml: string, esc: string, targets: CellMark[]): string {
  const re = new RegExp(`<${esc}dimension\\b[^>]*>`);
  const m = re.exec(xml);
  if (!m) return xml;
  const ref = attr(m[0], 'ref') ?? 'A1';
  const [s, e] = ref.split(':');
  const ps = parseA1(s);
  const pe = parseA1(e ?? s);
  if (!ps || !pe) return xml;
  let { row: r0, col: c0 } = ps;
  let { row: r1, col: c1 } = pe;
  const blank = !e && r0 === 0 && c0 === 0;
  for (const t of targets) {
    if (blank && t === targets[0]) {
      r0 = r1 = t.row;
      c0 = c1 = t.col;
    }
    r0 = Math.min(r0, t.row);
    c0 = Math.min(c0, t.col);
    r1 = Math.max(r1, t.row);
    c1 = Math.max(c1, t.col);
  }
  const next = r0 === r1 && c0 === c1 ? a1(r0, c0) : `${a1(r0, c0)}:${a1(r1, c1)}`;
  if (next === ref) return xml;
  return xml.replace(m[0], setAttr(m[0], 'ref', next));
}
