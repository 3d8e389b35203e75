/** What a command needs from the process, so that tests can run commands in-process. */
export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  /** True when stderr is a terminal (progress bars only then). */
  isTTY: boolean;
  /** Working directory for relative paths. */
  cwd?: string;
}

export function processIo(): CliIo {
  return { stdout: process.stdout, stderr: process.stderr, isTTY: Boolean(process.stderr.isTTY) };
}
