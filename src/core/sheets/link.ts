/**
 * Attaching schedules and participant lists to projects: by a project column (项目编号 or 培训班主题),
 * by the theme in the title row (《主题》日程安排表) or the sheet name, by a number in the sheet name
 * (日程表2, 日程表-2, 日程表（2）, 项目2日程 → 序号 2), or when the workbook has only one project.
 */
import type { Project, Schedule } from '../model/records';
import { compact, isSpaceCode } from '../values/text';

export type LinkedBy = NonNullable<Schedule['linkedBy']>;

export interface Link {
  project: Project;
  by: LinkedBy;
  text: string;
}

/** A theme, 项目编号 or sheet name as linking compares it: half-width, no spaces, no quotes or 《》, lower case. */
export function norm(s: string): string {
  // one look at the code units, for texts of CJK ideographs and ASCII with full-width forms (a theme's （）):
  // the same text as the four passes below make, without their copies (every project's theme, every
  // schedule's title and sheet name); anything else takes the four passes
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) continue; // (no case, no space, no quote)
    let h = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c; // toHalfWidth's
    if (h === 0x3000 || isSpaceCode(h)) h = -1; // removed
    else if (h === 0x22 || h === 0x27 || h === 0x300a || h === 0x300b || h === 0x201c || h === 0x201d || h === 0x2018 || h === 0x2019) h = -1;
    else if (h >= 0x41 && h <= 0x5a) h += 0x20;
    else if (h >= 0x7f) return plainNorm(s); // (toLowerCase of anything else: the plain way)
    if (h === c) continue;
    out += s.slice(from, i);
    if (h >= 0) out += String.fromCharCode(h);
    from = i + 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** norm as four passes (for what norm's one look does not know). */
export function plainNorm(s: string): string {
  return compact(s).replace(/[《》“”"'‘’]/g, '').toLowerCase();
}

/** The year of a project, for schedule dates written without one: 出发日期, else 预计办班时间, else 回国日期. */
export function projectYear(p: Project): number | undefined {
  if (p.departDate?.ok) return Number(p.departDate.value.slice(0, 4));
  if (p.plannedTime?.ok) return Number(p.plannedTime.value.from.slice(0, 4));
  if (p.returnDate?.ok) return Number(p.returnDate.value.slice(0, 4));
  if (p.noticeEnd?.ok) return Number(p.noticeEnd.value.slice(0, 4));
  return undefined;
}

function only<T>(xs: T[] | undefined): T | undefined {
  return xs && xs.length === 1 ? xs[0] : undefined;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** The theme a title names: the text inside 《》 when there is one, else the whole title. */
function themeInTitle(title: string): string {
  const m = /《([^》]+)》/.exec(title);
  return m ? m[1] : title;
}

/** The one number in a sheet name (日程表2, 日程表-2, 日程表（2）, 项目2日程), 1–3 digits; null otherwise. */
export function numberInSheetName(name: string): number | null {
  const groups = compact(name).match(/\d+/g);
  if (!groups || groups.length !== 1 || groups[0].length > 3) return null;
  const n = Number(groups[0]);
  return n > 0 ? n : null;
}

const SHEET_WORDS = /(日程安排表|日程安排|日程表|行程表|日程|行程|安排表|人员名单|学员名单|参训人员|名单|项目|表)/g;

/** The workbook's projects indexed for linking (built once: a workbook may hold thousands of projects and sheets). */
export class ProjectIndex {
  private readonly byTheme = new Map<string, Project[]>();
  private readonly bySeq = new Map<number, Project[]>();
  private readonly themes: [string, Project][] = [];
  private readonly anySeq: boolean;
  /** For byText (a project column), made at its first use: most workbooks link their sheets by name or title only. */
  private text: { byId: Map<string, Project[]>; byKey: Map<string, Project[]>; memo: Map<string, Project | undefined>; rawMemo: Map<string, Project | undefined> } | undefined;

  constructor(readonly projects: Project[]) {
    for (const p of projects) {
      const theme = p.fields.theme ? norm(p.fields.theme.text) : '';
      if (theme !== '') {
        push(this.byTheme, theme, p);
        this.themes.push([theme, p]);
      }
      if (p.seq !== undefined) push(this.bySeq, p.seq, p);
    }
    this.anySeq = this.bySeq.size > 0;
  }

  private textIndex(): NonNullable<ProjectIndex['text']> {
    if (this.text) return this.text;
    const byId = new Map<string, Project[]>();
    const byKey = new Map<string, Project[]>();
    for (const p of this.projects) {
      if (p.fields.projectId) push(byId, norm(p.fields.projectId.text), p);
      push(byKey, norm(p.key), p);
    }
    return (this.text = { byId, byKey, memo: new Map(), rawMemo: new Map() });
  }

  /** The project a project-column value names: its 项目编号, its theme, or a theme containing it (or contained in it). */
  byText(text: string): Project | undefined {
    // a schedule asks for its project column's text on every row: the text as written is looked up
    // first, so it is normalised once per distinct text, not once per row
    const ix = this.textIndex();
    const seen = ix.rawMemo.get(text);
    if (seen !== undefined || ix.rawMemo.has(text)) return seen;
    const t = norm(text);
    const found = ix.memo.has(t) ? ix.memo.get(t) : this.lookup(t);
    ix.memo.set(t, found);
    ix.rawMemo.set(text, found);
    return found;
  }

  private lookup(t: string): Project | undefined {
    if (t === '') return undefined;
    const ix = this.textIndex();
    const hit = only(ix.byId.get(t)) ?? only(ix.byKey.get(t)) ?? only(this.byTheme.get(t));
    if (hit) return hit;
    if (t.length < 4) return undefined;
    return only(this.themes.filter(([theme]) => theme.includes(t) || t.includes(theme)).map(([, p]) => p));
  }

  /**
   * Links a whole sheet (no project column) to a project: theme in the title, theme in the sheet name,
   * number in the sheet name. The only-project case is decided by the caller (it needs every sheet).
   */
  linkSheet(sheetName: string, title: string | null): Link | null {
    if (this.projects.length === 0) return null;
    if (title) {
      const t = norm(themeInTitle(title));
      const hit = only(this.byTheme.get(t)) ?? only(this.themes.filter(([theme]) => theme.length >= 4 && t.includes(theme)).map(([, p]) => p));
      if (hit) return { project: hit, by: 'theme', text: title };
    }
    const name = norm(sheetName).replace(SHEET_WORDS, '');
    if (name.length >= 4 && !/\d/.test(name)) {
      const hit = only(this.byTheme.get(name)) ?? only(this.themes.filter(([theme]) => theme.includes(name)).map(([, p]) => p));
      if (hit) return { project: hit, by: 'sheet-name', text: sheetName };
    }
    const n = numberInSheetName(sheetName);
    if (n !== null) {
      const hit = this.anySeq ? only(this.bySeq.get(n)) : n <= this.projects.length ? this.projects[n - 1] : undefined;
      if (hit) return { project: hit, by: 'sheet-name', text: sheetName };
    }
    return null;
  }
}

/** The project a project-column value names (see ProjectIndex.byText). */
export function projectByText(projects: Project[], text: string): Project | undefined {
  return new ProjectIndex(projects).byText(text);
}

/** Links a whole sheet to a project (see ProjectIndex.linkSheet). */
export function linkSheet(projects: Project[], sheetName: string, title: string | null): Link | null {
  return new ProjectIndex(projects).linkSheet(sheetName, title);
}
