import Checkbox from '@material-ui/core/Checkbox';
import FormControl from '@material-ui/core/FormControl';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import FormGroup from '@material-ui/core/FormGroup';
import FormHelperText from '@material-ui/core/FormHelperText';
import FormLabel from '@material-ui/core/FormLabel';
import type { FleetFacetsResponse } from '@karmada-backstage/plugin-karmada-common';
import type { ClusterTolerationValue } from '../types';

type FleetTaint = FleetFacetsResponse['taints'][number];

/** The toleration that tolerates exactly this taint. */
function tolerationFor(taint: FleetTaint): ClusterTolerationValue {
  const toleration: ClusterTolerationValue = taint.value
    ? { key: taint.key, operator: 'Equal', value: taint.value }
    : { key: taint.key, operator: 'Exists' };
  // Cluster tolerations name NoSchedule or NoExecute; without an effect a
  // toleration covers every effect, which is what a PreferNoSchedule taint needs.
  if (taint.effect === 'NoSchedule' || taint.effect === 'NoExecute') {
    toleration.effect = taint.effect;
  }
  return toleration;
}

/**
 * Karmada's own taints (`cluster.karmada.io/not-ready`, `…/unreachable`)
 * mark unhealthy clusters; tolerating them would send replicas there, so
 * they are not offered (unless the value already tolerates one).
 */
function isHealthTaint(taint: FleetTaint): boolean {
  return taint.key.startsWith('cluster.karmada.io/');
}

function sameToleration(a: ClusterTolerationValue, b: ClusterTolerationValue) {
  return (
    a.key === b.key &&
    (a.operator ?? 'Equal') === (b.operator ?? 'Equal') &&
    (a.value ?? '') === (b.value ?? '') &&
    a.effect === b.effect
  );
}

/**
 * Props of {@link TaintTolerationsPicker}.
 *
 * @public
 */
export interface TaintTolerationsPickerProps {
  value: ClusterTolerationValue[] | undefined;
  taints: FleetTaint[];
  onChange: (value: ClusterTolerationValue[]) => void;
}

/**
 * "Tolerate cluster taints", offered from the taints present in the fleet:
 * a tainted cluster is left out unless the workload tolerates its taint.
 *
 * @public
 */
export function TaintTolerationsPicker(props: TaintTolerationsPickerProps) {
  const { taints, onChange } = props;
  const value = props.value ?? [];
  const tolerated = (taint: FleetTaint) =>
    value.some(t => sameToleration(t, tolerationFor(taint)));
  const offered = taints.filter(t => !isHealthTaint(t) || tolerated(t));
  const hidden = taints.filter(t => !offered.includes(t));
  return (
    <FormControl component="fieldset" margin="dense">
      <FormLabel component="legend">Tolerate cluster taints</FormLabel>
      {taints.length === 0 && (
        <FormHelperText>No cluster in the fleet is tainted.</FormHelperText>
      )}
      <FormGroup>
        {offered.map(taint => {
          const toleration = tolerationFor(taint);
          const checked = value.some(t => sameToleration(t, toleration));
          const label = `${taint.key}${taint.value ? `=${taint.value}` : ''}:${
            taint.effect
          } (${taint.clusters} cluster${taint.clusters === 1 ? '' : 's'})`;
          return (
            <FormControlLabel
              key={label}
              label={label}
              control={
                <Checkbox
                  size="small"
                  checked={checked}
                  onChange={(_e, on) =>
                    onChange(
                      on
                        ? [...value, toleration]
                        : value.filter(t => !sameToleration(t, toleration)),
                    )
                  }
                />
              }
            />
          );
        })}
      </FormGroup>
      {hidden.length > 0 && (
        <FormHelperText>
          Not offered: Karmada's health taint
          {hidden.length === 1 ? '' : 's'}{' '}
          {hidden.map(t => `${t.key}:${t.effect} (${t.clusters})`).join(', ')},
          which keep replicas off unhealthy clusters.
        </FormHelperText>
      )}
    </FormControl>
  );
}
