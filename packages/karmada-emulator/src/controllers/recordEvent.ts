import { createHash } from 'node:crypto';
import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { metaTime } from '../api/systemMetadata';
import { ControllerContext } from './ControllerContext';
import { CONTROLLER_MANAGER } from './karmadaMetadata';

/**
 * Records a `v1` Event about an object, as Karmada's event recorders do.
 * The same reason and message about the same object is one Event (written
 * once), so repeated reconciles do not pile up Events or churn them.
 *
 * @public
 */
export function recordEvent(
  ctx: ControllerContext,
  involved: KubernetesObject,
  event: {
    type: 'Normal' | 'Warning';
    reason: string;
    message: string;
    component: string;
  },
): void {
  const namespace = involved.metadata?.namespace ?? 'default';
  const digest = createHash('sha256')
    .update(`${involved.metadata?.uid}/${event.reason}/${event.message}`)
    .digest('hex')
    .slice(0, 16);
  const name = `${involved.metadata?.name ?? 'object'}.${digest}`;
  if (ctx.get(ctx.types.events, namespace, name)) return;
  const now = metaTime(ctx.now());
  ctx.upsert(
    ctx.types.events,
    {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name, namespace },
      involvedObject: {
        apiVersion: involved.apiVersion,
        kind: involved.kind,
        namespace: involved.metadata?.namespace,
        name: involved.metadata?.name,
        uid: involved.metadata?.uid,
        resourceVersion: involved.metadata?.resourceVersion,
      },
      reason: event.reason,
      message: event.message,
      type: event.type,
      source: { component: event.component },
      reportingComponent: event.component,
      reportingInstance: '',
      firstTimestamp: now,
      lastTimestamp: now,
      count: 1,
    },
    CONTROLLER_MANAGER,
  );
}
