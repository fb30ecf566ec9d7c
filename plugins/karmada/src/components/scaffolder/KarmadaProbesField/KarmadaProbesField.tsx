import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import Typography from '@material-ui/core/Typography';
import type { FieldExtensionComponentProps } from '@backstage/plugin-scaffolder-react';
import { FieldErrors } from '../FieldErrors';
import { ProbeEditor } from './ProbeEditor';
import type { KarmadaProbesValue, ProbeKey } from './types';

/**
 * The three probes, in the form's words.
 *
 * @public
 */
export const PROBES: Array<{
  key: ProbeKey;
  tab: string;
  title: string;
  description: string;
}> = [
  {
    key: 'livenessProbe',
    tab: 'Liveness',
    title: 'Check liveness',
    description: 'Restart the container when this check keeps failing.',
  },
  {
    key: 'readinessProbe',
    tab: 'Readiness',
    title: 'Check readiness',
    description: 'Send traffic to the pod only while this check passes.',
  },
  {
    key: 'startupProbe',
    tab: 'Startup',
    title: 'Check startup',
    description:
      'Hold the other checks until this one passes once (slow starters).',
  },
];

/**
 * The `KarmadaProbes` field: liveness, readiness and startup probes of the
 * container, each with its check and timings. Validation messages show
 * under the tabs.
 *
 * @public
 */
export function KarmadaProbesField(
  props: FieldExtensionComponentProps<KarmadaProbesValue>,
) {
  const { formData, onChange, idSchema, schema, rawErrors } = props;
  const [tab, setTab] = useState<ProbeKey>('livenessProbe');
  const id = idSchema?.$id ?? 'karmada-probes';
  const value = formData ?? {};
  const current = PROBES.find(p => p.key === tab)!;
  return (
    <Box>
      <Typography variant="subtitle1">
        {schema?.title ?? 'Health checks'}
      </Typography>
      <Tabs
        value={tab}
        onChange={(_e, t) => setTab(t)}
        indicatorColor="primary"
        aria-label="Probes"
      >
        {PROBES.map(p => (
          <Tab
            key={p.key}
            value={p.key}
            label={`${p.tab}${value[p.key] ? ' ✓' : ''}`}
            id={`${id}-tab-${p.key}`}
          />
        ))}
      </Tabs>
      {/* Above the editor, whichever tab is open: each message names its probe. */}
      <FieldErrors id={id} errors={rawErrors} />
      <ProbeEditor
        key={current.key}
        id={`${id}-${current.key}`}
        title={current.title}
        description={current.description}
        singleSuccess={current.key !== 'readinessProbe'}
        value={value[current.key]}
        onChange={probe => {
          const next = { ...value, [current.key]: probe };
          if (!probe) delete next[current.key];
          onChange(next);
        }}
      />
    </Box>
  );
}
