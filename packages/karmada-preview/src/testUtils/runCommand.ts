import { Command, CommandIo } from '../io';

/** What a command printed and returned. */
export interface CommandRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a command with captured output and an empty stdin. */
export async function runCommand(
  command: Command,
  args: string[],
): Promise<CommandRun> {
  let stdout = '';
  let stderr = '';
  const io: CommandIo = {
    readStdin: async () => '',
    stdout: t => {
      stdout += t;
    },
    stderr: t => {
      stderr += t;
    },
  };
  return { code: await command(args, io), stdout, stderr };
}
