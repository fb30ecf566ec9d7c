// Typed shapes of Pod-related Kubernetes structs, for the unstructured
// converter rules in typedConversion.ts.
import { list, map, struct } from './fieldType';

const strings = list('string');
const stringMap = map('string');

/** `metav1.LabelSelector`. @internal */
export const labelSelector = struct({
  matchLabels: stringMap,
  matchExpressions: list(
    struct({ key: 'string', operator: 'string', values: strings }),
  ),
});

/** `metav1.ObjectMeta`. @internal */
export const objectMeta = struct({
  name: 'string',
  generateName: 'string',
  namespace: 'string',
  selfLink: 'string',
  uid: 'string',
  resourceVersion: 'string',
  generation: 'int',
  creationTimestamp: 'time',
  deletionTimestamp: 'time',
  deletionGracePeriodSeconds: 'int',
  labels: stringMap,
  annotations: stringMap,
  ownerReferences: list(
    struct({
      apiVersion: 'string',
      kind: 'string',
      name: 'string',
      uid: 'string',
      controller: 'bool',
      blockOwnerDeletion: 'bool',
    }),
  ),
  finalizers: strings,
  managedFields: list(
    struct({
      manager: 'string',
      operation: 'string',
      apiVersion: 'string',
      time: 'time',
      fieldsType: 'string',
      fieldsV1: 'object',
      subresource: 'string',
    }),
  ),
});

const container = struct({
  name: 'string',
  image: 'string',
  command: strings,
  args: strings,
  workingDir: 'string',
  ports: list(
    struct({
      name: 'string',
      hostPort: 'int',
      containerPort: 'int',
      protocol: 'string',
      hostIP: 'string',
    }),
  ),
  envFrom: list('object'),
  env: list(struct({ name: 'string', value: 'string', valueFrom: 'object' })),
  resources: struct({
    limits: map('quantity'),
    requests: map('quantity'),
    claims: list('object'),
  }),
  resizePolicy: list(
    struct({ resourceName: 'string', restartPolicy: 'string' }),
  ),
  restartPolicy: 'string',
  volumeMounts: list(
    struct({
      name: 'string',
      readOnly: 'bool',
      recursiveReadOnly: 'string',
      mountPath: 'string',
      subPath: 'string',
      mountPropagation: 'string',
      subPathExpr: 'string',
    }),
  ),
  volumeDevices: list(struct({ name: 'string', devicePath: 'string' })),
  livenessProbe: 'object',
  readinessProbe: 'object',
  startupProbe: 'object',
  lifecycle: 'object',
  terminationMessagePath: 'string',
  terminationMessagePolicy: 'string',
  imagePullPolicy: 'string',
  securityContext: 'object',
  stdin: 'bool',
  stdinOnce: 'bool',
  tty: 'bool',
});

/** `corev1.PodSpec` (containers in full, nested structs as objects). @internal */
export const podSpec = struct({
  volumes: list(struct({ name: 'string' })),
  initContainers: list(container),
  containers: list(container),
  ephemeralContainers: list(container),
  restartPolicy: 'string',
  terminationGracePeriodSeconds: 'int',
  activeDeadlineSeconds: 'int',
  dnsPolicy: 'string',
  nodeSelector: stringMap,
  serviceAccountName: 'string',
  serviceAccount: 'string',
  automountServiceAccountToken: 'bool',
  nodeName: 'string',
  hostNetwork: 'bool',
  hostPID: 'bool',
  hostIPC: 'bool',
  shareProcessNamespace: 'bool',
  securityContext: 'object',
  imagePullSecrets: list(struct({ name: 'string' })),
  hostname: 'string',
  subdomain: 'string',
  affinity: 'object',
  schedulerName: 'string',
  tolerations: list(
    struct({
      key: 'string',
      operator: 'string',
      value: 'string',
      effect: 'string',
      tolerationSeconds: 'int',
    }),
  ),
  hostAliases: list(struct({ ip: 'string', hostnames: strings })),
  priorityClassName: 'string',
  priority: 'int',
  dnsConfig: 'object',
  readinessGates: list(struct({ conditionType: 'string' })),
  runtimeClassName: 'string',
  enableServiceLinks: 'bool',
  preemptionPolicy: 'string',
  overhead: map('quantity'),
  topologySpreadConstraints: list('object'),
  setHostnameAsFQDN: 'bool',
  os: 'object',
  hostUsers: 'bool',
  schedulingGates: list(struct({ name: 'string' })),
  resourceClaims: list('object'),
  resources: 'object',
});

/** `corev1.PodTemplateSpec`. @internal */
export const podTemplate = struct({ metadata: objectMeta, spec: podSpec });
