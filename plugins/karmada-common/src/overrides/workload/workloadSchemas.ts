// The typed shapes Karmada converts a workload into before an imageOverrider
// without predicate reads its containers (`helper.ConvertToTypedObject`).
// Only the fields listed here are type-checked; nested structs marked
// 'object' (probes, affinity, security contexts, volume sources…) are only
// checked to be objects. Unknown fields are ignored, as by the converter.

import { FieldType, list, struct } from './fieldType';
import { labelSelector, objectMeta, podSpec, podTemplate } from './podSchemas';

const rollingUpdate = struct({
  maxUnavailable: 'intOrString',
  maxSurge: 'intOrString',
  partition: 'int',
});

const specs: Record<string, Record<string, FieldType>> = {
  Pod: { spec: podSpec, status: 'object' },
  Deployment: {
    spec: struct({
      replicas: 'int',
      selector: labelSelector,
      template: podTemplate,
      strategy: struct({ type: 'string', rollingUpdate }),
      minReadySeconds: 'int',
      revisionHistoryLimit: 'int',
      paused: 'bool',
      progressDeadlineSeconds: 'int',
    }),
    status: 'object',
  },
  ReplicaSet: {
    spec: struct({
      replicas: 'int',
      minReadySeconds: 'int',
      selector: labelSelector,
      template: podTemplate,
    }),
    status: 'object',
  },
  DaemonSet: {
    spec: struct({
      selector: labelSelector,
      template: podTemplate,
      updateStrategy: struct({ type: 'string', rollingUpdate }),
      minReadySeconds: 'int',
      revisionHistoryLimit: 'int',
    }),
    status: 'object',
  },
  StatefulSet: {
    spec: struct({
      replicas: 'int',
      selector: labelSelector,
      template: podTemplate,
      volumeClaimTemplates: list('object'),
      serviceName: 'string',
      podManagementPolicy: 'string',
      updateStrategy: struct({ type: 'string', rollingUpdate }),
      revisionHistoryLimit: 'int',
      minReadySeconds: 'int',
      persistentVolumeClaimRetentionPolicy: 'object',
      ordinals: 'object',
    }),
    status: 'object',
  },
  Job: {
    spec: struct({
      parallelism: 'int',
      completions: 'int',
      activeDeadlineSeconds: 'int',
      podFailurePolicy: 'object',
      successPolicy: 'object',
      backoffLimit: 'int',
      backoffLimitPerIndex: 'int',
      maxFailedIndexes: 'int',
      selector: labelSelector,
      manualSelector: 'bool',
      template: podTemplate,
      ttlSecondsAfterFinished: 'int',
      completionMode: 'string',
      suspend: 'bool',
      podReplacementPolicy: 'string',
      managedBy: 'string',
    }),
    status: 'object',
  },
};

/**
 * The typed shape of a workload kind, or undefined for kinds the image overrider does not convert.
 *
 * @internal
 */
export function workloadSchema(kind: string): FieldType | undefined {
  const fields = Object.prototype.hasOwnProperty.call(specs, kind)
    ? specs[kind]
    : undefined;
  return (
    fields &&
    struct({
      apiVersion: 'string',
      kind: 'string',
      metadata: objectMeta,
      ...fields,
    })
  );
}
