// What a command may touch of the outside world, passed in so tests can run commands in-process.

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whether stderr is a terminal (progress bars) or a pipe or file (plain lines). */
  isTerminal: boolean;
  /**
   * Resolves with the signal's name when the user asks a long-running command (serve) to stop; a
   * second signal while it stops exits the process at once.
   */
  untilStopped(): Promise<string>;
}

export const processIO = (): CliIO => ({
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
  cwd: process.cwd(),
  isTerminal: process.stderr.isTTY === true,
  untilStopped: () =>
    new Promise((resolve) => {
      let stopping = false;
      const onSignal = (signal: NodeJS.Signals) => {
        if (stopping) {
          process.stderr.write(`${signal} again: exiting now\n`);
          process.exit(signal === "SIGINT" ? 130 : 143);
        }
        stopping = true;
        resolve(signal);
      };
      process.on("SIGINT", onSignal);
      process.on("SIGTERM", onSignal);
    }),
});
