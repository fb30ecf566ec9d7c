/**
 * Karmada for Backstage scaffolder module: the `karmada:workload:create`
 * and `karmada:workload:preview` actions, which create a Karmada
 * multicloud workload (Deployment, PropagationPolicy, OverridePolicy) from
 * a software template and preview where Karmada places every replica.
 *
 * @packageDocumentation
 */
export { karmadaModule as default } from './module';
export {
  createKarmadaWorkloadCreateAction,
  createKarmadaWorkloadPreviewAction,
} from './actions';
export type { KarmadaWorkloadActionOptions } from './actions';
