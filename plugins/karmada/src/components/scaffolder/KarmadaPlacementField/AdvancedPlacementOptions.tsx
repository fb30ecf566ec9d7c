import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import type {
  ClusterDto,
  FleetFacetsResponse,
} from '@karmada-backstage/plugin-karmada-common';
import type { PlacementValue } from '../types';
import { ClusterOption } from './ClusterOption';
import { FallbacksEditor } from './FallbacksEditor';
import { MultiValuePicker } from './MultiValuePicker';
import { SpreadOptions } from './SpreadOptions';
import { TaintTolerationsPicker } from './TaintTolerationsPicker';

/**
 * Props of {@link AdvancedPlacementOptions}.
 *
 * @public
 */
export interface AdvancedPlacementOptionsProps {
  id: string;
  value: PlacementValue;
  onChange: (value: PlacementValue) => void;
  clusters: ClusterDto[];
  facets?: FleetFacetsResponse;
}

function countSet(p: PlacementValue): number {
  return [
    p.exclude?.length,
    p.tolerations?.length,
    p.spreadByRegion,
    p.spreadByCluster,
    p.fallbacks?.length,
  ].filter(Boolean).length;
}

/**
 * The advanced placement options: excluded clusters, tolerated cluster
 * taints, dynamic region selection, a cluster limit and fallback groups.
 * Opens by itself when any is set, so nothing in effect is hidden.
 *
 * @public
 */
export function AdvancedPlacementOptions(props: AdvancedPlacementOptionsProps) {
  const { id, value, onChange, clusters, facets } = props;
  const byName = new Map(clusters.map(c => [c.name, c]));
  const set = <K extends keyof PlacementValue>(
    key: K,
    v: PlacementValue[K] | undefined,
  ) => {
    const next = { ...value, [key]: v };
    const empty = v === undefined || (Array.isArray(v) && v.length === 0);
    if (empty) delete next[key];
    onChange(next);
  };
  const set_ = countSet(value);
  return (
    <Accordion defaultExpanded={set_ > 0} variant="outlined">
      <AccordionSummary expandIcon={<ExpandMoreIcon />} id={`${id}-summary`}>
        <Typography>
          Advanced placement{set_ > 0 ? ` (${set_} set)` : ''}
        </Typography>
      </AccordionSummary>
      <AccordionDetails>
        <Box width="100%">
          <MultiValuePicker
            id={`${id}-exclude`}
            label="Exclude clusters"
            value={value.exclude}
            options={facets?.clusters ?? clusters.map(c => c.name)}
            onChange={list => set('exclude', list)}
            renderOption={name => (
              <ClusterOption name={name} cluster={byName.get(name)} />
            )}
            helperText="Never run in these clusters, whatever else matches."
          />
          <TaintTolerationsPicker
            value={value.tolerations}
            taints={facets?.taints ?? []}
            onChange={list => set('tolerations', list)}
          />
          <SpreadOptions
            id={`${id}-spread-region`}
            unit="regions"
            label="Spread across regions (dynamic region selection)"
            value={value.spreadByRegion}
            onChange={v => set('spreadByRegion', v)}
            available={facets?.regions.length ?? 1}
          />
          <SpreadOptions
            id={`${id}-spread-cluster`}
            unit="clusters"
            label="Limit the number of clusters"
            value={value.spreadByCluster}
            onChange={v => set('spreadByCluster', v)}
            available={clusters.length || 1}
          />
          <FallbacksEditor
            id={`${id}-fallbacks`}
            value={value.fallbacks}
            onChange={list => set('fallbacks', list)}
            clusters={clusters}
            facets={facets}
          />
        </Box>
      </AccordionDetails>
    </Accordion>
  );
}
