import Alert from '@material-ui/lab/Alert';
import type { TieReport } from '@karmada-backstage/plugin-karmada-common';

function outcomeText(outcome: TieReport['outcomes'][number]): string {
  return outcome.map(c => `${c.name}: ${c.replicas}`).join(', ');
}

/**
 * Ties Karmada breaks with a hash of the binding's UID, which does not exist
 * before creation: the preview names the clusters and every possible outcome
 * instead of guessing.
 *
 * @public
 */
export function TieNotes(props: { ties: TieReport[] }) {
  return (
    <>
      {props.ties.map(tie => (
        <Alert key={tie.clusters.join(',')} severity="info">
          {tie.clusters.join(', ')} tie: the count depends on Karmada's
          tie-break (a hash of the binding's UID). Possible outcomes:{' '}
          {tie.outcomes.map(outcomeText).join(' — or — ')}.
        </Alert>
      ))}
    </>
  );
}
