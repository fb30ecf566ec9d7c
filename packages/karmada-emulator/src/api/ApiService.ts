import { KubernetesObject } from '@karmada-backstage/plugin-karmada-common';
import { ObjectStore } from '../store/ObjectStore';
import { jsonEqual } from '../ssa/schemaWalk';
import { admitWrite } from './admitWrite';
import { decodeObject } from './decodeObject';
import { listObjects, ListObject, ListQuery } from './listObjects';
import { NamespaceLifecycle } from './NamespaceLifecycle';
import { patchObject, PatchType } from './patchObject';
import { applyObject } from './applyObject';
import { ResourceRegistry } from './resourceRegistry';
import { ResourceType, typeKey } from './ResourceType';
import {
  alreadyExists,
  badRequest,
  methodNotAllowed,
  notFound,
} from './statusErrors';
import { generateName } from './systemMetadata';
import { WriteOptions, WriteResult } from './WriteOptions';
import {
  checkDeletePreconditions,
  checkResourceVersion,
  DeletePreconditions,
  placeInNamespace,
  recordUpdate,
  sameContent,
} from './writeSupport';

/**
 * The Kubernetes API semantics of the emulator, independent of HTTP: the
 * verbs on every served resource, with decoding, defaults, admission,
 * validation, server-side apply, optimistic concurrency and dry-run, over
 * the {@link ObjectStore}. The emulator's controllers write through it
 * too (with `internal`), so they meet the same rules as clients. Objects
 * it returns are the stored ones, deep-frozen (a dry run's result aside):
 * callers serialize or read them, and copy before changing anything.
 *
 * @public
 */
export class ApiService {
  readonly namespaces: NamespaceLifecycle;

  constructor(
    readonly store: ObjectStore,
    readonly registry: ResourceRegistry,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.namespaces = new NamespaceLifecycle(store, registry);
  }

  /** GET one object (the stored one, frozen). */
  get(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
  ): KubernetesObject {
    const found = this.store.peek(
      typeKey(type),
      type.namespaced ? namespace : undefined,
      name,
    );
    if (!found) throw notFound(type, name);
    return found;
  }

  /** GET a collection (all namespaces when `namespace` is undefined). */
  list(
    type: ResourceType,
    namespace: string | undefined,
    query: ListQuery = {},
  ): ListObject {
    return listObjects(
      this.store,
      type,
      type.namespaced ? namespace : undefined,
      query,
    );
  }

  /** POST: create an object. */
  create(
    type: ResourceType,
    namespace: string | undefined,
    body: KubernetesObject,
    options: WriteOptions = {},
  ): WriteResult {
    this.requireWritable(type, options);
    const object = structuredClone(body);
    placeInNamespace(type, object, namespace);
    const prefix = (object.metadata as { generateName?: string } | undefined)
      ?.generateName;
    if (!object.metadata?.name && prefix) {
      object.metadata = { ...object.metadata, name: generateName(prefix) };
    }
    const warnings = decodeObject(type, object, options, 'json');
    this.namespaces.checkCreate(type, object);
    const now = this.clock();
    admitWrite(type, object, undefined, now, Boolean(options.internal));
    recordUpdate(type, undefined, object, options, now);
    const name = object.metadata?.name ?? '';
    if (this.store.peek(typeKey(type), object.metadata?.namespace, name))
      throw alreadyExists(type, name);
    return this.commit(type, object, undefined, options, warnings);
  }

  /** PUT: replace an object, with optimistic concurrency on resourceVersion. */
  update(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    body: KubernetesObject,
    options: WriteOptions = {},
  ): WriteResult {
    this.requireWritable(type, options);
    const old = this.get(type, namespace, name);
    const object = structuredClone(body);
    placeInNamespace(type, object, namespace);
    if (object.metadata?.name !== name) {
      throw badRequest(
        `the name of the object (${
          object.metadata?.name ?? ''
        }) does not match the name on the URL (${name})`,
      );
    }
    return this.replace(type, object, old, options);
  }

  /** PATCH: merge, JSON, strategic merge (as merge) or server-side apply. */
  patch(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    patchType: PatchType,
    body: string,
    options: WriteOptions & { force?: boolean } = {},
  ): WriteResult {
    this.requireWritable(type, options);
    const live = this.store.peek(
      typeKey(type),
      type.namespaced ? namespace : undefined,
      name,
    );
    if (patchType === 'apply') {
      const applied = applyObject({
        type,
        namespace,
        name,
        body,
        live,
        options,
        now: this.clock(),
        namespaces: this.namespaces,
      });
      if (live) checkResourceVersion(type, applied.object, live);
      else if (
        this.store.peek(typeKey(type), applied.object.metadata?.namespace, name)
      )
        throw alreadyExists(type, name);
      return this.commit(type, applied.object, live, options, applied.warnings);
    }
    if (options.force)
      throw badRequest(
        'force: Forbidden: may not be specified for non-apply patch',
      );
    if (!live) throw notFound(type, name);
    const object = patchObject(live, patchType, body);
    return this.replace(type, object, live, options);
  }

  /** DELETE: remove an object (a namespace first turns Terminating). */
  delete(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    options: WriteOptions & { preconditions?: DeletePreconditions } = {},
  ): KubernetesObject {
    this.requireWritable(type, options);
    const old = this.get(type, namespace, name);
    checkDeletePreconditions(type, old, options.preconditions);
    if (type.kind === 'Namespace')
      return this.namespaces.terminate(
        old,
        Boolean(options.dryRun),
        this.clock(),
      );
    if (options.dryRun) return old;
    return (
      this.store.remove(typeKey(type), old.metadata?.namespace, name) ?? old
    );
  }

  /** Writes only the status of an object (the emulator's controllers do). */
  writeStatus(
    type: ResourceType,
    namespace: string | undefined,
    name: string,
    status: unknown,
  ): KubernetesObject {
    const old = this.get(type, namespace, name);
    if (jsonEqual(old.status, status)) return old;
    return this.store.update(typeKey(type), { ...old, status });
  }

  private replace(
    type: ResourceType,
    object: KubernetesObject,
    old: KubernetesObject,
    options: WriteOptions,
  ): WriteResult {
    checkResourceVersion(type, object, old);
    const warnings = decodeObject(type, object, options, 'json');
    const now = this.clock();
    admitWrite(type, object, old, now, Boolean(options.internal));
    recordUpdate(type, old, object, options, now);
    return this.commit(type, object, old, options, warnings);
  }

  private commit(
    type: ResourceType,
    object: KubernetesObject,
    old: KubernetesObject | undefined,
    options: WriteOptions,
    warnings: string[],
  ): WriteResult {
    if (old)
      object.metadata = {
        ...object.metadata,
        resourceVersion: old.metadata?.resourceVersion,
      };
    if (old && sameContent(object, old))
      return { object: old, warnings, created: false };
    if (options.dryRun) return { object, warnings, created: !old };
    const stored = old
      ? this.store.update(typeKey(type), object)
      : this.store.create(typeKey(type), object);
    return { object: stored, warnings, created: !old };
  }

  private requireWritable(type: ResourceType, options: WriteOptions): void {
    if (!type.clientWritable && !options.internal) throw methodNotAllowed();
  }
}
