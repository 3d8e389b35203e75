/** Notes of a marked copy: the comments part of a sheet (existing comments kept) and its VML drawing. */
import { a1 } from '../../../../core';
import { ContentTypes, Package, Rels, relativeTarget, resolveTarget, topLevelChildren, withPrefix } from './package';
import { CT_COMMENTS, CT_VML, NOTE_AUTHOR, VML_SHAPETYPE, commentTextXml, commentsXml, vmlBlocks, vmlShape, vmlXml } from '../xlsx';
import { attr, escapeXml, unescapeXml } from '../xml';
import type { CellMark } from './cellMarks';
import type { SheetInfo } from './workbook';

const REL_COMMENTS_SUFFIX = '/comments';

/** Highest VML shape-id block (o:idmap data) used in the package. */
export function maxVmlBlock(pkg: Package): number {
  let max = 0;
  for (const name of pkg.order) {
    if (!/\.vml$/i.test(name)) continue;
    const t = pkg.text(name) ?? '';
    const re = /<o:idmap\b[^>]*>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(t))) for (const n of (attr(m[0], 'data') ?? '').split(',')) max = Math.max(max, Number(n) || 0);
    const ids = /_x0000_s(\d+)/g;
    while ((m = ids.exec(t))) max = Math.max(max, Math.floor(Number(m[1]) / 1024));
  }
  return max;
}

/** Adds the notes of marked cells to the sheet's comments part and VML drawing (creating them when absent). */
export function addNotes(
  pkg: Package,
  types: ContentTypes,
  sheet: SheetInfo,
  sheetXml: string,
  noted: CellMark[],
  vmlBlock: number,
  relBase: string,
  setSheetXml: (x: string) => void,
): number {
  const rels = Rels.of(pkg, sheet.part);
  const scan = topLevelChildren(sheetXml, ['sheetData']);
  const p = scan.prefix;
  const rootTag = /^<[^>]*>/.exec(sheetXml.slice(sheetXml.lastIndexOf('<', scan.rootOpenEnd - 1)))?.[0] ?? '';
  const nsDecl = /\sxmlns:([\w.-]+)\s*=\s*"([^"]*\/relationships)"/.exec(rootTag);
  const relPrefix = nsDecl ? nsDecl[1] : null;

  // Comments part.
  const commentsRel = rels.byType(REL_COMMENTS_SUFFIX)[0];
  let commentsPart = commentsRel ? resolveTarget(sheet.part, commentsRel.target) : null;
  const existingComments = commentsPart ? pkg.text(commentsPart) : undefined;
  const newForVml: { cell: string; text: string }[] = [];
  if (commentsPart && existingComments !== undefined) {
    pkg.setText(commentsPart, mergeComments(existingComments, noted, newForVml));
  } else {
    commentsPart = pkg.unusedName('xl/comments', '.xml');
    const items = noted.map((t) => ({ cell: a1(t.row, t.col), text: t.lines.join('\n'), authorId: 0 }));
    pkg.setText(commentsPart, commentsXml(items, [NOTE_AUTHOR]));
    newForVml.push(...items);
    if (!commentsRel) rels.add(`${relBase}/comments`, relativeTarget(sheet.part, commentsPart));
    types.override(commentsPart, CT_COMMENTS);
  }

  // VML drawing (the legacyDrawing of the sheet).
  const ld = scan.children.find((c) => c.name === 'legacyDrawing');
  const ldId = ld ? attrAnyPrefix(sheetXml.slice(ld.start, ld.end), 'id') : undefined;
  const vmlRel = ldId ? rels.byId(ldId) : undefined;
  const vmlPart = vmlRel ? resolveTarget(sheet.part, vmlRel.target) : null;
  const vmlText = vmlPart ? pkg.text(vmlPart) : undefined;
  if (vmlPart && vmlText !== undefined) {
    if (newForVml.length) {
      let maxId = 0;
      const ids = /_x0000_s(\d+)/g;
      let m: RegExpExecArray | null;
      while ((m = ids.exec(vmlText))) maxId = Math.max(maxId, Number(m[1]));
      if (maxId === 0) maxId = vmlBlock * 1024;
      let add = newForVml.map((n, i) => vmlShape(maxId + 1 + i, n.cell, n.text, 1000 + i)).join('');
      if (!/id\s*=\s*["']_x0000_t202["']/.test(vmlText)) add = VML_SHAPETYPE + add;
      // Some writers (openpyxl) declare the VML namespaces per element, not on <xml>: declare ours on each element.
      const root = /<xml\b[^>]*>/.exec(vmlText)?.[0] ?? '';
      if (!/xmlns:v\s*=/.test(root) || !/xmlns:o\s*=/.test(root) || !/xmlns:x\s*=/.test(root)) add = add.replace(/<(v:shape|v:shapetype)\b/g, `<$1 ${VML_NS}`);
      const at = vmlText.lastIndexOf('</xml>');
      pkg.setText(vmlPart, at >= 0 ? vmlText.slice(0, at) + add + vmlText.slice(at) : vmlText + add);
      if (maxId + newForVml.length >= (vmlBlock + 1) * 1024) vmlBlock = Math.floor((maxId + newForVml.length) / 1024) + 1;
    }
  } else {
    const part = pkg.unusedName('xl/drawings/vmlDrawing', '.vml');
    pkg.setText(part, vmlXml(newForVml, vmlBlock));
    vmlBlock += vmlBlocks(newForVml.length);
    types.addDefault('vml', CT_VML);
    const id = rels.add(`${relBase}/vmlDrawing`, relativeTarget(sheet.part, part));
    let xml = sheetXml;
    // Declared on the element itself when the root does not declare the relationships namespace.
    const el = relPrefix ? `<${p}legacyDrawing ${relPrefix}:id="${id}"/>` : `<${p}legacyDrawing xmlns:r="${relBase}" r:id="${id}"/>`;
    if (ld) {
      // A legacyDrawing whose part is missing: point it at the new drawing.
      const s2 = topLevelChildren(xml, ['sheetData']).children.find((c) => c.name === 'legacyDrawing')!;
      xml = xml.slice(0, s2.start) + el + xml.slice(s2.end);
    } else {
      const s2 = topLevelChildren(xml, ['sheetData']);
      const after = ['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];
      const next = s2.children.find((c) => after.includes(c.name) || (c.name === 'AlternateContent' && /<(?:[\w.-]+:)?(?:oleObjects|controls|picture)\b/.test(xml.slice(c.start, c.end))));
      const at = next ? next.start : s2.rootClose;
      xml = xml.slice(0, at) + el + xml.slice(at);
    }
    setSheetXml(xml);
  }
  rels.save(pkg);
  return vmlBlock;
}

const VML_NS = 'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel"';

function attrAnyPrefix(tag: string, local: string): string | undefined {
  const m = new RegExp(`\\s[\\w.-]+:${local}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3] ?? '') : undefined;
}

/** Merges our notes into an existing comments part; cells without a comment yet are listed in `fresh`. */
function mergeComments(text: string, noted: CellMark[], fresh: { cell: string; text: string }[]): string {
  const p = /<([\w.-]+:)?comments\b/.exec(text)?.[1] ?? '';
  const esc = p.replace('.', '\\.');
  // Author.
  const authorsRe = new RegExp(`<${esc}authors\\b[^>]*?(?:/>|>([\\s\\S]*?)</${esc}authors>)`);
  const am = authorsRe.exec(text);
  const authors = am && am[1] ? (am[1].match(new RegExp(`<${esc}author\\b[^>]*>[\\s\\S]*?</${esc}author>|<${esc}author\\b[^>]*/>`, 'g')) ?? []) : [];
  let authorId = authors.findIndex((a) => unescapeXml(a.replace(/<[^>]*>/g, '')) === NOTE_AUTHOR);
  if (authorId < 0) {
    authorId = authors.length;
    const el = `<${p}author>${escapeXml(NOTE_AUTHOR)}</${p}author>`;
    if (am && am[1] !== undefined) text = text.replace(am[0], am[0].replace(new RegExp(`</${esc}authors>$`), el + `</${p}authors>`));
    else if (am) text = text.replace(am[0], `<${p}authors>${el}</${p}authors>`);
    else text = text.replace(new RegExp(`(<${esc}comments\\b[^>]*>)`), `$1<${p}authors>${el}</${p}authors>`);
  }
  // Existing comments by cell.
  const commentRe = new RegExp(`<${esc}comment\\b[^>]*>[\\s\\S]*?</${esc}comment>`, 'g');
  const existing = new Map<string, string>();
  let m: RegExpExecArray | null;
  while ((m = commentRe.exec(text))) {
    const ref = attr(/^<[^>]*>/.exec(m[0])![0], 'ref');
    if (ref) existing.set(ref.toUpperCase(), m[0]);
  }
  const added: string[] = [];
  for (const t of noted) {
    const ref = a1(t.row, t.col);
    const old = existing.get(ref);
    if (old) {
      const plain = unescapeXml(old.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '').replace(/<[^>]*>/g, ''));
      const lines = t.lines.filter((l) => !plain.includes(l));
      if (!lines.length) continue;
      let merged = old;
      // A bare <t> becomes a run so that our run can follow it.
      const bare = new RegExp(`(<${esc}text\\b[^>]*>)\\s*(<${esc}t\\b[^>]*>[\\s\\S]*?</${esc}t>)`);
      if (!new RegExp(`<${esc}r\\b`).test(old) && bare.test(old)) merged = merged.replace(bare, `$1<${p}r>$2</${p}r>`);
      const run = withPrefix(commentTextXml('\n' + lines.join('\n')), p);
      merged = merged.replace(new RegExp(`</${esc}text>`), run + `</${p}text>`);
      text = text.replace(old, () => merged);
    } else {
      const body = t.lines.join('\n');
      added.push(withPrefix(`<comment ref="${ref}" authorId="${authorId}"><text>${commentTextXml(body)}</text></comment>`, p));
      fresh.push({ cell: ref, text: body });
    }
  }
  if (added.length) {
    const close = new RegExp(`</${esc}commentList>`);
    if (close.test(text)) text = text.replace(close, (e) => added.join('') + e);
    else if (new RegExp(`<${esc}commentList\\b[^>]*/>`).test(text)) text = text.replace(new RegExp(`<${esc}commentList\\b[^>]*/>`), `<${p}commentList>${added.join('')}</${p}commentList>`);
    else text = text.replace(new RegExp(`</${esc}comments>`), `<${p}commentList>${added.join('')}</${p}commentList></${p}comments>`);
  }
  return text;
}
