import type {
  CommandArgsOverrider,
  ImageOverrider,
  Overriders,
  PlaintextOverrider,
} from '../types';
import type { Deployment } from './deploymentTypes';
import { compact, sortedRecord } from './objectMetadata';

// Turns what some clusters should get differently into Karmada overriders,
// computed against the rendered template. Karmada's dedicated overriders are
// used where one fits; env and resources need plaintext JSON patches, which
// do not create missing parents (SEMANTICS §4.1), so each patch first checks
// what the template already has.

/**
 * The changes one override rule makes to one container.
 *
 * @public
 */
export interface ContainerChanges {
  image: { registry?: string; repository?: string; tag?: string };
  command?: string[];
  args?: string[];
  env: Array<{ name: string; value: string }>;
  requests: Record<string, string>;
  limits: Record<string, string>;
}

/**
 * The changes of one override rule: per container index, plus workload metadata.
 *
 * @public
 */
export interface RuleChanges {
  containers: Map<number, ContainerChanges>;
  labels: Record<string, string>;
  annotations: Record<string, string>;
}

/** RFC 6901: `~` and `/` inside a segment. */
function pointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function containerPath(index: number): string {
  return `/spec/template/spec/containers/${index}`;
}

function imageOverriders(
  index: number,
  image: ContainerChanges['image'],
): ImageOverrider[] {
  const out: ImageOverrider[] = [];
  const components = [
    ['Registry', image.registry],
    ['Repository', image.repository],
    ['Tag', image.tag],
  ] as const;
  for (const [component, value] of components) {
    if (value === undefined) continue;
    // Without a predicate Karmada rewrites every container's image (§4.2).
    const predicate = { path: `${containerPath(index)}/image` };
    out.push(
      value === ''
        ? { predicate, component, operator: 'remove' }
        : { predicate, component, operator: 'replace', value },
    );
  }
  return out;
}

// Karmada's command/args overriders only add or remove. To replace the list:
// remove every current item, then add the new ones (applied in list order, §4.3).
function replaceList(
  containerName: string,
  current: string[] | undefined,
  next: string[],
): CommandArgsOverrider[] {
  const out: CommandArgsOverrider[] = [];
  if (current && current.length)
    out.push({ containerName, operator: 'remove', value: [...current] });
  if (next.length)
    out.push({ containerName, operator: 'add', value: [...next] });
  return out;
}

function envPatches(
  index: number,
  current: Array<{ name: string }> | undefined,
  env: ContainerChanges['env'],
): PlaintextOverrider[] {
  const base = `${containerPath(index)}/env`;
  const out: PlaintextOverrider[] = [];
  const added: Array<{ name: string; value: string }> = [];
  for (const e of env) {
    const at = (current ?? []).findIndex(c => c.name === e.name);
    // Replace the whole entry so a valueFrom in the template does not survive next to the value.
    if (at >= 0)
      out.push({
        path: `${base}/${at}`,
        operator: 'replace',
        value: { name: e.name, value: e.value },
      });
    else added.push({ name: e.name, value: e.value });
  }
  if (added.length && !current?.length)
    out.push({ path: base, operator: 'add', value: added });
  else
    for (const e of added)
      out.push({ path: `${base}/-`, operator: 'add', value: e });
  return out;
}

function resourcePatches(
  index: number,
  current: Deployment['spec']['template']['spec']['containers'][number]['resources'],
  c: ContainerChanges,
): PlaintextOverrider[] {
  const base = `${containerPath(index)}/resources`;
  const wanted = compact({
    requests: sortedRecord(c.requests),
    limits: sortedRecord(c.limits),
  });
  if (Object.keys(wanted).length === 0) return [];
  if (!current) return [{ path: base, operator: 'add', value: wanted }];
  const out: PlaintextOverrider[] = [];
  for (const kind of ['requests', 'limits'] as const) {
    const list = wanted[kind];
    if (!list) continue;
    const existing = current[kind];
    if (!existing) {
      out.push({ path: `${base}/${kind}`, operator: 'add', value: list });
      continue;
    }
    for (const [name, value] of Object.entries(list)) {
      const operator = name in existing ? 'replace' : 'add';
      out.push({
        path: `${base}/${kind}/${pointerSegment(name)}`,
        operator,
        value,
      });
    }
  }
  return out;
}

/**
 * The overriders of one rule, in the order Karmada applies them (§3).
 *
 * @public
 */
export function differentialOverriders(
  template: Deployment,
  changes: RuleChanges,
): Overriders {
  const containers = template.spec.template.spec.containers;
  const indices = [...changes.containers.keys()].sort((a, b) => a - b);
  const image: ImageOverrider[] = [];
  const command: CommandArgsOverrider[] = [];
  const args: CommandArgsOverrider[] = [];
  const plaintext: PlaintextOverrider[] = [];
  for (const i of indices) {
    const c = changes.containers.get(i);
    const container = containers[i];
    if (!c || !container) continue;
    image.push(...imageOverriders(i, c.image));
    if (c.command)
      command.push(
        ...replaceList(container.name, container.command, c.command),
      );
    if (c.args)
      args.push(...replaceList(container.name, container.args, c.args));
    plaintext.push(
      ...envPatches(i, container.env, c.env),
      ...resourcePatches(i, container.resources, c),
    );
  }
  const labels = sortedRecord(changes.labels);
  const annotations = sortedRecord(changes.annotations);
  const list = <T>(items: T[]) => (items.length ? items : undefined);
  return compact({
    imageOverrider: list(image),
    commandOverrider: list(command),
    argsOverrider: list(args),
    labelsOverrider: labels && [{ operator: 'add', value: labels }],
    annotationsOverrider: annotations && [
      { operator: 'add', value: annotations },
    ],
    plaintext: list(plaintext),
  });
}
