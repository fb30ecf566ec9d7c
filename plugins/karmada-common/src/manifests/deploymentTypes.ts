import type { LabelSelector, ObjectMeta } from '../types';

// The slice of apps/v1 Deployment the renderer writes and dependency
// detection reads, in wire form. Optional almost everywhere because
// detectDependencies also reads Deployments the portal did not render.

/**
 * A reference to a key of a ConfigMap or Secret.
 *
 * @public
 */
export interface KeySelector {
  name?: string;
  key: string;
  optional?: boolean;
}

/**
 * A container environment variable (`corev1.EnvVar`).
 *
 * @public
 */
export interface EnvVar {
  name: string;
  value?: string;
  valueFrom?: {
    configMapKeyRef?: KeySelector;
    secretKeyRef?: KeySelector;
    fieldRef?: { fieldPath: string; apiVersion?: string };
    resourceFieldRef?: {
      resource: string;
      containerName?: string;
      divisor?: string;
    };
  };
}

/**
 * A source of environment variables (`corev1.EnvFromSource`).
 *
 * @public
 */
export interface EnvFromSource {
  prefix?: string;
  configMapRef?: { name?: string; optional?: boolean };
  secretRef?: { name?: string; optional?: boolean };
}

/**
 * A probe or lifecycle handler in wire form.
 *
 * @public
 */
export type ContainerHandler = Record<string, unknown>;

/**
 * A container (`corev1.Container`), the fields the portal uses.
 *
 * @public
 */
export interface Container {
  name: string;
  image?: string;
  imagePullPolicy?: string;
  command?: string[];
  args?: string[];
  workingDir?: string;
  ports?: Array<{ name?: string; containerPort: number; protocol?: string }>;
  env?: EnvVar[];
  envFrom?: EnvFromSource[];
  resources?: {
    requests?: Record<string, string>;
    limits?: Record<string, string>;
  };
  volumeMounts?: Array<{
    name: string;
    mountPath: string;
    readOnly?: boolean;
    subPath?: string;
  }>;
  lifecycle?: { postStart?: ContainerHandler; preStop?: ContainerHandler };
  livenessProbe?: ContainerHandler;
  readinessProbe?: ContainerHandler;
  startupProbe?: ContainerHandler;
  [key: string]: unknown;
}

/**
 * A pod volume (`corev1.Volume`); other sources are kept as unknown.
 *
 * @public
 */
export interface Volume {
  name: string;
  configMap?: {
    name?: string;
    items?: Array<{ key: string; path: string }>;
    defaultMode?: number;
    optional?: boolean;
  };
  secret?: {
    secretName?: string;
    items?: Array<{ key: string; path: string }>;
    defaultMode?: number;
    optional?: boolean;
  };
  emptyDir?: { medium?: string; sizeLimit?: string };
  projected?: {
    sources?: Array<{
      configMap?: { name?: string };
      secret?: { name?: string };
      [key: string]: unknown;
    }>;
    defaultMode?: number;
  };
  [key: string]: unknown;
}

/**
 * A pod spec (`corev1.PodSpec`), the fields the portal uses.
 *
 * @public
 */
export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  ephemeralContainers?: Container[];
  imagePullSecrets?: Array<{ name?: string }>;
  volumes?: Volume[];
  nodeSelector?: Record<string, string>;
  affinity?: Record<string, unknown>;
  tolerations?: Array<Record<string, unknown>>;
  dnsPolicy?: string;
  dnsConfig?: Record<string, unknown>;
  hostAliases?: Array<{ ip: string; hostnames: string[] }>;
  [key: string]: unknown;
}

/**
 * `apps/v1` Deployment.
 *
 * @public
 */
export interface Deployment {
  apiVersion: 'apps/v1';
  kind: 'Deployment';
  metadata: ObjectMeta & { name: string; namespace: string };
  spec: {
    replicas?: number;
    selector: LabelSelector;
    strategy?: {
      type: string;
      rollingUpdate?: {
        maxSurge?: number | string;
        maxUnavailable?: number | string;
      };
    };
    minReadySeconds?: number;
    revisionHistoryLimit?: number;
    progressDeadlineSeconds?: number;
    template: { metadata?: ObjectMeta; spec: PodSpec };
    [key: string]: unknown;
  };
  // Lets a Deployment go wherever a KubernetesObject is expected (e.g. the override engine).
  [key: string]: unknown;
}
