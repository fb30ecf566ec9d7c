import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';

/**
 * Props for rendering a scaffolder field component outside the form, with
 * the given data, change handler and whole-form data (`formContext.formData`).
 *
 * @public
 */
export function fieldProps<T, U = {}>(options: {
  formData?: T;
  onChange?: (value: T | undefined) => void;
  formContext?: { formData?: Record<string, unknown> };
  uiOptions?: U;
  rawErrors?: string[];
  name?: string;
}): FieldExtensionComponentProps<T, U> {
  const name = options.name ?? 'field';
  return {
    name,
    formData: options.formData,
    onChange: options.onChange ?? (() => {}),
    onBlur: () => {},
    onFocus: () => {},
    formContext: options.formContext ?? { formData: {} },
    schema: {},
    uiSchema: { 'ui:options': options.uiOptions ?? {} },
    idSchema: { $id: `root_${name}` },
    rawErrors: options.rawErrors ?? [],
    disabled: false,
    readonly: false,
    required: false,
    registry: {},
  } as unknown as FieldExtensionComponentProps<T, U>;
}
