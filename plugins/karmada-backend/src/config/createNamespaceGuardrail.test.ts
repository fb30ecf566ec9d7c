import { createNamespaceGuardrail } from './createNamespaceGuardrail';

describe('createNamespaceGuardrail', () => {
  const g = createNamespaceGuardrail({
    allow: ['team-*'],
    deny: ['team-secret', 'kube-*'],
  });

  it.each([
    ['team-a', undefined],
    [
      'team-secret',
      'namespace "team-secret" is denied by the guardrail (matches team-secret)',
    ],
    [
      'kube-system',
      'namespace "kube-system" is denied by the guardrail (matches kube-*)',
    ],
    [
      'default',
      'namespace "default" is not allowed by the guardrail (allowed: team-*)',
    ],
  ])('%s → %s', (ns, reason) => {
    expect(g.check(ns)).toBe(reason);
  });

  it('describes itself in plain words', () => {
    expect(g.description).toBe(
      'only namespaces matching team-*; never team-secret, kube-*',
    );
    expect(createNamespaceGuardrail({ allow: [], deny: [] }).description).toBe(
      'any namespace',
    );
  });

  it('treats glob characters other than * literally', () => {
    const dot = createNamespaceGuardrail({ allow: ['a.b'], deny: [] });
    expect(dot.check('a.b')).toBeUndefined();
    expect(dot.check('axb')).toBeDefined();
  });
});
