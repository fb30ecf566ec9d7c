import { Route } from './parseRoute';

/**
 * One request the emulator answered, as the backend's benchmark counts them.
 *
 * @public
 */
export interface RequestLogEntry {
  method: string;
  path: string;
  /**
   * The query string as sent, without the `?` (`''` when there is none),
   * e.g. `dryRun=All&fieldManager=backstage`; read single parameters with
   * `new URLSearchParams(entry.query)`.
   */
  query: string;
  /** The Kubernetes verb: get, list, watch, create, update, patch, delete, or `discovery`/`health`. */
  verb: string;
  /** `group/resource` for resource requests. */
  resource?: string;
  status?: number;
  /** Set when an injected fault answered the request. */
  fault?: string;
}

/**
 * A bounded log of requests plus a total count (the count never drops).
 *
 * @public
 */
export class RequestLog {
  private entries: RequestLogEntry[] = [];
  private total = 0;

  constructor(private readonly capacity = 100_000) {}

  /** Records a request; returns the entry so its status can be filled in. */
  record(entry: RequestLogEntry): RequestLogEntry {
    this.total += 1;
    this.entries.push(entry);
    if (this.entries.length > this.capacity)
      this.entries.splice(0, this.entries.length - this.capacity);
    return entry;
  }

  /** Requests received since start (or the last reset). */
  get count(): number {
    return this.total;
  }

  /** The most recent requests, oldest first. */
  get list(): RequestLogEntry[] {
    return [...this.entries];
  }

  /** Forgets everything (between benchmark phases). */
  reset(): void {
    this.entries = [];
    this.total = 0;
  }
}

/**
 * The Kubernetes verb of a request, for the log.
 *
 * @public
 */
export function requestVerb(
  route: Route,
  method: string,
  watch: boolean,
): string {
  if (route.kind !== 'resource')
    return route.kind === 'health' ? 'health' : 'discovery';
  if (method === 'GET' && watch) return 'watch';
  if (method === 'GET') return route.name ? 'get' : 'list';
  const verbs: Record<string, string> = {
    POST: 'create',
    PUT: 'update',
    PATCH: 'patch',
    DELETE: route.name ? 'delete' : 'deletecollection',
  };
  return verbs[method] ?? method.toLowerCase();
}
