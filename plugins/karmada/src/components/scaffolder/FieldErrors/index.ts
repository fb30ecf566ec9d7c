export { FieldErrors, splitErrorsByLabel } from './FieldErrors';
export type { FieldErrorsProps } from './FieldErrors';
