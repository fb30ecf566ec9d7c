import { screen } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { fieldProps, runValidator } from '../../../__testUtils__';
import { KarmadaProbesField } from './KarmadaProbesField';
import type { KarmadaProbesValue } from './types';
import { validateKarmadaProbes } from './validateKarmadaProbes';

describe('KarmadaProbesField validation messages', () => {
  it('shows every message, whichever probe tab is open', async () => {
    const value: KarmadaProbesValue = {
      livenessProbe: { httpGet: { path: '/healthz', port: 80 } },
      readinessProbe: { httpGet: { path: 'ready', port: 80 } },
    };
    const rawErrors = await runValidator(validateKarmadaProbes, value);
    expect(rawErrors).toEqual([
      'Readiness probe (httpGet.path): must start with "/"',
    ]);
    await renderInTestApp(
      <KarmadaProbesField
        {...fieldProps<KarmadaProbesValue>({
          name: 'healthChecks',
          formData: value,
          rawErrors,
        })}
      />,
    );
    // The liveness tab is open; the readiness probe's message still shows.
    expect(screen.getByRole('tab', { selected: true })).toHaveTextContent(
      'Liveness',
    );
    expect(screen.getByText(rawErrors[0])).toHaveClass('Mui-error');
  });
});
