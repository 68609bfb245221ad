/** Where the CLI writes: results and progress on stdout, problems on stderr. */
export interface Terminal {
  print(text: string): void;
  warn(text: string): void;
  readonly stdout: NodeJS.WriteStream;
  /** A progress bar can be drawn on stdout. */
  readonly isTTY: boolean;
  /** Where the brief interview's answers are typed. */
  readonly stdin: NodeJS.ReadStream;
  /** Someone can type answers: stdin is a terminal. */
  readonly stdinIsTTY: boolean;
}

export function processTerminal(isTTY: boolean, stdinIsTTY: boolean): Terminal {
  return {
    print: (text) => void process.stdout.write(`${text}\n`),
    warn: (text) => void process.stderr.write(`${text}\n`),
    stdout: process.stdout,
    isTTY,
    // Opened only when questions are asked: an idle stdin stream is not created for nothing.
    get stdin() {
      return process.stdin;
    },
    stdinIsTTY,
  };
}
