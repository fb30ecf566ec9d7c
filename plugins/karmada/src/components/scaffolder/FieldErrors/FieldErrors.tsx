import Box from '@material-ui/core/Box';
import FormHelperText from '@material-ui/core/FormHelperText';

/**
 * Props of {@link FieldErrors}.
 *
 * @public
 */
export interface FieldErrorsProps {
  /** Prefix of the helper texts' ids, so inputs can point at them. */
  id: string;
  /** The messages to show; nothing renders when empty. */
  errors?: readonly string[];
}

/**
 * Validation messages in the error style of an input's helper text (as the
 * `KarmadaPlacement` field marks its inputs), for messages that belong to a
 * part of a field rather than to one input.
 *
 * @public
 */
export function FieldErrors(props: FieldErrorsProps) {
  const { id, errors = [] } = props;
  if (errors.length === 0) return null;
  return (
    <Box role="alert">
      {errors.map((message, i) => (
        <FormHelperText key={i} id={`${id}-error-${i}`} error>
          {message}
        </FormHelperText>
      ))}
    </Box>
  );
}

/**
 * The messages that start with `label` (validators name the part at fault
 * first, e.g. `Liveness probe (httpGet.path): …`), and the others.
 *
 * @public
 */
export function splitErrorsByLabel(
  errors: readonly string[] | undefined,
  label: string,
): { matching: string[]; others: string[] } {
  const matching: string[] = [];
  const others: string[] = [];
  for (const e of errors ?? []) {
    const rest = e.startsWith(label) ? e.slice(label.length) : undefined;
    if (rest !== undefined && /^[\s(:]/.test(rest)) matching.push(e);
    else others.push(e);
  }
  return { matching, others };
}
