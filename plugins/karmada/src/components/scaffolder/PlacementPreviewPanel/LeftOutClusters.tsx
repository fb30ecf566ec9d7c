import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Typography from '@material-ui/core/Typography';
import type { LeftOutGroupDto } from '@karmada-backstage/plugin-karmada-common';
import { KarmadaWordsTooltip } from './KarmadaWordsTooltip';
import { LeftOutGroupItem } from './LeftOutGroupItem';
import { reasonWords } from './reasonWords';

/**
 * Up to this many left-out clusters are listed one by one (a small fleet
 * reads best that way); beyond it, one line per reason.
 *
 * @public
 */
export const LIST_EACH_LEFT_OUT_UP_TO = 20;

const WRAP = {
  whiteSpace: 'normal',
  overflow: 'visible',
  overflowWrap: 'anywhere',
} as const;

function EachCluster(props: { groups: LeftOutGroupDto[] }) {
  const rows = props.groups
    .flatMap(group => group.clusters.map(cluster => ({ cluster, group })))
    .sort((a, b) => (a.cluster.name < b.cluster.name ? -1 : 1));
  return (
    <List dense aria-label="Clusters left out">
      {rows.map(({ cluster, group }) => (
        <KarmadaWordsTooltip key={cluster.name} reasons={group.reasons}>
          <ListItem disableGutters>
            <ListItemText
              primary={cluster.name}
              secondary={reasonWords(group.reasons)}
              // The theme keeps list text on one line; reasons need to wrap.
              style={WRAP}
              secondaryTypographyProps={{ style: WRAP }}
            />
          </ListItem>
        </KarmadaWordsTooltip>
      ))}
    </List>
  );
}

/**
 * Every cluster that will not run the workload, with why: the user's words
 * in the list, Karmada's words (plugin and reason) on hover. A few clusters
 * are listed one by one; more are grouped by reason, largest group first,
 * each expanding to its clusters' names.
 *
 * @public
 */
export function LeftOutClusters(props: { groups: LeftOutGroupDto[] }) {
  const { groups } = props;
  const total = groups.reduce((sum, g) => sum + g.count, 0);
  if (total === 0) return null;
  return (
    <Box mt={1}>
      <Typography variant="subtitle2">Left out ({total})</Typography>
      {total <= LIST_EACH_LEFT_OUT_UP_TO ? (
        <EachCluster groups={groups} />
      ) : (
        <List dense aria-label="Clusters left out">
          {groups.map((g, i) => (
            // Every cluster is in one group only: its first names it.
            <LeftOutGroupItem key={g.clusters[0]?.name ?? i} group={g} />
          ))}
        </List>
      )}
    </Box>
  );
}
