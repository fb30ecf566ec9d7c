import { TestApiRegistry } from '@backstage/test-utils';
import { createFieldValidation } from '@backstage/plugin-scaffolder-react/alpha';
import { karmadaApiRef, type KarmadaApi } from '../api';

/**
 * Runs a scaffolder field validator the way the form does and returns the
 * messages it added (an empty list lets the user go Next).
 *
 * @public
 */
export async function runValidator<T>(
  validator: (
    value: T,
    validation: ReturnType<typeof createFieldValidation>,
    context: any,
  ) => void | Promise<void>,
  value: T,
  options: {
    formData?: Record<string, unknown>;
    uiOptions?: Record<string, unknown>;
    karmadaApi?: KarmadaApi;
  } = {},
): Promise<string[]> {
  const validation = createFieldValidation();
  await validator(value, validation, {
    apiHolder: options.karmadaApi
      ? TestApiRegistry.from([karmadaApiRef, options.karmadaApi])
      : TestApiRegistry.from(),
    formData: options.formData ?? {},
    schema: {},
    uiSchema: { 'ui:options': options.uiOptions ?? {} },
  });
  return validation.__errors ?? [];
}
