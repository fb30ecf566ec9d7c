import { useRef } from 'react';
import Box from '@material-ui/core/Box';
import Tab from '@material-ui/core/Tab';
import Tabs from '@material-ui/core/Tabs';
import type {
  ClusterDto,
  FleetFacetsResponse,
} from '@karmada-backstage/plugin-karmada-common';
import type { ClusterSelectionValue, PlacementMode } from '../types';
import { ClusterOption } from './ClusterOption';
import { LabelConditionsEditor } from './LabelConditionsEditor';
import { MultiValuePicker } from './MultiValuePicker';

/**
 * The three placement modes, in the form's words.
 *
 * @public
 */
export const PLACEMENT_MODE_LABELS: Record<PlacementMode, string> = {
  clusters: 'Specify clusters',
  area: 'Designated area',
  labels: 'Specify labels',
};

const MODES: PlacementMode[] = ['clusters', 'area', 'labels'];
type ModeFields = Pick<
  ClusterSelectionValue,
  'clusterNames' | 'area' | 'labels'
>;

function modeFields(v: ClusterSelectionValue): ModeFields {
  if (v.mode === 'clusters') return { clusterNames: v.clusterNames ?? [] };
  if (v.mode === 'area') return { area: v.area ?? {} };
  return { labels: v.labels ?? [] };
}

/**
 * Props of {@link ClusterSelectionEditor}.
 *
 * @public
 */
export interface ClusterSelectionEditorProps<T extends ClusterSelectionValue> {
  id: string;
  value: T;
  onChange: (value: T) => void;
  clusters: ClusterDto[];
  facets?: FleetFacetsResponse;
  /** The modes offered (default all three). */
  modes?: PlacementMode[];
}

/**
 * Chooses clusters one of three ways: Specify clusters, Designated area
 * (providers, regions, zones), Specify labels. Switching mode keeps what was
 * entered in the other modes (in memory) but writes only the active one, as
 * the spec requires.
 *
 * @public
 */
export function ClusterSelectionEditor<T extends ClusterSelectionValue>(
  props: ClusterSelectionEditorProps<T>,
) {
  const { id, value, onChange, clusters, facets } = props;
  const modes = props.modes?.length ? props.modes : MODES;
  const drafts = useRef<Partial<Record<PlacementMode, ModeFields>>>({});
  const byName = new Map(clusters.map(c => [c.name, c]));
  const clusterNames = facets?.clusters ?? clusters.map(c => c.name);

  const switchMode = (mode: PlacementMode) => {
    if (mode === value.mode) return;
    drafts.current[value.mode] = modeFields(value);
    const { clusterNames: _c, area: _a, labels: _l, ...rest } = value;
    onChange({
      ...rest,
      mode,
      ...(drafts.current[mode] ?? modeFields({ mode })),
    } as T);
  };
  const set = (fields: ModeFields) => onChange({ ...value, ...fields });

  return (
    <Box>
      <Tabs
        value={value.mode}
        onChange={(_e, mode) => switchMode(mode)}
        indicatorColor="primary"
        textColor="primary"
        aria-label="Placement mode"
      >
        {modes.map(mode => (
          <Tab
            key={mode}
            value={mode}
            label={PLACEMENT_MODE_LABELS[mode]}
            id={`${id}-tab-${mode}`}
          />
        ))}
      </Tabs>
      <Box pt={1}>
        {value.mode === 'clusters' && (
          <MultiValuePicker
            id={`${id}-clusters`}
            label="Clusters"
            value={value.clusterNames}
            options={clusterNames}
            onChange={names => set({ clusterNames: names })}
            renderOption={name => (
              <ClusterOption name={name} cluster={byName.get(name)} />
            )}
            helperText="The workload may run only in these clusters."
          />
        )}
        {value.mode === 'area' && (
          <Box>
            {(
              [
                ['providers', 'Providers', facets?.providers],
                ['regions', 'Regions', facets?.regions],
                ['zones', 'Zones', facets?.zones],
              ] as const
            ).map(([key, label, options]) => (
              <MultiValuePicker
                key={key}
                id={`${id}-${key}`}
                label={label}
                value={value.area?.[key]}
                options={options ? [...options] : []}
                onChange={list => set({ area: { ...value.area, [key]: list } })}
              />
            ))}
            <Box component="p" m={0} fontSize="0.75rem" color="text.secondary">
              Clusters in any of the chosen providers, and any of the chosen
              regions, and any of the chosen zones. Leave a list empty for any.
            </Box>
          </Box>
        )}
        {value.mode === 'labels' && (
          <LabelConditionsEditor
            id={`${id}-labels`}
            value={value.labels}
            labels={facets?.labels ?? {}}
            onChange={labels => set({ labels })}
          />
        )}
      </Box>
    </Box>
  );
}
