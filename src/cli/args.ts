/** A small, strict argument parser: unknown flags are usage errors (exit 2), never ignored. */

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
  const flags: Record<string, string | true> = {};
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
    if (!(name in spec)) throw new UsageError(`未知选项 --${name}`);
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
