import { AppliedObjectDto } from '@karmada-backstage/plugin-karmada-common';

/**
 * `Kind namespace/name`, for messages.
 *
 * @public
 */
export function objectLabel(
  o:
    | { kind?: string; metadata?: { name?: string; namespace?: string } }
    | AppliedObjectDto,
): string {
  const meta =
    'metadata' in o && o.metadata ? o.metadata : (o as AppliedObjectDto);
  const kind = (o as { kind?: string }).kind ?? 'object';
  return `${kind} ${meta.namespace ? `${meta.namespace}/` : ''}${meta.name}`;
}

/**
 * Rebuilds a Backstage error with a new message, keeping its class (so its
 * HTTP status), cause and own details (field causes, conflicting managers),
 * and adding `details`.
 *
 * @public
 */
export function withMessage(
  error: Error,
  message: string,
  details: Record<string, unknown> = {},
): Error {
  const Ctor = error.constructor as new (
    message: string,
    cause?: unknown,
  ) => Error;
  let out: Error;
  try {
    out = new Ctor(message, (error as { cause?: unknown }).cause);
  } catch {
    out = new Error(message);
  }
  for (const [k, v] of Object.entries(error)) {
    if (!['message', 'stack', 'name', 'cause'].includes(k))
      (out as unknown as Record<string, unknown>)[k] = v;
  }
  return Object.assign(out, details);
}

/**
 * A sentence listing what a failed multi-object write did and did not do,
 * so the error names everything that may have been left behind.
 *
 * @public
 */
export function describeProgress(
  progress: {
    written: AppliedObjectDto[];
    failed: Array<{ label: string; uncertain: boolean }>;
    notAttempted: string[];
  },
  dryRun: boolean,
): string {
  const parts: string[] = [];
  const changed = progress.written.filter(
    w => w.action !== 'unchanged' && w.action !== 'absent',
  );
  if (dryRun) parts.push('dry run: nothing was persisted');
  else if (changed.length)
    parts.push(
      `written: ${changed
        .map(w => `${objectLabel(w)} (${w.action})`)
        .join(', ')}`,
    );
  else parts.push('nothing else was changed');
  const uncertain = progress.failed.filter(f => f.uncertain).map(f => f.label);
  if (!dryRun && uncertain.length)
    parts.push(`may or may not have been applied: ${uncertain.join(', ')}`);
  if (progress.notAttempted.length)
    parts.push(`not attempted: ${progress.notAttempted.join(', ')}`);
  if (!dryRun && (changed.length || uncertain.length))
    parts.push('applying again converges');
  return parts.join('; ');
}
