import {
  createServiceFactory,
  ServiceFactory,
} from '@backstage/backend-plugin-api';
import { KarmadaService } from '../KarmadaService';
import { karmadaServiceRef } from '../karmadaServiceRef';
import {
  InMemoryKarmadaService,
  InMemoryKarmadaServiceOptions,
} from './InMemoryKarmadaService';

/**
 * A {@link KarmadaService} whose methods are jest mocks, with a `factory`
 * for `startTestBackend`.
 *
 * @public
 */
export type KarmadaServiceMock = {
  [K in keyof KarmadaService]: jest.MockedFunction<KarmadaService[K]>;
} & { factory: ServiceFactory<KarmadaService, 'plugin', 'singleton'> };

const METHODS: Array<keyof KarmadaService> = [
  'listInstances',
  'listClusters',
  'getFleetFacets',
  'listNamespaces',
  'previewPlacement',
  'renderWorkload',
  'applyWorkload',
  'resumeWorkload',
  'removeWorkload',
  'getWorkloadPlacement',
  'listWorkloads',
];

/**
 * Test doubles of the Karmada service, like `catalogServiceMock`:
 * `karmadaServiceMock(options)` is an in-memory fake,
 * `karmadaServiceMock.factory(options)` installs one in `startTestBackend`,
 * `karmadaServiceMock.mock(partial)` gives jest mocks.
 *
 * @public
 */
export function karmadaServiceMock(
  options?: InMemoryKarmadaServiceOptions,
): InMemoryKarmadaService {
  return new InMemoryKarmadaService(options);
}

/**
 * @public
 */
export namespace karmadaServiceMock {
  /** A service factory installing an in-memory fake. */
  export const factory = (options?: InMemoryKarmadaServiceOptions) =>
    createServiceFactory({
      service: karmadaServiceRef,
      deps: {},
      factory: () => new InMemoryKarmadaService(options),
    });

  /** A mock whose methods are `jest.fn()`, with the given implementations. */
  export const mock = (
    partialImpl: Partial<KarmadaService> = {},
  ): KarmadaServiceMock => {
    const service = Object.fromEntries(
      METHODS.map(name => [
        name,
        jest.fn(partialImpl[name] as (...args: any[]) => any),
      ]),
    ) as unknown as KarmadaServiceMock;
    service.factory = createServiceFactory({
      service: karmadaServiceRef,
      deps: {},
      factory: () => service,
    });
    return service;
  };
}
