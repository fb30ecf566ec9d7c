import { childPath, FieldError } from '../api/fieldErrors';
import { isDNS1123Label } from '../validation/nameRules';
import {
  validateAnnotations,
  validateLabels,
} from '../validation/validateObjectMeta';
import { parseQuantity } from './quantity';

type Json = Record<string, unknown>;

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

function list(value: unknown): Json[] {
  return Array.isArray(value) ? (value as Json[]) : [];
}

function validatePorts(
  ports: Json[],
  path: string,
  errors: FieldError[],
): void {
  const names = new Set<string>();
  ports.forEach((port, i) => {
    const at = childPath(childPath(path, 'ports'), i);
    const number = port.containerPort;
    if (number === undefined || number === 0) {
      errors.push({ type: 'Required', field: childPath(at, 'containerPort') });
    } else if (typeof number !== 'number' || number < 1 || number > 65535) {
      errors.push({
        type: 'Invalid',
        field: childPath(at, 'containerPort'),
        value: number,
        detail: 'must be between 1 and 65535, inclusive',
      });
    }
    if (typeof port.name === 'string' && port.name) {
      if (
        port.name.length > 15 ||
        !IANA_SVC_NAME.test(port.name) ||
        !/[a-z]/.test(port.name) ||
        port.name.includes('--')
      ) {
        errors.push({
          type: 'Invalid',
          field: childPath(at, 'name'),
          value: port.name,
          detail:
            "must be no more than 15 characters and contain only lowercase alphanumeric characters and '-', with at least one letter",
        });
      } else if (names.has(port.name)) {
        errors.push({
          type: 'Duplicate',
          field: childPath(at, 'name'),
          value: port.name,
        });
      }
      names.add(port.name);
    }
    if (
      port.protocol !== undefined &&
      !PROTOCOLS.includes(String(port.protocol))
    ) {
      errors.push({
        type: 'NotSupported',
        field: childPath(at, 'protocol'),
        value: port.protocol,
        supported: PROTOCOLS,
      });
    }
  });
}

function validateResources(
  resources: Json | undefined,
  path: string,
  errors: FieldError[],
): void {
  const limits = (resources?.limits ?? {}) as Json;
  const requests = (resources?.requests ?? {}) as Json;
  for (const [name, request] of Object.entries(requests)) {
    const limit = parseQuantity(limits[name]);
    const wanted = parseQuantity(request);
    if (limit !== undefined && wanted !== undefined && wanted > limit) {
      errors.push({
        type: 'Invalid',
        field: childPath(path, 'requests'),
        value: String(request),
        detail: `must be less than or equal to ${name} limit of ${String(
          limits[name],
        )}`,
      });
    }
  }
}

function validateContainer(
  c: Json,
  path: string,
  volumes: Set<string>,
  errors: FieldError[],
): void {
  if (!c.name)
    errors.push({ type: 'Required', field: childPath(path, 'name') });
  else
    for (const msg of isDNS1123Label(String(c.name)))
      errors.push({
        type: 'Invalid',
        field: childPath(path, 'name'),
        value: c.name,
        detail: msg,
      });
  if (!c.image || (typeof c.image === 'string' && !c.image.trim())) {
    errors.push({ type: 'Required', field: childPath(path, 'image') });
  }
  if (
    c.imagePullPolicy !== undefined &&
    !PULL_POLICIES.includes(String(c.imagePullPolicy))
  ) {
    errors.push({
      type: 'NotSupported',
      field: childPath(path, 'imagePullPolicy'),
      value: c.imagePullPolicy,
      supported: PULL_POLICIES,
    });
  }
  validatePorts(list(c.ports), path, errors);
  list(c.env).forEach((env, i) => {
    const at = childPath(childPath(childPath(path, 'env'), i), 'name');
    if (!env.name) errors.push({ type: 'Required', field: at });
    else if (!ENV_NAME.test(String(env.name))) {
      errors.push({
        type: 'Invalid',
        field: at,
        value: env.name,
        detail:
          "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit (e.g. 'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is '[-._a-zA-Z][-._a-zA-Z0-9]*')",
      });
    }
  });
  list(c.volumeMounts).forEach((mount, i) => {
    if (typeof mount.name === 'string' && !volumes.has(mount.name)) {
      errors.push({
        type: 'NotFound',
        field: childPath(childPath(childPath(path, 'volumeMounts'), i), 'name'),
        value: mount.name,
      });
    }
  });
  validateResources(
    c.resources as Json | undefined,
    childPath(path, 'resources'),
    errors,
  );
}

/**
 * The essentials of `ValidatePodTemplateSpec` for a workload: template
 * labels, container names (DNS-1123 labels, unique across init and app
 * containers), images, ports, env names, volume names and mounts,
 * requests within limits. `path` is the template's path (`spec.template`).
 *
 * @public
 */
export function validatePodTemplate(
  template: Json | undefined,
  path: string,
  restartPolicies: string[],
): FieldError[] {
  const errors: FieldError[] = [];
  const meta = (template?.metadata ?? {}) as Json;
  errors.push(
    ...validateLabels(
      meta.labels as Json | undefined,
      childPath(path, 'metadata.labels'),
    ),
  );
  errors.push(
    ...validateAnnotations(
      meta.annotations as Json | undefined,
      childPath(path, 'metadata.annotations'),
    ),
  );
  const spec = (template?.spec ?? {}) as Json;
  const specPath = childPath(path, 'spec');
  const volumes = new Set<string>();
  list(spec.volumes).forEach((volume, i) => {
    const at = childPath(childPath(childPath(specPath, 'volumes'), i), 'name');
    const name = String(volume.name ?? '');
    if (!name) errors.push({ type: 'Required', field: at });
    else if (volumes.has(name))
      errors.push({ type: 'Duplicate', field: at, value: name });
    else
      for (const msg of isDNS1123Label(name))
        errors.push({ type: 'Invalid', field: at, value: name, detail: msg });
    volumes.add(name);
  });
  const containers = list(spec.containers);
  if (containers.length === 0)
    errors.push({ type: 'Required', field: childPath(specPath, 'containers') });
  const names = new Set<string>();
  for (const key of ['initContainers', 'containers']) {
    list(spec[key]).forEach((c, i) => {
      const at = childPath(childPath(specPath, key), i);
      validateContainer(c, at, volumes, errors);
      if (typeof c.name === 'string' && c.name) {
        if (names.has(c.name))
          errors.push({
            type: 'Duplicate',
            field: childPath(at, 'name'),
            value: c.name,
          });
        names.add(c.name);
      }
    });
  }
  if (
    spec.restartPolicy !== undefined &&
    !restartPolicies.includes(String(spec.restartPolicy))
  ) {
    errors.push({
      type: 'NotSupported',
      field: childPath(specPath, 'restartPolicy'),
      value: spec.restartPolicy,
      supported: restartPolicies,
    });
  }
  return errors;
}
