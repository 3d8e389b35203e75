/**
 * peixun — the command line of 出国培训审核助手.
 *   peixun review …    review workbooks (issue: the review engine)
 *   peixun template …  write a blank standard form
 *   peixun merge …     merge returned workbooks into the provincial summary
 *   peixun export …    export approved projects as 需求表 files
 *   peixun ce …        continuing-education hours
 * Exit codes: 0 fine, 1 error-severity findings, 2 usage error.
 */
import { UsageError } from './args';
// Node's zlib for every workbook the commands write (smaller CPU cost than the browser-safe deflate).
import '../hosts/files/write/node';
import { processIo, type CliIo } from './io';
import { commandDoc, commandHelp, mainHelp, nearest, version } from './help';
import { WriteError } from '../hosts/files/write/safeWrite';

export const USAGE = mainHelp();

type Command = (argv: string[], io: CliIo) => Promise<number>;

// Commands are loaded on demand so that one part's start-up cost is not paid by the others.
const COMMANDS: Record<string, () => Command> = {
  review: () => require('./review').runReview,
  template: () => require('./template').runTemplate,
  merge: () => require('./merge').runMerge,
  export: () => require('./export').runExport,
  ce: () => require('./ce').runCe,
};

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const [cmd, ...rest] = argv;
  if (!cmd || cmd === '--help' || cmd === '-h' || cmd === 'help') {
    const doc = cmd === 'help' && rest[0] ? commandDoc(rest[0]) : undefined;
    io.stdout.write(doc ? commandHelp(doc) : USAGE);
    return cmd ? 0 : 2;
  }
  if (cmd === '--version' || cmd === '-V' || cmd === 'version') {
    io.stdout.write(`peixun ${version()}\n`);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, cmd) ? COMMANDS[cmd] : undefined;
  if (!load) {
    const near = nearest(cmd.replace(/^-+/, ''), Object.keys(COMMANDS));
    io.stderr.write(`peixun: 未知命令 “${cmd}”${near ? `，是不是 ${near}？` : ''}\n\n${USAGE}`);
    return 2;
  }
  const doc = commandDoc(cmd);
  if (doc && (rest.includes('--help') || rest.includes('-h'))) {
    io.stdout.write(commandHelp(doc));
    return 0;
  }
  try {
    return await load()(rest, io);
  } catch (e) {
    // what the user can fix: one line naming it, exit 2, no stack trace
    if (e instanceof UsageError || e instanceof WriteError || ['UsageError', 'WriteError'].includes((e as Error)?.constructor?.name)) {
      io.stderr.write(`peixun ${cmd}: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}
