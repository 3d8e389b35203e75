/** Notes on cells as Excel and LibreOffice show them: the legacy comments part and its VML drawing. */
import { parseA1 } from '../../../core/lean';
import { NS_MAIN, XML_DECL } from './ooxml';
import { escapeXml, tElement } from './xml';
/** Text runs of a note: one run; line breaks kept. */
export function commentTextXml(text: string): string {
  return `<r><rPr><sz val="9"/><rFont val="宋体"/><charset val="134"/></rPr>${tElement(text)}</r>`;
}

export function commentsXml(notes: { cell: string; text: string; authorId: number }[], authors: string[]): string {
  const out = [XML_DECL, `<comments xmlns="${NS_MAIN}"><authors>`];
  for (const a of authors) out.push(`<author>${escapeXml(a)}</author>`);
  out.push('</authors><commentList>');
  for (const n of notes) out.push(`<comment ref="${n.cell}" authorId="${n.authorId}"><text>${commentTextXml(n.text)}</text></comment>`);
  out.push('</commentList></comments>');
  return out.join('');
}

export const VML_SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

/** One VML note shape for a cell (hidden until hovered). */
export function vmlShape(id: number, cell: string, text: string, z: number): string {
  const p = parseA1(cell) ?? { row: 0, col: 0 };
  const lines = Math.min(20, text.split('\n').reduce((n, l) => n + Math.max(1, Math.ceil(l.length / 18)), 0));
  const height = Math.max(4, lines + 1);
  const anchor = `${p.col + 1}, 15, ${Math.max(0, p.row - 1)}, 10, ${p.col + 4}, 15, ${Math.max(0, p.row - 1) + height}, 4`;
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:200pt;height:${height * 14}pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>${anchor}</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>${p.row}</x:Row><x:Column>${p.col}</x:Column></x:ClientData></v:shape>`
  );
}

/** VML drawing for notes; `block` is the drawing's shape-id block (1-based, unique per package). */
export function vmlXml(cells: { cell: string; text: string }[], block: number): string {
  const blocks = Math.max(1, Math.ceil((cells.length + 1) / 1024));
  const data = Array.from({ length: blocks }, (_, i) => block + i).join(',');
  const out = [
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">',
    `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${data}"/></o:shapelayout>`,
    VML_SHAPETYPE,
  ];
  cells.forEach((c, i) => out.push(vmlShape(block * 1024 + 1 + i, c.cell, c.text, i + 1)));
  out.push('</xml>');
  return out.join('');
}

/** How many idmap blocks a VML drawing with `n` shapes takes. */
export function vmlBlocks(n: number): number {
  return Math.max(1, Math.ceil((n + 1) / 1024));
}

