/* eslint-disable */
// A closed-loop HTTP load generator in its own thread, so the client's
// work (reading large responses) does not share the server's event loop.
// Like a browser it accepts gzip; it does not inflate bodies (a browser
// does that on the user's machine) except to print an error.
// Input (workerData): { port, concurrency, total, requests: [{ method, path, body }], intervalMs? }
// — request i is requests[i % requests.length]. Output: { latencies, errors, firstError, seconds }.
const http = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');

const { port, concurrency, total, requests, intervalMs = 0 } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
const payloads = requests.map(r =>
  r.body === undefined ? undefined : Buffer.from(JSON.stringify(r.body)),
);

// Node's documented pattern (and what browsers do): a request that fails on
// a reused keep-alive socket the server was closing is sent once more.
function send(i, retried = false) {
  const r = requests[i % requests.length];
  const payload = payloads[i % requests.length];
  return new Promise(resolve => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        method: r.method,
        path: `/api/karmada${r.path}`,
        agent,
        headers: {
          'accept-encoding': 'gzip',
          ...(payload
            ? {
                'content-type': 'application/json',
                'content-length': payload.length,
              }
            : {}),
        },
      },
      res => {
        const chunks = [];
        const failed = res.statusCode >= 400;
        res.on('data', c => failed && chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode,
            text: failed ? Buffer.concat(chunks).toString('utf8') : '',
          }),
        );
      },
    );
    req.on('error', e =>
      req.reusedSocket && !retried
        ? send(i, true).then(resolve)
        : resolve({ status: 0, text: String(e) }),
    );
    req.end(payload);
  });
}

(async () => {
  const latencies = new Float64Array(total);
  let next = 0;
  let errors = 0;
  let firstError;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      // Paced clients (intervalMs > 0) start spread over one interval and
      // send one request per interval, like users typing into a debounced form.
      if (intervalMs)
        await new Promise(r => setTimeout(r, (w * intervalMs) / concurrency));
      while (next < total) {
        const i = next++;
        const t0 = performance.now();
        const res = await send(i);
        latencies[i] = performance.now() - t0;
        if (res.status === 0 || res.status >= 400) {
          errors++;
          if (!firstError)
            firstError = `${res.status} ${res.text.slice(0, 300)}`;
        }
        const wait = intervalMs - (performance.now() - t0);
        if (wait > 0) await new Promise(r => setTimeout(r, wait));
      }
    }),
  );
  agent.destroy();
  parentPort.postMessage({
    latencies,
    errors,
    firstError,
    seconds: (performance.now() - start) / 1000,
  });
})();
