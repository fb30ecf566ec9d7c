import type { ReactElement } from 'react';
import Tooltip from '@material-ui/core/Tooltip';
import type { ExplanationReason } from '@karmada-backstage/plugin-karmada-common';
import { karmadaWords } from './reasonWords';

/**
 * Karmada's own words for some reasons (plugin and reason, one per line),
 * on hover over `children`.
 *
 * @public
 */
export function KarmadaWordsTooltip(props: {
  reasons: readonly ExplanationReason[];
  children: ReactElement;
}) {
  const text = karmadaWords(props.reasons);
  return (
    <Tooltip
      title={text ? <span style={{ whiteSpace: 'pre-line' }}>{text}</span> : ''}
      placement="left"
    >
      {props.children}
    </Tooltip>
  );
}
