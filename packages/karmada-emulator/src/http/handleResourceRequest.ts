import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { parse as parseYaml } from 'yaml';
import { ApiService } from '../api/ApiService';
import { parseJsonBody, requireObject } from '../api/parseBody';
import { patchTypeOf } from '../api/patchObject';
import { ResourceType } from '../api/ResourceType';
import {
  badRequest,
  methodNotAllowed,
  pathNotFound,
  unsupportedMediaType,
} from '../api/statusErrors';
import { booleanParam, integerParam, writeOptionsOf } from './requestOptions';

/**
 * A resource request, parsed.
 *
 * @public
 */
export interface ResourceRequest {
  method: string;
  type: ResourceType;
  namespace?: string;
  name?: string;
  subresource?: string;
  query: URLSearchParams;
  contentType?: string;
  userAgent?: string;
  body: string;
}

/**
 * A response to send.
 *
 * @public
 */
export interface ApiResponse {
  status: number;
  body: unknown;
  warnings?: string[];
}

const PATCH_TYPES = [
  'application/json-patch+json',
  'application/merge-patch+json',
  'application/apply-patch+yaml',
  'application/strategic-merge-patch+json',
];

function objectBody(request: ResourceRequest): KubernetesObject {
  const type = (request.contentType ?? 'application/json').split(';')[0].trim();
  if (type === 'application/yaml') {
    try {
      return requireObject(
        parseYaml(request.body),
        request.type.kind,
      ) as KubernetesObject;
    } catch (e) {
      if (e instanceof Error && e.name === 'ApiError') throw e;
      throw badRequest(`error decoding YAML: ${(e as Error).message}`);
    }
  }
  if (type !== 'application/json' && type !== '')
    throw unsupportedMediaType(type, ['application/json', 'application/yaml']);
  return requireObject(
    parseJsonBody(request.body, request.type.kind),
    request.type.kind,
  ) as KubernetesObject;
}

function deleteBody(request: ResourceRequest): Record<string, unknown> {
  if (!request.body.trim()) return {};
  return requireObject(
    parseJsonBody(request.body, 'DeleteOptions'),
    'DeleteOptions',
  );
}

function deleteSuccess(
  request: ResourceRequest,
  object: KubernetesObject,
): unknown {
  // Custom resources and namespaces answer with the object, built-in kinds with a Status.
  if (
    request.type.group.endsWith('karmada.io') ||
    request.type.kind === 'Namespace'
  )
    return object;
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Success',
    details: {
      name: object.metadata?.name,
      ...(request.type.group ? { group: request.type.group } : {}),
      kind: request.type.resource,
      uid: object.metadata?.uid,
    },
  };
}

/**
 * Serves one non-watch resource request through the {@link ApiService}.
 *
 * @public
 */
export function handleResourceRequest(
  api: ApiService,
  request: ResourceRequest,
): ApiResponse {
  const { type, namespace, name, query } = request;
  // Read-only kinds refuse writes before looking at the body.
  if (request.method !== 'GET' && !type.clientWritable)
    throw methodNotAllowed();
  if (request.subresource) {
    // Only reading the status subresource is served; it shows the whole object, as the server does.
    if (request.subresource !== 'status' || !name) throw pathNotFound();
    if (request.method !== 'GET') throw methodNotAllowed();
    return { status: 200, body: api.get(type, namespace, name) };
  }
  switch (request.method) {
    case 'GET':
      if (name) return { status: 200, body: api.get(type, namespace, name) };
      return {
        status: 200,
        body: api.list(type, namespace, {
          labelSelector: query.get('labelSelector') ?? undefined,
          fieldSelector: query.get('fieldSelector') ?? undefined,
          limit: integerParam(query, 'limit'),
          continue: query.get('continue') ?? undefined,
        }),
      };
    case 'POST': {
      if (name) throw methodNotAllowed();
      const result = api.create(
        type,
        namespace,
        objectBody(request),
        writeOptionsOf(query, 'Create', request.userAgent),
      );
      return { status: 201, body: result.object, warnings: result.warnings };
    }
    case 'PUT': {
      if (!name) throw methodNotAllowed();
      const result = api.update(
        type,
        namespace,
        name,
        objectBody(request),
        writeOptionsOf(query, 'Update', request.userAgent),
      );
      return { status: 200, body: result.object, warnings: result.warnings };
    }
    case 'PATCH': {
      if (!name) throw methodNotAllowed();
      const patchType = patchTypeOf(request.contentType);
      if (!patchType)
        throw unsupportedMediaType(request.contentType ?? '', PATCH_TYPES);
      const options = {
        ...writeOptionsOf(query, 'Patch', request.userAgent),
        force: booleanParam(query, 'force'),
      };
      const result = api.patch(
        type,
        namespace,
        name,
        patchType,
        request.body,
        options,
      );
      return {
        status: result.created ? 201 : 200,
        body: result.object,
        warnings: result.warnings,
      };
    }
    case 'DELETE': {
      if (!name) throw methodNotAllowed();
      const body = deleteBody(request);
      const options = {
        ...writeOptionsOf(query, 'Delete', request.userAgent, body.dryRun),
        preconditions: body.preconditions as
          | { uid?: string; resourceVersion?: string }
          | undefined,
      };
      const deleted = api.delete(type, namespace, name, options);
      return { status: 200, body: deleteSuccess(request, deleted) };
    }
    default:
      throw methodNotAllowed();
  }
}
