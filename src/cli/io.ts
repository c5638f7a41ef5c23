/** What a command needs from the outside world; tests pass buffers, the bin passes the process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour in reports written to stdout). */
  isTTY: boolean;
  /** Whether stderr is a terminal (live progress is drawn there); defaults to `isTTY`. */
  stderrIsTTY?: boolean;
}

export function processIo(): Io {
  // `wfc runs | head` closes the pipe early: that is the reader's choice, not an error.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(0);
      throw e;
    });
  }
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    cwd: process.cwd(),
    env: process.env,
    isTTY: !!process.stdout.isTTY,
    stderrIsTTY: !!process.stderr.isTTY,
  };
}

export function useColor(io: Io): boolean {
  return io.isTTY && !io.env["NO_COLOR"] && io.env["TERM"] !== "dumb";
}

/** A usage error: printed with the command's usage line, exit code 2. */
export class UsageError extends Error {}

export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;
