import Box from '@material-ui/core/Box';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import Switch from '@material-ui/core/Switch';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { HandlerEditor, initialHandler } from '../HandlerEditor';
import type { ProbeValue } from './types';

const TIMINGS: Array<{ key: keyof ProbeValue; label: string; hint: string }> = [
  { key: 'initialDelaySeconds', label: 'Initial delay (s)', hint: '0' },
  { key: 'periodSeconds', label: 'Period (s)', hint: '10' },
  { key: 'timeoutSeconds', label: 'Timeout (s)', hint: '1' },
  { key: 'successThreshold', label: 'Success threshold', hint: '1' },
  { key: 'failureThreshold', label: 'Failure threshold', hint: '3' },
];

/**
 * Props of {@link ProbeEditor}.
 *
 * @public
 */
export interface ProbeEditorProps {
  id: string;
  title: string;
  description: string;
  value: ProbeValue | undefined;
  onChange: (value: ProbeValue | undefined) => void;
  /** Liveness and startup probes must succeed once: no success threshold. */
  singleSuccess?: boolean;
}

/**
 * One probe: on or off, its check (HTTP request, TCP port, command, gRPC) and
 * its timings (empty means Kubernetes' default, shown as the placeholder).
 *
 * @public
 */
export function ProbeEditor(props: ProbeEditorProps) {
  const { id, title, description, value, onChange, singleSuccess } = props;
  return (
    <Box>
      <FormControlLabel
        label={title}
        control={
          <Switch
            id={`${id}-enabled`}
            checked={Boolean(value)}
            onChange={(_e, on) =>
              onChange(on ? initialHandler('httpGet') : undefined)
            }
          />
        }
      />
      <Typography variant="caption" color="textSecondary" component="p">
        {description}
      </Typography>
      {value && (
        <>
          <HandlerEditor
            id={id}
            value={value}
            onChange={onChange}
            kinds={['httpGet', 'tcpSocket', 'exec', 'grpc']}
          />
          <Box display="flex" flexWrap="wrap" style={{ gap: 8 }}>
            {TIMINGS.filter(
              t => !(singleSuccess && t.key === 'successThreshold'),
            ).map(t => (
              <TextField
                key={t.key}
                id={`${id}-${t.key}`}
                label={t.label}
                placeholder={t.hint}
                type="number"
                variant="outlined"
                margin="dense"
                size="small"
                style={{ width: 150 }}
                InputLabelProps={{ shrink: true }}
                value={(value[t.key] as number | undefined) ?? ''}
                onChange={e => {
                  const next = { ...value };
                  if (e.target.value === '') delete next[t.key];
                  else
                    (next as Record<string, unknown>)[t.key] = Number(
                      e.target.value,
                    );
                  onChange(next);
                }}
              />
            ))}
          </Box>
        </>
      )}
    </Box>
  );
}
