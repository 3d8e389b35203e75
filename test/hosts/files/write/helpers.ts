/** Test helpers: read written packages back independently (fflate + regexes, and @e965/xlsx). */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync } from 'fflate';
import * as XLSX from '@e965/xlsx';

export const FIXTURES = path.join(__dirname, '../../../fixtures/write');

export function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function partText(bytes: Uint8Array | Record<string, Uint8Array>, name: string): string {
  const p = bytes instanceof Uint8Array ? parts(bytes) : bytes;
  const b = p[name];
  if (!b) throw new Error(`no part ${name}; have ${Object.keys(p).join(', ')}`);
  return new TextDecoder().decode(b);
}

export function read(bytes: Uint8Array): XLSX.WorkBook {
  return XLSX.read(bytes, { type: 'array', cellStyles: true, cellNF: true, cellFormula: true, bookVBA: false });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
}

/** The worksheet part of a sheet name (through workbook.xml and its rels). */
export function sheetPart(p: Record<string, Uint8Array>, name: string): string {
  const wb = partText(p, 'xl/workbook.xml');
  const rels = partText(p, 'xl/_rels/workbook.xml.rels');
  const tags = wb.match(/<sheet\b[^>]*>/g) ?? [];
  const enc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const tag = tags.find((t) => attr(t, 'name') === enc(name));
  if (!tag) throw new Error(`no sheet ${name}`);
  const id = /\sr:id="([^"]*)"/.exec(tag)![1];
  const rel = (rels.match(/<Relationship\b[^>]*>/g) ?? []).find((r) => attr(r, 'Id') === id)!;
  const target = attr(rel, 'Target')!;
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** The `<c>` element of a cell in a sheet part ('' when absent). */
export function cellXml(p: Record<string, Uint8Array>, sheet: string, ref: string): string {
  const xml = partText(p, sheetPart(p, sheet));
  const m = new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml) ?? new RegExp(`<c [^>]*?r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`).exec(xml);
  return m ? m[0] : '';
}

export interface ResolvedStyle {
  xf: number;
  numFmt: string;
  bold: boolean;
  italic: boolean;
  fontName?: string;
  fontColor?: string;
  fill?: string;
  border: boolean;
  wrap: boolean;
}

const BUILTIN: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 9: '0%', 10: '0.00%', 14: 'm/d/yyyy', 49: '@' };

/** The style of a cell resolved through styles.xml (number format code, font, fill, border). */
export function styleOf(p: Record<string, Uint8Array>, sheet: string, ref: string): ResolvedStyle {
  const c = cellXml(p, sheet, ref);
  const open = /^<c\b[^>]*>/.exec(c)?.[0] ?? '';
  const xfId = Number(attr(open, 's') ?? 0);
  const st = partText(p, 'xl/styles.xml');
  const section = (name: string) => new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}>`).exec(st)?.[1] ?? '';
  const items = (sec: string, el: string) => sec.match(new RegExp(`<${el}\\b[^>]*?(?:/>|>[\\s\\S]*?</${el}>)`, 'g')) ?? [];
  const xf = items(section('cellXfs'), 'xf')[xfId];
  const xfOpen = /^<xf\b[^>]*>/.exec(xf)![0];
  const numFmtId = Number(attr(xfOpen, 'numFmtId') ?? 0);
  const custom = items(section('numFmts'), 'numFmt').find((n) => Number(attr(n, 'numFmtId')) === numFmtId);
  const font = items(section('fonts'), 'font')[Number(attr(xfOpen, 'fontId') ?? 0)] ?? '';
  const fill = items(section('fills'), 'fill')[Number(attr(xfOpen, 'fillId') ?? 0)] ?? '';
  const border = items(section('borders'), 'border')[Number(attr(xfOpen, 'borderId') ?? 0)] ?? '';
  return {
    xf: xfId,
    numFmt: custom ? attr(custom, 'formatCode')!.replace(/&quot;/g, '"').replace(/&amp;/g, '&') : BUILTIN[numFmtId] ?? String(numFmtId),
    bold: /<b\/>|<b val="1"\/>/.test(font),
    italic: /<i\/>|<i val="1"\/>/.test(font),
    fontName: /<name val="([^"]*)"/.exec(font)?.[1],
    fontColor: /<color rgb="([^"]*)"/.exec(font)?.[1],
    fill: /patternType="solid"/.test(fill) ? /<fgColor rgb="([^"]*)"/.exec(fill)?.[1] : undefined,
    border: /style="thin"/.test(border),
    wrap: /wrapText="1"/.test(xf),
  };
}

/** Comments of a sheet: ref → plain text (through the sheet's rels). */
export function commentsOf(p: Record<string, Uint8Array>, sheet: string): Map<string, string[]> {
  const part = sheetPart(p, sheet);
  const relsName = part.replace(/([^/]+)$/, '_rels/$1.rels');
  const out = new Map<string, string[]>();
  if (!p[relsName]) return out;
  const rel = (partText(p, relsName).match(/<Relationship\b[^>]*>/g) ?? []).find((r) => /\/comments"/.test(r));
  if (!rel) return out;
  const target = attr(rel, 'Target')!;
  const name = target.startsWith('/') ? target.slice(1) : path.posix.normalize(path.posix.join(path.posix.dirname(part), target));
  const xml = partText(p, name);
  for (const m of xml.matchAll(/<comment\b[^>]*ref="([^"]*)"[^>]*>([\s\S]*?)<\/comment>/g)) {
    const text = m[2]
      .replace(/<[^>]*>/g, '')
      .replace(/&#10;/g, '\n')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
    const list = out.get(m[1]) ?? [];
    list.push(text);
    out.set(m[1], list);
  }
  return out;
}

/** Every cell of every sheet as `{ t, v, f }` (via @e965/xlsx), for before/after comparisons. */
export function allValues(wb: XLSX.WorkBook, sheets = wb.SheetNames): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const name of sheets) {
    const ws = wb.Sheets[name];
    const cells: Record<string, unknown> = {};
    for (const k of Object.keys(ws)) {
      if (k.startsWith('!')) continue;
      const c = ws[k] as XLSX.CellObject;
      if (c.t === 'z' && c.v === undefined && c.f === undefined) continue;
      cells[k] = { t: c.t, v: c.v instanceof Date ? c.v.toISOString() : c.v, f: c.f };
    }
    out[name] = cells;
  }
  return out;
}

export function hasSoffice(): boolean {
  try {
    execFileSync('which', ['soffice'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Converts an .xlsx with LibreOffice (own profile, so parallel runs do not collide) and returns
 * the output file's path. `to`: e.g. `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1` or `xlsx`.
 */
export function soffice(bytes: Uint8Array, to: string, ext: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'px-lo-'));
  const src = path.join(dir, 'book.xlsx');
  fs.writeFileSync(src, bytes);
  const outDir = path.join(dir, 'out');
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', outDir, src], {
    stdio: 'ignore',
    timeout: 120000,
  });
  const out = path.join(outDir, `book.${ext}`);
  if (!fs.existsSync(out)) throw new Error('LibreOffice produced no output');
  return out;
}
