import { Command, CommandIo, processIo } from './io';

// Commands load lazily so `schedule` does not pay for the renderer and back.
const commands: Record<string, { summary: string; load: () => Command }> = {
  schedule: {
    summary: 'predict Karmada scheduling results (JSON on stdin)',
    load: () => require('./commands/schedule').schedule,
  },
  override: {
    summary:
      'apply override policies to a resource for one cluster (JSON on stdin)',
    load: () => require('./commands/override').override,
  },
  render: {
    summary: 'render the manifests of a workload spec: render SPEC.yaml',
    load: () => require('./commands/render').render,
  },
  plan: {
    summary:
      'where each replica goes and what each cluster gets: plan --clusters FILE --policy FILE [--overrides FILE]... WORKLOAD.yaml [-o table|json|yaml]',
    load: () => require('./commands/plan').plan,
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(
    ([name, c]) => `  ${name.padEnd(10)} ${c.summary}`,
  );
  return `usage: karmada-preview <command> [args]\n\ncommands:\n${lines.join(
    '\n',
  )}\n`;
}

/**
 * Runs the command line and resolves to the exit code.
 *
 * @public
 */
export async function main(
  argv: string[],
  io: CommandIo = processIo,
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.stderr(`karmada-preview: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  return command.load()(rest, io);
}
