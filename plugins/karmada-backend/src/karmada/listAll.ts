import { KarmadaTransport } from './types';

/**
 * Lists a collection completely, page by page (`limit` / `continue`), and
 * returns the items with the list's resourceVersion (to watch from).
 *
 * @public
 */
export async function listAll<T>(
  transport: KarmadaTransport,
  path: string,
  labelSelector: string | undefined,
  pageSize: number,
): Promise<{ items: T[]; resourceVersion?: string }> {
  const items: T[] = [];
  let cont: string | undefined;
  let resourceVersion: string | undefined;
  do {
    const { body } = await transport.request<{
      items?: T[];
      metadata?: { resourceVersion?: string; continue?: string };
    }>({
      method: 'GET',
      path,
      query: { labelSelector, limit: pageSize, continue: cont },
    });
    items.push(...(body.items ?? []));
    cont = body.metadata?.continue || undefined;
    resourceVersion = body.metadata?.resourceVersion;
  } while (cont);
  return { items, resourceVersion };
}
