/**
 * The namespace guardrail of one instance: which namespaces workloads may be
 * created in and listed from.
 *
 * @public
 */
export interface NamespaceGuardrail {
  /** Undefined when allowed; otherwise the reason in plain words. */
  check(namespace: string): string | undefined;
  allow: string[];
  deny: string[];
  /** The rule in plain words, for the UI. */
  description: string;
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split('*')
    .map(part => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${body}$`);
}

function list(globs: string[]): string {
  return globs.join(', ');
}

/**
 * Builds a guardrail from allow and deny globs (`*` matches any run of
 * characters). Deny wins over allow; an empty allow list allows every
 * namespace not denied.
 *
 * @public
 */
export function createNamespaceGuardrail(options: {
  allow: string[];
  deny: string[];
}): NamespaceGuardrail {
  const allow = options.allow.map(g => ({ glob: g, re: globToRegExp(g) }));
  const deny = options.deny.map(g => ({ glob: g, re: globToRegExp(g) }));
  const parts: string[] = [];
  parts.push(
    allow.length
      ? `only namespaces matching ${list(options.allow)}`
      : 'any namespace',
  );
  if (deny.length) parts.push(`never ${list(options.deny)}`);
  return {
    allow: [...options.allow],
    deny: [...options.deny],
    description: parts.join('; '),
    check(namespace) {
      const denied = deny.find(d => d.re.test(namespace));
      if (denied) {
        return `namespace "${namespace}" is denied by the guardrail (matches ${denied.glob})`;
      }
      if (allow.length && !allow.some(a => a.re.test(namespace))) {
        return `namespace "${namespace}" is not allowed by the guardrail (allowed: ${list(
          options.allow,
        )})`;
      }
      return undefined;
    },
  };
}
