import { StructuralSchema } from '../schema/StructuralSchema';
import { OBJECT_META_SCHEMA } from './objectMetaSchema';
import {
  any,
  atomicList,
  bool,
  int,
  mapList,
  obj,
  quantityMap,
  str,
  stringMap,
} from './schemaBuilders';

// `core/v1` PodTemplateSpec as far as workloads written by hand or by the
// portal use it. Deep, rarely written parts (probes, security contexts,
// affinity, volume sources) are kept whole without field checks; the list
// keys follow the `patchMergeKey`/`listMapKeys` tags of k8s.io/api.

const keyRef = obj(
  { name: str, key: str, optional: bool },
  { required: ['key'] },
);

const envVar = obj(
  {
    name: str,
    value: str,
    valueFrom: obj({
      configMapKeyRef: keyRef,
      secretKeyRef: keyRef,
      fieldRef: any,
      resourceFieldRef: any,
      fileKeyRef: any,
    }),
  },
  { required: ['name'] },
);

const envFromSource = obj({
  prefix: str,
  configMapRef: obj({ name: str, optional: bool }),
  secretRef: obj({ name: str, optional: bool }),
});

const containerPort = obj(
  {
    name: str,
    hostPort: int,
    containerPort: int,
    protocol: { type: 'string', default: 'TCP' },
    hostIP: str,
  },
  { required: ['containerPort'] },
);

const container = obj(
  {
    name: str,
    image: str,
    command: atomicList(str),
    args: atomicList(str),
    workingDir: str,
    ports: mapList(['containerPort', 'protocol'], containerPort),
    envFrom: atomicList(envFromSource),
    env: mapList(['name'], envVar),
    resources: obj({
      limits: quantityMap,
      requests: quantityMap,
      claims: atomicList(any),
    }),
    resizePolicy: atomicList(any),
    restartPolicy: str,
    restartPolicyRules: atomicList(any),
    volumeMounts: mapList(
      ['mountPath'],
      obj(
        {
          name: str,
          readOnly: bool,
          recursiveReadOnly: str,
          mountPath: str,
          subPath: str,
          mountPropagation: str,
          subPathExpr: str,
        },
        { required: ['name', 'mountPath'] },
      ),
    ),
    volumeDevices: mapList(['devicePath'], obj({ name: str, devicePath: str })),
    livenessProbe: any,
    readinessProbe: any,
    startupProbe: any,
    lifecycle: any,
    terminationMessagePath: str,
    terminationMessagePolicy: str,
    imagePullPolicy: str,
    securityContext: any,
    stdin: bool,
    stdinOnce: bool,
    tty: bool,
  },
  { required: ['name'] },
);

const containers = mapList(['name'], container);

/**
 * `core/v1` PodSpec.
 *
 * @public
 */
export const POD_SPEC_SCHEMA: StructuralSchema = obj({
  volumes: mapList(['name'], { ...any, type: 'object', required: ['name'] }),
  initContainers: containers,
  containers,
  ephemeralContainers: mapList(['name'], any),
  restartPolicy: str,
  terminationGracePeriodSeconds: int,
  activeDeadlineSeconds: int,
  dnsPolicy: str,
  nodeSelector: stringMap,
  serviceAccountName: str,
  serviceAccount: str,
  automountServiceAccountToken: bool,
  nodeName: str,
  hostNetwork: bool,
  hostPID: bool,
  hostIPC: bool,
  shareProcessNamespace: bool,
  securityContext: any,
  imagePullSecrets: mapList(['name'], obj({ name: str })),
  hostname: str,
  subdomain: str,
  affinity: any,
  schedulerName: str,
  tolerations: atomicList(any),
  hostAliases: mapList(['ip'], obj({ ip: str, hostnames: atomicList(str) })),
  priorityClassName: str,
  priority: int,
  dnsConfig: any,
  readinessGates: atomicList(any),
  runtimeClassName: str,
  enableServiceLinks: bool,
  preemptionPolicy: str,
  overhead: quantityMap,
  topologySpreadConstraints: mapList(['topologyKey', 'whenUnsatisfiable'], any),
  setHostnameAsFQDN: bool,
  os: any,
  hostUsers: bool,
  schedulingGates: mapList(['name'], any),
  resourceClaims: mapList(['name'], any),
  resources: any,
  hostnameOverride: str,
});

/**
 * `core/v1` PodTemplateSpec.
 *
 * @public
 */
export const POD_TEMPLATE_SPEC_SCHEMA: StructuralSchema = obj({
  metadata: OBJECT_META_SCHEMA,
  spec: POD_SPEC_SCHEMA,
});
