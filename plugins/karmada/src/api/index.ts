export { karmadaApiRef } from './KarmadaApi';
export type {
  KarmadaApi,
  KarmadaRequestOptions,
  ClusterFitQuery,
} from './KarmadaApi';
export { KarmadaClient } from './KarmadaClient';
