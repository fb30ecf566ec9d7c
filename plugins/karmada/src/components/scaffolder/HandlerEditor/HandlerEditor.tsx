import Box from '@material-ui/core/Box';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';

/**
 * A probe or lifecycle hook handler (exactly one of these is set).
 *
 * @public
 */
export interface HandlerValue {
  exec?: { command: string[] };
  httpGet?: { path?: string; port: number | string; scheme?: 'HTTP' | 'HTTPS' };
  tcpSocket?: { port: number | string };
  grpc?: { port: number; service?: string };
  sleep?: { seconds: number };
}

/**
 * The handler kinds, in the form's words.
 *
 * @public
 */
export type HandlerKind = keyof HandlerValue;

const KIND_LABELS: Record<HandlerKind, string> = {
  httpGet: 'HTTP request',
  tcpSocket: 'TCP port',
  exec: 'Command',
  grpc: 'gRPC',
  sleep: 'Sleep',
};

/**
 * The kind a handler value uses (the first set).
 *
 * @public
 */
export function handlerKind(
  value: HandlerValue | undefined,
): HandlerKind | undefined {
  return (Object.keys(KIND_LABELS) as HandlerKind[]).find(
    k => value?.[k] !== undefined,
  );
}

/** A port as typed: a number when it is one, else a port name. */
function portOf(text: string): number | string {
  return /^[0-9]+$/.test(text) ? Number(text) : text;
}

/**
 * The handler a kind starts from when the user picks it.
 *
 * @public
 */
export function initialHandler(kind: HandlerKind): HandlerValue {
  switch (kind) {
    case 'httpGet':
      return { httpGet: { path: '/', port: 80 } };
    case 'tcpSocket':
      return { tcpSocket: { port: 80 } };
    case 'exec':
      return { exec: { command: [] } };
    case 'grpc':
      return { grpc: { port: 9090 } };
    default:
      return { sleep: { seconds: 5 } };
  }
}

/**
 * Props of {@link HandlerEditor}.
 *
 * @public
 */
export interface HandlerEditorProps<T extends HandlerValue> {
  id: string;
  value: T;
  onChange: (value: T) => void;
  kinds: HandlerKind[];
}

/**
 * Edits the handler of a probe or a lifecycle hook: its kind, then the
 * fields of that kind. Other fields of `value` (timings) are kept.
 *
 * @public
 */
export function HandlerEditor<T extends HandlerValue>(
  props: HandlerEditorProps<T>,
) {
  const { id, value, onChange, kinds } = props;
  const kind = handlerKind(value) ?? kinds[0];
  const rest = { ...value };
  for (const k of Object.keys(KIND_LABELS)) delete rest[k as HandlerKind];
  const set = (handler: HandlerValue) => onChange({ ...rest, ...handler } as T);
  const field = (
    name: string,
    label: string,
    v: string | number | undefined,
    on: (text: string) => void,
    type = 'text',
  ) => (
    <TextField
      id={`${id}-${name}`}
      label={label}
      type={type}
      variant="outlined"
      margin="dense"
      size="small"
      value={v ?? ''}
      onChange={e => on(e.target.value)}
    />
  );
  return (
    <Box
      display="flex"
      flexWrap="wrap"
      alignItems="flex-start"
      style={{ gap: 8 }}
    >
      <TextField
        select
        id={`${id}-kind`}
        label="Check type"
        variant="outlined"
        margin="dense"
        size="small"
        style={{ minWidth: 160 }}
        value={kind}
        onChange={e => set(initialHandler(e.target.value as HandlerKind))}
      >
        {kinds.map(k => (
          <MenuItem key={k} value={k}>
            {KIND_LABELS[k]}
          </MenuItem>
        ))}
      </TextField>
      {kind === 'httpGet' && value.httpGet && (
        <>
          {field('path', 'Path', value.httpGet.path, t =>
            set({ httpGet: { ...value.httpGet!, path: t } }),
          )}
          {field('port', 'Port', value.httpGet.port, t =>
            set({ httpGet: { ...value.httpGet!, port: portOf(t) } }),
          )}
          <TextField
            select
            id={`${id}-scheme`}
            label="Scheme"
            variant="outlined"
            margin="dense"
            size="small"
            value={value.httpGet.scheme ?? 'HTTP'}
            onChange={e =>
              set({
                httpGet: {
                  ...value.httpGet!,
                  scheme: e.target.value as 'HTTP' | 'HTTPS',
                },
              })
            }
          >
            <MenuItem value="HTTP">HTTP</MenuItem>
            <MenuItem value="HTTPS">HTTPS</MenuItem>
          </TextField>
        </>
      )}
      {kind === 'tcpSocket' &&
        value.tcpSocket &&
        field('port', 'Port', value.tcpSocket.port, t =>
          set({ tcpSocket: { port: portOf(t) } }),
        )}
      {kind === 'grpc' && value.grpc && (
        <>
          {field(
            'port',
            'Port',
            value.grpc.port,
            t => set({ grpc: { ...value.grpc!, port: Number(t) } }),
            'number',
          )}
          {field('service', 'Service', value.grpc.service, t =>
            set({ grpc: { ...value.grpc!, service: t || undefined } }),
          )}
        </>
      )}
      {kind === 'sleep' &&
        value.sleep &&
        field(
          'seconds',
          'Seconds',
          value.sleep.seconds,
          t => set({ sleep: { seconds: Number(t) } }),
          'number',
        )}
      {kind === 'exec' && value.exec && (
        <TextField
          id={`${id}-command`}
          label="Command (one argument per line)"
          variant="outlined"
          margin="dense"
          size="small"
          multiline
          minRows={2}
          style={{ minWidth: 280 }}
          value={value.exec.command.join('\n')}
          onChange={e =>
            set({
              exec: {
                command:
                  e.target.value === '' ? [] : e.target.value.split('\n'),
              },
            })
          }
        />
      )}
    </Box>
  );
}
