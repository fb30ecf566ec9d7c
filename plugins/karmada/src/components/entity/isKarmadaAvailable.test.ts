import { isKarmadaAvailable } from './isKarmadaAvailable';

const entity = (annotations?: Record<string, string>) => ({
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'x', annotations },
});

describe('isKarmadaAvailable', () => {
  it.each([
    [undefined, false],
    [{}, false],
    [{ 'backstage.io/kubernetes-id': '  ' }, false],
    [{ 'karmada.io/instance': 'local' }, false],
    [{ 'backstage.io/kubernetes-id': 'checkout-api' }, true],
  ])('%j → %s', (annotations, expected) => {
    expect(isKarmadaAvailable(entity(annotations))).toBe(expected);
  });
});
