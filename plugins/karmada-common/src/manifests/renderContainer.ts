import type {
  ContainerSpec,
  LifecycleHandlerSpec,
  ProbeSpec,
  ResourcesSpec,
} from '../spec';
import type { Container, ContainerHandler } from './deploymentTypes';
import { compact, sortedRecord } from './objectMetadata';

// One container of the spec in corev1.Container wire form, members in the
// order `kubectl get -o yaml` prints them, so the manifests read familiar.

function nonEmpty<T>(list: T[] | undefined): T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

function quantities(
  list: Record<string, string | number> | undefined,
): Record<string, string> | undefined {
  const sorted = sortedRecord(list);
  if (!sorted) return undefined;
  // Quantities are strings on the wire; YAML may have given a number (`cpu: 1`).
  return Object.fromEntries(
    Object.entries(sorted).map(([k, v]) => [k, String(v)]),
  );
}

/**
 * Requests and limits in wire form (sorted, quantities as strings), or undefined when empty.
 *
 * @public
 */
export function renderResources(
  resources: ResourcesSpec | undefined,
): Container['resources'] {
  const out = compact({
    requests: quantities(resources?.requests),
    limits: quantities(resources?.limits),
  });
  return Object.keys(out).length ? out : undefined;
}

function keyRef(r: { name: string; key: string; optional?: boolean }) {
  return compact({ name: r.name, key: r.key, optional: r.optional });
}

function renderHttpGet(h: NonNullable<ProbeSpec['httpGet']>): ContainerHandler {
  return compact({
    path: h.path,
    port: h.port,
    host: h.host,
    scheme: h.scheme,
    httpHeaders: nonEmpty(
      h.httpHeaders?.map(x => ({ name: x.name, value: x.value })),
    ),
  });
}

function renderHandler(h: LifecycleHandlerSpec): ContainerHandler {
  return compact({
    exec: h.exec && { command: [...h.exec.command] },
    httpGet: h.httpGet && renderHttpGet(h.httpGet),
    sleep: h.sleep && { seconds: h.sleep.seconds },
  });
}

function renderProbe(p: ProbeSpec | undefined): ContainerHandler | undefined {
  if (!p) return undefined;
  return compact({
    exec: p.exec && { command: [...p.exec.command] },
    httpGet: p.httpGet && renderHttpGet(p.httpGet),
    tcpSocket:
      p.tcpSocket &&
      compact({ port: p.tcpSocket.port, host: p.tcpSocket.host }),
    grpc: p.grpc && compact({ port: p.grpc.port, service: p.grpc.service }),
    initialDelaySeconds: p.initialDelaySeconds,
    timeoutSeconds: p.timeoutSeconds,
    periodSeconds: p.periodSeconds,
    successThreshold: p.successThreshold,
    failureThreshold: p.failureThreshold,
    terminationGracePeriodSeconds: p.terminationGracePeriodSeconds,
  });
}

/**
 * A container of the spec in wire form.
 *
 * @public
 */
export function renderContainer(c: ContainerSpec): Container {
  const lifecycle =
    c.lifecycle &&
    compact({
      postStart: c.lifecycle.postStart && renderHandler(c.lifecycle.postStart),
      preStop: c.lifecycle.preStop && renderHandler(c.lifecycle.preStop),
    });
  return compact({
    name: c.name,
    image: c.image,
    imagePullPolicy: c.imagePullPolicy,
    command: nonEmpty(c.command),
    args: nonEmpty(c.args),
    workingDir: c.workingDir,
    ports: nonEmpty(
      c.ports?.map(p =>
        compact({
          name: p.name,
          containerPort: p.containerPort,
          protocol: p.protocol,
        }),
      ),
    ),
    env: nonEmpty(
      c.env?.map(e =>
        compact({
          name: e.name,
          value: e.value,
          valueFrom:
            e.valueFrom &&
            compact({
              configMapKeyRef:
                e.valueFrom.configMapKeyRef &&
                keyRef(e.valueFrom.configMapKeyRef),
              secretKeyRef:
                e.valueFrom.secretKeyRef && keyRef(e.valueFrom.secretKeyRef),
              fieldRef:
                e.valueFrom.fieldRef &&
                compact({
                  apiVersion: e.valueFrom.fieldRef.apiVersion,
                  fieldPath: e.valueFrom.fieldRef.fieldPath,
                }),
            }),
        }),
      ),
    ),
    envFrom: nonEmpty(
      c.envFrom?.map(e =>
        compact({
          prefix: e.prefix,
          configMapRef:
            e.configMapRef &&
            compact({
              name: e.configMapRef.name,
              optional: e.configMapRef.optional,
            }),
          secretRef:
            e.secretRef &&
            compact({ name: e.secretRef.name, optional: e.secretRef.optional }),
        }),
      ),
    ),
    resources: renderResources(c.resources),
    volumeMounts: nonEmpty(
      c.volumeMounts?.map(m =>
        compact({
          name: m.name,
          mountPath: m.mountPath,
          subPath: m.subPath,
          readOnly: m.readOnly,
        }),
      ),
    ),
    lifecycle:
      lifecycle && Object.keys(lifecycle).length ? lifecycle : undefined,
    livenessProbe: renderProbe(c.livenessProbe),
    readinessProbe: renderProbe(c.readinessProbe),
    startupProbe: renderProbe(c.startupProbe),
  });
}
