import Box from '@material-ui/core/Box';
import Typography from '@material-ui/core/Typography';
import type { ClusterDto } from '@karmada-backstage/plugin-karmada-common';

/**
 * A member cluster as the cluster pickers list it: name, where it is, health,
 * and its taints (which keep workloads away unless tolerated).
 *
 * @public
 */
export function ClusterOption(props: { name: string; cluster?: ClusterDto }) {
  const { name, cluster } = props;
  if (!cluster) return <span>{name}</span>;
  const where = [cluster.provider, cluster.region, cluster.zones.join(', ')]
    .filter(Boolean)
    .join(' / ');
  const ready =
    cluster.ready.status === 'True'
      ? 'Ready'
      : `Not ready${cluster.ready.reason ? ` (${cluster.ready.reason})` : ''}`;
  const taints = cluster.taints
    .map(t => `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`)
    .join(', ');
  return (
    <Box>
      <Typography variant="body2">{name}</Typography>
      <Typography variant="caption" color="textSecondary">
        {[where || 'no provider or region', ready, taints && `taints ${taints}`]
          .filter(Boolean)
          .join(' · ')}
      </Typography>
    </Box>
  );
}
