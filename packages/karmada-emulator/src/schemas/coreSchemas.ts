import { PRESERVE_UNKNOWN, StructuralSchema } from '../schema/StructuralSchema';
import { LABEL_SELECTOR_SCHEMA, objectSchema } from './objectMetaSchema';
import { POD_TEMPLATE_SPEC_SCHEMA } from './podTemplateSchema';
import {
  any,
  atomicList,
  bool,
  int,
  intOrString,
  mapList,
  obj,
  setList,
  str,
  stringMap,
} from './schemaBuilders';

const conditions = mapList(['type'], any);

/**
 * `apps/v1` Deployment.
 *
 * @public
 */
export const DEPLOYMENT_SCHEMA: StructuralSchema = objectSchema({
  spec: obj({
    replicas: int,
    selector: LABEL_SELECTOR_SCHEMA,
    template: POD_TEMPLATE_SPEC_SCHEMA,
    strategy: obj({
      type: str,
      rollingUpdate: obj({
        maxUnavailable: intOrString,
        maxSurge: intOrString,
      }),
    }),
    minReadySeconds: int,
    revisionHistoryLimit: int,
    paused: bool,
    progressDeadlineSeconds: int,
  }),
  status: obj({
    observedGeneration: int,
    replicas: int,
    updatedReplicas: int,
    readyReplicas: int,
    availableReplicas: int,
    unavailableReplicas: int,
    terminatingReplicas: int,
    conditions,
    collisionCount: int,
  }),
});

/**
 * `v1` Service.
 *
 * @public
 */
export const SERVICE_SCHEMA: StructuralSchema = objectSchema({
  spec: obj({
    ports: mapList(
      ['port', 'protocol'],
      obj(
        {
          name: str,
          protocol: { type: 'string', default: 'TCP' },
          appProtocol: str,
          port: int,
          targetPort: intOrString,
          nodePort: int,
        },
        { required: ['port'] },
      ),
    ),
    selector: stringMap,
    clusterIP: str,
    clusterIPs: atomicList(str),
    type: str,
    externalIPs: atomicList(str),
    sessionAffinity: str,
    loadBalancerIP: str,
    loadBalancerSourceRanges: atomicList(str),
    externalName: str,
    externalTrafficPolicy: str,
    healthCheckNodePort: int,
    publishNotReadyAddresses: bool,
    sessionAffinityConfig: any,
    ipFamilies: atomicList(str),
    ipFamilyPolicy: str,
    allocateLoadBalancerNodePorts: bool,
    loadBalancerClass: str,
    internalTrafficPolicy: str,
    trafficDistribution: str,
  }),
  status: PRESERVE_UNKNOWN,
});

/**
 * `v1` ConfigMap.
 *
 * @public
 */
export const CONFIG_MAP_SCHEMA: StructuralSchema = objectSchema({
  data: stringMap,
  binaryData: stringMap,
  immutable: bool,
});

/**
 * `v1` Secret.
 *
 * @public
 */
export const SECRET_SCHEMA: StructuralSchema = objectSchema({
  data: stringMap,
  stringData: stringMap,
  type: str,
  immutable: bool,
});

/**
 * `v1` Namespace.
 *
 * @public
 */
export const NAMESPACE_SCHEMA: StructuralSchema = objectSchema({
  spec: obj({ finalizers: setList(str) }),
  status: obj({ phase: str, conditions }),
});

/**
 * `cluster.karmada.io/v1alpha1` Cluster: served read-only, so its contents
 * are kept as the fleet file gives them.
 *
 * @public
 */
export const CLUSTER_SCHEMA: StructuralSchema = objectSchema({
  spec: PRESERVE_UNKNOWN,
  status: PRESERVE_UNKNOWN,
});

/**
 * `v1` Event: what the emulator's controllers record (kept as written).
 *
 * @public
 */
export const EVENT_SCHEMA: StructuralSchema = {
  ...objectSchema({}),
  'x-kubernetes-preserve-unknown-fields': true,
};
