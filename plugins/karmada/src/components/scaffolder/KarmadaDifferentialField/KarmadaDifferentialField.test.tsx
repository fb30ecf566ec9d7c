import { useState } from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { fieldProps } from '../../../__testUtils__';
import type { DifferentialItemValue, KarmadaPlacementValue } from '../types';
import { KarmadaDifferentialField } from './KarmadaDifferentialField';

jest.setTimeout(30_000);
const user = userEvent.setup({ delay: null });

const workload: KarmadaPlacementValue = {
  instance: 'local',
  namespace: 'team-a',
  name: 'web',
  replicas: 3,
  placement: {
    mode: 'labels',
    labels: [{ key: 'env', operator: 'Equal', value: 'prod' }],
  },
  scheduling: { type: 'DynamicWeight' },
  scheduledClusters: ['member1', 'member2'],
};
const container = { name: 'main', image: 'registry.example.com/shop/web:1.0' };

async function renderField(options: {
  workload?: KarmadaPlacementValue;
  initial?: DifferentialItemValue[];
}) {
  const outputs: Array<DifferentialItemValue[] | undefined> = [];
  function Harness() {
    const [value, setValue] = useState(options.initial);
    return (
      <KarmadaDifferentialField
        {...fieldProps<DifferentialItemValue[]>({
          name: 'differential',
          formData: value,
          onChange: v => {
            outputs.push(v);
            setValue(v);
          },
          formContext: {
            formData: {
              workload: options.workload ?? workload,
              container,
              differential: value,
            },
          },
        })}
      />
    );
  }
  await renderInTestApp(<Harness />);
  return { last: () => outputs[outputs.length - 1] };
}

describe('KarmadaDifferentialField', () => {
  it('is disabled, with an explanation, when the placement chose no cluster', async () => {
    await renderField({ workload: { ...workload, scheduledClusters: [] } });
    expect(
      screen.getByText(/the placement has not chosen any cluster yet/),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: 'Add differential configuration' }),
    ).not.toBeInTheDocument();
  });

  it('offers only the clusters the placement chose', async () => {
    await renderField({});
    await user.click(
      screen.getByRole('button', { name: 'Add differential configuration' }),
    );
    await user.click(screen.getByLabelText('Target clusters'));
    const options = await screen.findAllByRole('option');
    expect(options.map(o => o.textContent)).toEqual(['member1', 'member2']);
  });

  it("edits an image tag for one cluster and shows that cluster's diff", async () => {
    const field = await renderField({});
    await user.click(
      screen.getByRole('button', { name: 'Add differential configuration' }),
    );
    await user.click(screen.getByLabelText('Target clusters'));
    await user.click(await screen.findByRole('option', { name: 'member2' }));
    await user.click(screen.getByRole('button', { name: 'Image' }));
    await user.type(screen.getByLabelText('Tag'), '1.1');
    expect(field.last()).toEqual([
      { clusters: ['member2'], image: { tag: '1.1' } },
    ]);
    const diffs = screen.getByRole('region', {
      name: 'Differences per cluster',
    });
    expect(within(diffs).getByText('member2')).toBeInTheDocument();
    expect(diffs).toHaveTextContent(
      '~ spec.template.spec.containers[main].image: registry.example.com/shop/web:1.0 → registry.example.com/shop/web:1.1',
    );
  });

  it('flags a target the placement no longer chooses', async () => {
    await renderField({
      initial: [{ clusters: ['member3'], image: { tag: '2' } }],
    });
    expect(
      screen.getByText(/member3 is no longer chosen by the placement/),
    ).toBeInTheDocument();
  });
});
