/** A small, strict argument parser: unknown flags are usage errors (exit 2), never ignored. */
import { PACK_IDS, type PackId } from '../core/lean';
import { nearest } from './help';

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  flags: Record<string, string | true>;
}

/**
 * Parses `--name value`, `--name=value` and boolean `--name` for the flags named in `spec`
 * (value: true when the flag takes a value).
 */
export function parseArgs(argv: string[], spec: Record<string, boolean>): ParsedArgs {
  const positional: string[] = [];
  const flags: Record<string, string | true> = Object.create(null);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('--') || a === '-') {
      positional.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
    if (!Object.hasOwn(spec, name)) {
      const near = nearest(name, Object.keys(spec));
      throw new UsageError(`未知选项 --${name}${near ? `，是不是 --${near}？` : ''}（所有选项见 --help）`);
    }
    if (spec[name]) {
      const value = eq >= 0 ? a.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new UsageError(`选项 --${name} 需要一个值`);
      flags[name] = value;
    } else {
      if (eq >= 0) throw new UsageError(`选项 --${name} 不带值`);
      flags[name] = true;
    }
  }
  return { positional, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * `--packs a,b`: known pack IDs (PACK_IDS), `common` dropped (it always runs), repeats dropped.
 * An unknown pack is a usage error. Absent: [].
 */
export function parsePacks(text: string | undefined): PackId[] {
  if (text === undefined) return [];
  const packs: PackId[] = [];
  for (const raw of text.split(/[,，\s]+/).filter(Boolean)) {
    if (!(PACK_IDS as readonly string[]).includes(raw)) {
      const near = nearest(raw, PACK_IDS);
      throw new UsageError(`未知规则包 “${raw}”${near ? `，是不是 ${near}？` : ''}可用：${PACK_IDS.join(', ')}`);
    }
    if (raw !== 'common' && !packs.includes(raw as PackId)) packs.push(raw as PackId);
  }
  return packs;
}

/** `--as-of YYYY-MM-DD`: a real calendar date, else a usage error. */
export function parseAsOf(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const d = m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
  if (!m || !d || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) throw new UsageError(`--as-of 应为 YYYY-MM-DD 格式的日期，收到 “${text}”`);
  return text;
}

/** `--year YYYY`: a four-digit year 1900–2999, else a usage error. */
export function parseYear(text: string | undefined, flag = '--year'): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d{4}$/.test(text.trim())) throw new UsageError(`${flag} 应为四位年份（如 2024），收到 “${text}”`);
  const y = Number(text.trim());
  if (y < 1900 || y > 2999) throw new UsageError(`${flag} 应在 1900–2999 之间，收到 “${text}”`);
  return y;
}
