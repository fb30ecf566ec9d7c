import { findPlacementValue } from './findPlacementValue';

/**
 * Where the parts of the workload spec live in the form data. The defaults
 * are the keys of the example template (examples/templates/multicloud-workload);
 * a template that names its parameters differently sets them in the fields'
 * `ui:options`.
 *
 * @public
 */
export interface FormSpecKeys {
  /** The `KarmadaPlacement` field; found by shape when unset. */
  placementField?: string;
  /** The container object (default `container`). */
  containerField?: string;
  /** Image pull secret names (default `imagePullSecrets`). */
  imagePullSecretsField?: string;
  /** Advanced settings object (default `advanced`). */
  advancedField?: string;
  /** The `KarmadaDifferentialConfig` field (default `differential`). */
  differentialField?: string;
  /** The description (default `description`). */
  descriptionField?: string;
  /** The owner's entity ref (default `owner`). */
  ownerField?: string;
  /** The catalog entity the workload belongs to (default `entity`). */
  entityField?: string;
  /** The `KarmadaProbes` field inside the container object (default `healthChecks`). */
  probesField?: string;
}

/**
 * The container of the spec: the container object with the probes of its
 * `KarmadaProbes` field lifted to where Kubernetes has them.
 */
function toContainer(container: unknown, probesField: string): unknown {
  if (typeof container !== 'object' || container === null) return container;
  const { [probesField]: probes, ...rest } = container as Record<
    string,
    unknown
  >;
  return { ...rest, ...(typeof probes === 'object' ? probes : {}) };
}

function get(formData: Record<string, unknown>, key: string) {
  const value = formData[key];
  return value === null || value === '' ? undefined : value;
}

/**
 * The workload spec the form describes, assembled exactly as the template's
 * `karmada:workload:create` step does, so the review and the validators see
 * what will be created. Parts not filled in yet are left out.
 *
 * @public
 */
export function assembleWorkloadSpec(
  formData: Record<string, unknown> | undefined,
  keys: FormSpecKeys = {},
): Record<string, unknown> {
  const data = formData ?? {};
  const workload = findPlacementValue(data, keys.placementField) ?? {};
  const container = get(data, keys.containerField ?? 'container');
  const spec: Record<string, unknown> = {
    instance: workload.instance,
    namespace: workload.namespace,
    name: workload.name,
    description: get(data, keys.descriptionField ?? 'description'),
    owner: get(data, keys.ownerField ?? 'owner'),
    // The backend labels the workload with this entity's kubernetes-id
    // annotation, so the review shows the label the entity's tab looks for.
    entityRef: get(data, keys.entityField ?? 'entity'),
    replicas: workload.replicas,
    placement: workload.placement,
    scheduling: workload.scheduling,
    containers: container
      ? [toContainer(container, keys.probesField ?? 'healthChecks')]
      : undefined,
    imagePullSecrets: get(
      data,
      keys.imagePullSecretsField ?? 'imagePullSecrets',
    ),
    advanced: get(data, keys.advancedField ?? 'advanced'),
    differential: get(data, keys.differentialField ?? 'differential'),
  };
  for (const key of Object.keys(spec)) {
    if (spec[key] === undefined) delete spec[key];
  }
  if (Array.isArray(spec.imagePullSecrets) && !spec.imagePullSecrets.length) {
    delete spec.imagePullSecrets;
  }
  if (Array.isArray(spec.differential) && !spec.differential.length) {
    delete spec.differential;
  }
  return spec;
}
