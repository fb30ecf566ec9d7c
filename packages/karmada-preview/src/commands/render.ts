import { promises as fs } from 'node:fs';
import { parseAllDocuments } from 'yaml';
import {
  KarmadaInputError,
  renderedObjects,
  renderWorkload,
  renderWorkloadYaml,
  RenderedWorkload,
  WorkloadDependency,
} from '@karmada-backstage/plugin-karmada-common';
import type { Command, CommandIo } from '../io';

// `karmada-preview render SPEC.yaml [-o yaml|json]`: the manifests of a
// workload spec on stdout, ready for `kubectl apply -f -`; the ConfigMaps
// and Secrets it depends on on stderr, so stdout stays nothing but manifests.

const USAGE =
  'usage: karmada-preview render SPEC.yaml|- [-o yaml|json] [--initiator REF] [--template REF]';

interface RenderArgs {
  file: string;
  output: 'yaml' | 'json';
  initiator?: string;
  template?: string;
}

class UsageError extends Error {}

/** A spec file that cannot be read or parsed: malformed input, one line. */
class SpecFileError extends Error {}

function parseArgs(args: string[]): RenderArgs {
  let file: string | undefined;
  let output: RenderArgs['output'] = 'yaml';
  const options: Pick<RenderArgs, 'initiator' | 'template'> = {};
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const value = () => {
      const next = args[++i];
      if (next === undefined) throw new UsageError(`${arg} needs a value`);
      return next;
    };
    if (arg === '-o' || arg === '--output') {
      const requested = value();
      if (requested !== 'yaml' && requested !== 'json')
        throw new UsageError(
          `unknown output format "${requested}" (yaml or json)`,
        );
      output = requested;
    } else if (arg === '--initiator') options.initiator = value();
    else if (arg === '--template') options.template = value();
    else if (arg.startsWith('-') && arg !== '-')
      throw new UsageError(`unknown option ${arg}`);
    else if (file === undefined) file = arg;
    else throw new UsageError(`unexpected argument "${arg}"`);
  }
  if (file === undefined)
    throw new UsageError('missing the workload spec file (or - for stdin)');
  return { file, output, ...options };
}

async function readSpec(file: string, io: CommandIo): Promise<unknown> {
  let text: string;
  try {
    text =
      file === '-' ? await io.readStdin() : await fs.readFile(file, 'utf8');
  } catch (e) {
    throw new SpecFileError(`cannot read ${file}: ${(e as Error).message}`);
  }
  // YAML is a superset of JSON, so one parser reads both.
  const docs = parseAllDocuments(text);
  if (!Array.isArray(docs) || docs.length !== 1) {
    throw new SpecFileError(
      `${file}: expected exactly one YAML or JSON document`,
    );
  }
  const [doc] = docs;
  if (doc.errors.length)
    throw new SpecFileError(`${file}: ${doc.errors[0].message.split('\n')[0]}`);
  return doc.toJS();
}

function dependencyLines(dependencies: WorkloadDependency[]): string {
  if (dependencies.length === 0) return '';
  const lines = dependencies.map(
    d => `  ${d.kind} ${d.namespace}/${d.name} (${d.referencedBy.join(', ')})`,
  );
  return `karmada-preview: the workload references these objects; create them in the Karmada control plane first:\n${lines.join(
    '\n',
  )}\n`;
}

function format(
  rendered: RenderedWorkload,
  output: RenderArgs['output'],
): string {
  if (output === 'yaml') return renderWorkloadYaml(rendered);
  // A v1 List is what `kubectl apply -f -` accepts for several objects in JSON.
  return `${JSON.stringify(
    { apiVersion: 'v1', kind: 'List', items: renderedObjects(rendered) },
    null,
    2,
  )}\n`;
}

/**
 * `render`: validates a workload spec and prints its Deployment,
 * PropagationPolicy and OverridePolicy; exit 2 on a bad spec.
 *
 * @public
 */
export const render: Command = async (args, io) => {
  try {
    const parsed = parseArgs(args);
    const input = await readSpec(parsed.file, io);
    const rendered = renderWorkload(input, {
      initiator: parsed.initiator,
      template: parsed.template,
    });
    io.stdout(format(rendered, parsed.output));
    io.stderr(dependencyLines(rendered.dependencies));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`karmada-preview: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof KarmadaInputError || e instanceof SpecFileError) {
      io.stderr(`karmada-preview: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
};
