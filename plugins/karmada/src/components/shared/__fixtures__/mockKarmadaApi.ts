import type { KarmadaApi } from '../../../api';

/**
 * A KarmadaApi whose every method is a jest mock that rejects unless the
 * test gives an implementation: a call the test did not plan for fails loudly.
 */
export function mockKarmadaApi(
  impl: Partial<KarmadaApi> = {},
): jest.Mocked<KarmadaApi> {
  const unexpected = (method: string) =>
    jest.fn(() => Promise.reject(new Error(`unexpected call to ${method}`)));
  const methods: Array<keyof KarmadaApi> = [
    'listInstances',
    'getHealth',
    'listClusters',
    'getFleetFacets',
    'listNamespaces',
    'listWorkloads',
    'listEntityWorkloads',
    'getWorkloadPlacement',
    'previewPlacement',
    'renderWorkload',
    'applyWorkload',
    'resumeWorkload',
    'removeWorkload',
  ];
  const api = Object.fromEntries(
    methods.map(m => [m, impl[m] ? jest.fn(impl[m] as any) : unexpected(m)]),
  );
  return api as unknown as jest.Mocked<KarmadaApi>;
}
