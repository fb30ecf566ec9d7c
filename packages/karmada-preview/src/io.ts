/**
 * The streams a command reads and writes; tests pass their own.
 *
 * @public
 */
export interface CommandIo {
  readStdin(): Promise<string>;
  stdout(text: string): void;
  stderr(text: string): void;
}

/**
 * A sub-command: takes its arguments, returns the exit code (0 ok, 2 malformed input).
 *
 * @public
 */
export type Command = (args: string[], io: CommandIo) => Promise<number>;

/**
 * The process's own streams.
 *
 * @public
 */
export const processIo: CommandIo = {
  readStdin: () =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      process.stdin.on('data', c => chunks.push(Buffer.from(c)));
      process.stdin.on('end', () =>
        resolve(Buffer.concat(chunks).toString('utf8')),
      );
      process.stdin.on('error', reject);
    }),
  stdout: text => {
    process.stdout.write(text);
  },
  stderr: text => {
    process.stderr.write(text);
  },
};
