import http from 'node:http';
import https from 'node:https';

type AgentOptions = Record<string, unknown>;

// Node keeps an agent's constructor options on `options` (typed for https only).
const optionsOf = (agent: http.Agent): AgentOptions =>
  (agent as unknown as { options?: AgentOptions }).options ?? {};

function sameValue(a: unknown, b: unknown): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b);
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]));
  return a === b;
}

function sameOptions(a: AgentOptions, b: AgentOptions): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every(k => sameValue(a[k], b[k]));
}

const inUse = (agent: http.Agent) =>
  Object.values(agent.sockets).some(list => list?.length);

/**
 * Pooled keep-alive agents for one instance.
 *
 * @internal
 */
export interface KeepAliveAgents {
  /**
   * The keep-alive agent to send with instead of `issued` (the agent
   * client-node's `applySecurityAuthentication` set), built with the same
   * options; `issued` itself when it cannot be rebuilt (a proxy agent).
   */
  reuse(issued: http.Agent): http.Agent;
  /** Closes every connection. */
  destroy(): void;
}

/**
 * client-node's `applySecurityAuthentication` puts a new, non-keep-alive
 * agent on every request context: it carries that request's TLS material
 * (CA, client certificate and key, servername, skipTLSVerify) but would open
 * a connection per request. This keeps one keep-alive agent built from the
 * same options and hands it out while they stay the same. When they change
 * (an exec plugin rotated the client certificate, a CA file was replaced)
 * a new agent takes over; the old one is closed once idle.
 *
 * @internal
 */
export function createKeepAliveAgents(
  options: { maxSockets: number } = { maxSockets: 64 },
): KeepAliveAgents {
  let current: { agent: http.Agent; issued: AgentOptions } | undefined;
  const retired = new Set<http.Agent>();

  // In-flight requests (watches included) finish on the old agent.
  function retire(agent: http.Agent) {
    retired.add(agent);
    for (const a of retired) {
      if (inUse(a)) continue;
      a.destroy();
      retired.delete(a);
    }
  }

  return {
    reuse(issued) {
      const Agent = issued.constructor;
      // Proxy agents take other constructor options; use them as they are.
      if (Agent !== http.Agent && Agent !== https.Agent) return issued;
      const issuedOptions = optionsOf(issued);
      if (
        current &&
        current.agent.constructor === Agent &&
        sameOptions(current.issued, issuedOptions)
      )
        return current.agent;
      if (current) retire(current.agent);
      const agent = new (Agent as typeof https.Agent)({
        ...issuedOptions,
        keepAlive: true,
        maxSockets: options.maxSockets,
      });
      current = { agent, issued: issuedOptions };
      return agent;
    },
    destroy() {
      current?.agent.destroy();
      current = undefined;
      for (const a of retired) a.destroy();
      retired.clear();
    },
  };
}
