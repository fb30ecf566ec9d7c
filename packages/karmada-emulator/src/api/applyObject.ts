import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { applySchemaDefaults } from '../schema/applySchemaDefaults';
import { managedFieldsTime } from '../ssa/managedFields';
import { serverSideApply } from '../ssa/serverSideApply';
import { ApiError } from './ApiError';
import { admitWrite } from './admitWrite';
import { decodeObject } from './decodeObject';
import { NamespaceLifecycle } from './NamespaceLifecycle';
import { parseApplyBody } from './parseBody';
import { ResourceType } from './ResourceType';
import { badRequest } from './statusErrors';
import { WriteOptions } from './WriteOptions';

/**
 * Everything a server-side apply request carries.
 *
 * @public
 */
export interface ApplyObjectRequest {
  type: ResourceType;
  namespace: string | undefined;
  name: string;
  body: string;
  live: KubernetesObject | undefined;
  options: WriteOptions & { force?: boolean };
  now: Date;
  namespaces: NamespaceLifecycle;
}

function patchOptionsInvalid(detail: string): ApiError {
  return new ApiError(
    422,
    'Invalid',
    `PatchOptions.meta.k8s.io "" is invalid: ${detail}`,
    {
      group: 'meta.k8s.io',
      kind: 'PatchOptions',
      causes: [
        {
          reason: 'FieldValueRequired',
          message: detail.replace(/^[^:]+: /, ''),
          field: detail.split(':')[0],
        },
      ],
    },
  );
}

/**
 * A server-side apply up to the store: parses the configuration (YAML or
 * JSON), checks it names the object of the URL, decodes it without
 * defaults, merges it into the live object with field ownership, then
 * defaults, admits and validates the result like any write.
 *
 * @public
 */
export function applyObject(request: ApplyObjectRequest): {
  object: KubernetesObject;
  warnings: string[];
} {
  const { type, name, live, options } = request;
  const manager = options.fieldManager;
  if (!manager)
    throw patchOptionsInvalid(
      'fieldManager: Required value: is required for apply patch',
    );
  if (manager.length > 128)
    throw patchOptionsInvalid(
      'fieldManager: Too long: may not be more than 128 bytes',
    );
  const config = parseApplyBody(request.body) as KubernetesObject;
  if (!config.apiVersion || !config.kind) {
    throw badRequest(
      `Object 'Kind' is missing in '${request.body.slice(0, 200)}'`,
    );
  }
  if ((config.metadata?.name ?? '') !== name) {
    throw badRequest(
      `the name of the object (${
        config.metadata?.name ?? ''
      }) does not match the name on the URL (${name})`,
    );
  }
  if (type.namespaced) {
    const declared = config.metadata?.namespace;
    if (declared && request.namespace && declared !== request.namespace) {
      throw badRequest(
        'the namespace of the provided object does not match the namespace sent on the request',
      );
    }
    config.metadata = {
      ...config.metadata,
      namespace: declared || request.namespace,
    };
  }
  const warnings = decodeObject(type, config, options, 'apply');
  let merged: KubernetesObject;
  try {
    merged = serverSideApply({
      live,
      config,
      manager,
      force: Boolean(options.force),
      schema: type.schema,
      statusSubresource: type.strategy.statusSubresource,
      now: managedFieldsTime(request.now),
    });
  } catch (e) {
    if (e instanceof ApiError) throw e;
    const where = `${
      config.metadata?.namespace ? `${config.metadata.namespace}/` : ''
    }${name}`;
    throw badRequest(
      `failed to create typed patch object (${where}; ${
        type.apiVersion
      }, Kind=${type.kind}): ${(e as Error).message}`,
    );
  }
  applySchemaDefaults(merged, type.schema);
  if (!live) request.namespaces.checkCreate(type, merged);
  admitWrite(type, merged, live, request.now, Boolean(options.internal));
  return { object: merged, warnings };
}
