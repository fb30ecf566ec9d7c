import { IncomingMessage, ServerResponse } from 'node:http';
import { ApiResponse } from './handleResourceRequest';

/**
 * Reads a request body as UTF-8 text.
 *
 * @public
 */
export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Writes a JSON response; warnings go in `Warning: 299 - "…"` headers, as
 * the API server sends them.
 *
 * @public
 */
export function sendJson(res: ServerResponse, response: ApiResponse): void {
  const headers: Record<string, string | string[]> = {
    'Content-Type': 'application/json',
  };
  if (response.warnings?.length) {
    headers.Warning = response.warnings.map(w => `299 - ${JSON.stringify(w)}`);
  }
  res.writeHead(response.status, headers);
  res.end(JSON.stringify(response.body));
}
