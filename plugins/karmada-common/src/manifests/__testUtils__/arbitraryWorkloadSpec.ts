import fc from 'fast-check';
import type {
  ContainerSpec,
  DifferentialItem,
  WorkloadSpecInput,
} from '../../spec';

// Random valid workload specs for the render → override round trip: a few
// containers with and without command, args, env and resources, and
// differential items over a small cluster pool. Values come from small pools
// so items overlap (same clusters, same env names, duplicate command words).

/** The clusters every generated spec places on. */
export const CLUSTER_POOL = ['c1', 'c2', 'c3', 'c4', 'c5'];

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const words = fc.constantFrom('a', 'b', 'run', '--flag', 'x y');
const envName = fc.constantFrom('A', 'B', 'C', 'MODE');
const labelKey = fc.constantFrom('tier', 'zone', 'example.com/team');
const labelValue = fc.constantFrom('gold', 'eu', 'x');

const imageRef = fc
  .record({
    registry: fc.constantFrom('', 'registry.example.com', 'localhost:5000/'),
    repository: fc.constantFrom('nginx', 'team/app'),
    ref: fc.constantFrom('', ':1.25', `@${DIGEST}`),
  })
  .map(
    i =>
      `${
        i.registry && !i.registry.endsWith('/') ? `${i.registry}/` : i.registry
      }${i.repository}${i.ref}`,
  );

// Template requests stay at or below 100m / 64Mi and limits at or above 2 / 1Gi,
// and differential values keep to the same bands, so any mix stays valid.
const requests = fc.record(
  {
    cpu: fc.constantFrom('50m', '100m'),
    memory: fc.constantFrom('32Mi', '64Mi'),
  },
  { requiredKeys: [] },
);
const limits = fc.record(
  { cpu: fc.constantFrom('2', '4'), memory: fc.constantFrom('1Gi', '2Gi') },
  { requiredKeys: [] },
);

const env = fc.uniqueArray(
  fc
    .record({ name: envName, value: fc.option(labelValue, { nil: undefined }) })
    .map(e =>
      e.value === undefined
        ? {
            name: e.name,
            valueFrom: { secretKeyRef: { name: 'creds', key: 'k' } },
          }
        : { name: e.name, value: e.value },
    ),
  { selector: e => e.name, maxLength: 3 },
);

function container(name: string) {
  return fc
    .record(
      {
        image: imageRef,
        command: fc.array(words, { maxLength: 3 }),
        args: fc.array(words, { maxLength: 3 }),
        env,
        resources: fc.record({ requests, limits }, { requiredKeys: [] }),
      },
      { requiredKeys: ['image'] },
    )
    .map(c => ({ name, ...c } as ContainerSpec));
}

const differentialItem = (containers: string[]) =>
  fc.record(
    {
      clusters: fc.subarray(CLUSTER_POOL, { minLength: 1 }),
      container: fc.constantFrom(...containers),
      image: fc.record(
        {
          registry: fc.constantFrom('', 'mirror.example.com'),
          repository: fc.constantFrom('mirror/nginx', 'app'),
          tag: fc.constantFrom('2.0', 'canary'),
        },
        { requiredKeys: [] },
      ),
      command: fc.array(words, { minLength: 1, maxLength: 3 }),
      args: fc.array(words, { maxLength: 3 }),
      env: fc.uniqueArray(fc.record({ name: envName, value: labelValue }), {
        selector: e => e.name,
        minLength: 1,
        maxLength: 3,
      }),
      resources: fc.record(
        {
          requests: fc.record({ cpu: fc.constantFrom('10m', '80m') }),
          limits: fc.record({ memory: fc.constantFrom('3Gi') }),
        },
        { requiredKeys: [] },
      ),
      labels: fc.dictionary(labelKey, labelValue, { minKeys: 1, maxKeys: 2 }),
      annotations: fc.dictionary(labelKey, fc.string({ maxLength: 5 }), {
        minKeys: 1,
        maxKeys: 2,
      }),
    },
    { requiredKeys: ['clusters', 'container'] },
  ) as fc.Arbitrary<DifferentialItem>;

/**
 * A spec whose differential items never give one cluster the same field
 * twice (fields that would are dropped, as the schema would refuse them).
 */
export const arbitraryWorkloadSpec: fc.Arbitrary<WorkloadSpecInput> = fc
  .integer({ min: 1, max: 3 })
  .chain(n => {
    const names = Array.from({ length: n }, (_, i) => `app${i}`);
    return fc.record({
      containers: fc.tuple(...names.map(container)),
      differential: fc.array(differentialItem(names), { maxLength: 4 }),
    });
  })
  .map(({ containers, differential }) => ({
    instance: 'local',
    namespace: 'team-a',
    name: 'web',
    placement: { mode: 'clusters' as const, clusterNames: [...CLUSTER_POOL] },
    replicas: 3,
    scheduling: { type: 'Duplicated' as const },
    containers,
    differential: withoutConflicts(differential),
  }));

function fieldsOf(item: DifferentialItem): string[] {
  const c = item.container;
  return [
    ...(['registry', 'repository', 'tag'] as const)
      .filter(k => item.image?.[k] !== undefined)
      .map(k => `${c}/image.${k}`),
    ...(item.command ? [`${c}/command`] : []),
    ...(item.args ? [`${c}/args`] : []),
    ...(item.env ?? []).map(e => `${c}/env.${e.name}`),
    ...Object.keys(item.resources?.requests ?? {}).map(
      k => `${c}/requests.${k}`,
    ),
    ...Object.keys(item.resources?.limits ?? {}).map(k => `${c}/limits.${k}`),
    ...Object.keys(item.labels ?? {}).map(k => `label.${k}`),
    ...Object.keys(item.annotations ?? {}).map(k => `annotation.${k}`),
  ];
}

function withoutConflicts(items: DifferentialItem[]): DifferentialItem[] {
  const taken = new Set<string>();
  const out: DifferentialItem[] = [];
  for (const raw of items) {
    const clash = (field: string) =>
      raw.clusters.some(cluster => taken.has(`${cluster}|${field}`));
    const c = raw.container;
    const image = Object.fromEntries(
      Object.entries(raw.image ?? {}).filter(
        ([k]) => !clash(`${c}/image.${k}`),
      ),
    );
    const next: DifferentialItem = {
      clusters: raw.clusters,
      container: c,
      ...(Object.keys(image).length ? { image } : {}),
      ...(raw.command && !clash(`${c}/command`)
        ? { command: raw.command }
        : {}),
      ...(raw.args && !clash(`${c}/args`) ? { args: raw.args } : {}),
      ...(raw.env?.some(e => !clash(`${c}/env.${e.name}`))
        ? { env: raw.env.filter(e => !clash(`${c}/env.${e.name}`)) }
        : {}),
      ...(raw.resources &&
      !clash(`${c}/requests.cpu`) &&
      !clash(`${c}/limits.memory`)
        ? { resources: raw.resources }
        : {}),
      ...(raw.labels && !Object.keys(raw.labels).some(k => clash(`label.${k}`))
        ? { labels: raw.labels }
        : {}),
      ...(raw.annotations &&
      !Object.keys(raw.annotations).some(k => clash(`annotation.${k}`))
        ? { annotations: raw.annotations }
        : {}),
    };
    const fields = fieldsOf(next);
    if (fields.length === 0) continue;
    for (const cluster of next.clusters)
      for (const f of fields) taken.add(`${cluster}|${f}`);
    out.push(next);
  }
  return out;
}
