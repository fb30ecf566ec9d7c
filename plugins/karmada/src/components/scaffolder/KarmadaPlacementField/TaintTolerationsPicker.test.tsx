import { fireEvent, render, screen } from '@testing-library/react';
import { TaintTolerationsPicker } from './TaintTolerationsPicker';

const taints = [
  { key: 'dedicated', value: 'gpu', effect: 'NoSchedule', clusters: 1 },
  {
    key: 'cluster.karmada.io/not-ready',
    effect: 'NoSchedule',
    clusters: 2,
  },
] as any;

describe('TaintTolerationsPicker', () => {
  it("offers the fleet's taints but not Karmada's health taints, and says so", () => {
    const onChange = jest.fn();
    render(
      <TaintTolerationsPicker value={[]} taints={taints} onChange={onChange} />,
    );
    expect(
      screen.queryByLabelText(/cluster\.karmada\.io\/not-ready/),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(/Not offered: Karmada's health taint/),
    ).toHaveTextContent('cluster.karmada.io/not-ready:NoSchedule (2)');
    fireEvent.click(
      screen.getByLabelText('dedicated=gpu:NoSchedule (1 cluster)'),
    );
    expect(onChange).toHaveBeenCalledWith([
      {
        key: 'dedicated',
        operator: 'Equal',
        value: 'gpu',
        effect: 'NoSchedule',
      },
    ]);
  });

  it('still shows a health taint the value already tolerates, so it can be removed', () => {
    const onChange = jest.fn();
    const notReady = {
      key: 'cluster.karmada.io/not-ready',
      operator: 'Exists' as const,
      effect: 'NoSchedule' as const,
    };
    render(
      <TaintTolerationsPicker
        value={[notReady]}
        taints={taints}
        onChange={onChange}
      />,
    );
    const box = screen.getByLabelText(
      'cluster.karmada.io/not-ready:NoSchedule (2 clusters)',
    );
    expect(box).toBeChecked();
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith([]);
    expect(screen.queryByText(/Not offered/)).not.toBeInTheDocument();
  });
});
