import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { ObjectStore } from '../store/ObjectStore';
import { fieldsMatch, parseFieldSelector } from '../store/parseFieldSelector';
import { labelsMatch, parseLabelSelector } from '../store/parseLabelSelector';
import { badRequest } from './statusErrors';
import { isCustomResource } from './decodeObject';
import { ResourceType, typeKey } from './ResourceType';

/**
 * The query parameters of a list.
 *
 * @public
 */
export interface ListQuery {
  labelSelector?: string;
  fieldSelector?: string;
  limit?: number;
  continue?: string;
}

/**
 * A list object as the server sends it.
 *
 * @public
 */
export interface ListObject {
  kind: string;
  apiVersion: string;
  metadata: {
    resourceVersion: string;
    continue?: string;
    remainingItemCount?: number;
  };
  items: KubernetesObject[];
}

/**
 * A compiled selector pair, shared by list and watch.
 *
 * @public
 */
export type ObjectFilter = (object: KubernetesObject) => boolean;

/**
 * Compiles the `labelSelector` and `fieldSelector` parameters; a malformed
 * one is a 400.
 *
 * @public
 */
export function compileFilter(
  query: Pick<ListQuery, 'labelSelector' | 'fieldSelector'>,
): ObjectFilter {
  try {
    const labels = parseLabelSelector(query.labelSelector ?? '');
    const fields = parseFieldSelector(query.fieldSelector ?? '');
    return object =>
      labelsMatch(labels, object.metadata?.labels) &&
      fieldsMatch(fields, object);
  } catch (e) {
    throw badRequest((e as Error).message);
  }
}

function decodeContinue(token: string): { rv: number; start: string } {
  try {
    const parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
    if (typeof parsed.rv === 'number' && typeof parsed.start === 'string')
      return parsed;
  } catch {
    // fall through to the error below
  }
  throw badRequest(
    'continue key is not valid: incorrect encoded start resourceVersion (version meta.k8s.io/v1)',
  );
}

function keyOf(object: KubernetesObject): string {
  return `${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`;
}

/**
 * Lists objects with selectors and `limit`/`continue` paging. Items of
 * built-in kinds carry no apiVersion/kind, as the real server sends them;
 * custom resources keep theirs.
 *
 * @public
 */
export function listObjects(
  store: ObjectStore,
  type: ResourceType,
  namespace: string | undefined,
  query: ListQuery,
): ListObject {
  const filter = compileFilter(query);
  let items = store.list(typeKey(type), namespace).filter(filter);
  let resourceVersion = store.resourceVersion;
  if (query.continue) {
    const token = decodeContinue(query.continue);
    resourceVersion = token.rv;
    items = items.filter(item => keyOf(item) > token.start);
  }
  const metadata: ListObject['metadata'] = {
    resourceVersion: String(resourceVersion),
  };
  if (query.limit && query.limit > 0 && items.length > query.limit) {
    const remaining = items.length - query.limit;
    items = items.slice(0, query.limit);
    const start = keyOf(items[items.length - 1]);
    metadata.continue = Buffer.from(
      JSON.stringify({ v: 'meta.k8s.io/v1', rv: resourceVersion, start }),
    ).toString('base64url');
    metadata.remainingItemCount = remaining;
  }
  if (!isCustomResource(type)) {
    items = items.map(({ apiVersion: _a, kind: _k, ...rest }) => rest);
  }
  return {
    kind: `${type.kind}List`,
    apiVersion: type.apiVersion,
    metadata,
    items,
  };
}
