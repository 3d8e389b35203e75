/**
 * A native chart part (DrawingML) for a sheet's ChartSpec: clustered columns for the first series and
 * a line on a secondary axis for the second (budget in 万元 and people differ in scale), reading the
 * sheet's own cells, with the values cached so that readers without a calculation engine draw it.
 */
import { a1, quoteSheet } from '../../../core/lean';
import { CHART_NAME, type ChartSpec } from '../../../core/lean';
import { escapeXml, stripIllegalXml } from './xml';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
export const REL_DRAWING = `${NS_R}/drawing`;
export const REL_CHART = `${NS_R}/chart`;
export const CT_DRAWING = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CT_CHART = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
/** Size of the chart in cells. */
const CHART_COLS = 8;
const CHART_ROWS = 20;
/** Explicit colours: a package without a theme part leaves automatic colours to the reader (LibreOffice draws none). */
const BAR_COLOUR = '4472C4';
const LINE_COLOUR = 'ED7D31';

const x = (s: string) => escapeXml(stripIllegalXml(s));
const abs = (r: number, c: number) => a1(r, c).replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

function strCache(values: string[]): string {
  return `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${x(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
}

function numCache(values: number[]): string {
  const pts = values.map((v, i) => (Number.isFinite(v) ? `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>` : '')).join('');
  return `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache>`;
}

function rich(text: string, size: number): string {
  return `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="${size}" b="1"/><a:t>${x(text)}</a:t></a:r></a:p></c:rich></c:tx>`;
}

/** The chart part of a spec whose `source` names cells of `sheetName`. */
export function chartXml(spec: ChartSpec, sheetName: string): string {
  const src = spec.source!;
  const q = quoteSheet(sheetName);
  const catRef = `${q}!${abs(src.r0, src.categoryCol)}:${abs(src.r1, src.categoryCol)}`;
  const series = spec.series.slice(0, 2).map((s, i) => {
    const col = src.seriesCols[i];
    const tx = `<c:tx><c:strRef><c:f>${x(`${q}!${abs(src.r0 - 1, col)}`)}</c:f>${strCache([s.name])}</c:strRef></c:tx>`;
    const cat = `<c:cat><c:strRef><c:f>${x(catRef)}</c:f>${strCache(spec.categories)}</c:strRef></c:cat>`;
    const val = `<c:val><c:numRef><c:f>${x(`${q}!${abs(src.r0, col)}:${abs(src.r1, col)}`)}</c:f>${numCache(s.values)}</c:numRef></c:val>`;
    return { tx, cat, val };
  });
  const catAx = (id: number, cross: number, hidden: boolean) =>
    `<c:catAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${hidden ? 1 : 0}"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>`;
  const valAx = (id: number, cross: number, pos: 'l' | 'r', title: string, grid: boolean) =>
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="${pos}"/>${grid ? '<c:majorGridlines/>' : ''}<c:title>${rich(title, 900)}<c:overlay val="0"/></c:title><c:numFmt formatCode="General" sourceLinked="1"/><c:tickLblPos val="nextTo"/><c:crossAx val="${cross}"/><c:crosses val="${pos === 'l' ? 'autoZero' : 'max'}"/><c:crossBetween val="between"/></c:valAx>`;
  const [bar, line] = series;
  const names = spec.series.map((s) => s.name);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title>${rich(spec.title, 1200)}<c:overlay val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>${bar.tx}<c:spPr><a:solidFill><a:srgbClr val="${BAR_COLOUR}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>${bar.cat}${bar.val}</c:ser>` +
    `<c:gapWidth val="150"/><c:axId val="5001"/><c:axId val="5002"/></c:barChart>` +
    (line
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>` +
        `<c:ser><c:idx val="1"/><c:order val="1"/>${line.tx}<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${LINE_COLOUR}"/></a:solidFill></a:ln></c:spPr>` +
        `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${LINE_COLOUR}"/></a:solidFill></c:spPr></c:marker>${line.cat}${line.val}<c:smooth val="0"/></c:ser>` +
        `<c:marker val="1"/><c:axId val="5003"/><c:axId val="5004"/></c:lineChart>`
      : '') +
    catAx(5001, 5002, false) +
    valAx(5002, 5001, 'l', names[0], true) +
    (line ? catAx(5003, 5004, true) + valAx(5004, 5003, 'r', names[1], false) : '') +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** The drawing part holding one chart, anchored below the sheet's cells (so it prints on the pages' width). */
export function drawingXml(fromRow: number, name = CHART_NAME): string {
  const cell = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}"><xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from>${cell(0, fromRow)}</xdr:from><xdr:to>${cell(CHART_COLS, fromRow + CHART_ROWS)}</xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${x(name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="rId1"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}
