import { useState } from 'react';
import Box from '@material-ui/core/Box';
import Collapse from '@material-ui/core/Collapse';
import ListItem from '@material-ui/core/ListItem';
import ListItemText from '@material-ui/core/ListItemText';
import ExpandLess from '@material-ui/icons/ExpandLess';
import ExpandMore from '@material-ui/icons/ExpandMore';
import type { LeftOutGroupDto } from '@karmada-backstage/plugin-karmada-common';
import { headroomText } from './previewFacts';
import { KarmadaWordsTooltip } from './KarmadaWordsTooltip';
import { reasonWords } from './reasonWords';

const WRAP = {
  whiteSpace: 'normal',
  overflow: 'visible',
  overflowWrap: 'anywhere',
} as const;

const NAMES = {
  display: 'flex',
  flexWrap: 'wrap',
  gap: '2px 12px',
  listStyle: 'none',
  margin: 0,
  padding: '0 0 8px 16px',
} as const;

/**
 * One reason shared by many left-out clusters: the reason in plain words
 * and how many clusters (Karmada's words on hover), expanding to the names.
 *
 * @public
 */
export function LeftOutGroupItem(props: { group: LeftOutGroupDto }) {
  const { group } = props;
  const [open, setOpen] = useState(false);
  const words = reasonWords(group.reasons);
  const count = `${group.count} cluster${group.count === 1 ? '' : 's'}`;
  return (
    <>
      <KarmadaWordsTooltip reasons={group.reasons}>
        <ListItem
          button
          disableGutters
          aria-expanded={open}
          onClick={() => setOpen(o => !o)}
        >
          <ListItemText
            primary={`${words} — ${count}`}
            // The theme keeps list text on one line; reasons need to wrap.
            style={WRAP}
            primaryTypographyProps={{ variant: 'body2', style: WRAP }}
          />
          {open ? <ExpandLess /> : <ExpandMore />}
        </ListItem>
      </KarmadaWordsTooltip>
      {/* Mounted only when open: a group can hold a thousand names. */}
      <Collapse in={open} unmountOnExit>
        <Box
          component="ul"
          aria-label={`Clusters: ${words}`}
          style={NAMES}
          fontSize="body2.fontSize"
        >
          {group.clusters.map(c => (
            <li
              key={c.name}
              title={`Headroom: ${headroomText(c.availableReplicas)}`}
            >
              {c.name}
            </li>
          ))}
        </Box>
      </Collapse>
    </>
  );
}
