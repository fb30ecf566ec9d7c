import type { ActionContext } from '@backstage/plugin-scaffolder-node';
import { toKarmadaActionError } from './toKarmadaActionError';

/**
 * Runs one call of the Karmada service and, if it fails, fails the step
 * with {@link toKarmadaActionError}: the same error class, a message saying
 * what the step was doing, and the `force` advice on conflicts.
 *
 * @param doing - what the step was doing, e.g. `Could not apply team-a/web on Karmada instance "local"`
 */
export async function callKarmada<T>(
  doing: string,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toKarmadaActionError(error, doing);
  }
}

/**
 * Runs a write inside a scaffolder checkpoint. The value goes through JSON
 * because the task store keeps checkpoints as JSON: a first run then sees
 * exactly what a retried run reads back (and the DTO interfaces, which lack
 * the index signature `JsonValue` asks for, need no casts at each call).
 */
export async function checkpointed<T>(
  ctx: Pick<ActionContext<{}>, 'checkpoint'>,
  key: string,
  write: () => Promise<T>,
): Promise<T> {
  return ctx.checkpoint({
    key,
    fn: async () => JSON.parse(JSON.stringify(await write())),
  });
}
