/**
 * Packs suggested from a workbook's content when the reviewer picked none (RULES.md "Rule packs"):
 * a 继续教育学时 register → ce2007; units or titles naming 浙江/杭州/宁波… → zj2017, 四川/成都/绵阳… →
 * sc2020 (the places are in ./regions.ts); a 线上 demand form → most2022-online. Pure: the caller decides whether to use the suggestion,
 * and shows the reasons (the words and cells that suggested each pack).
 */
import type { PackId } from './model/review';
import { a1 } from './grid';
import type { ParsedWorkbook, Project } from './model/records';
import { REGION_WORDS } from './regions';

export { REGION_WORDS };

/** Why a pack was suggested: the words found, and where. */
export interface PackReason {
  pack: PackId;
  /** Chinese, e.g. `组团单位“杭州市科学技术局”含“杭州”`. */
  why: string;
  file: string;
  sheet: string;
  cell: string;
}

export interface PackSuggestion {
  /** In PACK_IDS order, without `common` (always on). */
  packs: PackId[];
  /** At most one reason per pack and workbook (the first place found). */
  reasons: PackReason[];
}

/** Which packs a review ran, whether they were suggested, and why (WorkbookReview.packs, `--json` `packs`). */
export interface PackUse {
  /** The packs that ran, `common` first. */
  used: PackId[];
  /** The packs the content suggests (whether or not they were used). */
  suggested: PackId[];
  /** True when the reviewer picked no pack and the suggestion was used. */
  fromSuggestion: boolean;
  reasons: PackReason[];
}

const ORDER: readonly PackId[] = ['zj2017', 'sc2020', 'most2022-online', 'ce2007', 'cas'];

/**
 * Each region's words by their first two characters (one number a pair): a text with none of these
 * pairs holds none of the words, so it is passed over without trying each of the ≈ 100–200 words
 * (that search was ≈ 4 % of a merge child's time). Null when a word is shorter than two characters
 * (then every word is tried, as before).
 */
const FIRST_PAIRS: readonly (Set<number> | null)[] = REGION_WORDS.map(({ words }) =>
  words.every((w) => w.length >= 2) ? new Set(words.map((w) => pairAt(w, 0))) : null,
);

function pairAt(text: string, i: number): number {
  return text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
}

/** Whether `text` may hold one of the words whose first pairs are `pairs`. */
function mayHold(text: string, pairs: Set<number> | null): boolean {
  if (pairs === null) return true;
  for (let i = 0; i + 1 < text.length; i++) if (pairs.has(pairAt(text, i))) return true;
  return false;
}

function projectTexts(p: Project): { label: string; text: string; cell: string; sheet: string }[] {
  const out: { label: string; text: string; cell: string; sheet: string }[] = [];
  for (const [f, label] of [
    ['unit', '组团单位'],
    ['adminDept', '归口管理部门'],
    ['theme', '培训班主题'],
  ] as const) {
    const fc = p.fields[f];
    if (fc && fc.text.trim() !== '') out.push({ label, text: fc.text.trim(), cell: a1(fc.ref.row, fc.ref.col), sheet: fc.ref.sheet });
  }
  return out;
}

function fileStem(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.(xlsx|xlsm|xls|csv)$/i, '');
}

/** Suggests packs for one workbook (or a batch: the union, reasons from each workbook). */
export function suggestPacks(workbooks: ParsedWorkbook | readonly ParsedWorkbook[]): PackSuggestion {
  const list = Array.isArray(workbooks) ? (workbooks as readonly ParsedWorkbook[]) : [workbooks as ParsedWorkbook];
  const found = new Set<PackId>();
  const reasons: PackReason[] = [];
  for (const wb of list) {
    const here = new Set<PackId>();
    const add = (pack: PackId, why: string, sheet = '', cell = '') => {
      found.add(pack);
      if (here.has(pack)) return;
      here.add(pack);
      reasons.push({ pack, why, file: wb.file, sheet, cell });
    };
    // a continuing-education register (or the enterprises' education funds it goes with)
    for (const r of wb.recognition) {
      if (r.kind === 'ce-register') add('ce2007', `工作表“${r.sheet}”是继续教育学时登记表`, r.sheet);
      else if (r.kind === 'ce-funds') add('ce2007', `工作表“${r.sheet}”是职工教育经费表`, r.sheet);
    }
    if (!here.has('ce2007') && wb.ce.length > 0) add('ce2007', '含继续教育学时记录', wb.ce[0].source.sheet);
    // units and titles naming a province or its cities
    const texts = wb.projects.flatMap(projectTexts);
    texts.push({ label: '文件名', text: fileStem(wb.file), sheet: '', cell: '' });
    for (let r = 0; r < REGION_WORDS.length; r++) {
      const { pack, words } = REGION_WORDS[r];
      for (const t of texts) {
        if (!mayHold(t.text, FIRST_PAIRS[r])) continue;
        const w = words.find((x) => t.text.includes(x));
        if (w) {
          add(pack, `${t.label}“${t.text}”含“${w}”`, t.sheet, t.cell);
          break;
        }
      }
    }
    // a demand form read as online (培训形式 线上, or 线上 in its title or theme)
    const online = wb.projects.find((p) => p.mode === 'online');
    if (online) {
      const mode = online.fields.mode;
      const why = mode && mode.text.trim() !== '' ? `培训形式为“${mode.text.trim()}”` : '需求表标题或培训班主题写明“线上”';
      const at = mode?.ref ?? online.fields.theme?.ref;
      add('most2022-online', why, at?.sheet ?? online.source.sheet, at ? a1(at.row, at.col) : '');
    }
  }
  return { packs: ORDER.filter((p) => found.has(p)), reasons: reasons.sort((a, b) => ORDER.indexOf(a.pack) - ORDER.indexOf(b.pack)) };
}

/** One Chinese line: which packs ran and why (`按内容选用规则包：zj2017（组团单位“…”含“杭州”）…`). */
export function packUseLine(use: Pick<PackUse, 'used' | 'fromSuggestion' | 'reasons'>, files = 1): string {
  const chosen = use.used.filter((p) => p !== 'common');
  if (!use.fromSuggestion) return `规则包：${['common', ...chosen].join('、')}（按 --packs 或设置指定）`;
  if (chosen.length === 0) return '未指定规则包，内容中未发现可推定的规则包，只运行通用检查（common）；可用 --packs 指定';
  const parts = chosen.map((p) => {
    const rs = use.reasons.filter((r) => r.pack === p);
    const first = rs[0];
    const where = first ? `${first.why}${files > 1 ? `，${first.file}` : ''}` : '';
    const more = files > 1 && rs.length > 1 ? `等${new Set(rs.map((r) => r.file)).size}个文件` : '';
    return `${p}（${where}${more}）`;
  });
  return `未指定规则包，按内容选用：common、${parts.join('、')}；可用 --packs 改选`;
}

/** The packs of several reviews as one: every pack any of them ran or suggested, and all reasons. */
export function combinePackUse(uses: readonly (PackUse | undefined)[]): PackUse {
  const used = new Set<PackId>(['common']);
  const suggested = new Set<PackId>();
  const reasons: PackReason[] = [];
  let fromSuggestion = false;
  for (const u of uses) {
    if (!u) continue;
    for (const p of u.used) used.add(p);
    for (const p of u.suggested) suggested.add(p);
    for (const r of u.reasons) reasons.push(r);
    fromSuggestion ||= u.fromSuggestion;
  }
  return {
    used: ['common', ...ORDER.filter((p) => used.has(p))],
    suggested: ORDER.filter((p) => suggested.has(p)),
    fromSuggestion,
    reasons: reasons.sort((a, b) => ORDER.indexOf(a.pack) - ORDER.indexOf(b.pack)),
  };
}
