import { InputError, NotFoundError } from '@backstage/errors';
import {
  ApplyRequest,
  ApplyResponse,
  AppliedObjectDto,
  InstanceDto,
  PlacementPreviewDto,
  WorkloadSummaryDto,
} from '@karmada-backstage/plugin-karmada-common';
import {
  KarmadaService,
  KarmadaServiceRequestOptions,
} from '../KarmadaService';

/**
 * Options of the in-memory fake.
 *
 * @public
 */
export interface InMemoryKarmadaServiceOptions {
  /** Instance names (the first is the default); `['default']` when omitted. */
  instances?: string[];
  /** Workloads `listWorkloads` starts with. */
  workloads?: WorkloadSummaryDto[];
  /** What `previewPlacement` answers; schedulable with no clusters when omitted. */
  preview?: PlacementPreviewDto;
}

function specName(spec: Record<string, unknown>): {
  name: string;
  namespace: string;
} {
  const name = typeof spec.name === 'string' ? spec.name : undefined;
  const namespace =
    typeof spec.namespace === 'string' ? spec.namespace : undefined;
  if (!name) throw new InputError('spec.name: is required');
  if (!namespace) throw new InputError('spec.namespace: is required');
  return { name, namespace };
}

/**
 * A {@link KarmadaService} that keeps applied workloads in memory, for tests
 * of modules that use the service (the scaffolder action). Applying the same
 * spec twice reports `unchanged`; dry runs store nothing.
 *
 * @public
 */
export class InMemoryKarmadaService implements KarmadaService {
  /** Every non-dry-run apply, in order. */
  readonly applied: ApplyRequest[] = [];
  private readonly instances: string[];
  private readonly store = new Map<string, { spec: string; version: number }>();
  private readonly workloads: WorkloadSummaryDto[];
  private readonly preview: PlacementPreviewDto;

  constructor(options: InMemoryKarmadaServiceOptions = {}) {
    this.instances = options.instances ?? ['default'];
    this.workloads = [...(options.workloads ?? [])];
    this.preview = options.preview ?? {
      schedulable: true,
      clusters: [],
      strategy: 'Duplicated',
      selected: [],
      leftOut: [],
      ties: [],
      warnings: [],
    };
  }

  private instance(name?: string): string {
    const found = name ?? this.instances[0];
    if (!this.instances.includes(found))
      throw new NotFoundError(`unknown Karmada instance "${found}"`);
    return found;
  }

  private instanceDto(name: string, i: number): InstanceDto {
    return {
      name,
      title: name,
      default: i === 0,
      status: { state: 'ready', ready: true },
      clusterCount: 0,
      namespaces: { allow: [], deny: [], description: 'any namespace' },
    };
  }

  async listInstances(_options?: KarmadaServiceRequestOptions) {
    return { items: this.instances.map((n, i) => this.instanceDto(n, i)) };
  }
  async listClusters(q: { instance?: string }) {
    return { instance: this.instance(q.instance), items: [] };
  }
  async getFleetFacets(q: { instance?: string }) {
    return {
      instance: this.instance(q.instance),
      clusters: [],
      providers: [],
      regions: [],
      zones: [],
      labels: {},
      taints: [],
    };
  }
  async listNamespaces(q: { instance?: string }) {
    const instance = this.instance(q.instance);
    return {
      instance,
      items: [],
      guardrail: this.instanceDto(instance, 0).namespaces,
    };
  }
  async previewPlacement(req: { instance?: string }) {
    return {
      instance: this.instance(req.instance),
      fleet: { clusters: 0, ready: true },
      preview: this.preview,
    };
  }
  async renderWorkload(req: {
    instance?: string;
    spec: Record<string, unknown>;
  }) {
    specName(req.spec);
    return {
      instance: this.instance(req.instance),
      objects: [],
      yaml: '',
      dependencies: [],
      preview: this.preview,
      clusters: [],
    };
  }

  async applyWorkload(
    req: ApplyRequest,
    _options?: KarmadaServiceRequestOptions,
  ): Promise<ApplyResponse> {
    const instance = this.instance(req.instance);
    const { name, namespace } = specName(req.spec);
    const key = `${instance}/${namespace}/${name}`;
    const spec = JSON.stringify(req.spec);
    const prev = this.store.get(key);
    let action: AppliedObjectDto['action'] = 'created';
    if (prev) action = prev.spec === spec ? 'unchanged' : 'configured';
    const version = prev ? prev.version + (action === 'unchanged' ? 0 : 1) : 1;
    if (!req.dryRun) {
      this.store.set(key, { spec, version });
      this.applied.push(req);
    }
    const objects: AppliedObjectDto[] = [
      {
        apiVersion: 'policy.karmada.io/v1alpha1',
        kind: 'PropagationPolicy',
        name,
        namespace,
        action,
        resourceVersion: String(version),
      },
      {
        apiVersion: 'apps/v1',
        kind: 'Deployment',
        name,
        namespace,
        action,
        resourceVersion: String(version),
      },
    ];
    return { instance, namespace, name, dryRun: !!req.dryRun, objects };
  }

  async resumeWorkload(
    req: { instance?: string; namespace: string; name: string },
    _options?: KarmadaServiceRequestOptions,
  ) {
    const instance = this.instance(req.instance);
    if (!this.store.has(`${instance}/${req.namespace}/${req.name}`))
      throw new NotFoundError(
        `workload ${req.namespace}/${req.name} not found`,
      );
    return {
      instance,
      namespace: req.namespace,
      name: req.name,
      dryRun: false,
      objects: [],
    };
  }

  async removeWorkload(
    req: {
      instance?: string;
      namespace: string;
      name: string;
      dryRun?: boolean;
    },
    _options?: KarmadaServiceRequestOptions,
  ) {
    const instance = this.instance(req.instance);
    const key = `${instance}/${req.namespace}/${req.name}`;
    const existed = this.store.has(key);
    if (!req.dryRun) this.store.delete(key);
    const action: AppliedObjectDto['action'] = existed ? 'deleted' : 'absent';
    return {
      instance,
      namespace: req.namespace,
      name: req.name,
      dryRun: !!req.dryRun,
      objects: [
        {
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: req.name,
          namespace: req.namespace,
          action,
        },
        {
          apiVersion: 'policy.karmada.io/v1alpha1',
          kind: 'PropagationPolicy',
          name: req.name,
          namespace: req.namespace,
          action,
        },
      ],
    };
  }

  async getWorkloadPlacement(ref: {
    instance: string;
    namespace: string;
    name: string;
  }): Promise<never> {
    throw new NotFoundError(
      `workload ${ref.instance}/${ref.namespace}/${ref.name} not found`,
    );
  }

  async listWorkloads(q: {
    instance?: string;
    namespace?: string;
    entity?: string;
  }) {
    return {
      items: this.workloads.filter(
        w =>
          (!q.instance || w.instance === q.instance) &&
          (!q.namespace || w.namespace === q.namespace) &&
          (!q.entity || w.kubernetesId === q.entity),
      ),
      errors: [],
    };
  }
}
