import { ApiError } from '../api/ApiError';
import { formatBadValue } from '../api/fieldErrors';
import { WriteOptions } from '../api/WriteOptions';
import { badRequest } from '../api/statusErrors';

function optionsInvalid(
  operation: string,
  field: string,
  value: string | string[],
  supported: string[],
): ApiError {
  const body = `Unsupported value: ${formatBadValue(
    value,
  )}: supported values: ${supported.map(s => JSON.stringify(s)).join(', ')}`;
  return new ApiError(
    422,
    'Invalid',
    `${operation}Options.meta.k8s.io "" is invalid: ${field}: ${body}`,
    {
      group: 'meta.k8s.io',
      kind: `${operation}Options`,
      causes: [{ reason: 'FieldValueNotSupported', message: body, field }],
    },
  );
}

/**
 * The write options of a request's query (`dryRun`, `fieldManager`,
 * `fieldValidation` or the older `validate`), checked like the API server
 * checks Create/Update/Patch/DeleteOptions.
 *
 * @public
 */
export function writeOptionsOf(
  query: URLSearchParams,
  operation: 'Create' | 'Update' | 'Patch' | 'Delete',
  userAgent: string | undefined,
  bodyDryRun?: unknown,
): WriteOptions {
  const dryRunValues = [
    ...query.getAll('dryRun'),
    ...(Array.isArray(bodyDryRun) ? bodyDryRun.map(String) : []),
  ];
  for (const value of dryRunValues) {
    if (value !== 'All')
      throw optionsInvalid(operation, 'dryRun', dryRunValues, ['All']);
  }
  const options: WriteOptions = { dryRun: dryRunValues.length > 0, userAgent };
  const manager = query.get('fieldManager');
  if (manager) options.fieldManager = manager;
  const validation = query.get('fieldValidation');
  if (validation !== null) {
    if (!['Strict', 'Warn', 'Ignore'].includes(validation)) {
      throw optionsInvalid(operation, 'fieldValidation', validation, [
        'Ignore',
        'Strict',
        'Warn',
      ]);
    }
    options.fieldValidation = validation as WriteOptions['fieldValidation'];
  } else {
    const legacy = query.get('validate')?.toLowerCase();
    if (legacy === 'strict' || legacy === 'true')
      options.fieldValidation = 'Strict';
    else if (legacy === 'warn') options.fieldValidation = 'Warn';
    else if (legacy === 'false' || legacy === 'ignore')
      options.fieldValidation = 'Ignore';
  }
  return options;
}

/**
 * A non-negative integer query parameter, or undefined; a malformed one is a 400.
 *
 * @public
 */
export function integerParam(
  query: URLSearchParams,
  name: string,
): number | undefined {
  const raw = query.get(name);
  if (raw === null || raw === '') return undefined;
  if (!/^\d+$/.test(raw))
    throw badRequest(
      `${name}: Invalid value: ${JSON.stringify(
        raw,
      )}: must be a non-negative integer`,
    );
  return Number(raw);
}

/**
 * A boolean query parameter (`true`/`1`).
 *
 * @public
 */
export function booleanParam(query: URLSearchParams, name: string): boolean {
  const raw = query.get(name);
  return raw === 'true' || raw === '1';
}
