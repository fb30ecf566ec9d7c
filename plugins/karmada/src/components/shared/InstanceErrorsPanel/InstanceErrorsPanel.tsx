import { WarningPanel } from '@backstage/core-components';
import { Typography } from '@material-ui/core';
import type { InstanceErrorDto } from '@karmada-backstage/plugin-karmada-common';

function advice(name: string): string {
  switch (name) {
    case 'NotAllowedError':
      return 'You are not allowed to read workloads there; ask the platform team for access.';
    case 'NotFoundError':
      return 'The instance is not configured (check karmada.instances in app-config, or the karmada.io/instance annotation).';
    default:
      return 'The backend keeps retrying on its own. If this lasts, check the instance URL and credentials under karmada.instances in app-config.';
  }
}

/**
 * The Karmada instances that did not answer, each with the reason, shown
 * beside the results of the instances that did.
 *
 * @public
 */
export function InstanceErrorsPanel(props: { errors: InstanceErrorDto[] }) {
  if (props.errors.length === 0) return null;
  const names = props.errors.map(e => `"${e.instance}"`).join(', ');
  return (
    <WarningPanel
      severity="warning"
      title={
        props.errors.length === 1
          ? `Karmada instance ${names} could not be read; results from other instances are shown`
          : `Karmada instances ${names} could not be read; results from other instances are shown`
      }
      defaultExpanded
    >
      {props.errors.map(e => (
        <Typography key={e.instance} variant="body2" paragraph>
          <strong>{e.instance}</strong>: {e.error.message} ({e.error.name}).{' '}
          {advice(e.error.name)}
        </Typography>
      ))}
    </WarningPanel>
  );
}
