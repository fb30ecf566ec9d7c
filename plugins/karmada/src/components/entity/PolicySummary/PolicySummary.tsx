import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  WarningPanel,
} from '@backstage/core-components';
import { Typography, makeStyles } from '@material-ui/core';
import {
  ConditionDto,
  WorkloadPlacementResponse,
  summarizePlacement,
} from '@karmada-backstage/plugin-karmada-common';

const useStyles = makeStyles(theme => ({
  summary: { fontSize: '1.05rem' },
  conditions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: theme.spacing(3),
    marginTop: theme.spacing(1),
  },
}));

/** One binding condition: OK when True, else Karmada's reason and message. */
function Condition(props: {
  label: string;
  negative: string;
  condition?: ConditionDto;
}) {
  const { label, negative, condition } = props;
  if (!condition)
    return <StatusPending>{label}: not reported yet</StatusPending>;
  if (condition.status === 'True') return <StatusOK>{label}</StatusOK>;
  const why = [condition.reason, condition.message].filter(Boolean).join(': ');
  const Icon = condition.status === 'Unknown' ? StatusPending : StatusError;
  return <Icon>{`${negative}${why ? ` (${why})` : ''}`}</Icon>;
}

/**
 * The policy of a workload in plain words, the policies that shape it, and
 * whether Karmada scheduled and applied it (with Karmada's reason when not).
 *
 * @public
 */
export function PolicySummary(props: { placement: WorkloadPlacementResponse }) {
  const classes = useStyles();
  const { propagationPolicy, overridePolicies, binding, expected } =
    props.placement;
  if (!propagationPolicy) {
    return (
      <WarningPanel
        severity="error"
        title="No PropagationPolicy selects this Deployment, so Karmada does not propagate it"
        message="Create a PropagationPolicy whose resourceSelectors match it (the multicloud template does), or check the policy's selectors."
      />
    );
  }
  const policyName = [propagationPolicy.namespace, propagationPolicy.name]
    .filter(Boolean)
    .join('/');
  return (
    <div>
      <Typography className={classes.summary} component="p">
        {summarizePlacement(propagationPolicy.placement)}
      </Typography>
      <Typography variant="caption" color="textSecondary" component="p">
        {propagationPolicy.kind} {policyName}
        {overridePolicies.length > 0 &&
          ` · overrides by ${overridePolicies
            .map(
              p =>
                `${p.kind} ${[p.namespace, p.name].filter(Boolean).join('/')}`,
            )
            .join(', ')}`}
      </Typography>
      <div className={classes.conditions}>
        {propagationPolicy.suspended && (
          <StatusAborted>
            Dispatching suspended: nothing reaches the clusters until resumed
          </StatusAborted>
        )}
        {binding ? (
          <>
            <Condition
              label="Scheduled"
              negative="Not scheduled"
              condition={binding.scheduled}
            />
            <Condition
              label="Fully applied"
              negative="Not fully applied"
              condition={binding.fullyApplied}
            />
          </>
        ) : (
          <StatusPending>
            No ResourceBinding yet: Karmada has not picked up this workload
          </StatusPending>
        )}
        {expected && !expected.schedulable && (
          <StatusError>
            {`The preview says Karmada cannot schedule it on today's fleet${
              expected.error
                ? ` (${expected.error.reason}: ${expected.error.message})`
                : ''
            }`}
          </StatusError>
        )}
      </div>
    </div>
  );
}
