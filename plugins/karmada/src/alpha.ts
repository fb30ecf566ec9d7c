/**
 * The Karmada plugin for Backstage's new frontend system: the API, the
 * Multicloud workloads page, the entity tab and card, and the scaffolder
 * form fields. Discovered by apps with `app.packages: all` through this
 * entry's default export.
 *
 * @packageDocumentation
 */
import { karmadaFrontendPlugin } from './alpha/plugin';

export { karmadaFrontendPlugin };
export { karmadaApi } from './alpha/apis';
export { karmadaWorkloadsPage } from './alpha/pages';
export { karmadaEntityContent } from './alpha/entityContent';
export { karmadaEntityCard } from './alpha/entityCards';
export { karmadaFormFields } from './alpha/formFields';

export default karmadaFrontendPlugin;
