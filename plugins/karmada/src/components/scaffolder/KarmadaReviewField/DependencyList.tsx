import Box from '@material-ui/core/Box';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import type { DependencyDto } from '@karmada-backstage/plugin-karmada-common';

const STATUS: Record<
  DependencyDto['status'],
  { label: string; color: 'default' | 'secondary' | 'primary' }
> = {
  present: { label: 'will propagate', color: 'primary' },
  missing: { label: 'missing in the namespace', color: 'secondary' },
  unknown: { label: 'could not check', color: 'default' },
};

/**
 * The ConfigMaps and Secrets the pods refer to: Karmada propagates them with
 * the workload (propagateDeps); a missing one keeps the pods from starting.
 *
 * @public
 */
export function DependencyList(props: {
  dependencies: DependencyDto[];
  namespace?: string;
}) {
  const { dependencies, namespace } = props;
  const missing = dependencies.filter(d => d.status === 'missing');
  return (
    <Box aria-label="Dependencies" role="region">
      <Typography variant="subtitle1">
        Dependencies that propagate with it
      </Typography>
      {dependencies.length === 0 && (
        <Typography variant="body2" color="textSecondary">
          The workload refers to no ConfigMap or Secret.
        </Typography>
      )}
      {dependencies.map(d => (
        <Box
          key={`${d.kind}/${d.name}`}
          display="flex"
          alignItems="center"
          style={{ gap: 8 }}
        >
          <Typography
            variant="body2"
            title={`Referenced by ${d.referencedBy.join(', ')}`}
          >
            {d.kind} {d.name}
          </Typography>
          <Chip
            size="small"
            label={STATUS[d.status].label}
            color={STATUS[d.status].color}
          />
        </Box>
      ))}
      {missing.length > 0 && (
        <Typography variant="body2" color="error">
          Create {missing.map(d => `${d.kind} ${d.name}`).join(', ')} in{' '}
          {namespace ?? 'the namespace'} first, or the pods will not start.
        </Typography>
      )}
    </Box>
  );
}
