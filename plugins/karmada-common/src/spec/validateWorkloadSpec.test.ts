import { KarmadaInputError } from '../errors';
import { baseSpec } from './__testUtils__/baseSpec';
import {
  validateWorkloadSpec,
  workloadSpecIssues,
} from './validateWorkloadSpec';
import type { WorkloadSpecInput } from './workloadSpecSchema';

type Mutate = (spec: WorkloadSpecInput) => void;

function firstContainer(spec: WorkloadSpecInput) {
  return spec.containers[0];
}

function issuesOf(mutate: Mutate, context = {}) {
  const spec = baseSpec();
  mutate(spec);
  return workloadSpecIssues(spec, context).issues;
}

describe('validateWorkloadSpec', () => {
  it('accepts the base spec and applies defaults', () => {
    const spec = validateWorkloadSpec({
      ...baseSpec(),
      replicas: undefined,
      scheduling: undefined,
    });
    expect(spec.replicas).toBe(1);
    expect(spec.scheduling).toEqual({ type: 'Duplicated' });
    expect(spec.propagateDependencies).toBe(true);
    expect(spec.containers[0].ports?.[0].protocol).toBe('TCP');
  });

  // Each row is one kind of bad spec: the field as the form names it, its path, and why.
  it.each<{
    what: string;
    mutate: Mutate;
    path: string;
    label: string;
    reason: RegExp;
  }>([
    {
      what: 'name not DNS-1123',
      mutate: s => {
        s.name = 'Web_App';
      },
      path: 'name',
      label: 'Workload name',
      reason:
        /^"Web_App" must consist of lower case alphanumeric characters or '-'/,
    },
    {
      what: 'namespace longer than 63',
      mutate: s => {
        s.namespace = 'n'.repeat(64);
      },
      path: 'namespace',
      label: 'Namespace',
      reason: /must be no more than 63 characters/,
    },
    {
      what: 'label key too long',
      mutate: s => {
        s.advanced = { labels: { ['k'.repeat(64)]: 'v' } };
      },
      path: `advanced.labels.${'k'.repeat(64)}`,
      label: 'Workload labels',
      reason: /name part must be no more than 63 characters/,
    },
    {
      what: 'label value too long',
      mutate: s => {
        s.advanced = { podLabels: { tier: 'v'.repeat(64) } };
      },
      path: 'advanced.podLabels.tier',
      label: 'Pod labels',
      reason: /must be no more than 63 characters/,
    },
    {
      what: 'image with a space',
      mutate: s => {
        firstContainer(s).image = 'nginx :1.0';
      },
      path: 'containers[0].image',
      label: 'Container image',
      reason: /must not contain whitespace/,
    },
    {
      what: 'image with an uppercase repository',
      mutate: s => {
        firstContainer(s).image = 'Nginx:1.0';
      },
      path: 'containers[0].image',
      label: 'Container image',
      reason: /^"Nginx:1.0" has an uppercase repository/,
    },
    {
      what: 'port out of range',
      mutate: s => {
        firstContainer(s).ports = [{ containerPort: 70000 }];
      },
      path: 'containers[0].ports[0].containerPort',
      label: 'Container port',
      reason: /between 1 and 65535/,
    },
    {
      what: 'duplicate port names',
      mutate: s => {
        s.containers.push({
          name: 'side',
          image: 'busybox',
          ports: [{ name: 'http', containerPort: 8080 }],
        });
      },
      path: 'containers[1].ports[0].name',
      label: 'Port name',
      reason: /"http" is already the name of another port/,
    },
    {
      what: 'request above limit',
      mutate: s => {
        firstContainer(s).resources = {
          requests: { cpu: '1' },
          limits: { cpu: '500m' },
        };
      },
      path: 'containers[0].resources.requests.cpu',
      label: 'Resource requests',
      reason: /cpu request 1 is above its limit 500m/,
    },
    {
      what: 'extended resource request without a matching limit',
      mutate: s => {
        firstContainer(s).resources = {
          requests: { 'nvidia.com/gpu': 1 },
          limits: { 'nvidia.com/gpu': 2 },
        };
      },
      path: 'containers[0].resources.requests["nvidia.com/gpu"]',
      label: 'Resource requests',
      reason: /not overcommittable: the request 1 must equal the limit 2/,
    },
    {
      what: 'bad quantity',
      mutate: s => {
        firstContainer(s).resources = { limits: { memory: '1GB' } };
      },
      path: 'containers[0].resources.limits.memory',
      label: 'Resource limits',
      reason: /"1GB" is not a valid quantity/,
    },
    {
      what: 'probe without a handler',
      mutate: s => {
        firstContainer(s).readinessProbe = { periodSeconds: 5 };
      },
      path: 'containers[0].readinessProbe',
      label: 'Readiness probe',
      reason: /needs a handler: one of exec, httpGet, tcpSocket, grpc/,
    },
    {
      what: 'probe with two handlers',
      mutate: s => {
        firstContainer(s).livenessProbe = {
          httpGet: { port: 80 },
          tcpSocket: { port: 80 },
        };
      },
      path: 'containers[0].livenessProbe',
      label: 'Liveness probe',
      reason: /has 2 handlers \(httpGet, tcpSocket\)/,
    },
    {
      what: 'liveness successThreshold above 1',
      mutate: s => {
        firstContainer(s).livenessProbe = {
          tcpSocket: { port: 80 },
          successThreshold: 3,
        };
      },
      path: 'containers[0].livenessProbe.successThreshold',
      label: 'Liveness probe',
      reason: /must be 1 for liveness and startup probes/,
    },
    {
      what: 'probe on an undeclared port name',
      mutate: s => {
        firstContainer(s).startupProbe = { httpGet: { port: 'admin' } };
      },
      path: 'containers[0].startupProbe.httpGet.port',
      label: 'Startup probe',
      reason: /no port named "admin"/,
    },
    {
      what: 'differential cluster the placement does not name',
      mutate: s => {
        s.differential = [
          { clusters: ['member1', 'member3'], image: { tag: '2' } },
        ];
      },
      path: 'differential[0].clusters[1]',
      label: 'Differential clusters',
      reason:
        /cluster "member3" is not among the clusters the placement names \(member1, member2\)/,
    },
    {
      what: 'duplicate container names',
      mutate: s => {
        s.containers.push({ name: 'web', image: 'busybox' });
      },
      path: 'containers[1].name',
      label: 'Container name',
      reason: /"web" is already the name of another container/,
    },
    {
      what: 'unknown label operator',
      mutate: s => {
        s.placement = {
          mode: 'labels',
          labels: [{ key: 'tier', operator: 'Equals' as 'Equal', value: 'x' }],
        };
      },
      path: 'placement.labels[0].operator',
      label: 'Cluster label operator',
      reason:
        /unknown operator "Equals": use one of Exists, Equal, In, NotIn, DoesNotExist/,
    },
    {
      what: 'Equal without a value',
      mutate: s => {
        s.placement = {
          mode: 'labels',
          labels: [{ key: 'tier', operator: 'Equal' }],
        };
      },
      path: 'placement.labels[0].value',
      label: 'Cluster label value',
      reason: /is required when the operator is Equal/,
    },
    {
      what: 'Exists with a value',
      mutate: s => {
        s.placement = {
          mode: 'labels',
          labels: [{ key: 'tier', operator: 'Exists', value: 'x' }],
        };
      },
      path: 'placement.labels[0].value',
      label: 'Cluster label value',
      reason: /must be empty when the operator is Exists/,
    },
    {
      what: 'maxGroups below minGroups',
      mutate: s => {
        s.placement.spreadByRegion = { minGroups: 3, maxGroups: 2 };
      },
      path: 'placement.spreadByRegion.maxGroups',
      label: 'Maximum regions',
      reason: /must be at least minGroups \(3\)/,
    },
    {
      what: 'DNS policy None without nameservers',
      mutate: s => {
        s.advanced = { dnsPolicy: 'None' };
      },
      path: 'advanced.dnsConfig.nameservers',
      label: 'DNS nameservers',
      reason: /needs at least one nameserver when the DNS policy is None/,
    },
    {
      what: 'more than 3 nameservers',
      mutate: s => {
        s.advanced = {
          dnsConfig: {
            nameservers: ['1.1.1.1', '8.8.8.8', '9.9.9.9', '1.0.0.1'],
          },
        };
      },
      path: 'advanced.dnsConfig.nameservers',
      label: 'DNS nameservers',
      reason: /at most 3 nameservers/,
    },
    {
      what: 'bad IP in host aliases',
      mutate: s => {
        s.advanced = {
          hostAliases: [{ ip: '300.1.1.1', hostnames: ['db.local'] }],
        };
      },
      path: 'advanced.hostAliases[0].ip',
      label: 'Host alias IP',
      reason: /"300.1.1.1" is not an IP address/,
    },
    {
      what: 'maxSurge and maxUnavailable both 0',
      mutate: s => {
        s.advanced = {
          strategy: {
            type: 'RollingUpdate',
            maxSurge: 0,
            maxUnavailable: '0%',
          },
        };
      },
      path: 'advanced.strategy.maxUnavailable',
      label: 'Max unavailable',
      reason: /cannot be 0 when maxSurge is 0/,
    },
    {
      what: 'progress deadline not above minReadySeconds',
      mutate: s => {
        s.advanced = { minReadySeconds: 30, progressDeadlineSeconds: 30 };
      },
      path: 'advanced.progressDeadlineSeconds',
      label: 'Progress deadline',
      reason: /must be greater than minReadySeconds \(30\)/,
    },
    {
      what: 'static weights without weights',
      mutate: s => {
        s.scheduling = { type: 'StaticWeight' };
      },
      path: 'scheduling.weights',
      label: 'Static weights',
      reason: /static weights need at least one weight/,
    },
    {
      what: 'weights with another scheduling type',
      mutate: s => {
        s.scheduling = {
          type: 'Aggregated',
          weights: [{ clusterNames: ['member1'], weight: 1 }],
        };
      },
      path: 'scheduling.weights',
      label: 'Static weights',
      reason: /are only used with StaticWeight \(scheduling is Aggregated\)/,
    },
    {
      what: 'static weights with spread constraints',
      mutate: s => {
        s.scheduling = {
          type: 'StaticWeight',
          weights: [{ clusterNames: ['member1'], weight: 1 }],
        };
        s.placement.spreadByRegion = { minGroups: 1, maxGroups: 2 };
      },
      path: 'placement.spreadByRegion',
      label: 'Dynamic region selection',
      reason: /ignored by Karmada with static weights/,
    },
    {
      what: 'negative replicas',
      mutate: s => {
        s.replicas = -1;
      },
      path: 'replicas',
      label: 'Replicas',
      reason: /must be 0 or more/,
    },
    {
      what: 'volume mount of an undeclared volume',
      mutate: s => {
        firstContainer(s).volumeMounts = [
          { name: 'config', mountPath: '/etc/app' },
        ];
      },
      path: 'containers[0].volumeMounts[0].name',
      label: 'Mounted volume',
      reason: /no volume named "config" is declared in volumes/,
    },
    {
      what: 'env with value and valueFrom',
      mutate: s => {
        firstContainer(s).env = [
          {
            name: 'A',
            value: 'x',
            valueFrom: { secretKeyRef: { name: 's', key: 'k' } },
          },
        ];
      },
      path: 'containers[0].env[0].valueFrom',
      label: 'Variable source',
      reason: /cannot be used together with value/,
    },
    {
      what: 'a cluster getting the same field from two items',
      mutate: s => {
        s.differential = [
          { clusters: ['member1'], image: { tag: '2' } },
          { clusters: ['member2', 'member1'], image: { tag: '3' } },
        ];
      },
      path: 'differential[1].clusters[1]',
      label: 'Differential clusters',
      reason:
        /cluster "member1" already gets the image tag of container "web" from differential\[0\]/,
    },
    {
      what: 'differential container that does not exist',
      mutate: s => {
        s.differential = [
          { clusters: ['member1'], container: 'api', args: ['-v'] },
        ];
      },
      path: 'differential[0].container',
      label: 'Differential container',
      reason: /no container named "api"/,
    },
    {
      what: 'differential item that changes nothing',
      mutate: s => {
        s.differential = [{ clusters: ['member1'] }];
      },
      path: 'differential[0]',
      label: 'Differential configuration',
      reason: /changes nothing/,
    },
    {
      what: 'differential image change on a tag+digest image',
      mutate: s => {
        firstContainer(s).image = `nginx:1.25@sha256:${'a'.repeat(64)}`;
        s.differential = [
          { clusters: ['member1'], image: { registry: 'mirror.example.com' } },
        ];
      },
      path: 'differential[0].image',
      label: 'Differential image',
      reason: /would drop the digest/,
    },
    {
      what: 'unknown field',
      mutate: s => {
        Object.assign(firstContainer(s), { imagee: 'x' });
      },
      path: 'containers[0].imagee',
      label: 'Containers',
      reason: /^unknown field "imagee"$/,
    },
    {
      what: 'reserved label',
      mutate: s => {
        s.advanced = { labels: { app: 'other' } };
      },
      path: 'advanced.labels.app',
      label: 'Workload labels',
      reason: /"app" is set by the portal/,
    },
    {
      what: 'selection field of another mode',
      mutate: s => {
        s.placement.area = { regions: ['eu'] };
      },
      path: 'placement.area',
      label: 'Designated area',
      reason: /only used when the placement mode is area \(mode is clusters\)/,
    },
    {
      what: 'specify clusters without clusters',
      mutate: s => {
        s.placement = { mode: 'clusters', clusterNames: [] };
      },
      path: 'placement.clusterNames',
      label: 'Specify clusters',
      reason: /choose at least one cluster/,
    },
    {
      what: 'a fallback named primary',
      mutate: s => {
        s.placement.fallbacks = [
          { name: 'primary', mode: 'clusters', clusterNames: ['member2'] },
        ];
      },
      path: 'placement.fallbacks[0].name',
      label: 'Fallback name',
      reason: /"primary" is already used/,
    },
    {
      what: 'cluster toleration Equal without key',
      mutate: s => {
        s.placement.tolerations = [{ operator: 'Equal', value: 'x' }];
      },
      path: 'placement.tolerations[0].operator',
      label: 'Toleration operator',
      reason: /must be Exists when no key is given/,
    },
    {
      what: 'cluster name with uppercase',
      mutate: s => {
        s.placement.clusterNames = ['Member1'];
      },
      path: 'placement.clusterNames[0]',
      label: 'Specify clusters',
      reason: /"Member1" must consist of lower case/,
    },
    {
      what: 'replicas not a number',
      mutate: s => {
        (s as Record<string, unknown>).replicas = 'three';
      },
      path: 'replicas',
      label: 'Replicas',
      reason: /^must be a number, not "three"$/,
    },
    {
      what: 'unknown replica scheduling',
      mutate: s => {
        s.scheduling = { type: 'Weighted' as 'StaticWeight' };
      },
      path: 'scheduling.type',
      label: 'Replica scheduling',
      reason: /unknown replica scheduling "Weighted"/,
    },
  ])('rejects $what', ({ mutate, path, label, reason }) => {
    const issues = issuesOf(mutate);
    const issue = issues.find(i => i.path === path);
    expect(issue).toEqual({
      path,
      label,
      reason: expect.stringMatching(reason),
    });
  });

  it('names the field by label and path in the message', () => {
    const spec = baseSpec();
    spec.containers[0].image = 'Nginx:1.0';
    expect(() => validateWorkloadSpec(spec)).toThrow(
      'Container image (containers[0].image): "Nginx:1.0" has an uppercase repository (only the registry host may use uppercase)',
    );
  });

  it('lists every issue, first one in the message', () => {
    const spec = baseSpec();
    spec.name = 'Bad';
    spec.replicas = -2;
    spec.containers[0].ports = [{ containerPort: 0 }];
    let error: unknown;
    try {
      validateWorkloadSpec(spec);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KarmadaInputError);
    const { issues, message } = error as KarmadaInputError;
    expect(issues.map(i => i.path)).toEqual([
      'name',
      'replicas',
      'containers[0].ports[0].containerPort',
    ]);
    expect(message).toMatch(/^Workload name \(name\): /);
  });

  it.each<{
    what: string;
    context: { scheduledClusters?: string[]; knownClusters?: string[] };
    path: string;
    reason: RegExp;
  }>([
    {
      what: 'a differential cluster the placement did not choose',
      context: { scheduledClusters: ['member1'] },
      path: 'differential[0].clusters[1]',
      reason:
        /cluster "member2" is not among the clusters the placement chose \(member1\)/,
    },
    {
      what: 'a cluster the instance does not have',
      context: { knownClusters: ['member1'] },
      path: 'placement.clusterNames[1]',
      reason:
        /cluster "member2" is not a member cluster of Karmada instance "local"/,
    },
  ])('with the fleet, rejects $what', ({ context, path, reason }) => {
    const issues = issuesOf(s => {
      s.differential = [
        { clusters: ['member1', 'member2'], args: ['--debug'] },
      ];
    }, context);
    expect(issues).toContainEqual({
      path,
      label: expect.any(String),
      reason: expect.stringMatching(reason),
    });
  });

  it('accepts differential clusters the placement chose by labels', () => {
    const spec = baseSpec();
    spec.placement = {
      mode: 'labels',
      labels: [{ key: 'env', operator: 'In', values: ['prod'] }],
    };
    spec.differential = [{ clusters: ['member7'], args: ['--debug'] }];
    expect(workloadSpecIssues(spec).issues).toEqual([]);
    expect(
      workloadSpecIssues(spec, { scheduledClusters: ['member7'] }).issues,
    ).toEqual([]);
    expect(
      workloadSpecIssues(spec, { scheduledClusters: ['member1'] }).issues,
    ).toHaveLength(1);
  });
});
