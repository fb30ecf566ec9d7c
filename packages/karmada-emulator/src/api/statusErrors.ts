import { ApiError, StatusCause } from './ApiError';
import { FieldError, fieldErrorCause, formatFieldError } from './fieldErrors';
import { qualifiedKind, qualifiedResource, ResourceType } from './ResourceType';

// Builders for the failures the API server reports, with its wording
// (k8s.io/apimachinery/pkg/api/errors). Details name the resource the way
// the server does: `kind` is the plural resource for NotFound/AlreadyExists/
// Conflict and the Kind for Invalid.

type Named = Pick<ResourceType, 'group' | 'resource'>;

function groupOf(type: Named): { group?: string } {
  return type.group ? { group: type.group } : {};
}

function qualified(type: Named): string {
  return type.group ? `${type.resource}.${type.group}` : type.resource;
}

/**
 * 404 NotFound: `deployments.apps "web" not found`.
 *
 * @public
 */
export function notFound(type: Named, name: string): ApiError {
  return new ApiError(
    404,
    'NotFound',
    `${qualified(type)} "${name}" not found`,
    {
      name,
      ...groupOf(type),
      kind: type.resource,
    },
  );
}

/**
 * 404 for a path the server does not serve.
 *
 * @public
 */
export function pathNotFound(): ApiError {
  return new ApiError(
    404,
    'NotFound',
    'the server could not find the requested resource',
    {},
  );
}

/**
 * 409 AlreadyExists.
 *
 * @public
 */
export function alreadyExists(type: Named, name: string): ApiError {
  return new ApiError(
    409,
    'AlreadyExists',
    `${qualified(type)} "${name}" already exists`,
    {
      name,
      ...groupOf(type),
      kind: type.resource,
    },
  );
}

/**
 * 409 Conflict: `Operation cannot be fulfilled on deployments.apps "web": <detail>`.
 *
 * @public
 */
export function conflict(type: Named, name: string, detail: string): ApiError {
  return new ApiError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualified(type)} "${name}": ${detail}`,
    {
      name,
      ...groupOf(type),
      kind: type.resource,
    },
  );
}

/**
 * The detail of a stale-update Conflict.
 *
 * @public
 */
export const OPTIMISTIC_LOCK_MESSAGE =
  'the object has been modified; please apply your changes to the latest version and try again';

/**
 * 409 Conflict of a server-side apply, causes naming manager and field.
 *
 * @public
 */
export function applyConflict(
  message: string,
  causes: StatusCause[],
): ApiError {
  return new ApiError(409, 'Conflict', message, { causes });
}

/**
 * 422 Invalid: `Deployment.apps "web" is invalid: <field errors>`.
 *
 * @public
 */
export function invalid(
  type: ResourceType,
  name: string,
  errors: FieldError[],
): ApiError {
  const rendered = errors.map(formatFieldError);
  const list = rendered.length === 1 ? rendered[0] : `[${rendered.join(', ')}]`;
  return new ApiError(
    422,
    'Invalid',
    `${qualifiedKind(type)} "${name}" is invalid: ${list}`,
    {
      name,
      ...groupOf(type),
      kind: type.kind,
      causes: errors.map(fieldErrorCause),
    },
  );
}

/**
 * 400 BadRequest.
 *
 * @public
 */
export function badRequest(message: string): ApiError {
  return new ApiError(400, 'BadRequest', message);
}

/**
 * 403 Forbidden: `<resource> "<name>" is forbidden: <detail>`.
 *
 * @public
 */
export function forbidden(
  type: ResourceType,
  name: string,
  detail: string,
): ApiError {
  return new ApiError(
    403,
    'Forbidden',
    `${qualifiedResource(type)} "${name}" is forbidden: ${detail}`,
    {
      name,
      ...groupOf(type),
      kind: type.resource,
    },
  );
}

/**
 * 403 from a validating admission webhook that denied the request.
 *
 * @public
 */
export function webhookDenied(webhook: string, message: string): ApiError {
  return new ApiError(
    403,
    'Forbidden',
    `admission webhook "${webhook}" denied the request: ${message}`,
  );
}

/**
 * 405 MethodNotAllowed.
 *
 * @public
 */
export function methodNotAllowed(): ApiError {
  return new ApiError(
    405,
    'MethodNotAllowed',
    'the server does not allow this method on the requested resource',
    {},
  );
}

/**
 * 410 Gone (reason Expired) for a watch from a compacted resourceVersion.
 *
 * @public
 */
export function resourceVersionTooOld(
  requested: number,
  oldest: number,
): ApiError {
  return new ApiError(
    410,
    'Expired',
    `too old resource version: ${requested} (${oldest})`,
  );
}

/**
 * 415 UnsupportedMediaType for a body in a format the verb does not take.
 *
 * @public
 */
export function unsupportedMediaType(
  contentType: string,
  accepted: string[],
): ApiError {
  return new ApiError(
    415,
    'UnsupportedMediaType',
    `the body of the request was in an unknown format - accepted media types include: ${accepted.join(
      ', ',
    )}`,
    { causes: [{ reason: 'UnexpectedServerResponse', message: contentType }] },
  );
}

/**
 * 500 InternalError.
 *
 * @public
 */
export function internalError(message: string): ApiError {
  return new ApiError(
    500,
    'InternalError',
    `Internal error occurred: ${message}`,
    {
      causes: [{ message }],
    },
  );
}
