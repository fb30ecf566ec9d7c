/** The part of a manifest change that is shown. */
interface ShownChange {
  op: 'add' | 'remove' | 'replace';
  displayPath: string;
  before?: unknown;
  after?: unknown;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/**
 * One manifest change as a line: `~ path: before → after`, `+ path: value`,
 * `- path (was value)`.
 *
 * @public
 */
export function changeText(c: ShownChange): string {
  if (c.op === 'add') return `+ ${c.displayPath}: ${show(c.after)}`;
  if (c.op === 'remove') return `- ${c.displayPath} (was ${show(c.before)})`;
  return `~ ${c.displayPath}: ${show(c.before)} → ${show(c.after)}`;
}
