import http from 'node:http';
import https from 'node:https';
import { createKeepAliveAgents } from './createKeepAliveAgents';

const optionsOf = (agent: http.Agent) =>
  (agent as unknown as { options: Record<string, unknown> }).options;

describe('createKeepAliveAgents', () => {
  it('reuses one keep-alive agent carrying the issued TLS options while they stay the same', () => {
    const agents = createKeepAliveAgents({ maxSockets: 8 });
    // What applySecurityAuthentication issues on every request: new objects, same material.
    const issue = (cert = 'cert-1') =>
      new https.Agent({
        ca: Buffer.from('ca'),
        cert: Buffer.from(cert),
        key: Buffer.from('key'),
        servername: 'karmada.test',
        rejectUnauthorized: false,
      });
    try {
      const first = agents.reuse(issue());
      expect(first).toBeInstanceOf(https.Agent);
      expect(optionsOf(first)).toMatchObject({
        ca: Buffer.from('ca'),
        cert: Buffer.from('cert-1'),
        key: Buffer.from('key'),
        servername: 'karmada.test',
        rejectUnauthorized: false,
        keepAlive: true,
      });
      expect(first.maxSockets).toBe(8);
      expect(agents.reuse(issue())).toBe(first);
      // A rotated client certificate gets a new agent.
      const rotated = agents.reuse(issue('cert-2'));
      expect(rotated).not.toBe(first);
      expect(optionsOf(rotated).cert).toEqual(Buffer.from('cert-2'));
      expect(agents.reuse(issue('cert-2'))).toBe(rotated);
    } finally {
      agents.destroy();
    }
  });

  it('pools plain http too, and leaves agents it cannot rebuild (proxies) as they are', () => {
    const agents = createKeepAliveAgents();
    try {
      const pooled = agents.reuse(new http.Agent());
      expect(pooled).not.toBeInstanceOf(https.Agent);
      expect(optionsOf(pooled).keepAlive).toBe(true);
      expect(agents.reuse(new http.Agent())).toBe(pooled);
      class ProxyAgent extends https.Agent {}
      const proxy = new ProxyAgent();
      expect(agents.reuse(proxy)).toBe(proxy);
    } finally {
      agents.destroy();
    }
  });
});
