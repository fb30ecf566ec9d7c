import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { setupServer } from 'msw/node';
import {
  TestApiProvider,
  registerMswTestHooks,
  renderInTestApp,
} from '@backstage/test-utils';
import {
  Stepper,
  type StepperProps,
} from '@backstage/plugin-scaffolder-react/alpha';
import type { TemplateParameterSchema } from '@backstage/plugin-scaffolder-react';
import { karmadaApiRef } from '../../api';
import { createTestKarmadaClient, karmadaHandlers } from '../../__testUtils__';
import {
  karmadaDifferentialConfigFieldOptions,
  karmadaPlacementFieldOptions,
  karmadaProbesFieldOptions,
} from './fieldDefinitions';

// The fields inside the scaffolder's own form (the Stepper the create page
// renders): their validation runs on Next, a bad value keeps the user on
// the step, and the message shows on the field.

jest.setTimeout(60_000);
const user = userEvent.setup({ delay: null });
const server = setupServer();
registerMswTestHooks(server);
beforeEach(() => server.use(...karmadaHandlers()));

/** Form data and JSON schema as the scaffolder types them (JSON values). */
type JsonObject = NonNullable<StepperProps['initialState']>;

/** A template whose first step holds one field and whose second step is plain. */
function template(
  property: string,
  schema: JsonObject,
): TemplateParameterSchema {
  return {
    title: 'Multicloud workload',
    steps: [
      { title: 'Field step', schema: { properties: { [property]: schema } } },
      {
        title: 'Next step',
        schema: {
          properties: { note: { type: 'string', title: 'Next step input' } },
        },
      },
    ],
  };
}

async function renderStepper(
  manifest: TemplateParameterSchema,
  initialState: JsonObject = {},
) {
  await renderInTestApp(
    <TestApiProvider apis={[[karmadaApiRef, createTestKarmadaClient()]]}>
      <Stepper
        manifest={manifest}
        extensions={[
          karmadaPlacementFieldOptions,
          karmadaDifferentialConfigFieldOptions,
          karmadaProbesFieldOptions,
        ]}
        initialState={initialState}
        onCreate={async () => {}}
      />
    </TestApiProvider>,
  );
}

function clickNext() {
  return user.click(screen.getByRole('button', { name: 'Next' }));
}

/**
 * Still on the field's step. Call once the validation's message shows: the
 * form decides to stay or move on when the validation ends.
 */
function expectStillOnFieldStep() {
  expect(screen.queryByLabelText('Next step input')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Next' })).toBeEnabled();
}

describe('Karmada fields in the scaffolder form', () => {
  it('KarmadaDifferentialConfig: a bad quantity blocks Next and shows on its item', async () => {
    await renderStepper(
      template('differential', {
        type: 'array',
        'ui:field': 'KarmadaDifferentialConfig',
      }),
      {
        workload: {
          instance: 'local',
          namespace: 'team-a',
          name: 'web',
          replicas: 3,
          placement: { mode: 'clusters', clusterNames: ['member1', 'member2'] },
          scheduling: { type: 'Duplicated' },
          scheduledClusters: ['member1', 'member2'],
        },
        container: { name: 'main', image: 'nginx:1.27' },
      },
    );
    await user.click(
      screen.getByRole('button', { name: 'Add differential configuration' }),
    );
    await user.click(screen.getByLabelText('Target clusters'));
    await user.click(await screen.findByRole('option', { name: 'member2' }));
    await user.click(screen.getByRole('button', { name: 'Resources' }));
    await user.type(screen.getByLabelText('cpu request'), 'lots');
    await clickNext();

    const item = screen.getByRole('group', { name: 'Item 1' });
    expect(
      await within(item).findByText(/^Differential resource requests: /),
    ).toHaveClass('Mui-error');
    expectStillOnFieldStep();

    // Fixed, Next moves on.
    await user.clear(screen.getByLabelText('cpu request'));
    await user.type(screen.getByLabelText('cpu request'), '250m');
    await clickNext();
    expect(await screen.findByLabelText('Next step input')).toBeInTheDocument();
  });

  it('KarmadaPlacement: a missing workload name blocks Next and marks the input', async () => {
    await renderStepper(
      template('workload', { type: 'object', 'ui:field': 'KarmadaPlacement' }),
      {
        workload: {
          instance: 'local',
          namespace: 'team-a',
          replicas: 1,
          placement: { mode: 'clusters', clusterNames: ['member1'] },
          scheduling: { type: 'Duplicated' },
        },
      },
    );
    const name = screen.getByRole('textbox', { name: 'Workload name' });
    // Untouched: not marked before Next.
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
    await clickNext();

    // The form lists the message; the field marks the input it is about.
    expect(
      await screen.findByText('Workload name: is required'),
    ).toBeInTheDocument();
    expectStillOnFieldStep();
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('is required');
  });

  it('KarmadaProbes: a bad path blocks Next and shows under the probe tabs', async () => {
    await renderStepper(
      template('probes', { type: 'object', 'ui:field': 'KarmadaProbes' }),
    );
    await user.click(screen.getByRole('checkbox', { name: 'Check liveness' }));
    await user.clear(screen.getByLabelText('Path'));
    await user.type(screen.getByLabelText('Path'), 'healthz');
    await clickNext();

    const message = 'Liveness probe (httpGet.path): must start with "/"';
    await screen.findAllByText(message);
    expectStillOnFieldStep();
    // The field's own copy, right under the tabs (the form lists it too).
    const own = screen
      .getAllByText(message)
      .find(e => e.id === 'root_probes-error-0');
    expect(own).toHaveClass('Mui-error');
    expect(screen.getByRole('tablist', { name: 'Probes' })).toBeInTheDocument();
  });
});
