import { runValidator } from '../../../__testUtils__';
import { validateKarmadaResources } from './validateKarmadaResources';

describe('validateKarmadaResources', () => {
  it('accepts valid quantities', async () => {
    await expect(
      runValidator(validateKarmadaResources, {
        requests: { cpu: '250m', memory: '256Mi' },
        limits: { cpu: '1', memory: '1Gi' },
      }),
    ).resolves.toEqual([]);
  });

  it('names a bad quantity', async () => {
    const errors = await runValidator(validateKarmadaResources, {
      requests: { cpu: 'two' },
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /^Resource requests \(requests\.cpu\): "two" is not a valid quantity/,
    );
  });

  it('blocks a request above its limit', async () => {
    const errors = await runValidator(validateKarmadaResources, {
      requests: { memory: '2Gi' },
      limits: { memory: '1Gi' },
    });
    expect(errors).toEqual([
      'Resource requests (requests.memory): memory request 2Gi is above its limit 1Gi',
    ]);
  });
});
