import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { applyOverridePolicies } from '../overrides';
import {
  createFleetSnapshot,
  PlacementPreview,
  previewPlacement,
  replicaRequirementsFromPodTemplate,
} from '../scheduling';
import { Cluster, KubernetesList } from '../types';
import {
  WORKLOAD_FIELD_LABELS,
  WorkloadSpec,
  validateWorkloadSpec,
} from '../spec';
import type { Container } from './deploymentTypes';
import { renderWorkload, RenderedWorkload } from './renderWorkload';
import { renderWorkloadYaml } from './renderWorkloadYaml';
import { UNLIMITED_CLUSTER_GROUPS } from './toKarmadaPlacement';

// Every spec in examples/workloads, rendered and scheduled on the default
// fleet the emulator serves: each must validate against the real cluster
// names, schedule, and render what its comment promises.

const EXAMPLES = path.resolve(__dirname, '../../../../examples');
const fleet: KubernetesList<Cluster> = parse(
  fs.readFileSync(path.join(EXAMPLES, 'fleets/default.yaml'), 'utf8'),
);
const snapshot = createFleetSnapshot(fleet);
const clusterByName = new Map(fleet.items.map(c => [c.metadata.name, c]));

interface Example {
  file: string;
  input: unknown;
  spec: WorkloadSpec;
  rendered: RenderedWorkload;
  preview: PlacementPreview;
}

function load(file: string): Example {
  const input = parse(
    fs.readFileSync(path.join(EXAMPLES, 'workloads', file), 'utf8'),
  );
  const rendered = renderWorkload(input);
  const { placement } = rendered.propagationPolicy.spec;
  const preview = previewPlacement(snapshot, {
    placement: placement ?? {},
    replicas: rendered.deployment.spec.replicas ?? 0,
    replicaRequirements: replicaRequirementsFromPodTemplate(
      rendered.deployment.spec.template.spec,
    ),
  });
  return { file, input, spec: validateWorkloadSpec(input), rendered, preview };
}

/** What `cluster` receives: the template after the rendered OverridePolicy. */
function effective(example: Example, cluster: string) {
  const target = clusterByName.get(cluster);
  if (!target) throw new Error(`no cluster ${cluster} in the fleet`);
  const policies = example.rendered.overridePolicy
    ? [example.rendered.overridePolicy]
    : [];
  return applyOverridePolicies(example.rendered.deployment, target, policies)
    .resource as typeof example.rendered.deployment;
}

function containersOf(
  d: RenderedWorkload['deployment'],
): Record<string, Container> {
  return Object.fromEntries(
    d.spec.template.spec.containers.map(c => [c.name, c]),
  );
}

const files = fs
  .readdirSync(path.join(EXAMPLES, 'workloads'))
  .filter(f => f.endsWith('.yaml'))
  .sort();

describe('examples/workloads', () => {
  it('has an example per create-flow step and one with everything', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });

  it.each(files)(
    '%s validates against the fleet, schedules, and renders stably',
    file => {
      const example = load(file);
      const scheduled = example.preview.clusters.map(c => c.name);
      expect(example.preview.schedulable).toBe(true);
      // The rules that need the fleet: known clusters, differential targets among the scheduled ones.
      expect(() =>
        validateWorkloadSpec(example.input, {
          knownClusters: [...clusterByName.keys()],
          scheduledClusters: scheduled,
        }),
      ).not.toThrow();
      expect(
        example.preview.clusters.reduce((n, c) => n + (c.replicas ?? 0), 0),
      ).toBeGreaterThan(0);
      expect(renderWorkloadYaml(renderWorkload(example.input))).toBe(
        renderWorkloadYaml(example.rendered),
      );
      const { deployment, propagationPolicy, overridePolicy } =
        example.rendered;
      for (const object of [
        deployment,
        propagationPolicy,
        overridePolicy,
      ].filter(o => o !== undefined)) {
        expect(object.metadata).toMatchObject({
          name: example.spec.name,
          namespace: example.spec.namespace,
          labels: {
            'app.kubernetes.io/managed-by': 'backstage-karmada',
            'backstage.io/kubernetes-id':
              example.spec.kubernetesId ?? example.spec.name,
          },
        });
      }
      // Clusters without differential configuration get the template unchanged.
      const targeted = new Set(
        (example.spec.differential ?? []).flatMap(d => d.clusters),
      );
      for (const cluster of scheduled.filter(c => !targeted.has(c)))
        expect(effective(example, cluster)).toEqual(deployment);
    },
  );

  const CHECKED = [
    '01-basic-named-clusters.yaml',
    '02-area-dynamic-weight.yaml',
    '03-labels-spread-aggregated.yaml',
    '04-container.yaml',
    '05-advanced.yaml',
    '06-differential.yaml',
    '07-everything.yaml',
  ];

  it('checks every example file', () => {
    expect(CHECKED).toEqual(files);
  });

  it('01-basic-named-clusters.yaml renders what it describes', () => {
    const { rendered, preview } = load('01-basic-named-clusters.yaml');
    expect(rendered.propagationPolicy.spec).toEqual({
      resourceSelectors: [
        { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web-frontend' },
      ],
      placement: {
        clusterAffinity: {
          clusterNames: [
            'aws-us-east-1-prod',
            'gcp-us-central1-prod',
            'huawei-cn-north-4-prod',
          ],
        },
        replicaScheduling: { replicaSchedulingType: 'Duplicated' },
      },
    });
    expect(rendered.overridePolicy).toBeUndefined();
    expect(rendered.deployment.metadata.annotations).toMatchObject({
      'karmada.backstage.io/entity-ref': 'component:default/web-frontend',
    });
    expect(preview.clusters.map(c => c.replicas)).toEqual([2, 2, 2]);
  });

  it('02-area-dynamic-weight.yaml renders what it describes', () => {
    const { rendered, preview } = load('02-area-dynamic-weight.yaml');
    expect(rendered.propagationPolicy.spec.placement).toEqual({
      clusterAffinity: {
        fieldSelector: {
          matchExpressions: [
            { key: 'provider', operator: 'In', values: ['aws', 'gcp'] },
            {
              key: 'region',
              operator: 'In',
              values: ['us-east-1', 'us-west-2', 'us-central1', 'europe-west4'],
            },
          ],
        },
      },
      replicaScheduling: {
        replicaSchedulingType: 'Divided',
        replicaDivisionPreference: 'Weighted',
        weightPreference: { dynamicWeight: 'AvailableReplicas' },
      },
    });
    expect(preview.clusters.reduce((n, c) => n + (c.replicas ?? 0), 0)).toBe(
      12,
    );
    for (const c of preview.clusters)
      expect(['aws', 'gcp']).toContain(
        clusterByName.get(c.name)?.spec?.provider,
      );
  });

  it('03-labels-spread-aggregated.yaml renders what it describes', () => {
    const { rendered, preview } = load('03-labels-spread-aggregated.yaml');
    const { placement } = rendered.propagationPolicy.spec;
    expect(
      placement?.clusterAffinity?.labelSelector?.matchExpressions?.[0],
    ).toEqual({ key: 'env', operator: 'In', values: ['prod'] });
    expect(placement?.clusterAffinity?.exclude).toEqual([
      'gcp-europe-west4-prod',
    ]);
    expect(placement?.clusterTolerations).toEqual([
      { key: 'dedicated', operator: 'Exists', effect: 'NoSchedule' },
    ]);
    expect(placement?.spreadConstraints).toEqual([
      {
        spreadByField: 'cluster',
        minGroups: 2,
        maxGroups: UNLIMITED_CLUSTER_GROUPS,
      },
      { spreadByField: 'region', minGroups: 2, maxGroups: 3 },
    ]);
    expect(placement?.replicaScheduling).toEqual({
      replicaSchedulingType: 'Divided',
      replicaDivisionPreference: 'Aggregated',
    });
    const regions = new Set(
      preview.clusters.map(c => clusterByName.get(c.name)?.spec?.region),
    );
    expect(regions.size).toBeGreaterThanOrEqual(2);
    expect(preview.clusters.map(c => c.name)).not.toContain(
      'gcp-europe-west4-prod',
    );
    expect(preview.clusters.reduce((n, c) => n + (c.replicas ?? 0), 0)).toBe(
      20,
    );
  });

  it('04-container.yaml renders what it describes', () => {
    const { rendered } = load('04-container.yaml');
    const { worker, metrics } = containersOf(rendered.deployment);
    expect(worker).toMatchObject({
      image: 'registry.example.com:5000/shop/orders-worker:2.3.1',
      command: ['/app/worker'],
      ports: [
        { name: 'http', containerPort: 8080, protocol: 'TCP' },
        { name: 'statsd', containerPort: 8125, protocol: 'UDP' },
      ],
      lifecycle: {
        postStart: { exec: { command: ['/app/worker', 'warm-cache'] } },
        preStop: { httpGet: { path: '/drain', port: 'http' } },
      },
      readinessProbe: { tcpSocket: { port: 8080 }, successThreshold: 2 },
    });
    expect(metrics.readinessProbe).toEqual({
      grpc: { port: 9103, service: 'health' },
    });
    expect(rendered.deployment.spec.template.spec.imagePullSecrets).toEqual([
      { name: 'regcred' },
    ]);
    expect(rendered.propagationPolicy.spec.propagateDeps).toBe(true);
    expect(
      rendered.dependencies.map(
        d => `${d.kind}/${d.name}: ${d.referencedBy.join(' ')}`,
      ),
    ).toEqual([
      'ConfigMap/orders-config: containers[0].env[1] containers[0].envFrom[0] volumes[0]',
      'Secret/orders-api-keys: containers[0].envFrom[1]',
      'Secret/orders-db: containers[0].env[2]',
      'Secret/orders-tls: volumes[1]',
      'Secret/regcred: imagePullSecrets[0]',
    ]);
  });

  it('05-advanced.yaml renders what it describes', () => {
    const { rendered, preview } = load('05-advanced.yaml');
    const { spec } = rendered.deployment;
    expect(spec.strategy).toEqual({
      type: 'RollingUpdate',
      rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 },
    });
    expect(spec.template.spec).toMatchObject({
      dnsPolicy: 'None',
      dnsConfig: { nameservers: ['10.96.0.10', '2001:db8::53'] },
      hostAliases: [
        {
          ip: '10.20.30.40',
          hostnames: ['acquirer.internal', 'acquirer-backup.internal'],
        },
      ],
    });
    expect(spec.template.metadata?.labels).toEqual({
      app: 'payments-gateway',
      'backstage.io/kubernetes-id': 'payments-gateway',
      version: 'v5',
    });
    expect(
      rendered.propagationPolicy.spec.placement?.replicaScheduling
        ?.weightPreference?.staticWeightList,
    ).toHaveLength(3);
    expect(preview.ties).toEqual([]);
    expect(
      Object.fromEntries(preview.clusters.map(c => [c.name, c.replicas])),
    ).toEqual({
      'aws-us-west-2-prod': 4,
      'aws-ap-southeast-1-prod': 2,
      'azure-westeurope-staging': 2,
    });
  });

  it('06-differential.yaml renders what it describes', () => {
    const example = load('06-differential.yaml');
    const rules = example.rendered.overridePolicy?.spec.overrideRules ?? [];
    expect(rules.map(r => r.targetCluster?.clusterNames)).toEqual([
      ['alibaba-cn-hangzhou-gpu'],
      ['huawei-cn-north-4-prod'],
      ['gcp-us-central1-prod'],
    ]);
    const huawei = containersOf(effective(example, 'huawei-cn-north-4-prod'));
    expect(huawei.api.image).toBe(
      'registry.cn-hangzhou.example.com/mirror/storefront-api:1.8.0',
    );
    expect(huawei.api.resources?.limits).toEqual({
      cpu: '1',
      memory: '1Gi',
    });
    expect(huawei.proxy).toMatchObject({
      image: 'registry.cn-hangzhou.example.com/envoyproxy/envoy:v1.31.0',
      args: [
        '--config-path',
        '/etc/envoy/envoy-cn.yaml',
        '--log-level',
        'warn',
      ],
    });
    const canary = effective(example, 'gcp-us-central1-prod');
    expect(canary.metadata.labels).toMatchObject({ track: 'canary' });
    expect(containersOf(canary).api).toMatchObject({
      image: 'ghcr.io/example/storefront-api:1.9.0-rc.1',
      command: ['/bin/storefront-api', '--canary'],
      env: [
        { name: 'LOG_LEVEL', value: 'debug' },
        {
          name: 'REGION_HINT',
          valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } },
        },
        { name: 'CANARY', value: 'true' },
      ],
    });
    expect(
      containersOf(effective(example, 'alibaba-cn-hangzhou-gpu')).proxy.image,
    ).toBe('envoyproxy/envoy:v1.31.0');
  });

  it('07-everything.yaml renders what it describes', () => {
    const example = load('07-everything.yaml');
    const { placement } = example.rendered.propagationPolicy.spec;
    expect(
      placement?.clusterAffinities?.map(t => [t.affinityName, t.exclude]),
    ).toEqual([
      ['primary', ['azure-southeastasia-dev']],
      ['us-prod', ['azure-southeastasia-dev']],
      ['named-backup', ['azure-southeastasia-dev', 'gcp-us-central1-prod']],
      ['any-gold', ['azure-southeastasia-dev']],
    ]);
    expect(placement?.spreadConstraints).toEqual([
      { spreadByField: 'cluster', minGroups: 1, maxGroups: 2 },
    ]);
    expect(example.preview.affinityName).toBe('primary');
    expect(
      example.rendered.deployment.metadata.labels?.[
        'backstage.io/kubernetes-id'
      ],
    ).toBe('ml-inference-service');
    const gpu = containersOf(
      effective(example, 'alibaba-cn-hangzhou-gpu'),
    ).server;
    expect(gpu.image).toBe(
      'registry.cn-hangzhou.example.com/mirror/tritonserver:24.08-py3-cn',
    );
    expect(gpu.resources).toEqual({
      requests: { cpu: '2', memory: '12Gi' },
      limits: { cpu: '4', memory: '24Gi', 'nvidia.com/gpu': '1' },
    });
    expect(gpu.env?.[1]).toEqual({
      name: 'MODEL_BUCKET',
      value: 'oss://ml-models-cn',
    });
  });
});

// Where the examples' values sit, with list indices as `[]`: `containers[].image`.
function usedPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value))
    return [prefix, ...value.flatMap(v => usedPaths(v, `${prefix}[]`))];
  if (value && typeof value === 'object') {
    return [
      prefix,
      ...Object.entries(value).flatMap(([k, v]) =>
        usedPaths(v, prefix ? `${prefix}.${k}` : k),
      ),
    ];
  }
  return [prefix];
}

describe('examples/workloads together', () => {
  it('use every field the create form labels', () => {
    const used = new Set(
      files.flatMap(file =>
        usedPaths(
          parse(
            fs.readFileSync(path.join(EXAMPLES, 'workloads', file), 'utf8'),
          ),
        ),
      ),
    );
    expect(
      Object.keys(WORKLOAD_FIELD_LABELS).filter(field => !used.has(field)),
    ).toEqual([]);
  });
});
