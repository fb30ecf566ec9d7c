import { parseArgs, USAGE } from './cli/parseArgs';
import { startEmulator } from './startEmulator';

/**
 * Where the command writes, and how it waits for a stop signal (tests
 * replace both).
 *
 * @public
 */
export interface MainIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Resolves when the process is asked to stop (SIGINT/SIGTERM). */
  stopSignal(): Promise<string>;
}

const processIo: MainIo = {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  stopSignal: () =>
    new Promise(resolve => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    }),
};

/**
 * The `karmada-emulator` command: starts the emulator, prints where it
 * listens, serves until SIGINT/SIGTERM, then closes cleanly. Resolves to
 * the exit code (2 for a bad command line, 1 when it cannot start).
 *
 * @public
 */
export async function main(
  argv: string[],
  io: MainIo = processIo,
): Promise<number> {
  let options;
  try {
    options = parseArgs(argv);
  } catch (e) {
    io.stderr(`karmada-emulator: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    io.stdout(USAGE);
    return 0;
  }
  let emulator;
  try {
    emulator = await startEmulator({
      host: options.host,
      port: options.port,
      fleet: options.fleet,
      seed: options.seed,
      dataFile: options.dataFile,
      latencyMs: options.latencyMs,
      failRate: options.failRate,
      faultKinds: options.faultKinds,
      readyAfterMs: options.readyAfterMs,
      historySize: options.historySize,
      log: message => io.stderr(`karmada-emulator: ${message}\n`),
    });
  } catch (e) {
    io.stderr(`karmada-emulator: cannot start: ${(e as Error).message}\n`);
    return 1;
  }
  io.stdout(
    `Karmada emulator listening on ${emulator.url} (${emulator.clusterCount} clusters)\n`,
  );
  const signal = await io.stopSignal();
  io.stdout(`Karmada emulator stopping (${signal})\n`);
  await emulator.close();
  return 0;
}
