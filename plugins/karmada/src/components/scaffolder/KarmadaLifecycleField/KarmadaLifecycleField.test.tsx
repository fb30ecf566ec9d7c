import { screen, within } from '@testing-library/react';
import { renderInTestApp } from '@backstage/test-utils';
import { fieldProps, runValidator } from '../../../__testUtils__';
import {
  KarmadaLifecycleField,
  type KarmadaLifecycleValue,
} from './KarmadaLifecycleField';
import { validateKarmadaLifecycle } from './validateKarmadaLifecycle';

describe('KarmadaLifecycleField validation messages', () => {
  it('shows a message under the hook it names, and the others under the title', async () => {
    // `other` is not a hook: its message names no hook.
    const value = {
      preStop: { sleep: { seconds: 0 } },
      other: 1,
    } as KarmadaLifecycleValue;
    const rawErrors = await runValidator(validateKarmadaLifecycle, value);
    expect(rawErrors).toEqual([
      'Pre-stop hook (preStop.sleep.seconds): must be 1 or more',
      'Containers: unknown field "other"',
    ]);
    await renderInTestApp(
      <KarmadaLifecycleField
        {...fieldProps<KarmadaLifecycleValue>({
          name: 'lifecycle',
          formData: value,
          rawErrors,
        })}
      />,
    );
    const preStop = screen.getByRole('group', {
      name: 'Run before stop (preStop)',
    });
    expect(within(preStop).getByText(rawErrors[0])).toHaveClass('Mui-error');
    const postStart = screen.getByRole('group', {
      name: 'Run after start (postStart)',
    });
    expect(within(postStart).queryByText(/must be/)).not.toBeInTheDocument();
    const other = screen.getByText(rawErrors[1]);
    expect(other).toHaveClass('Mui-error');
    expect(preStop).not.toContainElement(other);
    expect(postStart).not.toContainElement(other);
  });
});
