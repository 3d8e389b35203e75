/**
 * The dependency rules of docs/DESIGN.md, checked on source text (test/architecture.test.ts runs them over
 * src/ and over small synthetic files, to show each rule can fail):
 *  - src/core imports nothing outside src/core but zod;
 *  - Office.js globals (Office, Excel, OfficeExtension) only in src/hosts/excel; WPS globals (wps, Application) only in src/hosts/wps;
 *  - no import between hosts (src/hosts/X → src/hosts/Y), except the port src/hosts/host.ts and the shared
 *    file reader/writer src/hosts/files that every host and the CLI use, and src/hosts/common (pure
 *    helpers of the object-model hosts: addresses, mark grouping, text safety);
 *  - src/ribbon does not import src/taskpane (what both need lives in src/app);
 *  - outside src/core, the core is imported only through its public API, src/core/index.ts (docs/API.md), or
 *    its part that loads without zod and the rules, src/core/lean.ts: no import of a core-internal path such as
 *    src/core/merge/types;
 *  - the pane and the ribbon (src/taskpane, src/ribbon) reach a host only through the port and src/app: they
 *    import from src/hosts only host.ts and the shared src/hosts/files (hosts are chosen in src/app/hosts.ts).
 */
import * as path from 'path';

export interface SourceFile {
  /** Relative to the repository, with '/' (e.g. 'src/core/review.ts'). */
  path: string;
  text: string;
}

export interface Violation {
  file: string;
  rule: 'core-imports' | 'core-internal' | 'office-globals' | 'wps-globals' | 'between-hosts' | 'ribbon-taskpane' | 'ui-host';
  detail: string;
}

/**
 * Folders under src/hosts/ every host may use: the file reader/writer (formats, not an application), and
 * the pure helpers both object-model hosts (Excel, WPS) share (A1 addresses, mark grouping, text safety).
 */
const SHARED_HOST_FOLDERS = new Set(['files', 'common']);
const CORE_PACKAGES = new Set(['zod']);
/** The core's public entries: everything (index), and the part that needs neither zod nor the rules (lean). */
const PUBLIC_CORE = new Set(['src/core', 'src/core/index', 'src/core/lean']);

/** Every module specifier the file imports, re-exports, requires or imports dynamically (type-only imports too). */
export function importsOf(text: string): string[] {
  const code = stripComments(text);
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\b(?:require|import)\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of code.matchAll(re)) out.push(m[1]);
  return out;
}

/** The code without comments, string literals and template text (so a comment naming Office.js is not a use of it). */
export function codeOnly(text: string): string {
  return stripStrings(stripComments(text));
}

function stripComments(text: string): string {
  // Strings first kept intact (an import path may contain '//' never, but a URL in a string may): walk the text once.
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '/' && next === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"' || c === '`') {
      const start = i;
      i = skipString(text, i);
      out += text.slice(start, i);
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function stripStrings(code: string): string {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === "'" || c === '"' || c === '`') {
      i = skipString(code, i);
      out += "''";
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Index just past the string literal starting at `i` (template literals: their `${…}` parts are dropped too). */
function skipString(text: string, i: number): number {
  const quote = text[i];
  i++;
  while (i < text.length && text[i] !== quote) {
    if (text[i] === '\\') i++;
    else if (quote !== '`' && text[i] === '\n') break; // unterminated: stop at the line's end
    i++;
  }
  return i + 1;
}

/** 'src/hosts/excel/index.ts' + '../browser/download' → 'src/hosts/browser/download'; packages stay as they are. */
export function resolveImport(from: string, spec: string): { local: string } | { pkg: string } {
  if (!spec.startsWith('.')) return { pkg: spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0] };
  return { local: path.posix.normalize(path.posix.join(path.posix.dirname(from), spec)) };
}

const under = (p: string, folder: string) => p === folder || p.startsWith(folder + '/');

function hostOf(p: string): string | null {
  const m = /^src\/hosts\/([^/]+)\//.exec(p + '/');
  if (!m) return null;
  // src/hosts/host(.ts) is the port, not a host.
  return m[1] === 'host' || m[1] === 'host.ts' ? null : m[1];
}

const OFFICE_GLOBALS = /(?<![.\w$])(?:(?:Office|Excel|OfficeExtension)\s*\.\s*[A-Za-z_$][\w$]*|typeof\s+(?:Office|Excel|OfficeExtension)\b|OfficeExtension\b)/;
const WPS_GLOBALS = /(?<![.\w$])(?:(?:wps|Application)\s*\.\s*[A-Za-z_$][\w$]*|typeof\s+(?:wps|Application)\b)/;

export function checkFile(file: SourceFile): Violation[] {
  const v: Violation[] = [];
  const p = file.path;
  for (const spec of importsOf(file.text)) {
    const r = resolveImport(p, spec);
    if (under(p, 'src/core')) {
      if ('pkg' in r && !CORE_PACKAGES.has(r.pkg)) v.push({ file: p, rule: 'core-imports', detail: `imports package ${spec}` });
      if ('local' in r && !under(r.local, 'src/core')) v.push({ file: p, rule: 'core-imports', detail: `imports ${r.local}` });
    }
    if ('local' in r && under(p, 'src') && !under(p, 'src/core') && under(r.local, 'src/core') && !PUBLIC_CORE.has(r.local))
      v.push({ file: p, rule: 'core-internal', detail: `imports ${r.local} (outside src/core, import the core's public API: src/core/index.ts or src/core/lean.ts)` });
    if ('local' in r) {
      const from = hostOf(p);
      const to = hostOf(r.local);
      if (from && to && from !== to && !SHARED_HOST_FOLDERS.has(to)) v.push({ file: p, rule: 'between-hosts', detail: `host ${from} imports ${r.local}` });
      if (under(p, 'src/ribbon') && under(r.local, 'src/taskpane')) v.push({ file: p, rule: 'ribbon-taskpane', detail: `imports ${r.local}` });
      if ((under(p, 'src/taskpane') || under(p, 'src/ribbon')) && to && !SHARED_HOST_FOLDERS.has(to))
        v.push({ file: p, rule: 'ui-host', detail: `imports ${r.local} (a host is reached through src/hosts/host.ts and src/app)` });
    }
  }
  const code = codeOnly(file.text);
  const office = OFFICE_GLOBALS.exec(code);
  if (office && !under(p, 'src/hosts/excel')) v.push({ file: p, rule: 'office-globals', detail: `uses ${office[0].trim()}` });
  const wps = WPS_GLOBALS.exec(code);
  if (wps && !under(p, 'src/hosts/wps')) v.push({ file: p, rule: 'wps-globals', detail: `uses ${wps[0].trim()}` });
  return v;
}

export function checkFiles(files: SourceFile[]): Violation[] {
  return files.flatMap(checkFile);
}
