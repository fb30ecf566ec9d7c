import { FaultKind, parseFaultKinds } from '../http/FaultInjector';

/**
 * The command line, parsed.
 *
 * @public
 */
export interface CliOptions {
  help: boolean;
  host: string;
  port: number;
  fleet?: string;
  seed?: string | false;
  dataFile?: string;
  latencyMs: number;
  failRate: number;
  faultKinds: FaultKind[];
  readyAfterMs?: number;
  historySize?: number;
}

/**
 * The usage text.
 *
 * @public
 */
export const USAGE = `usage: karmada-emulator [options]

  --host HOST          address to listen on (default 127.0.0.1)
  --port PORT          port to listen on (default 7443; 0 picks one)
  --fleet FILE         member clusters, YAML or JSON (default examples/fleets/default.yaml)
  --seed FILE          objects to apply at first start (default examples/emulator/seed.yaml)
  --no-seed            start without seed objects
  --data FILE          keep state in FILE across restarts
  --latency MS         add MS milliseconds to every response
  --fail-rate R        answer a fraction R (0-1) of non-watch requests with a fault
  --fault-kinds LIST   faults to inject, comma-separated: 500,reset,timeout (default 500)
  --ready-after MS     time for member clusters to make replicas ready (default 3000)
  --history-size N     watch events kept for resuming (default 1000)
  --help               show this help
`;

function number(
  flag: string,
  value: string | undefined,
  integer: boolean,
): number {
  const parsed = Number(value);
  if (
    value === undefined ||
    value.trim() === '' ||
    !Number.isFinite(parsed) ||
    parsed < 0 ||
    (integer && !Number.isInteger(parsed))
  ) {
    throw new Error(
      `${flag} needs a non-negative ${
        integer ? 'integer' : 'number'
      }, got ${JSON.stringify(value ?? '')}`,
    );
  }
  return parsed;
}

/**
 * Parses the command line; throws with a one-line reason when it is wrong.
 *
 * @public
 */
export function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = {
    help: false,
    host: '127.0.0.1',
    port: 7443,
    latencyMs: 0,
    failRate: 0,
    faultKinds: ['500'],
  };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] =
      argv[i].startsWith('--') && argv[i].includes('=')
        ? argv[i].split(/=(.*)/s, 2)
        : [argv[i], undefined];
    const value = () => {
      if (inline !== undefined) return inline;
      i += 1;
      if (argv[i] === undefined) throw new Error(`${flag} needs a value`);
      return argv[i];
    };
    switch (flag) {
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--host':
        options.host = value();
        break;
      case '--port':
        options.port = number(flag, value(), true);
        break;
      case '--fleet':
        options.fleet = value();
        break;
      case '--seed':
        options.seed = value();
        break;
      case '--no-seed':
        options.seed = false;
        break;
      case '--data':
        options.dataFile = value();
        break;
      case '--latency':
        options.latencyMs = number(flag, value(), false);
        break;
      case '--fail-rate':
        options.failRate = number(flag, value(), false);
        if (options.failRate > 1)
          throw new Error(
            `--fail-rate needs a number between 0 and 1, got ${options.failRate}`,
          );
        break;
      case '--fault-kinds':
        options.faultKinds = parseFaultKinds(value());
        break;
      case '--ready-after':
        options.readyAfterMs = number(flag, value(), false);
        break;
      case '--history-size':
        options.historySize = number(flag, value(), true);
        break;
      default:
        throw new Error(`unknown option ${JSON.stringify(flag)}`);
    }
  }
  return options;
}
