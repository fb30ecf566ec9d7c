import Box from '@material-ui/core/Box';
import List from '@material-ui/core/List';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import Tooltip from '@material-ui/core/Tooltip';
import Typography from '@material-ui/core/Typography';
import type { ClusterExplanation } from '@karmada-backstage/plugin-karmada-common';

const WRAP = {
  whiteSpace: 'normal',
  overflow: 'visible',
  overflowWrap: 'anywhere',
} as const;

/** A selected cluster that gets nothing still deserves its reason. */
function isLeftOut(e: ClusterExplanation): boolean {
  return !e.selected || (!e.tieBreak && e.replicas === 0);
}

/**
 * Every cluster that will not run the workload, with why: the user's words in
 * the list, Karmada's words (plugin and reason) on hover.
 *
 * @public
 */
export function LeftOutClusters(props: { explanations: ClusterExplanation[] }) {
  const leftOut = props.explanations.filter(isLeftOut);
  if (leftOut.length === 0) return null;
  return (
    <Box mt={1}>
      <Typography variant="subtitle2">Left out ({leftOut.length})</Typography>
      <List dense aria-label="Clusters left out">
        {leftOut.map(e => {
          const karmada = e.reasons
            .map(r => `${r.plugin}: ${r.karmada}`)
            .join('\n');
          const words =
            e.reasons.map(r => r.message).join('; ') ||
            'Not chosen by the scheduler.';
          return (
            <Tooltip
              key={e.name}
              title={
                karmada ? (
                  <span style={{ whiteSpace: 'pre-line' }}>{karmada}</span>
                ) : (
                  ''
                )
              }
              placement="left"
            >
              <ListItem disableGutters>
                <ListItemText
                  primary={e.name}
                  secondary={words}
                  // The theme keeps list text on one line; reasons need to wrap.
                  style={WRAP}
                  secondaryTypographyProps={{ style: WRAP }}
                />
              </ListItem>
            </Tooltip>
          );
        })}
      </List>
    </Box>
  );
}
