/**
 * Karmada for Backstage frontend plugin: the API client, the scaffolder
 * field extensions (placement picker with a live preview, differential
 * configuration, probes, lifecycle, review), the entity Multicloud tab and
 * card, and the Multicloud workloads page.
 *
 * New-frontend-system apps use the `./alpha` entry; this entry serves legacy
 * apps and has no default export, so feature discovery does not load the
 * legacy plugin next to the new one.
 *
 * @packageDocumentation
 */
export {
  karmadaPlugin,
  EntityKarmadaContent,
  EntityKarmadaCard,
  KarmadaWorkloadsPage,
} from './plugin';
export { rootRouteRef } from './routes';
export { isKarmadaAvailable } from './components/entity/isKarmadaAvailable';
export * from './api';
export * from './components/scaffolder';
