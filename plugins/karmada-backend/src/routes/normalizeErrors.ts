import { InputError } from '@backstage/errors';
import type { ErrorRequestHandler } from 'express';

/**
 * Makes subclasses of the Backstage errors answer with their parent's
 * status: the error middleware picks the status by `name`, and the
 * engines' `KarmadaInputError` (an InputError with path and issues) has its
 * own name. The path, reason and issues stay in the response body.
 *
 * @public
 */
export const normalizeErrors: ErrorRequestHandler = (
  error,
  _req,
  _res,
  next,
) => {
  if (error instanceof InputError && error.name !== 'InputError') {
    const { path, reason, issues } = error as InputError & {
      path?: string;
      reason?: string;
      issues?: unknown;
    };
    next(
      Object.assign(new InputError(error.message), { path, reason, issues }),
    );
    return;
  }
  next(error);
};
