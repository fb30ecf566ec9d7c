import {
  KubernetesObject,
  LabelRequirement,
} from '@karmada-backstage/plugin-karmada-common';
import { LABEL_INDEX, ObjectStore } from '../store/ObjectStore';
import {
  FieldRequirement,
  fieldsMatch,
  parseFieldSelector,
} from '../store/parseFieldSelector';
import { compareStrings } from '../util/compareStrings';
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
  const { labels, fields } = parseSelectors(query);
  return object =>
    labelsMatch(labels, object.metadata?.labels) && fieldsMatch(fields, object);
}

function parseSelectors(
  query: Pick<ListQuery, 'labelSelector' | 'fieldSelector'>,
): { labels: LabelRequirement[]; fields: FieldRequirement[] } {
  try {
    return {
      labels: parseLabelSelector(query.labelSelector ?? ''),
      fields: parseFieldSelector(query.fieldSelector ?? ''),
    };
  } catch (e) {
    throw badRequest((e as Error).message);
  }
}

function keyOf(object: KubernetesObject): string {
  return `${object.metadata?.namespace ?? ''}/${object.metadata?.name ?? ''}`;
}

/**
 * The objects a list starts from, in etcd key order: when the label
 * selector requires `key=value` (or `key in (…)`), only the objects the
 * store's label index files under those (the smallest such set), sorted;
 * otherwise every object in scope, in the order the store keeps.
 */
function candidates(
  store: ObjectStore,
  key: string,
  namespace: string | undefined,
  labels: LabelRequirement[],
): readonly KubernetesObject[] {
  let best: string[] | undefined;
  let bestCount = Infinity;
  for (const r of labels) {
    if (r.operator !== 'In') continue;
    const values = r.values.map(v => `${r.key}=${v}`);
    const count = values.reduce(
      (n, v) => n + store.countByIndex(key, LABEL_INDEX, v),
      0,
    );
    if (count < bestCount) {
      best = values;
      bestCount = count;
    }
  }
  if (!best) return store.view(key, namespace);
  const found = new Set<KubernetesObject>();
  for (const value of best)
    for (const object of store.byIndex(key, LABEL_INDEX, value))
      if (namespace === undefined || object.metadata?.namespace === namespace)
        found.add(object);
  return [...found]
    .map(object => ({ object, key: keyOf(object) }))
    .sort((a, b) => compareStrings(a.key, b.key))
    .map(({ object }) => object);
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

/**
 * Lists objects with selectors and `limit`/`continue` paging, in etcd key
 * order. Items of built-in kinds carry no apiVersion/kind, as the real
 * server sends them; custom resources keep theirs. Items are the stored
 * objects (frozen) or shallow views of them: the list is for sending.
 *
 * @public
 */
export function listObjects(
  store: ObjectStore,
  type: ResourceType,
  namespace: string | undefined,
  query: ListQuery,
): ListObject {
  const { labels, fields } = parseSelectors(query);
  let items = candidates(store, typeKey(type), namespace, labels).filter(
    object =>
      labelsMatch(labels, object.metadata?.labels) &&
      fieldsMatch(fields, object),
  );
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
