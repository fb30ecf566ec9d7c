import { InputError } from '@backstage/errors';

/**
 * Bad input to one of the engines: names the field by path (and, where the
 * form shows it, by the label the user sees) and the reason.
 *
 * @public
 */
export class KarmadaInputError extends InputError {
  /** Dotted path of the offending field, e.g. `placement.replicaScheduling.replicaSchedulingType`. */
  readonly path: string;
  /** The reason, without the path. */
  readonly reason: string;
  /** Every problem found, first one first (the message names the first). */
  readonly issues: Array<{ path: string; reason: string; label?: string }>;

  constructor(issues: Array<{ path: string; reason: string; label?: string }>) {
    const first = issues[0] ?? { path: '', reason: 'invalid input' };
    const where = first.label ? `${first.label} (${first.path})` : first.path;
    super(where ? `${where}: ${first.reason}` : first.reason);
    // name stays 'InputError' so Backstage's error middleware answers 400.
    this.path = first.path;
    this.reason = first.reason;
    this.issues = issues;
  }
}

/**
 * Joins path segments the way error messages print them: `a.b[2].c`.
 *
 * @public
 */
export function formatPath(
  segments: ReadonlyArray<string | number | symbol>,
): string {
  let out = '';
  for (const s of segments) {
    if (typeof s === 'number') out += `[${s}]`;
    else out += out ? `.${String(s)}` : String(s);
  }
  return out;
}
